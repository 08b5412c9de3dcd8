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
from typing import NamedTuple

from netbook.formats.linkedin_archive.people import Person, day_of
from netbook.formats.linkedin_archive.rows import (
    ArchiveRow,
    BadRow,
    cell,
    column_index,
    repair,
    repair_name,
)
from netbook.formats.parsed import Problem

_TRUE = frozenset({"yes", "true", "1"})


class Message(NamedTuple):
    """One message. A named tuple, built in C: a file holds hundreds of thousands."""

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


@functools.lru_cache(maxsize=16384)
def sender(name: str, url: str) -> Person:
    """The person of the FROM and SENDER PROFILE URL cells (the same few on every row)."""
    return Person(repair_name(name), url)


# The columns a message is read from, in the order `read_messages` unpacks them.
_COLUMNS = (
    "is message draft",
    "conversation id",
    "date",
    "conversation title",
    "from",
    "sender profile url",
    "to",
    "recipient profile urls",
    "subject",
    "content",
)


def read_messages(rows: Iterable[ArchiveRow | BadRow]) -> Iterator[Message | Problem]:
    columns: dict[str, int] | None = None
    at: tuple[int, ...] = ()
    for row in rows:
        if isinstance(row, BadRow):
            yield Problem(None, row.line, row.message)
            continue
        if row.columns is not columns:  # one file's rows share their columns
            columns = row.columns
            at = tuple(column_index(columns, name) for name in _COLUMNS)
        cells = row.cells
        draft, conversation, sent_at, title, from_, from_url, to, to_urls, subject, content = [
            cell(cells, index) for index in at
        ]
        if draft.casefold() in _TRUE:
            continue
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
            title=title,
            sender=sender(from_, from_url),
            recipients=recipients(to, to_urls),
            sent_at=sent_at,
            sent_on=day,
            subject=subject,
            content=content,
        )
