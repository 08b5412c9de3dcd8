"""The SQLite engine and units of work.

The file is created 0600 in a folder created 0700 before SQLite touches it, because SQLite
gives its -wal and -shm files the mode of the main file. Every connection gets WAL,
synchronous=FULL, foreign keys and a busy timeout; one that has read a snapshot, a larger
page cache.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# Re-exported: the file's own checks moved to book_file.py, which needs no SQLAlchemy (the
# window reads its first page and takes the book's lock before SQLAlchemy is loaded).
from netbook.store.book_file import check_is_sqlite as check_is_sqlite
from netbook.store.book_file import prepare_file as prepare_file
from netbook.store.book_file import prepare_folder as prepare_folder
from netbook.store.book_file import read_only_connection as read_only_connection

BUSY_TIMEOUT_MS = 5000
# The page cache of a connection once it has read a snapshot, in KiB: a search as you type
# reads its first page in one (AddressBook.first_page), and at 100,000 contacts keeps ~25 MB
# of the index and the contacts' rows warm; with SQLite's 2 MB default a collected page's row
# lookups went back to the file (a page of "jur" 2.4 -> 1.6 ms; docs/performance.md). A
# limit, not an allocation: it fills as read. Not for `reading`, and given back before a
# connection writes: an import reads and writes through them, and a 100,000-card import's
# peak RSS rose from 292 to 325 MB with the larger cache there.
READ_CACHE_KIB = 32 * 1024
DEFAULT_CACHE = -2000  # SQLite's own default: 2,000 KiB


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Statement journals and sorts in memory, not in temporary files: every statement that
        # fires the journal's triggers keeps a statement journal, and as files they were most
        # of an import's system time (docs/performance.md, "Journal ranges").
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()


def _with_read_cache(connection: Connection, larger: bool) -> None:
    """Give a pooled connection the larger page cache (`larger`: it reads a snapshot) or
    SQLite's default back (it writes: an import's transaction would otherwise fill the larger
    one too). Set only when it changes (`info` lives with the pooled connection), through the
    DBAPI cursor: a setting, not one of the statements the services send."""
    if bool(connection.info.get("read_cache")) != larger:
        cursor = connection.connection.cursor()
        try:
            cursor.execute(f"PRAGMA cache_size = {-READ_CACHE_KIB if larger else DEFAULT_CACHE}")
        finally:
            cursor.close()
        connection.info["read_cache"] = larger


def make_engine(path: Path) -> Engine:
    """An engine on `path` with netbook's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """The one book file: hands out units of work (ORM) and connections (Core)."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error, always close."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def transaction(self, *, immediate: bool = False) -> Iterator[Connection]:
        """One Core transaction, for bulk work that must not build ORM objects.

        `immediate` takes the write lock at once (BEGIN IMMEDIATE): what the transaction reads
        before it writes cannot be changed meanwhile by another writer, which then waits
        (busy timeout) instead of failing halfway with "database is locked".
        """
        with self.engine.begin() as connection:
            _with_read_cache(connection, larger=False)
            if immediate:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads; nothing it does is committed."""
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A connection whose reads all see the book as it was at the first of them.

        A read transaction (WAL): a long read in steps, such as an export of every contact,
        gives one consistent book even when a sync or an edit commits meanwhile.
        """
        with self.engine.connect() as connection:
            _with_read_cache(connection, larger=True)
            connection.exec_driver_sql("BEGIN")
            try:
                yield connection
            finally:
                connection.rollback()

    def close(self) -> None:
        self.engine.dispose()
