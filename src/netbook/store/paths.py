"""Where the book lives: `--db PATH`, else `NETBOOK_DB`, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_ENV_VAR = "NETBOOK_DB"
DB_FILE_NAME = "netbook.sqlite3"


def default_db_path() -> Path:
    return platformdirs.user_data_path("netbook", appauthor=False) / DB_FILE_NAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database path the user asked for, most specific first."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the book, in a private folder of their own."""
    return db_path.parent / "backups"
