"""Endorsement_Received_Info.csv and Endorsement_Given_Info.csv: skills vouched for.

    Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,
    Endorsement Status

Given files name the "Endorsee" instead. Endorsements the person turned down (status
REJECTED) are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from netbook.formats.linkedin_archive.people import Person, day_of, person
from netbook.formats.linkedin_archive.rows import ArchiveRow, BadRow, repair_name
from netbook.formats.parsed import Problem

_LEFT_OUT = frozenset({"rejected", "hidden"})


@dataclass(frozen=True, slots=True)
class Endorsement:
    row: int
    line: int
    person: Person
    skill: str
    on: dt.date | None
    given: bool  # True: the owner endorsed them


def read_endorsements(
    rows: Iterable[ArchiveRow | BadRow], *, given: bool
) -> Iterator[Endorsement | Problem]:
    who_ = "endorsee" if given else "endorser"
    for row in rows:
        if isinstance(row, BadRow):
            yield Problem(None, row.line, row.message)
            continue
        if row.get("endorsement status").casefold() in _LEFT_OUT:
            continue
        who = person(
            row.get(f"{who_} first name"),
            row.get(f"{who_} last name"),
            row.get(f"{who_} public url"),
        )
        skill = repair_name(row.get("skill name"))
        if not who.known or not skill:
            what = "nobody" if not who.known else "no skill"
            yield Problem(row.number, row.line, f"the endorsement names {what}")
            continue
        yield Endorsement(
            row.number, row.line, who, skill, day_of(row.get("endorsement date")), given
        )
