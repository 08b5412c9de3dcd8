"""Reading a card's dates: BDAY, ANNIVERSARY and its many spellings, Apple's X-ABDATE.

netbook holds a date as ISO `YYYY-MM-DD` or, without a year, `--MM-DD`. Clients write
`19700131`, `1970-01-31T00:00:00Z`, `--0131`, Apple's year 1604 or `X-APPLE-OMIT-YEAR`, and the
year 0000 for "no year"; all of those are read here. A valid vCard date netbook cannot hold as a
day of a year (`1985`, `--04`, a text BDAY) is kept as an extra property; an impossible date
(`1980-02-30`) is left out with a warning.
"""

from __future__ import annotations

import datetime as dt
import re

from netbook.formats.vcard.card import CardState
from netbook.formats.vcard.content import Property, unescape
from netbook.formats.vcard.labels import apple_label

# Dates: full (1970-01-31, 19700131, with or without a time), yearless (--01-31, --0131),
# and Apple's year 1604 / the year 0000 standing for "no year".
_FULL_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?\Z")
_YEARLESS = re.compile(r"--(\d{2})-?(\d{2})(?:[T ].*)?\Z")
# Valid vCard 4.0 dates netbook cannot hold as a day of a year: 1985, 1985-04, ---31, --04.
_REDUCED = re.compile(r"\d{4}(?:-\d{2})?\Z|\d{6}\Z|---\d{2}\Z|--\d{2}\Z|T[\d:+\-Z]*\Z")
_NO_YEAR = ("1604", "0000")


class _Keep:
    """Marker: a value that is valid vCard but not something netbook models (kept as is)."""


_KEEP = _Keep()


def _parse_date(value: str, omit_year: str | None) -> str | _Keep | None:
    """An ISO date ("1970-01-31" or "--01-31"), _KEEP, or None when the date is impossible."""
    value = value.strip()
    match = _FULL_DATE.match(value)
    if match is not None:
        year, month, day = match.groups()
        if year in _NO_YEAR or year == omit_year:
            return _yearless(month, day)
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            return None
    match = _YEARLESS.match(value)
    if match is not None:
        return _yearless(*match.groups())
    if _REDUCED.match(value):
        return _KEEP
    return None


def _yearless(month: str, day: str) -> str | None:
    try:
        dt.date(2000, int(month), int(day))  # a leap year, so --02-29 is a real birthday
    except ValueError:
        return None
    return f"--{month}-{day}"


def _date(card: CardState, prop: Property, what: str) -> str | _Keep | None:
    if (prop.first_param("VALUE") or "").lower() == "text":
        return _KEEP
    parsed = _parse_date(unescape(prop.value), prop.first_param("X-APPLE-OMIT-YEAR"))
    if parsed is None:
        card.warn(
            prop.line,
            f"the {what} {unescape(prop.value).strip()!r} is not a real date; it was left out",
        )
    return parsed


def bday(card: CardState, prop: Property) -> bool:
    if not prop.value.strip():
        return True
    parsed = _date(card, prop, "birthday")
    if isinstance(parsed, _Keep):
        return False
    if parsed is None:
        return True
    if card.record.birthday is None:
        card.record.birthday = parsed
        return True
    return parsed == card.record.birthday or False


def anniversary(card: CardState, prop: Property) -> bool:
    if not prop.value.strip():
        return True
    parsed = _date(card, prop, "anniversary")
    if isinstance(parsed, _Keep):
        return False
    if parsed is None:
        return True
    if card.record.anniversary is None:
        card.record.anniversary = parsed
        return True
    return parsed == card.record.anniversary  # the same date written twice (3.0 + Apple)


def abdate(card: CardState, prop: Property) -> bool:
    label = card.labels.get(prop.group.lower()) if prop.group else None
    if label is None or apple_label(unescape(label)).lower() != "anniversary":
        return False
    if anniversary(card, prop):
        card.group_label(prop)
        return True
    return False
