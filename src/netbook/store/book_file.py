"""The book's file before SQLite writes to it: its folder and mode, and what it must be.

Only the standard library: the window takes the book's lock (store/lock.py) and reads the
stamp and its first page (services/first_page.py) before SQLAlchemy is loaded.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from netbook.store.errors import NotABookError, StoreError

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


def refuse_special_file(path: Path) -> None:
    """A book is a regular file: a folder, a device (`/dev/null`) or a pipe is refused."""
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise NotABookError(path, "it is a folder; give the path of a book file")
    if not stat.S_ISREG(mode):
        raise NotABookError(path, "it is a device or a special file, not a regular file")
