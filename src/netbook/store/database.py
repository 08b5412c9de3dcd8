"""The SQLite engine and units of work.

The file is created 0600 in a folder created 0700 before SQLite touches it, because SQLite
gives its -wal and -shm files the mode of the main file. Every connection gets WAL,
synchronous=FULL, foreign keys and a busy timeout.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from netbook.store.errors import NotABookError, StoreError

BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"


def prepare_folder(path: Path) -> None:
    """Create the book's folder (0700) if it does not exist yet."""
    folder = path.parent
    if not folder.exists():
        try:
            folder.mkdir(mode=0o700, parents=True)
        except OSError as exc:
            raise StoreError(f"{folder}: cannot create the book's folder ({exc.strerror})") from exc


def prepare_file(path: Path) -> None:
    """Create the book's folder (0700) and an empty file (0600) if they do not exist yet."""
    prepare_folder(path)
    if not path.exists():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the book ({exc.strerror})") from exc
        os.close(fd)


def check_is_sqlite(path: Path) -> None:
    """Refuse, without writing, a file that is neither empty nor an SQLite database."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the book ({exc.strerror})") from exc
    if head and head != _SQLITE_MAGIC:
        raise NotABookError(path, "it is not an SQLite file")


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write, for looking at a file before deciding to open it."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


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
            connection.exec_driver_sql("BEGIN")
            try:
                yield connection
            finally:
                connection.rollback()

    def close(self) -> None:
        self.engine.dispose()
