"""Google Contacts CSV, in both layouts Google has exported.

Current ("Google CSV" since 2020)::

    First Name,Middle Name,Last Name,...,Organization Name,Organization Title,...,Birthday,
    Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,...

Legacy (old Gmail contacts manager)::

    Name,Given Name,Additional Name,Family Name,...,Group Membership,E-mail 1 - Type,
    E-mail 1 - Value,...,Organization 1 - Name,Organization 1 - Title,...

Multi-valued fields come in numbered column groups ("Phone 2 - Value"); several values of one
label share a cell, separated by " ::: ". A label starting with "* " marks the primary value.
"Labels" (or "Group Membership") lists the contact's groups the same way: "* myContacts" is
every contact, "* starred" means a favourite, the rest become tags.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from netbook.formats.csv.dates import parse_date
from netbook.formats.csv.story import StoryValueError, apply_story_field
from netbook.formats.csv.table import Columns, Row, normalise_header
from netbook.formats.csv.values import (
    add_link,
    add_tag,
    folded,
    label,
    looks_like_email,
    note_with_extras,
    split_values,
)
from netbook.model.fields import SCALAR_NAMES
from netbook.model.values import Address, ContactRecord, LabelledValue, RelationValue
from netbook.model.vocabulary import relation_kind_key

FORMAT = "google-csv"

CURRENT_HEADERS = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
)
LEGACY_HEADERS = (
    "Name",
    "Given Name",
    "Additional Name",
    "Family Name",
    "Yomi Name",
    "Given Name Yomi",
    "Additional Name Yomi",
    "Family Name Yomi",
    "Name Prefix",
    "Name Suffix",
    "Initials",
    "Nickname",
    "Short Name",
    "Maiden Name",
    "Birthday",
    "Gender",
    "Location",
    "Billing Information",
    "Directory Server",
    "Mileage",
    "Occupation",
    "Hobby",
    "Sensitivity",
    "Priority",
    "Subject",
    "Notes",
    "Language",
    "Photo",
    "Group Membership",
)
VOCABULARY = frozenset(h.casefold() for h in CURRENT_HEADERS + LEGACY_HEADERS)

# "E-mail 2 - Value", "Address 1 - Postal Code", "Custom Field 3 - Label".
_NUMBERED = re.compile(r"^([a-z][a-z \-]*?) (\d+) - ([a-z][a-z ]*)$")
NUMBERED_KINDS = frozenset(
    {
        "e-mail",
        "phone",
        "address",
        "website",
        "relation",
        "event",
        "custom field",
        "im",
        "organization",
        "external id",
        "location",
        "calendar link",
        "jot",
        "hobby",
        "user",
    }
)

# A contact field (model/fields.py) or a name used below -> the columns it is read from,
# current layout first (the one the export writes, formats/csv/export.py).
COLUMNS_BY_FIELD = {
    "display_name": ("name",),
    "prefix": ("name prefix",),
    "given_name": ("first name", "given name"),
    "additional_names": ("middle name", "additional name"),
    "family_name": ("last name", "family name"),
    "suffix": ("name suffix",),
    "nickname": ("nickname", "short name"),
    "phonetic_given_name": ("phonetic first name", "given name yomi"),
    "phonetic_family_name": ("phonetic last name", "family name yomi"),
    "organization": ("organization name",),
    "title": ("organization title",),
    "department": ("organization department",),
    "file as": ("file as",),
    "gender": ("gender",),
    "birthday": ("birthday",),
    "labels": ("labels", "group membership"),
    "note": ("notes",),
}
# The contact fields copied as they are, and those read below (a date, a word, the note).
_READ_BELOW = ("gender", "birthday", "note")
_COPIED = tuple(
    name for name in SCALAR_NAMES if name in COLUMNS_BY_FIELD and name not in _READ_BELOW
)

# Legacy columns with no field of their own but user-entered content, kept in the note.
_NOTE_COLUMNS = (
    "Maiden Name",
    "Occupation",
    "Hobby",
    "Location",
    "Billing Information",
    "Mileage",
    "Language",
    "Subject",
    "Yomi Name",
)
_SYSTEM_GROUPS = {"mycontacts", "my contacts"}
_STARRED = {"starred"}

_INTRODUCER_LABELS = {"referred by", "introduced by"}

_ADDRESS_PARTS = {
    "street": "street",
    "city": "locality",
    "region": "region",
    "postal code": "postal_code",
    "country": "country",
    "po box": "po_box",
    "extended address": "extended",
}


def numbered_kind(header: str) -> str | None:
    """ "e-mail" for "e-mail 3 - value": the kind of a numbered column group, if it is one."""
    match = _NUMBERED.match(header)
    return match[1] if match and match[1] in NUMBERED_KINDS else None


@dataclass(slots=True)
class _Group:
    """One numbered column group: its parts ("label", "value", "city", ...) -> positions."""

    kind: str
    number: int
    parts: dict[str, int] = field(default_factory=dict)
    positions: tuple[int, ...] = ()  # every part's column, to skip a group a row leaves empty

    def get(self, row: Row, *names: str) -> str:
        for name in names:
            value = row.at(self.parts.get(name))
            if value:
                return value
        return ""


def _groups(columns: Columns) -> list[_Group]:
    found: dict[tuple[str, int], _Group] = {}
    for position, name in enumerate(columns.names):
        match = _NUMBERED.match(normalise_header(name))
        if match and match[1] in NUMBERED_KINDS:
            key = (match[1], int(match[2]))
            group = found.setdefault(key, _Group(key[0], key[1]))
            group.parts.setdefault(match[3], position)
    for group in found.values():
        group.positions = tuple(sorted(group.parts.values()))
    return sorted(found.values(), key=lambda g: (g.kind, g.number))


def make_reader(columns: Columns) -> Callable[[Row], ContactRecord]:
    groups = _groups(columns)
    # Only the columns this file has are looked at on each row (a 100k-row file is read fast).
    fields = {
        attribute: present
        for attribute, keys in COLUMNS_BY_FIELD.items()
        if (present := [p for k in keys if (p := columns.find(k)) is not None])
    }
    extras = [
        (name, p) for name in _NOTE_COLUMNS if (p := columns.find(name.casefold())) is not None
    ]

    def read_row(row: Row) -> ContactRecord:
        return _read(row, fields, extras, groups)

    return read_row


def _read(
    row: Row,
    fields: dict[str, list[int]],
    extra_columns: list[tuple[str, int]],
    groups: list[_Group],
) -> ContactRecord:
    values: dict[str, str] = {}
    for attribute, positions in fields.items():
        for position in positions:
            if value := row.at(position):
                values[attribute] = value
                break
    record = ContactRecord()
    for attribute in _COPIED:
        if attribute in values:
            setattr(record, attribute, values[attribute])
    if not record.best_display_name() and "file as" in values:
        record.display_name = values["file as"]
    gender = folded(values.get("gender", ""))
    if gender in ("male", "female"):
        record.gender = gender[0].upper()
    if "birthday" in values:
        record.birthday = _date(row, "birthday", values["birthday"])
    extras = [(name, value) for name, position in extra_columns if (value := row.at(position))]
    cells, width = row.cells, len(row.cells)
    for group in groups:
        # Most rows fill a few of the file's groups; one with every cell empty adds nothing.
        if any(position < width and cells[position] for position in group.positions):
            _read_group(row, group, record, extras)
    _read_labels(values.get("labels", ""), record)
    record.note = note_with_extras(values.get("note"), extras)
    return record


def _date(row: Row, what: str, text: str) -> str | None:
    date = parse_date(text)
    if date is None:
        row.warnings.append(f"{what} {text!r} is not a date netbook reads; left out")
        return None
    return date.iso()


def _read_group(
    row: Row, group: _Group, record: ContactRecord, extras: list[tuple[str, str]]
) -> None:
    raw_label = group.get(row, "label", "type")
    if group.kind == "e-mail":
        stored, preferred = label(raw_label)
        for value in split_values(group.get(row, "value")):
            if looks_like_email(value):
                record.emails.append(LabelledValue(value, stored, preferred))
            else:
                row.warnings.append(f"{value!r} is not an email address; left out")
    elif group.kind == "phone":
        stored, preferred = label(raw_label)
        for value in split_values(group.get(row, "value")):
            record.phones.append(LabelledValue(value, stored, preferred))
    elif group.kind == "address":
        _read_addresses(row, group, raw_label, record)
    elif group.kind == "website":
        for value in split_values(group.get(row, "value")):
            add_link(record, value, raw_label.lstrip("* ") or None)
    elif group.kind == "im":
        stored, _ = label(raw_label)
        service = group.get(row, "service", "protocol") or None
        for value in split_values(group.get(row, "value")):
            record.instant_messages.append(LabelledValue(value, stored, service=service))
    elif group.kind == "relation":
        for value in split_values(group.get(row, "value")):
            _add_relation(record, raw_label, value)
    elif group.kind == "event":
        _read_event(row, raw_label, group.get(row, "value"), record, extras)
    elif group.kind == "custom field":
        value = group.get(row, "value")
        try:
            taken = not value or apply_story_field(record, raw_label, value)
        except StoryValueError as exc:
            row.warnings.append(f"{exc}; it was kept in the note")
            taken = False
        if not taken:
            extras.append((raw_label or "Custom field", value))
    elif group.kind == "organization":
        if not record.organization and not record.title:
            record.organization = group.get(row, "name") or None
            record.title = group.get(row, "title") or None
            record.department = record.department or group.get(row, "department") or None
    elif group.kind != "external id":  # Google's own ids mean nothing outside Google
        # Jots, hobbies, locations, calendar links: no field of their own, kept in the note.
        for value in split_values(group.get(row, "value")):
            extras.append((raw_label.lstrip("* ") or group.kind.capitalize(), value))


def _read_addresses(row: Row, group: _Group, raw_label: str, record: ContactRecord) -> None:
    stored, preferred = label(raw_label)
    # Several addresses of one label share the group, each part " ::: "-separated in order.
    parts = {name: split_values(group.get(row, name)) for name in _ADDRESS_PARTS}
    count = max((len(values) for values in parts.values()), default=0)
    formatted = split_values(group.get(row, "formatted"))
    for index in range(count or len(formatted)):
        address = Address(label=stored, preferred=preferred and index == 0)
        for name, attribute in _ADDRESS_PARTS.items():
            values = parts[name]
            if index < len(values):
                setattr(address, attribute, values[index])
        if address.is_empty() and index < len(formatted):
            address.street = formatted[index]  # only the one-line form is there
        if not address.is_empty():
            record.addresses.append(address)


def _add_relation(record: ContactRecord, raw_label: str, name: str) -> None:
    text = raw_label.lstrip("* ").strip()
    key = folded(text)
    if key in _INTRODUCER_LABELS and not record.introduced_by_name:
        record.introduced_by_name = name
        return
    kind = relation_kind_key(key)
    record.relations.append(RelationValue(kind=kind, name=name, label=text or None))


def _read_event(
    row: Row, raw_label: str, text: str, record: ContactRecord, extras: list[tuple[str, str]]
) -> None:
    if not text:
        return
    key = folded(raw_label.lstrip("* ")).strip()
    if key == "anniversary" and not record.anniversary:
        record.anniversary = _date(row, "anniversary", text)
    elif key == "birthday" and not record.birthday:
        record.birthday = _date(row, "birthday", text)
    else:
        extras.append((raw_label.lstrip("* ") or "Event", text))


def _read_labels(text: str, record: ContactRecord) -> None:
    for name in split_values(text):
        system = name.startswith("*")
        plain = name.lstrip("* ").strip()
        key = folded(plain)
        if key in _SYSTEM_GROUPS:
            continue
        if system and key in _STARRED:
            record.favourite = True
            continue
        add_tag(record, plain)
