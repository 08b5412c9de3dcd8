"""Recommendations_Received.csv and Recommendations_Given.csv: who recommended whom.

    First Name,Last Name,Company,Job Title,Text,Creation Date,Status

The name is the other person's (the recommender in Received, the one recommended in Given);
these files carry no profile URL, so they are matched by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from netbook.formats.linkedin_archive.people import Person, day_of, person
from netbook.formats.linkedin_archive.rows import ArchiveRow, BadRow, repair, repair_name
from netbook.formats.parsed import Problem


@dataclass(frozen=True, slots=True)
class Recommendation:
    row: int
    line: int
    person: Person
    company: str
    text: str  # repaired
    on: dt.date | None
    given: bool  # True: the owner recommended them


def read_recommendations(
    rows: Iterable[ArchiveRow | BadRow], *, given: bool
) -> Iterator[Recommendation | Problem]:
    for row in rows:
        if isinstance(row, BadRow):
            yield Problem(None, row.line, row.message)
            continue
        who = person(row.get("first name"), row.get("last name"))
        if not who.known:
            yield Problem(row.number, row.line, "the recommendation names nobody")
            continue
        yield Recommendation(
            row=row.number,
            line=row.line,
            person=who,
            company=repair_name(row.get("company")),
            text=repair(row.get("text")).strip(),
            on=day_of(row.get("creation date")),
            given=given,
        )
