"""messages.csv: every message of every conversation, one row each, gathered into days.

    CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,
    DATE,SUBJECT,CONTENT,FOLDER[,ATTACHMENTS][,IS MESSAGE DRAFT]

TO and RECIPIENT PROFILE URLS list every other participant of a group conversation, comma
separated. Drafts (never sent) are left out. What the book keeps of the file is one entry per
conversation and day (its earliest line, and its words when asked) and each conversation's
people, so the rows are gathered into that as they are read, in one loop: a file holds
hundreds of thousands of messages, and an object per message (or a function call per cell)
costs more than the csv module reading them. The days are gathered a few thousand at a time
in memory, then handed to `GatheredDays` (on disk), so the memory held does not grow with the
file. The subject and content are kept as written; repairing them (ftfy) is left to the few
that are stored.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from operator import itemgetter

from netbook.formats.csv.table import FIELD_LIMIT
from netbook.formats.linkedin_archive.gathered_days import DayRow, GatheredDays, TextRow
from netbook.formats.linkedin_archive.people import Person, day_of
from netbook.formats.linkedin_archive.rows import (
    ArchiveRow,
    BadRow,
    cell,
    column_index,
    repair_name,
)
from netbook.formats.parsed import Problem

_TRUE = frozenset({"yes", "true", "1"})
# A day's first line is kept to this many characters (twice the summary it becomes).
FIRST_LINE_CHARS = 400


def recipients(names: str, urls: str) -> tuple[Person, ...]:
    """The people of the TO and RECIPIENT PROFILE URLS cells, paired when both list them."""
    name_list = [repair_name(n) for n in names.split(",") if n.strip()]
    url_list = [u.strip() for u in urls.replace(";", ",").split(",") if u.strip()]
    if len(name_list) == len(url_list):
        return tuple(Person(n, u) for n, u in zip(name_list, url_list, strict=True))
    return tuple(Person(n) for n in name_list) + tuple(Person("", u) for u in url_list)


def sender(name: str, url: str) -> Person:
    """The person of the FROM and SENDER PROFILE URL cells."""
    return Person(repair_name(name), url)


def first_line(subject: str, content: str) -> str:
    """The subject, else the first line with words, as written (both already trimmed)."""
    if subject:
        return subject[:FIRST_LINE_CHARS]
    if not content:
        return ""
    # Trimmed content starts with a word: its first line is the first with words.
    return content.splitlines()[0].rstrip()[:FIRST_LINE_CHARS]


# Days held in memory before they are handed to the database, at most; and messages' words
# (when kept). Flushing costs an upsert per day held: fewer, larger flushes cost no less.
FLUSH_DAYS = 5000
FLUSH_TEXTS = 20_000


# The columns a message is read from, in the order `MessageDays.read` unpacks them.
_COLUMNS = (
    "is message draft",
    "conversation id",
    "date",
    "from",
    "sender profile url",
    "to",
    "recipient profile urls",
    "subject",
    "content",
)
# Voice: who wrote to whom in a conversation, as written (conversation, from, sender URL,
# to, recipient URLs). A conversation has a handful; its people are worked out from them.
Voice = tuple[str, str, str, str, str]


class MessageDays:
    """messages.csv gathered into conversation days, holding no message text unless it is to
    be kept: the earliest line of each day (`days`, on disk; `close` deletes them) and who
    spoke in each conversation."""

    def __init__(self, keep_text: bool) -> None:
        self.keep_text = keep_text
        self.days = GatheredDays(keep_text)
        self.problems: list[Problem] = []
        self.messages = 0
        self._voices: dict[Voice, int] = {}  # messages per voice
        self._people: dict[str, set[Person]] | None = None

    def read(
        self,
        rows: Iterable[ArchiveRow | BadRow],
        tick: Callable[[int], None] | None = None,
        every: int = 2000,
    ) -> None:
        """Gather the file's rows (`LinkedInArchive.rows`); `tick(every)` after each `every`
        rows (a progress report, which may raise to cancel)."""
        # The days read since the last flush: (conversation, day) -> [sent at, first line].
        days: dict[tuple[str, dt.date], list[str]] = {}
        texts: list[TextRow] = []
        voices = self._voices
        keep = self.keep_text
        problems = self.problems
        columns: dict[str, int] | None = None
        pick: Callable[[list[str]], tuple[str, ...]] = tuple
        width = 0
        at: tuple[int, ...] = ()
        # The day of each "YYYY-MM-DD" a date starts with, parsed once (`day_of` per row
        # costs more than the rest of a row's work).
        iso_days: dict[str, dt.date] = {}
        # One string per conversation id, name and URL held by the voices (each row brings its
        # own copy; the people of 30,000 connections speak in 27,000 conversations).
        pooled = dict[str, str]().setdefault
        count = messages = 0
        for row in rows:
            count += 1
            if tick is not None and count % every == 0:
                tick(every)
            if isinstance(row, BadRow):
                problems.append(Problem(None, row.line, row.message))
                continue
            cells = row.cells
            if row.columns is not columns:  # one file's rows share their columns
                columns = row.columns
                at = tuple(column_index(columns, name) for name in _COLUMNS)
                width = max(at) + 1
                # A column the file lacks (older exports have no IS MESSAGE DRAFT) is read
                # from the "" put after the row's cells (index -1).
                pick = itemgetter(*at)
            if len(cells) >= width and max(map(len, cells)) <= FIELD_LIMIT:
                cells.append("")
                draft, conversation, sent_at, from_, from_url, to, to_urls, subject, content = map(
                    str.strip, pick(cells)
                )
            else:  # a short row or a runaway cell: `cell` says what each is
                draft, conversation, sent_at, from_, from_url, to, to_urls, subject, content = [
                    cell(cells, index) for index in at
                ]
            if draft and draft.casefold() in _TRUE:
                continue
            day = iso_days.get(sent_at[:10])
            if day is None:
                day = day_of(sent_at)
                if day is not None and day.isoformat() == sent_at[:10]:
                    iso_days[sent_at[:10]] = day
            if not conversation or day is None:
                what = (
                    "no conversation id"
                    if not conversation
                    else f"no date netbook reads ({sent_at!r})"
                )
                problems.append(Problem(row.number, row.line, f"the message has {what}"))
                continue
            messages += 1
            conversation = pooled(conversation, conversation)
            voice = (conversation, from_, from_url, to, to_urls)
            spoken = voices.get(voice)
            if spoken is None:
                voice = (
                    conversation,
                    pooled(from_, from_),
                    pooled(from_url, from_url),
                    pooled(to, to),
                    pooled(to_urls, to_urls),
                )
                spoken = 0
            voices[voice] = spoken + 1
            key = (conversation, day)
            earliest = days.get(key)
            if earliest is None:
                if len(days) >= FLUSH_DAYS:
                    self._flush(days, texts)
                days[key] = [sent_at, first_line(subject, content)]
            elif sent_at < earliest[0]:
                earliest[:] = sent_at, first_line(subject, content)
            if keep:
                texts.append((conversation, day.isoformat(), sent_at, repair_name(from_), content))
                if len(texts) >= FLUSH_TEXTS:
                    self._flush(days, texts)
        self._flush(days, texts)
        self.messages += messages
        self._people = None

    def _flush(self, days: dict[tuple[str, dt.date], list[str]], texts: list[TextRow]) -> None:
        """Hand the days read since the last flush to the database (in the order they were
        first read: a dict's), and empty `days` and `texts` for the next ones."""
        rows: list[DayRow] = [(c, d.isoformat(), at, line) for (c, d), (at, line) in days.items()]
        self.days.add(rows, texts)
        days.clear()
        texts.clear()

    def close(self) -> None:
        """Delete the gathered days."""
        self.days.close()

    @property
    def people(self) -> dict[str, set[Person]]:
        """Each conversation's people (senders and recipients), in the order they first
        speak."""
        if self._people is None:
            people: dict[str, set[Person]] = {}
            # One Person per sender and one tuple per list of recipients, however many
            # conversations they are in (and their names repaired once).
            senders: dict[tuple[str, str], Person] = {}
            lists: dict[tuple[str, str], tuple[Person, ...]] = {}
            for conversation, from_, from_url, to, to_urls in self._voices:
                found = people.setdefault(conversation, set())
                spoke = senders.get((from_, from_url))
                if spoke is None:
                    spoke = senders[from_, from_url] = sender(from_, from_url)
                found.add(spoke)
                heard = lists.get((to, to_urls))
                if heard is None:
                    heard = lists[to, to_urls] = recipients(to, to_urls)
                found.update(heard)
            self._people = people
        return self._people

    @property
    def senders(self) -> Counter[str]:
        """The messages each sender (by name) wrote."""
        sent: Counter[str] = Counter()
        for (_, from_, _, _, _), count in self._voices.items():
            sent[repair_name(from_)] += count
        return sent
