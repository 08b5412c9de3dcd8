"""Any CSV file, read through a column mapping the user chose (the GUI's mapping dialog).

The mapping names, for each CSV header the user wants, one of the fields in `MAPPABLE_FIELDS`.
Several columns may feed one multi-valued field (two phone columns, two email columns) and
several may feed the note; for a single-valued field the first non-empty column wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from netbook.formats.csv.dates import month_first_in, parse_date
from netbook.formats.csv.table import Columns, RawRecord, Row
from netbook.formats.csv.values import (
    GOOGLE_SEPARATOR,
    add_link,
    add_tag,
    looks_like_email,
    split_values,
)
from netbook.model.fields import SCALAR_NAMES
from netbook.model.values import Address, ContactRecord, LabelledValue, SocialProfileValue

FORMAT = "csv"

MAPPABLE_FIELDS: dict[str, str] = {
    "given_name": "First (given) name",
    "additional_names": "Middle name",
    "family_name": "Last (family) name",
    "display_name": "Full name, shown as written",
    "prefix": "Name prefix (Dr., Ms.)",
    "suffix": "Name suffix (Jr., PhD)",
    "nickname": "Nickname",
    "phonetic_given_name": "Phonetic first name (how it is read)",
    "phonetic_family_name": "Phonetic last name (how it is read)",
    "organization": "Company or organisation",
    "department": "Department",
    "title": "Job title",
    "email": "Email address (several columns may map here)",
    "phone": "Phone number (several columns may map here)",
    "url": "Web page",
    "linkedin_url": "LinkedIn profile URL",
    "street": "Street address",
    "locality": "City",
    "region": "State, province or region",
    "postal_code": "Postal code",
    "country": "Country",
    "birthday": "Birthday",
    "anniversary": "Anniversary",
    "note": "Notes (several columns are joined)",
    "tags": "Tags (several in a cell, separated by ; or ,)",
    "how_met_channel": "How we met (LinkedIn, event, introduction, ...)",
    "how_met_date": "Date we met or connected",
    "how_met_place": "Where we met",
    "how_met_context": "How we met: the story",
    "introduced_by_name": "Introduced by (their name)",
}

_DATE_FIELDS = ("birthday", "anniversary", "how_met_date")
# A contact's single values taken as written (model/fields.py); the note is joined.
_TEXT_FIELDS = (
    *(
        name
        for name in SCALAR_NAMES
        if name in MAPPABLE_FIELDS and name not in (*_DATE_FIELDS, "note")
    ),
    "introduced_by_name",
)
_ADDRESS_FIELDS = ("street", "locality", "region", "postal_code", "country")
_HOW_MET_FIELDS = {
    "how_met_channel": "channel",
    "how_met_place": "place",
    "how_met_context": "context",
}


def check_mapping(mapping: dict[str, str]) -> None:
    unknown = sorted({f for f in mapping.values() if f not in MAPPABLE_FIELDS})
    if unknown:
        raise ValueError(f"unknown field(s) in the column mapping: {', '.join(unknown)}")


def make_reader(
    columns: Columns, records: Sequence[RawRecord], targets: dict[int, str]
) -> Callable[[Row], ContactRecord]:
    """A row reader for `targets` (column position -> field name)."""
    date_columns = [p for p, target in targets.items() if target in _DATE_FIELDS]
    dates = [r.cells[p] for r in records for p in date_columns if p < len(r.cells)]
    month_first = month_first_in(dates)
    ordered = sorted(targets.items())

    def read_row(row: Row) -> ContactRecord:
        return _read(row, ordered, month_first)

    return read_row


def _read(row: Row, targets: list[tuple[int, str]], month_first: bool) -> ContactRecord:
    record = ContactRecord()
    address = Address()
    notes: list[str] = []
    for position, target in targets:
        value = row.at(position)
        if not value:
            continue
        if target in _TEXT_FIELDS:
            if not getattr(record, target):
                setattr(record, target, value)
        elif target == "email":
            for email in split_values(value, (GOOGLE_SEPARATOR, ";", ",")):
                if looks_like_email(email):
                    record.emails.append(LabelledValue(email))
                else:
                    row.warnings.append(f"{email!r} is not an email address; left out")
        elif target == "phone":
            for phone in split_values(value, (GOOGLE_SEPARATOR, ";")):
                record.phones.append(LabelledValue(phone))
        elif target == "url":
            add_link(record, value, None)
        elif target == "linkedin_url":
            record.social_profiles.append(SocialProfileValue("linkedin", value))
        elif target in _ADDRESS_FIELDS:
            if not getattr(address, target):
                setattr(address, target, value)
        elif target == "note":
            notes.append(value)
        elif target == "tags":
            for tag in split_values(value, (GOOGLE_SEPARATOR, ";", ",")):
                add_tag(record, tag)
        elif target in _HOW_MET_FIELDS:
            setattr(record.how_met, _HOW_MET_FIELDS[target], value)
        elif target in _DATE_FIELDS:
            _set_date(row, record, target, value, month_first)
    if not address.is_empty():
        record.addresses.append(address)
    record.note = "\n".join(notes) or None
    return record


def _set_date(row: Row, record: ContactRecord, target: str, text: str, month_first: bool) -> None:
    date = parse_date(text, month_first=month_first)
    if date is None or (target == "how_met_date" and date.year is None):
        row.warnings.append(f"{MAPPABLE_FIELDS[target]} {text!r} is not a date netbook reads")
        return
    if target == "how_met_date":
        record.how_met.date = date.date()
    else:
        setattr(record, target, date.iso())
