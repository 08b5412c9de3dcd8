"""Contacts as CSV in Google Contacts' layout, which Google, Outlook and spreadsheets import.

One row per contact; multi-valued fields in numbered column groups ("E-mail 2 - Value"), as
many groups as the contact with the most values needs. The story of each connection goes in
"netbook:" custom fields (see story), so netbook reads it back. The file is UTF-8 with a
byte-order mark (without one, Excel reads UTF-8 as the Windows code page) and CRLF line ends.

A spreadsheet runs a cell that starts with "=", "+", "-" or "@" as a formula, so such a value
from an untrusted contact (a name "=HYPERLINK(...)") is written with a leading "'", which
spreadsheets show as text. Phone numbers such as "+44 20 7946 0000" and yearless birthdays
("--04-12") are left alone: digits cannot form a formula that does anything, and Google must
read them as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from netbook.formats.csv.google import COLUMNS_BY_FIELD, CURRENT_HEADERS
from netbook.formats.csv.story import story_fields
from netbook.formats.csv.values import GOOGLE_SEPARATOR, SERVICE_TITLES
from netbook.model.fields import SCALAR_NAMES
from netbook.model.values import Address, ContactRecord

# Google's current layout, which Google and Outlook both import, without the columns netbook
# has nothing to put in (a middle phonetic name; a photo URL).
_FIXED = tuple(h for h in CURRENT_HEADERS if h not in ("Phonetic Middle Name", "Photo"))
# The contact field (model/fields.py) each of those columns holds, from the columns the
# reader takes it from; File As and Labels are made below.
_FIELD_OF_COLUMN = {
    header: name
    for header in _FIXED
    for name, columns in COLUMNS_BY_FIELD.items()
    if name in SCALAR_NAMES and columns[0] == header.casefold()
}
_ADDRESS_PARTS = (
    "Label",
    "Formatted",
    "Street",
    "City",
    "PO Box",
    "Region",
    "Postal Code",
    "Country",
    "Extended Address",
)
# Netbook's labels -> the names Google gives its standard types.
_GOOGLE_LABELS = {
    "cell": "Mobile",
    "work": "Work",
    "home": "Home",
    "main": "Main",
    "other": "Other",
    "work fax": "Work Fax",
    "home fax": "Home Fax",
    "fax": "Other Fax",
    "pager": "Pager",
    "homepage": "Home Page",
    "blog": "Blog",
    "profile": "Profile",
    "iphone": "iPhone",
}
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS = re.compile(r"^(\+[0-9 ]+|--\d{2}-\d{2})$")


def neutralise(value: str) -> str:
    """`value` made safe to open in a spreadsheet (see the module docstring)."""
    if value.startswith(_RISKY_START) and not _HARMLESS.match(value):
        return "'" + value
    return value


def _label(label: str | None) -> str:
    if not label:
        return ""
    return _GOOGLE_LABELS.get(label.casefold(), label)


def _formatted(address: Address) -> str:
    city_line = " ".join(p for p in (address.locality, address.region, address.postal_code) if p)
    lines = [address.po_box, address.extended, address.street, city_line, address.country]
    return "\n".join(line for line in lines if line)


def _file_as(record: ContactRecord) -> str:
    """The display name when it is not just the name parts (a company, a chosen name)."""
    parts = (
        record.prefix,
        record.given_name,
        record.additional_names,
        record.family_name,
        record.suffix,
    )
    composed = " ".join(p.strip() for p in parts if p and p.strip())
    display = record.display_name.strip()
    if not display or display == composed or (not composed and display == record.organization):
        return ""  # Google shows the name, or the organisation, by itself
    return display


def _websites(record: ContactRecord) -> list[tuple[str, str]]:
    links = [(_label(u.label), u.value) for u in record.urls]
    links += [
        (SERVICE_TITLES.get(s.service, s.service.title()), s.value) for s in record.social_profiles
    ]
    return links


def _relations(record: ContactRecord) -> list[tuple[str, str]]:
    found = [(r.label or r.kind.title(), r.name or "") for r in record.relations if r.name]
    if record.introduced_by_name:
        found.append(("Referred by", record.introduced_by_name))
    return found


def _events(record: ContactRecord) -> list[tuple[str, str]]:
    return [("Anniversary", record.anniversary)] if record.anniversary else []


def _pairs_header(kind: str, count: int, parts: tuple[str, ...] = ("Label", "Value")) -> list[str]:
    return [f"{kind} {n} - {part}" for n in range(1, count + 1) for part in parts]


def _pairs(values: list[tuple[str, str]], count: int) -> list[str]:
    cells: list[str] = []
    for index in range(count):
        cells.extend(values[index] if index < len(values) else ("", ""))
    return cells


def write_csv(records: Sequence[ContactRecord]) -> bytes:
    """The records as a Google-compatible CSV file (UTF-8 with BOM)."""
    counts = {
        "E-mail": max([1, *(len(r.emails) for r in records)]),
        "Phone": max([1, *(len(r.phones) for r in records)]),
        "Address": max([0, *(len(r.addresses) for r in records)]),
        "Relation": max([0, *(len(_relations(r)) for r in records)]),
        "Website": max([0, *(len(_websites(r)) for r in records)]),
        "Event": max([0, *(len(_events(r)) for r in records)]),
        "IM": max([0, *(len(r.instant_messages) for r in records)]),
        "Custom Field": max([0, *(len(story_fields(r)) for r in records)]),
    }
    header = [
        *_FIXED,
        *_pairs_header("E-mail", counts["E-mail"]),
        *_pairs_header("Phone", counts["Phone"]),
        *_pairs_header("Address", counts["Address"], _ADDRESS_PARTS),
        *_pairs_header("Relation", counts["Relation"]),
        *_pairs_header("Website", counts["Website"]),
        *_pairs_header("Event", counts["Event"]),
        *_pairs_header("IM", counts["IM"], ("Label", "Service", "Value")),
        *_pairs_header("Custom Field", counts["Custom Field"]),
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for record in records:
        writer.writerow([neutralise(value) for value in _row(record, counts)])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _row(record: ContactRecord, counts: dict[str, int]) -> list[str]:
    labels = list(record.tags)
    if record.favourite:
        labels.append("* starred")
    made = {"File As": _file_as(record), "Labels": GOOGLE_SEPARATOR.join(labels)}
    cells = [
        getattr(record, _FIELD_OF_COLUMN[header]) or ""
        if header in _FIELD_OF_COLUMN
        else made[header]
        for header in _FIXED
    ]
    cells += _pairs([(_label(e.label), e.value) for e in record.emails], counts["E-mail"])
    cells += _pairs([(_label(p.label), p.value) for p in record.phones], counts["Phone"])
    for index in range(counts["Address"]):
        if index < len(record.addresses):
            a = record.addresses[index]
            cells += [
                _label(a.label),
                _formatted(a),
                a.street or "",
                a.locality or "",
                a.po_box or "",
                a.region or "",
                a.postal_code or "",
                a.country or "",
                a.extended or "",
            ]
        else:
            cells += [""] * len(_ADDRESS_PARTS)
    cells += _pairs(_relations(record), counts["Relation"])
    cells += _pairs(_websites(record), counts["Website"])
    cells += _pairs(_events(record), counts["Event"])
    for index in range(counts["IM"]):
        if index < len(record.instant_messages):
            im = record.instant_messages[index]
            cells += [_label(im.label), im.service or "", im.value]
        else:
            cells += ["", "", ""]
    cells += _pairs(story_fields(record), counts["Custom Field"])
    return cells
