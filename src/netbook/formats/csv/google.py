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

from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter
from typing import Any

from netbook.formats.csv.google_groups import group_readers, numbered_kind, read_date
from netbook.formats.csv.slots import Slots
from netbook.formats.csv.table import Columns, Row
from netbook.formats.csv.values import add_tag, folded, note_with_extras, split_values
from netbook.model.fields import SCALAR_NAMES
from netbook.model.values import ContactRecord

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


def knows(header: str) -> bool:
    """Whether the column named `header` (normalised) is one this reader reads."""
    return header in VOCABULARY or numbered_kind(header) is not None


def make_reader(columns: Columns) -> Callable[[Row], ContactRecord]:
    """The reader of this file's rows: every column it reads found once, here."""
    slots = Slots(columns)

    def slot(*keys: str) -> int:
        return slots.of(columns.find(key) for key in keys)

    # Only the columns this file has are looked at on each row.
    copied = [
        (name, at) for name in _COPIED if (at := slot(*COLUMNS_BY_FIELD[name])) != slots.missing
    ]
    file_as_at, gender_at = slot("file as"), slot(*COLUMNS_BY_FIELD["gender"])
    birthday_at, labels_at = slot(*COLUMNS_BY_FIELD["birthday"]), slot(*COLUMNS_BY_FIELD["labels"])
    note_at = slot(*COLUMNS_BY_FIELD["note"])
    extra_columns = [
        (name, at) for name in _NOTE_COLUMNS if (at := slot(name.casefold())) != slots.missing
    ]
    groups = group_readers(columns, slots)
    # Whether a row fills each group, in one look (one more slot, always empty: a tuple even
    # for a file of one group).
    groups_filled = itemgetter(*(group.filled_at for group in groups), slots.missing)
    group_reads = [group.read for group in groups]

    def read_row(row: Row) -> ContactRecord:
        values = slots.values(row.cells)
        warnings = row.warnings
        given: dict[str, Any] = {name: value for name, at in copied if (value := values[at])}
        record = ContactRecord(**given)
        if values[file_as_at] and not record.best_display_name():
            record.display_name = values[file_as_at]
        gender = folded(values[gender_at])
        if gender in ("male", "female"):
            record.gender = gender[0].upper()
        if birthday := values[birthday_at]:
            record.birthday = read_date(warnings, "birthday", birthday)
        extras = [(name, value) for name, at in extra_columns if (value := values[at])]
        for filled, read in zip(groups_filled(values), group_reads, strict=False):
            if filled:
                read(values, record, warnings, extras)
        tags, favourite = _labels(values[labels_at])
        record.tags.extend(tags)  # the row's only tags: nothing above adds any
        if favourite:
            record.favourite = True
        record.note = note_with_extras(values[note_at] or None, extras)
        return record

    return read_row


@lru_cache(maxsize=4096)
def _labels(text: str) -> tuple[tuple[str, ...], bool]:
    """The tags a "Labels" cell names, and whether it stars the contact.

    The same few cells repeat on every row of a file ("* myContacts ::: Clients"): read once.
    """
    record = ContactRecord()
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
    return tuple(record.tags), record.favourite
