"""Verified online backups through SQLite's backup API, rotated so they never pile up.

A backup is never a file copy: copying a live WAL database can catch it half-written.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from netbook.store.errors import BackupError
from netbook.store.paths import backup_dir_for

KEEP_BACKUPS = 10


def backup(engine: Engine, db_path: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Write a verified copy of the book to its backups folder and return its path."""
    folder = backup_dir_for(db_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            verdict = destination.execute("PRAGMA quick_check").fetchone()
        finally:
            destination.close()
    finally:
        raw.close()
    if not verdict or verdict[0] != "ok":
        target.unlink(missing_ok=True)
        raise BackupError(f"{target}: the backup did not verify ({verdict})")
    rotate(folder, db_path.stem, keep)
    return target


def rotate(folder: Path, stem: str, keep: int) -> None:
    """Remove all but the newest `keep` backups of this book."""
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir_for(db_path)
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite3")) if folder.exists() else []
