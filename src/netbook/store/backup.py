"""Verified online backups through SQLite's backup API, rotated so they never pile up.

A backup is never a file copy: copying a live WAL database can catch it half-written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from netbook.store.errors import BackupError, StorageFailureError, storage_error
from netbook.store.paths import backup_dir_for

KEEP_BACKUPS = 10


# What each kind of backup protects, for the message when it cannot be made.
_PROTECTS = {"before-import": "the import", "before-upgrade": "the upgrade"}


def backup(engine: Engine, db_path: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Write a verified copy of the book to its backups folder and return its path.

    A backup that cannot be completed (a full disk, an I/O error) is removed, never left as
    a partial or empty file, and BackupError says so: the operation that needed it must not
    run.
    """
    folder = backup_dir_for(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise _not_made(exc, db_path, reason, folder) from exc
    os.close(fd)
    try:
        verdict = _copy(engine, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(target)
        raise _not_made(exc, db_path, reason, folder) from exc
    except BaseException:
        _remove(target)
        raise
    if not verdict or verdict[0] != "ok":
        _remove(target)
        raise BackupError(f"{target}: the backup did not verify ({verdict})")
    rotate(folder, db_path.stem, keep)
    return target


def _copy(engine: Engine, target: Path) -> tuple[object, ...] | None:
    """Copy the live book into `target` with SQLite's backup API; quick_check's verdict."""
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            verdict: tuple[object, ...] | None = destination.execute(
                "PRAGMA quick_check"
            ).fetchone()
        finally:
            destination.close()
    finally:
        raw.close()
    return verdict


def _remove(target: Path) -> None:
    """Remove a backup that was not completed, with whatever SQLite left beside it."""
    for leftover in (target, target.with_name(target.name + "-journal")):
        with contextlib.suppress(OSError):  # nothing more to do: the message says it failed
            leftover.unlink(missing_ok=True)


def _not_made(exc: BaseException, db_path: Path, reason: str, folder: Path) -> BackupError:
    cause = storage_error(exc, folder)
    if isinstance(cause, StorageFailureError):
        why = f"{cause.what.replace('the book', 'the backup')}; {cause.advice}"
    else:
        why = f"the backup in {folder} could not be written"
    protected = _PROTECTS.get(reason, "the operation that needed it")
    return BackupError(
        f"{db_path}: could not back up the book before {protected} ({why}); "
        f"{protected} was not started and the book was not changed"
    )


def rotate(folder: Path, stem: str, keep: int) -> None:
    """Remove all but the newest `keep` backups of this book."""
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir_for(db_path)
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite3")) if folder.exists() else []
