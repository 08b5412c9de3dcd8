"""The story of a connection in CSV columns that Google Contacts keeps as custom fields.

Google and Outlook have no field for how we met; netbook's CSV export writes the story as
Google "Custom Field" label/value pairs whose labels start with "netbook:", so a user sees them
in Google Contacts and netbook reads them back when the file is imported again.
"""

from __future__ import annotations

import datetime as dt

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
    return [(name, value) for name, value in fields if value]


# What the "met in person" field may say besides a date (netbook writes "yes" or the date).
_YES = frozenset({"yes", "true"})
_NO = frozenset({"no", "false"})


class StoryValueError(ValueError):
    """A story field netbook writes holds a value it does not read; the message says which."""


def _story_date(label: str, value: str) -> dt.date | None:
    date = parse_date(value)
    full = date.date() if date is not None else None
    if full is None:
        what = "a date without its year" if date is not None else "not a date"
        raise StoryValueError(f"{label!r} is {value.strip()[:40]!r}, {what}")
    return full


def apply_story_field(record: ContactRecord, name: str, value: str) -> bool:
    """Set the story field labelled `name`; False when `name` is not one of netbook's labels.

    Raises:
        StoryValueError: the value is not one netbook reads (a date that is none, "maybe" for
            met in person, a cadence that is not a number of days); nothing was set.
    """
    key = folded(name).strip()
    if key == UID:
        record.uid = value
    elif key == HOW_MET:
        record.how_met.channel = value
    elif key == MET_ON:
        record.how_met.date = _story_date(MET_ON, value)
    elif key == MET_AT:
        record.how_met.place = value
    elif key == CONTEXT:
        record.how_met.context = value
    elif key == MET_IN_PERSON:
        word = folded(value).strip()
        if word in _YES or word in _NO:
            record.met_in_person, record.met_in_person_date = word in _YES, None
        else:
            record.met_in_person_date = _story_date(MET_IN_PERSON, value)
            record.met_in_person = True
    elif key == KEEP_IN_TOUCH:
        try:
            record.keep_in_touch_days = cadence_days(value)
        except ValueError as exc:
            raise StoryValueError(str(exc)) from None
    else:
        return False
    return True
