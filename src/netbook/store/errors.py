"""Typed storage errors; the fronts turn them into words.

SQLite reports a full disk, a read-only file, an I/O error or a busy book as an exception that
carries its result code (and SQL, which a user must never see): `storage_error` turns those
into the typed errors below, whose messages say what happened and what to do.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """A problem with the book file that the user must know about."""


class SchemaTooNewError(StoreError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"{path}: this book was written by a newer netbook (schema revision {revision}); "
            "upgrade netbook to open it. The file was not changed."
        )
        self.path = path
        self.revision = revision


class NotABookError(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: not a netbook database ({reason}). The file was not changed.")
        self.path = path


class BookLockedError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path}: this book is open in a netbook window, which is its one writer. "
            "Close that window first (or make the change there), or use another book with --db."
        )
        self.path = path


class BookBusyError(StoreError):
    def __init__(self, path: Path, waited_s: float) -> None:
        super().__init__(
            f"{path}: another netbook command is still writing to this book after "
            f"{waited_s:.0f} s of waiting; try again when it has finished"
        )
        self.path = path


class BackupError(StoreError):
    """A backup that could not be completed: it was removed, and what needed it did not run."""


class StorageFailureError(StoreError):
    """The book's disk or file failed (full, read-only, I/O): nothing was changed."""

    def __init__(self, path: Path, what: str, advice: str) -> None:
        super().__init__(f"{path}: {what}; {advice} (nothing was changed)")
        self.path = path
        self.what = what
        self.advice = advice


class DiskFullError(StorageFailureError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "the disk holding the book is full", "free some space and try again")


class ReadOnlyBookError(StorageFailureError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "the book cannot be written (the file, its folder or the disk is read-only)",
            "make them writable (netbook writes beside the book even to read it), "
            "or copy the book to a writable folder",
        )


class BookIOError(StorageFailureError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            f"the book could not be read or written ({detail})",
            "check the disk and try again",
        )


class DatabaseBusyError(StoreError):
    """SQLite said "database is locked" (or busy) past its timeout: nothing was changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path}: the book is busy: another netbook is writing to it; "
            "try again when it has finished (nothing was changed)"
        )
        self.path = path


# SQLite's primary result codes (https://sqlite.org/rescode.html) that are not bugs.
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26
_NOT_A_DATABASE = (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def _causes(exc: BaseException) -> list[BaseException]:
    """`exc`, what it wraps (SQLAlchemy's `.orig`) and its causes, outermost first."""
    found: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or any(item is seen for seen in found):
            continue
        found.append(item)
        orig = getattr(item, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None, item.__cause__]
        todo.append(item.__context__)
    return found


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind `exc`, if it (or what it wraps) came from SQLite."""
    for cause in _causes(exc):
        if isinstance(cause, sqlite3.Error):
            code = getattr(cause, "sqlite_errorcode", None)
            if isinstance(code, int):
                return code & 0xFF
    return None


def is_not_a_database(exc: BaseException) -> bool:
    """Whether SQLite said the file is not a database or is damaged (not a disk problem)."""
    return sqlite_code(exc) in _NOT_A_DATABASE


def storage_error(exc: BaseException, path: Path) -> StoreError | None:
    """The typed error for a failure of the book's storage, or None when `exc` is not one."""
    if isinstance(exc, StoreError):
        return exc
    code = sqlite_code(exc)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseBusyError(path)
    if code == _SQLITE_FULL:
        return DiskFullError(path)
    if code == _SQLITE_READONLY:
        return ReadOnlyBookError(path)
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _no_space_left(path):
        return DiskFullError(path)  # SQLite calls some writes on a full disk an I/O error
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _read_only_place(path):
        # SQLite writes beside a WAL book even to read it: a read-only folder or disk stops
        # every command, and must be named as such.
        return ReadOnlyBookError(path)
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return BookIOError(path, "input/output error" if code == _SQLITE_IOERR else "cannot open")
    if code in _NOT_A_DATABASE:
        return NotABookError(path, "the file is damaged or not a database")
    if code == _SQLITE_NOMEM:
        return BookIOError(path, "out of memory")
    for cause in _causes(exc):
        if isinstance(cause, OSError):
            return os_storage_error(cause, path)
    return None


def _no_space_left(path: Path) -> bool:
    """Whether the disk holding the book has no block left for it."""
    try:
        return os.statvfs(path.parent).f_bavail == 0
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _read_only_place(path: Path) -> bool:
    """Whether the book's folder cannot be written (a read-only disk, or permissions)."""
    folder = path.parent
    try:
        read_only_disk = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        read_only_disk = False
    return read_only_disk or (folder.exists() and not os.access(folder, os.W_OK))


def os_storage_error(exc: OSError, path: Path) -> StoreError | None:
    """The typed error for an OSError met while reading or writing the book's files."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path)
    if exc.errno == errno.EFBIG:
        return BookIOError(path, "a file would grow past the size allowed")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyBookError(path)
    if exc.errno == errno.EIO:
        return BookIOError(path, "input/output error")
    return None
