"""The story of a connection in CSV columns that Google Contacts keeps as custom fields.

Google and Outlook have no field for how we met; netbook's CSV export writes the story as
Google "Custom Field" label/value pairs whose labels start with "netbook:", so a user sees them
in Google Contacts and netbook reads them back when the file is imported again.
"""

from __future__ import annotations

import contextlib

from netbook.formats.csv.dates import parse_date
from netbook.formats.csv.values import folded
from netbook.formats.vcard.netbook_properties import cadence_days
from netbook.model.values import ContactRecord

UID = "netbook: uid"
HOW_MET = "netbook: how we met"
MET_ON = "netbook: met on"
MET_AT = "netbook: met at"
CONTEXT = "netbook: context"
MET_IN_PERSON = "netbook: met in person"
KEEP_IN_TOUCH = "netbook: keep in touch every (days)"
ARCHIVED = "netbook: archived"  # written "yes" for an archived contact, left out otherwise


def story_fields(record: ContactRecord) -> list[tuple[str, str]]:
    """The record's story as (label, value) pairs, only the parts it has."""
    how = record.how_met
    fields = [
        (UID, record.uid or ""),
        (HOW_MET, how.channel or ""),
        (MET_ON, how.date.isoformat() if how.date else ""),
        (MET_AT, how.place or ""),
        (CONTEXT, how.context or ""),
    ]
    if record.met_in_person:
        when = record.met_in_person_date.isoformat() if record.met_in_person_date else "yes"
        fields.append((MET_IN_PERSON, when))
    if record.keep_in_touch_days:
        fields.append((KEEP_IN_TOUCH, str(record.keep_in_touch_days)))
    if record.archived:
        fields.append((ARCHIVED, "yes"))
    return [(name, value) for name, value in fields if value]


def apply_story_field(record: ContactRecord, name: str, value: str) -> bool:
    """Set the story field labelled `name`; False when `name` is not one of netbook's labels."""
    key = folded(name).strip()
    if key == UID:
        record.uid = value
    elif key == HOW_MET:
        record.how_met.channel = value
    elif key == MET_ON:
        date = parse_date(value)
        record.how_met.date = date.date() if date else None
    elif key == MET_AT:
        record.how_met.place = value
    elif key == CONTEXT:
        record.how_met.context = value
    elif key == MET_IN_PERSON:
        record.met_in_person = True
        date = parse_date(value)
        record.met_in_person_date = date.date() if date else None
    elif key == KEEP_IN_TOUCH:
        with contextlib.suppress(ValueError):
            record.keep_in_touch_days = cadence_days(value)
    elif key == ARCHIVED:
        record.archived = folded(value).strip() in ("yes", "true")
    else:
        return False
    return True
