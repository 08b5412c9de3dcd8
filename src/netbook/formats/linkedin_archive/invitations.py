"""Invitations.csv: who invited whom to connect, when, and the note that came with it.

    From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
    Ann Lee,Sam Owner,"3/10/19, 9:05 AM","Loved your talk at PyCon!",INCOMING,https://...,https://...

Direction is INCOMING (they invited the archive's owner) or OUTGOING; older exports have no
Direction column, and the owner's name in From or To settles it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from netbook.formats.linkedin_archive.people import Person, day_of
from netbook.formats.linkedin_archive.rows import ArchiveRow, BadRow, repair, repair_name
from netbook.formats.parsed import Problem

INCOMING = "incoming"
OUTGOING = "outgoing"


@dataclass(frozen=True, slots=True)
class Invitation:
    row: int
    line: int
    inviter: Person
    invitee: Person
    sent_on: dt.date | None
    message: str  # repaired
    direction: str  # INCOMING, OUTGOING, or "" when the file does not say


def read_invitations(rows: Iterable[ArchiveRow | BadRow]) -> Iterator[Invitation | Problem]:
    for row in rows:
        if isinstance(row, BadRow):
            yield Problem(None, row.line, row.message)
            continue
        direction = row.get("direction").casefold()
        inviter = Person(repair_name(row.get("from")), row.get("inviterprofileurl"))
        invitee = Person(repair_name(row.get("to")), row.get("inviteeprofileurl"))
        if not (inviter.known or invitee.known):
            yield Problem(row.number, row.line, "the invitation names nobody")
            continue
        yield Invitation(
            row=row.number,
            line=row.line,
            inviter=inviter,
            invitee=invitee,
            sent_on=day_of(row.get("sent at")),
            message=repair(row.get("message")).strip(),
            direction=direction if direction in (INCOMING, OUTGOING) else "",
        )
