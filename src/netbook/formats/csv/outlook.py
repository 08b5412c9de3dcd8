"""Outlook's CSV export ("Comma Separated Values": 92 contact columns since Outlook 2010).

    "Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",
    "Business Street",...,"Categories",...,"E-mail Address","E-mail Type",...,"Referred By",...

Outlook writes the file in the Windows code page (cp1252 in Western Europe and the Americas),
translates the headers into the language of the installation (German "Vorname", French
"Prénom"), writes dates in the user's locale and "0/0/00" for no date, separates categories
with ";", and keeps an Exchange address ("/o=ExchangeLabs/...") where an email should be when
the contact came from a company directory. Columns are found by their English, German or
French names; outlook.com's shorter export uses the same names and is read by the same code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from netbook.formats.csv.dates import month_first_in, parse_date
from netbook.formats.csv.table import Columns, RawRecord, Row, normalise_header
from netbook.formats.csv.values import (
    add_link,
    add_tag,
    folded,
    looks_like_email,
    note_with_extras,
    split_values,
)
from netbook.model.text import digits
from netbook.model.values import (
    Address,
    ContactRecord,
    HowMet,
    LabelledValue,
    RelationValue,
)

FORMAT = "outlook-csv"

# The English headers, in Outlook's order. Older versions wrote fewer (one "PO Box" column,
# "Home Country" instead of "Home Country/Region"); columns are found by name, so they read too.
HEADERS = (
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Street 2",
    "Business Street 3",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home Street 2",
    "Home Street 3",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Other Street",
    "Other Street 2",
    "Other Street 3",
    "Other City",
    "Other State",
    "Other Postal Code",
    "Other Country/Region",
    "Assistant's Phone",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Callback",
    "Car Phone",
    "Company Main Phone",
    "Home Fax",
    "Home Phone",
    "Home Phone 2",
    "ISDN",
    "Mobile Phone",
    "Other Fax",
    "Other Phone",
    "Pager",
    "Primary Phone",
    "Radio Phone",
    "TTY/TDD Phone",
    "Telex",
    "Account",
    "Anniversary",
    "Assistant's Name",
    "Billing Information",
    "Birthday",
    "Business Address PO Box",
    "Categories",
    "Children",
    "Directory Server",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "E-mail 2 Type",
    "E-mail 2 Display Name",
    "E-mail 3 Address",
    "E-mail 3 Type",
    "E-mail 3 Display Name",
    "Gender",
    "Government ID Number",
    "Hobby",
    "Home Address PO Box",
    "Initials",
    "Internet Free Busy",
    "Keywords",
    "Language",
    "Location",
    "Manager's Name",
    "Mileage",
    "Notes",
    "Office Location",
    "Organizational ID Number",
    "Other Address PO Box",
    "Priority",
    "Private",
    "Profession",
    "Referred By",
    "Sensitivity",
    "Spouse",
    "User 1",
    "User 2",
    "User 3",
    "User 4",
    "Web Page",
)
# outlook.com's export and older Outlook versions.
_MORE_HEADERS = (
    "Nickname",
    "Given Yomi",
    "Surname Yomi",
    "Company Yomi",
    "Personal Web Page",
    "IMAddress",
    "Schools",
    "Business Country",
    "Home Country",
    "Other Country",
    "PO Box",
)

# English header (normalised) -> its names in German and French Outlook.
_GERMAN = {
    "title": "Anrede",
    "first name": "Vorname",
    "middle name": "Weitere Vornamen",
    "last name": "Nachname",
    "suffix": "Suffix",
    "company": "Firma",
    "department": "Abteilung",
    "job title": "Position",
    "business street": "Straße geschäftlich",
    "business street 2": "Straße geschäftlich 2",
    "business street 3": "Straße geschäftlich 3",
    "business city": "Ort geschäftlich",
    "business state": "Region geschäftlich",
    "business postal code": "Postleitzahl geschäftlich",
    "business country/region": "Land/Region geschäftlich",
    "home street": "Straße privat",
    "home street 2": "Straße privat 2",
    "home street 3": "Straße privat 3",
    "home city": "Ort privat",
    "home state": "Bundesland/Kanton privat",
    "home postal code": "Postleitzahl privat",
    "home country/region": "Land/Region privat",
    "other street": "Weitere Straße",
    "other street 2": "Weitere Straße 2",
    "other street 3": "Weitere Straße 3",
    "other city": "Weiterer Ort",
    "other state": "Weiteres/r Bundesland/Kanton",
    "other postal code": "Weitere Postleitzahl",
    "other country/region": "Weiteres/e Land/Region",
    "assistant's phone": "Telefon Assistent",
    "business fax": "Fax geschäftlich",
    "business phone": "Telefon geschäftlich",
    "business phone 2": "Telefon geschäftlich 2",
    "callback": "Rückmeldung",
    "car phone": "Autotelefon",
    "company main phone": "Telefon Firma",
    "home fax": "Fax privat",
    "home phone": "Telefon (privat)|Telefon privat",
    "home phone 2": "Telefon (privat 2)|Telefon privat 2",
    "mobile phone": "Mobiltelefon",
    "other fax": "Weiteres Fax",
    "other phone": "Weiteres Telefon",
    "pager": "Pager",
    "primary phone": "Haupttelefon",
    "radio phone": "Mobiltelefon 2",
    "tty/tdd phone": "Telefon für Hörbehinderte",
    "telex": "Telex",
    "account": "Konto",
    "anniversary": "Jahrestag",
    "assistant's name": "Assistent(in)|Name Assistent",
    "billing information": "Abrechnungsinformation",
    "birthday": "Geburtstag",
    "business address po box": "Postfach geschäftlich",
    "categories": "Kategorien",
    "children": "Kinder",
    "directory server": "Verzeichnisserver",
    "e-mail address": "E-Mail-Adresse",
    "e-mail type": "E-Mail-Typ",
    "e-mail display name": "E-Mail: Angezeigter Name",
    "e-mail 2 address": "E-Mail 2: Adresse",
    "e-mail 2 type": "E-Mail 2: Typ",
    "e-mail 2 display name": "E-Mail 2: Angezeigter Name",
    "e-mail 3 address": "E-Mail 3: Adresse",
    "e-mail 3 type": "E-Mail 3: Typ",
    "e-mail 3 display name": "E-Mail 3: Angezeigter Name",
    "gender": "Geschlecht",
    "government id number": "Regierungsnr.|Sozialversicherungsnr.",
    "hobby": "Hobby",
    "home address po box": "Postfach privat",
    "initials": "Initialen",
    "internet free busy": "Internet-Frei/Gebucht|Internet Frei/Gebucht",
    "keywords": "Stichwörter",
    "language": "Sprache",
    "location": "Ort",
    "manager's name": "Name des/der Vorgesetzten|Name des/r Vorgesetzten",
    "mileage": "Reisekilometer",
    "notes": "Notizen",
    "office location": "Büro",
    "organizational id number": "Organisationsnr.",
    "other address po box": "Weiteres Postfach",
    "priority": "Priorität",
    "private": "Privat",
    "profession": "Beruf",
    "referred by": "Empfohlen von",
    "sensitivity": "Vertraulichkeit",
    "spouse": "Partner|Partner/in",
    "user 1": "Benutzer 1",
    "user 2": "Benutzer 2",
    "user 3": "Benutzer 3",
    "user 4": "Benutzer 4",
    "web page": "Webseite",
}
_FRENCH = {
    "first name": "Prénom",
    "middle name": "Deuxième prénom",
    "last name": "Nom",
    "suffix": "Suffixe",
    "company": "Société",
    "department": "Service",
    "business street": "Rue (bureau)",
    "business street 2": "Rue (bureau) 2",
    "business street 3": "Rue (bureau) 3",
    "business city": "Ville (bureau)",
    "business state": "Dép/Région (bureau)",
    "business postal code": "Code postal (bureau)",
    "business country/region": "Pays/Région (bureau)",
    "home street": "Rue (domicile)",
    "home street 2": "Rue (domicile) 2",
    "home street 3": "Rue (domicile) 3",
    "home city": "Ville (domicile)",
    "home state": "Dép/Région (domicile)",
    "home postal code": "Code postal (domicile)",
    "home country/region": "Pays/Région (domicile)",
    "other street": "Rue (autre)",
    "other street 2": "Rue (autre) 2",
    "other street 3": "Rue (autre) 3",
    "other city": "Ville (autre)",
    "other state": "Dép/Région (autre)",
    "other postal code": "Code postal (autre)",
    "other country/region": "Pays/Région (autre)",
    "assistant's phone": "Téléphone de l'assistant(e)",
    "business fax": "Télécopie (bureau)",
    "business phone": "Téléphone (bureau)",
    "business phone 2": "Téléphone 2 (bureau)",
    "callback": "Rappel",
    "car phone": "Téléphone (voiture)",
    "company main phone": "Téléphone société",
    "home fax": "Télécopie (domicile)",
    "home phone": "Téléphone (domicile)",
    "home phone 2": "Téléphone 2 (domicile)",
    "isdn": "RNIS",
    "mobile phone": "Tél. mobile",
    "other fax": "Télécopie (autre)",
    "other phone": "Téléphone (autre)",
    "pager": "Récepteur de radiomessagerie",
    "primary phone": "Téléphone principal",
    "radio phone": "Radio téléphone",
    "tty/tdd phone": "Téléphone TDD/TTY",
    "telex": "Télex",
    "account": "Compte",
    "anniversary": "Anniversaire de mariage ou fête",
    "assistant's name": "Nom de l'assistant(e)",
    "billing information": "Informations facturation",
    "birthday": "Anniversaire",
    "business address po box": "B.P. professionnelle",
    "categories": "Catégories",
    "children": "Enfants",
    "e-mail address": "Adresse de messagerie",
    "e-mail type": "Type de messagerie",
    "e-mail display name": "Nom complet de l'adresse de messagerie",
    "e-mail 2 address": "Adresse de messagerie 2",
    "e-mail 2 type": "Type de messagerie 2",
    "e-mail 2 display name": "Nom complet de l'adresse de messagerie 2",
    "e-mail 3 address": "Adresse de messagerie 3",
    "e-mail 3 type": "Type de messagerie 3",
    "e-mail 3 display name": "Nom complet de l'adresse de messagerie 3",
    "gender": "Sexe",
    "government id number": "Code gouvernement",
    "hobby": "Passe-temps",
    "home address po box": "Boîte postale du domicile",
    "initials": "Initiales",
    "internet free busy": "Disponibilité Internet",
    "location": "Emplacement",
    "manager's name": "Responsable",
    "mileage": "Kilométrage",
    "office location": "Bureau",
    "other address po box": "Autre boîte postale",
    "priority": "Priorité",
    "referred by": "Recommandé par",
    "sensitivity": "Critère de diffusion",
    "spouse": "Conjoint(e)",
    "user 1": "Utilisateur 1",
    "user 2": "Utilisateur 2",
    "user 3": "Utilisateur 3",
    "user 4": "Utilisateur 4",
    "web page": "Page Web",
}
# French Outlook names both the name prefix and the job title "Titre"; see _Lookup.
_FRENCH_TITLE = "titre"


def _normalised(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
    return {
        key: tuple(normalise_header(n) for n in names.split("|")) for key, names in table.items()
    }


_LOCALISED = {"de": _normalised(_GERMAN), "fr": _normalised(_FRENCH)}
VOCABULARY = (
    frozenset(normalise_header(h) for h in HEADERS + _MORE_HEADERS)
    | {name for table in _LOCALISED.values() for names in table.values() for name in names}
    | {_FRENCH_TITLE}
)

_PHONES = (
    # (column, label, preferred)
    ("primary phone", None, True),
    ("mobile phone", "cell", False),
    ("business phone", "work", False),
    ("business phone 2", "work", False),
    ("home phone", "home", False),
    ("home phone 2", "home", False),
    ("company main phone", "main", False),
    ("other phone", "other", False),
    ("business fax", "work fax", False),
    ("home fax", "home fax", False),
    ("other fax", "fax", False),
    ("pager", "pager", False),
    ("car phone", "car", False),
    ("assistant's phone", "assistant", False),
    ("callback", "callback", False),
    ("isdn", "isdn", False),
    ("radio phone", "radio", False),
    ("tty/tdd phone", "textphone", False),
    ("telex", "telex", False),
)
_EMAILS = (
    ("e-mail address", "e-mail type", "e-mail display name"),
    ("e-mail 2 address", "e-mail 2 type", "e-mail 2 display name"),
    ("e-mail 3 address", "e-mail 3 type", "e-mail 3 display name"),
)
_ADDRESSES = (("business", "work"), ("home", "home"), ("other", "other"))
_RELATIONS = (
    ("spouse", "spouse"),
    ("children", "child"),
    ("manager's name", "manager"),
    ("assistant's name", "assistant"),
)
# Columns with user-entered content but no netbook field: kept as "Header: value" in the note.
_NOTE_COLUMNS = (
    "account",
    "billing information",
    "government id number",
    "hobby",
    "keywords",
    "language",
    "location",
    "mileage",
    "office location",
    "organizational id number",
    "profession",
    "schools",
    "user 1",
    "user 2",
    "user 3",
    "user 4",
)
_EMAIL_IN_PARENS = re.compile(r"\(([^()\s]+@[^()\s]+)\)")


def is_outlook_header(header: str) -> bool:
    return header in VOCABULARY


class _Lookup:
    """Column positions by English name, whatever language the file's headers are in."""

    def __init__(self, columns: Columns) -> None:
        self.columns = columns
        self.language = "en"
        self.positions: dict[str, int] = {}
        names = {normalise_header(h) for h in HEADERS + _MORE_HEADERS}
        for key in names:
            position = columns.find(key)
            if position is not None:
                self.positions[key] = position
        for language, table in _LOCALISED.items():
            found = 0
            for key, localised in table.items():
                position = columns.find(*localised)
                if position is not None and key not in self.positions:
                    self.positions[key] = position
                    found += 1
            if found > 3:
                self.language = language
        first, second = columns.find(_FRENCH_TITLE), columns.find(_FRENCH_TITLE, occurrence=1)
        if second is not None and first is not None:  # the name prefix, then the job title
            self.positions.setdefault("title", first)
            self.positions.setdefault("job title", second)
        elif first is not None:
            self.positions.setdefault("job title", first)

    def get(self, row: Row, key: str) -> str:
        return row.at(self.positions.get(key))

    def header(self, key: str) -> str:
        position = self.positions.get(key)
        return self.columns.names[position] if position is not None else key


# A contact field (model/fields.py) -> the key of the column it is copied from (the keys
# stand for Outlook's English, German and French headers, above).
COLUMN_OF_FIELD = {
    "prefix": "title",
    "given_name": "first name",
    "additional_names": "middle name",
    "family_name": "last name",
    "suffix": "suffix",
    "nickname": "nickname",
    "phonetic_given_name": "given yomi",
    "phonetic_family_name": "surname yomi",
    "organization": "company",
    "department": "department",
    "title": "job title",
}


def make_reader(columns: Columns, records: Sequence[RawRecord]) -> Callable[[Row], ContactRecord]:
    lookup = _Lookup(columns)
    found = lookup.positions
    date_columns = [found[k] for k in ("birthday", "anniversary") if k in found]
    dates = [r.cells[p] for r in records for p in date_columns if p < len(r.cells)]
    month_first = month_first_in(dates, default=lookup.language == "en")

    def read_row(row: Row) -> ContactRecord:
        return _read(row, lookup, month_first)

    return read_row


def _read(row: Row, lookup: _Lookup, month_first: bool) -> ContactRecord:
    get = lookup.get
    record = ContactRecord()
    for name, key in COLUMN_OF_FIELD.items():
        setattr(record, name, get(row, key) or None)
    if not (record.given_name or record.family_name) and record.organization:
        record.kind = "organization"
    _read_emails(row, lookup, record)
    _read_phones(row, lookup, record)
    _read_addresses(row, lookup, record)
    for key in ("web page", "personal web page"):
        if url := get(row, key):
            add_link(record, url, "home" if key == "personal web page" else None)
    if im := get(row, "imaddress"):
        record.instant_messages.append(LabelledValue(im))
    for key, kind in _RELATIONS:
        if name := get(row, key):
            record.relations.append(RelationValue(kind=kind, name=name))
    for tag in split_values(get(row, "categories"), (";",)):
        add_tag(record, tag)
    if introducer := get(row, "referred by"):
        record.introduced_by_name = introducer
        record.how_met = HowMet(channel="introduction")
    gender = folded(get(row, "gender"))
    if gender in ("male", "female", "männlich", "weiblich", "masculin", "féminin"):
        record.gender = "M" if gender in ("male", "männlich", "masculin") else "F"
    record.birthday = _date(row, lookup, "birthday", month_first)
    record.anniversary = _date(row, lookup, "anniversary", month_first)
    extras = [(lookup.header(key), get(row, key)) for key in _NOTE_COLUMNS]
    record.note = note_with_extras(get(row, "notes") or None, extras)
    return record


def _date(row: Row, lookup: _Lookup, key: str, month_first: bool) -> str | None:
    text = lookup.get(row, key)
    if not text or digits(text).strip("0") == "":  # "0/0/00": Outlook's "no date"
        return None
    date = parse_date(text, month_first=month_first)
    if date is None:
        row.warnings.append(f"{lookup.header(key)} {text!r} is not a date netbook reads; left out")
        return None
    return date.iso()


def _read_emails(row: Row, lookup: _Lookup, record: ContactRecord) -> None:
    for address_key, type_key, display_key in _EMAILS:
        value = lookup.get(row, address_key)
        if not value:
            continue
        if folded(lookup.get(row, type_key)) == "ex" or not looks_like_email(value):
            # An Exchange directory address; the display name often holds the real one.
            found = _EMAIL_IN_PARENS.search(lookup.get(row, display_key))
            if found is None:
                row.warnings.append(f"{value[:80]!r} is not an email address; left out")
                continue
            value = found[1]
        if all(e.value.casefold() != value.casefold() for e in record.emails):
            record.emails.append(LabelledValue(value))


def _read_phones(row: Row, lookup: _Lookup, record: ContactRecord) -> None:
    primary = ""
    for key, phone_label, preferred in _PHONES:
        value = lookup.get(row, key)
        if not value:
            continue
        if preferred:
            primary = value
            continue
        same = bool(primary) and digits(value) == digits(primary)
        record.phones.append(LabelledValue(value, phone_label, same))
    # Outlook repeats the primary number in its own column: the copy is marked, or it is kept.
    if primary and not any(p.preferred for p in record.phones):
        record.phones.insert(0, LabelledValue(primary, None, preferred=True))


def _read_addresses(row: Row, lookup: _Lookup, record: ContactRecord) -> None:
    for prefix, address_label in _ADDRESSES:
        streets = [lookup.get(row, f"{prefix} street{suffix}") for suffix in ("", " 2", " 3")]
        address = Address(
            street="\n".join(s for s in streets if s) or None,
            locality=lookup.get(row, f"{prefix} city") or None,
            region=lookup.get(row, f"{prefix} state") or None,
            postal_code=lookup.get(row, f"{prefix} postal code") or None,
            country=(
                lookup.get(row, f"{prefix} country/region")
                or lookup.get(row, f"{prefix} country")
                or None
            ),
            po_box=(
                lookup.get(row, f"{prefix} address po box")
                or (lookup.get(row, "po box") if prefix == "business" else "")
                or None
            ),
            label=address_label,
        )
        if not address.is_empty():
            record.addresses.append(address)
