"""Google's numbered column groups ("E-mail 2 - Label", "E-mail 2 - Value"), each read by a
function built once per file for the columns the group has in it.

A group of the file becomes a `GroupReader`: the slot (formats/csv/slots.py) that says whether
a row fills the group, and the function that reads the group's values into the record. Most
rows fill a few of a file's groups; the others are skipped on one look at that slot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from netbook.formats.csv.dates import parse_date
from netbook.formats.csv.slots import Slots
from netbook.formats.csv.story import StoryValueError, apply_story_field
from netbook.formats.csv.table import Columns, normalise_header
from netbook.formats.csv.values import (
    add_link,
    folded,
    label,
    looks_like_email,
    split_values,
)
from netbook.model.values import Address, ContactRecord, LabelledValue, RelationValue
from netbook.model.vocabulary import relation_kind_key

# "E-mail 2 - Value", "Address 1 - Postal Code", "Custom Field 3 - Label".
NUMBERED = re.compile(r"^([a-z][a-z \-]*?) (\d+) - ([a-z][a-z ]*)$")
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

# A row's values, the record, the row's warnings and the note's extra "Label: value" lines.
Extras = list[tuple[str, str]]
ReadGroup = Callable[[list[str], ContactRecord, list[str], Extras], None]


@dataclass(frozen=True, slots=True)
class GroupReader:
    filled_at: int  # the slot that is empty when a row leaves the group empty
    read: ReadGroup


@dataclass(slots=True)
class _Group:
    """One numbered column group: its parts ("label", "value", "city", ...) -> positions."""

    kind: str
    number: int
    parts: dict[str, int] = field(default_factory=dict)

    def slot(self, slots: Slots, *names: str) -> int:
        """The slot of the first filled part among `names`."""
        return slots.of(self.parts.get(name) for name in names)


def numbered_kind(header: str) -> str | None:
    """ "e-mail" for "e-mail 3 - value": the kind of a numbered column group, if it is one."""
    match = NUMBERED.match(header)
    return match[1] if match and match[1] in NUMBERED_KINDS else None


def group_readers(columns: Columns, slots: Slots) -> list[GroupReader]:
    """A reader for each column group of the file, in the order of kind and number."""
    found: dict[tuple[str, int], _Group] = {}
    for position, name in enumerate(columns.names):
        match = NUMBERED.match(normalise_header(name))
        if match and match[1] in NUMBERED_KINDS:
            key = (match[1], int(match[2]))
            group = found.setdefault(key, _Group(key[0], key[1]))
            group.parts.setdefault(match[3], position)
    readers = []
    for group in sorted(found.values(), key=lambda g: (g.kind, g.number)):
        if group.kind == "external id":  # Google's own ids mean nothing outside Google
            continue
        read = _MAKERS.get(group.kind, _note_lines)(group, slots)
        if group.kind in ("address", "organization"):  # read when any of their cells is filled
            filled_at = slots.of(group.parts.values())
        else:  # read for their value: a label alone adds nothing
            filled_at = group.slot(slots, "value")
        readers.append(GroupReader(filled_at, read))
    return readers


def _emails(group: _Group, slots: Slots) -> ReadGroup:
    return _labelled_values(group, slots, "emails")


def _phones(group: _Group, slots: Slots) -> ReadGroup:
    return _labelled_values(group, slots, "phones")


def _labelled_values(group: _Group, slots: Slots, field_name: str) -> ReadGroup:
    """Emails or phones, each value of the cell with the group's label."""
    label_at, value_at = group.slot(slots, "label", "type"), group.slot(slots, "value")
    emails = field_name == "emails"

    def read(values: list[str], record: ContactRecord, warnings: list[str], _: Extras) -> None:
        stored, preferred = label(values[label_at])
        found: list[LabelledValue] = getattr(record, field_name)
        for value in split_values(values[value_at]):
            if emails and not looks_like_email(value):
                warnings.append(f"{value!r} is not an email address; left out")
            else:
                found.append(LabelledValue(value, stored, preferred))

    return read


def _addresses(group: _Group, slots: Slots) -> ReadGroup:
    label_at, formatted_at = group.slot(slots, "label", "type"), group.slot(slots, "formatted")
    parts = [
        (attribute, at)
        for name, attribute in _ADDRESS_PARTS.items()
        if (at := group.slot(slots, name)) != slots.missing
    ]

    def read(values: list[str], record: ContactRecord, _: list[str], __: Extras) -> None:
        stored, preferred = label(values[label_at])
        # Several addresses of one label share the group, each part " ::: "-separated in order.
        split = [(attribute, split_values(text)) for attribute, at in parts if (text := values[at])]
        count = max((len(items) for _, items in split), default=0)
        # Each of the `count` addresses has a part: split_values gives no empty value.
        for index in range(count):
            address = Address(label=stored, preferred=preferred and index == 0)
            for attribute, items in split:
                if index < len(items):
                    setattr(address, attribute, items[index])
            record.addresses.append(address)
        if not count:  # only the one-line form is there
            for index, street in enumerate(split_values(values[formatted_at])):
                record.addresses.append(
                    Address(street=street, label=stored, preferred=preferred and index == 0)
                )

    return read


def _websites(group: _Group, slots: Slots) -> ReadGroup:
    label_at, value_at = group.slot(slots, "label", "type"), group.slot(slots, "value")

    def read(values: list[str], record: ContactRecord, _: list[str], __: Extras) -> None:
        link_label = values[label_at].lstrip("* ") or None
        for value in split_values(values[value_at]):
            add_link(record, value, link_label)

    return read


def _instant_messages(group: _Group, slots: Slots) -> ReadGroup:
    label_at, value_at = group.slot(slots, "label", "type"), group.slot(slots, "value")
    service_at = group.slot(slots, "service", "protocol")

    def read(values: list[str], record: ContactRecord, _: list[str], __: Extras) -> None:
        stored, _preferred = label(values[label_at])
        service = values[service_at] or None
        for value in split_values(values[value_at]):
            record.instant_messages.append(LabelledValue(value, stored, service=service))

    return read


def _relations(group: _Group, slots: Slots) -> ReadGroup:
    label_at, value_at = group.slot(slots, "label", "type"), group.slot(slots, "value")

    def read(values: list[str], record: ContactRecord, _: list[str], __: Extras) -> None:
        text = values[label_at].lstrip("* ").strip()
        key = folded(text)
        for name in split_values(values[value_at]):
            if key in _INTRODUCER_LABELS and not record.introduced_by_name:
                record.introduced_by_name = name
                continue
            kind = relation_kind_key(key)
            record.relations.append(RelationValue(kind=kind, name=name, label=text or None))

    return read


def _events(group: _Group, slots: Slots) -> ReadGroup:
    label_at, value_at = group.slot(slots, "label", "type"), group.slot(slots, "value")

    def read(values: list[str], record: ContactRecord, warnings: list[str], extras: Extras) -> None:
        raw_label, text = values[label_at], values[value_at]
        if not text:
            return
        key = folded(raw_label.lstrip("* ")).strip()
        if key == "anniversary" and not record.anniversary:
            record.anniversary = read_date(warnings, "anniversary", text)
        elif key == "birthday" and not record.birthday:
            record.birthday = read_date(warnings, "birthday", text)
        else:
            extras.append((raw_label.lstrip("* ") or "Event", text))

    return read


def _custom_fields(group: _Group, slots: Slots) -> ReadGroup:
    label_at, value_at = group.slot(slots, "label", "type"), group.slot(slots, "value")

    def read(values: list[str], record: ContactRecord, warnings: list[str], extras: Extras) -> None:
        raw_label, value = values[label_at], values[value_at]
        try:
            taken = not value or apply_story_field(record, raw_label, value)
        except StoryValueError as exc:
            warnings.append(f"{exc}; it was kept in the note")
            taken = False
        if not taken:
            extras.append((raw_label or "Custom field", value))

    return read


def _organizations(group: _Group, slots: Slots) -> ReadGroup:
    name_at, title_at = group.slot(slots, "name"), group.slot(slots, "title")
    department_at = group.slot(slots, "department")

    def read(values: list[str], record: ContactRecord, _: list[str], __: Extras) -> None:
        if not record.organization and not record.title:
            record.organization = values[name_at] or None
            record.title = values[title_at] or None
            record.department = record.department or values[department_at] or None

    return read


def _note_lines(group: _Group, slots: Slots) -> ReadGroup:
    """Jots, hobbies, locations, calendar links: no field of their own, kept in the note."""
    label_at, value_at = group.slot(slots, "label", "type"), group.slot(slots, "value")
    kind = group.kind.capitalize()

    def read(values: list[str], _: ContactRecord, __: list[str], extras: Extras) -> None:
        name = values[label_at].lstrip("* ") or kind
        for value in split_values(values[value_at]):
            extras.append((name, value))

    return read


_MAKERS: dict[str, Callable[[_Group, Slots], ReadGroup]] = {
    "e-mail": _emails,
    "phone": _phones,
    "address": _addresses,
    "website": _websites,
    "im": _instant_messages,
    "relation": _relations,
    "event": _events,
    "custom field": _custom_fields,
    "organization": _organizations,
}


def read_date(warnings: list[str], what: str, text: str) -> str | None:
    """The ISO form of a date cell, or None with a warning naming what it was."""
    date = parse_date(text)
    if date is None:
        warnings.append(f"{what} {text!r} is not a date netbook reads; left out")
        return None
    return date.iso()
