"""The conversation days of messages.csv, gathered in a scratch SQLite database on disk.

An archive's messages make one day each, nearly (200,000 messages, 167,000 days), so holding
the days in memory while the file is read, and then until their interactions are written,
costs memory in proportion to the archive. Here the reader hands over a few thousand days at a
time and they are upserted into a private temporary database (SQLite's "" file: on disk,
deleted when closed), whose page cache is all it holds in memory; they are read back in the
order they first appeared in the file, a chunk at a time, when their interactions are planned
and written.

Each day keeps its earliest message (by the time as written, compared as text: SQLite's BINARY
order of UTF-8 is Python's order of code points), the first of equals staying. The words of its
messages, when kept, are rows of their own, read back with their day in the order they were
read.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter

# The scratch database's page cache, in KiB (a negative cache_size): the days' index is
# upserted into all over, and a few MB keep most of those pages at hand; the rest is read from
# the temporary file (the system's file cache), not held by the process.
CACHE_KIB = 8192
# Rows fetched from the database at once when the days are read back.
FETCH_ROWS = 2000

Text = tuple[str, str, str]  # (sent at, sender, content as written)
# (conversation, day as ISO text, sent at, first line): a day as it is upserted.
DayRow = tuple[str, str, str, str]
# (conversation, day as ISO text, sent at, sender, content): one message's words.
TextRow = tuple[str, str, str, str, str]


@dataclass(slots=True)
class ConversationDay:
    """One conversation day: its earliest message's time and first line, and the text when
    kept."""

    first_at: str  # as written: orders the messages of one day
    first_line: str  # as written (repaired when stored)
    texts: list[Text] | None  # the day's messages, when their words are kept


_SCHEMA = """
CREATE TABLE day (
    id INTEGER PRIMARY KEY,  -- the order days first appear in the file
    conversation TEXT NOT NULL,
    day TEXT NOT NULL,
    first_at TEXT NOT NULL,
    first_line TEXT NOT NULL,
    UNIQUE (conversation, day)
);
CREATE TABLE text (
    conversation TEXT NOT NULL,
    day TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    sender TEXT NOT NULL,
    content TEXT NOT NULL
);
"""
# A day seen again keeps the earlier message of the two (strictly earlier: of equal times,
# the first read stays, as `min` over the file would keep it).
_UPSERT = (
    "INSERT INTO day (conversation, day, first_at, first_line) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (conversation, day) DO UPDATE SET"
    " first_at = excluded.first_at, first_line = excluded.first_line"
    " WHERE excluded.first_at < day.first_at"
)
_KEYS = "SELECT conversation, day FROM day ORDER BY id"
_DAYS = "SELECT conversation, day, first_at, first_line FROM day ORDER BY id"
# Every day with its messages' words, one row per message, days in their order.
_DAYS_WITH_TEXTS = (
    "SELECT d.id, d.conversation, d.day, d.first_at, d.first_line,"
    " t.sent_at, t.sender, t.content"
    " FROM day AS d JOIN text AS t ON t.conversation = d.conversation AND t.day = d.day"
    " ORDER BY d.id, t.rowid"  # the order the index on the words' day gives: no sort
)


class _Dates(dict[str, dt.date]):
    """The date of each ISO day read back, parsed once: an archive spans a few thousand days,
    each the day of dozens of conversations."""

    def __missing__(self, day: str) -> dt.date:
        date = self[day] = dt.date.fromisoformat(day)
        return date


class GatheredDays:
    """The conversation days of one messages file, on disk; `close` deletes them."""

    def __init__(self, keep_text: bool) -> None:
        self.keep_text = keep_text
        # One transaction from here on (opened by hand below): a private file, never shared.
        self._db = sqlite3.connect("", isolation_level=None)
        self._db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.executescript(_SCHEMA)
        self._db.execute("BEGIN")  # never committed: the file is gone when closed
        self._indexed = False

    def add(self, days: Sequence[DayRow], texts: Sequence[TextRow] = ()) -> None:
        """Upsert days (in the order they were first read) and append messages' words."""
        db = self._db
        db.executemany(_UPSERT, days)
        if texts:
            db.executemany("INSERT INTO text VALUES (?, ?, ?, ?, ?)", texts)

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM day").fetchone()[0])

    def __contains__(self, key: tuple[str, dt.date]) -> bool:
        conversation, day = key
        found = self._db.execute(
            "SELECT 1 FROM day WHERE conversation = ? AND day = ?", (conversation, day.isoformat())
        )
        return found.fetchone() is not None

    def __iter__(self) -> Iterator[tuple[str, dt.date]]:
        """(conversation, day) of every day, in the order they first appeared."""
        date = _Dates()
        for conversation, day in self._rows(_KEYS):
            yield conversation, date[day]

    def items(self) -> Iterator[tuple[tuple[str, dt.date], ConversationDay]]:
        """Every day, in the order they first appeared, with its messages' words when kept."""
        date = _Dates()
        if not self.keep_text:
            for conversation, day, first_at, first_line in self._rows(_DAYS):
                yield (conversation, date[day]), ConversationDay(first_at, first_line, None)
            return
        self._index_texts()
        for _, rows in itertools.groupby(self._rows(_DAYS_WITH_TEXTS), itemgetter(0)):
            messages = list(rows)
            _, conversation, day, first_at, first_line = messages[0][:5]
            texts = [(sent_at, sender, content) for *_, sent_at, sender, content in messages]
            yield (conversation, date[day]), ConversationDay(first_at, first_line, texts)

    def close(self) -> None:
        self._db.close()

    def _index_texts(self) -> None:
        """The words found by day, indexed once they are all in (cheaper than keeping an
        index up to date over every insert)."""
        if not self._indexed:
            self._db.execute("CREATE INDEX text_of_day ON text (conversation, day)")
            self._indexed = True

    def _rows(self, query: str) -> Iterator[tuple[str, ...]]:
        cursor = self._db.execute(query)
        while batch := cursor.fetchmany(FETCH_ROWS):
            yield from batch
