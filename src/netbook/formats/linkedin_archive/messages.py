"""messages.csv: every message of every conversation, one row each.

    CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,
    DATE,SUBJECT,CONTENT,FOLDER[,ATTACHMENTS][,IS MESSAGE DRAFT]

TO and RECIPIENT PROFILE URLS list every other participant of a group conversation, comma
separated. Drafts (never sent) are left out. The subject and content are kept as written and
repaired only when asked for (`subject_text`, `content_text`): most are never stored.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from netbook.formats.linkedin_archive.people import Person, day_of
from netbook.formats.linkedin_archive.rows import ArchiveRow, BadRow, repair, repair_name
from netbook.formats.parsed import Problem

_TRUE = frozenset({"yes", "true", "1"})


@dataclass(frozen=True, slots=True)
class Message:
    row: int
    line: int
    conversation: str
    title: str
    sender: Person
    recipients: tuple[Person, ...]
    sent_at: str  # as written: orders the messages of one day
    sent_on: dt.date
    subject: str  # as written (see subject_text)
    content: str

    @property
    def subject_text(self) -> str:
        return repair(self.subject).strip()

    @property
    def content_text(self) -> str:
        return repair(self.content).strip()


@functools.lru_cache(maxsize=16384)
def recipients(names: str, urls: str) -> tuple[Person, ...]:
    """The people of the TO and RECIPIENT PROFILE URLS cells, paired when both list them."""
    name_list = [repair_name(n) for n in names.split(",") if n.strip()]
    url_list = [u.strip() for u in urls.replace(";", ",").split(",") if u.strip()]
    if len(name_list) == len(url_list):
        return tuple(Person(n, u) for n, u in zip(name_list, url_list, strict=True))
    return tuple(Person(n) for n in name_list) + tuple(Person("", u) for u in url_list)


def read_messages(rows: Iterable[ArchiveRow | BadRow]) -> Iterator[Message | Problem]:
    for row in rows:
        if isinstance(row, BadRow):
            yield Problem(None, row.line, row.message)
            continue
        if row.get("is message draft").casefold() in _TRUE:
            continue
        conversation = row.get("conversation id")
        sent_at = row.get("date")
        day = day_of(sent_at)
        if not conversation or day is None:
            what = (
                "no conversation id" if not conversation else f"no date netbook reads ({sent_at!r})"
            )
            yield Problem(row.number, row.line, f"the message has {what}")
            continue
        yield Message(
            row=row.number,
            line=row.line,
            conversation=conversation,
            title=row.get("conversation title"),
            sender=Person(repair_name(row.get("from")), row.get("sender profile url")),
            recipients=recipients(row.get("to"), row.get("recipient profile urls")),
            sent_at=sent_at,
            sent_on=day,
            subject=row.get("subject"),
            content=row.get("content"),
        )
