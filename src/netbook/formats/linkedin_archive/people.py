"""People as the archive names them: a name, and a profile URL when LinkedIn wrote one."""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

from netbook.formats.csv.dates import parse_date
from netbook.formats.linkedin_archive.rows import repair_name


class Person(NamedTuple):
    """Someone a file names. A named tuple: one is made for every message's sender, and
    conversations gather them in sets (hashed in C; equal to a frozen dataclass's hash)."""

    name: str  # repaired, single-spaced; "" when the file gives none
    url: str = ""  # the LinkedIn profile URL as written; "" when unknown

    @property
    def known(self) -> bool:
        return bool(self.name or self.url)


def person(first: str, last: str = "", url: str = "") -> Person:
    """A person from name parts (either may be empty) and a profile URL."""
    return Person(repair_name(f"{first} {last}"), url.strip())


def day_of(text: str, *, month_first: bool = True) -> dt.date | None:
    """The calendar day of an archive timestamp.

    LinkedIn writes "2023-05-04 12:34:56 UTC" (messages), "5/4/23, 12:34 PM" (invitations),
    "2019/03/15 10:31:00 UTC" (endorsements) or "15 Mar 2019"; the time is dropped, the day
    is the one written (UTC for messages).
    """
    value = text.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":  # ISO: most rows, fast
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    return _day_of(value, month_first)


@functools.lru_cache(maxsize=4096)
def _day_of(value: str, month_first: bool) -> dt.date | None:
    if not value:
        return None
    for candidate in (value, value.split(",", 1)[0], value.split(" ", 1)[0]):
        parsed = parse_date(candidate.strip(), month_first=month_first)
        if parsed is not None and parsed.year is not None:
            return parsed.date()
    return None
