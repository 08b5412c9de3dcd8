"""Where the book lives: `--db PATH`, else `NETBOOK_DB`, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from netbook.store.errors import StoreError

DB_ENV_VAR = "NETBOOK_DB"
DB_FILE_NAME = "netbook.sqlite3"


def default_db_path() -> Path:
    return platformdirs.user_data_path("netbook", appauthor=False) / DB_FILE_NAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database path the user asked for, most specific first.

    An explicit path that is empty is refused: it must not quietly mean the default book.
    """
    if explicit is not None:
        if not os.fspath(explicit).strip():
            raise StoreError("the book's path is empty; give the path of a book file")
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the book, in a private folder of their own."""
    return db_path.parent / "backups"


def lock_path_for(db_path: Path) -> Path:
    """The advisory lock file beside the book (store/lock.py)."""
    return db_path.with_name(db_path.name + ".lock")


# The files SQLite and netbook keep beside the book, by suffix, and what each one is.
COMPANION_SUFFIXES = {
    "-wal": "write-ahead log",
    "-shm": "shared-memory index",
    "-journal": "rollback journal",
    ".lock": "lock file",
}


def companion_files(db_path: Path) -> dict[Path, str]:
    """The files beside the book that belong to it, each with what it is."""
    return {
        db_path.with_name(db_path.name + suffix): what
        for suffix, what in COMPANION_SUFFIXES.items()
    }
