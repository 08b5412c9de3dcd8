"""One writer per book: the window and every writing command take the same lock.

The lock is an OS advisory lock on a file beside the book, so it is released by the OS when
the process dies and never needs cleaning up. The file says who holds it (process id and
whether it is the window or a command), so the one refused can be told why.

A writer that has just taken the lock has not said who it is yet: for a moment the file still
names the one before (a window long closed) or nothing. So a writer that finds the lock held
believes "window" only once the file has said so for SETTLE_S, and the holder writes its
record in one piece, never leaving the file empty.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from netbook.store.book_file import prepare_folder
from netbook.store.errors import BookBusyError, BookLockedError, StoreError, os_storage_error
from netbook.store.paths import lock_path_for

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

WINDOW = "window"
COMMAND = "command"
_POLL_S = 0.1
# How long the lock file must name a window before a writer is refused for it.
SETTLE_S = 0.5
# The holder's record, padded: written over the one before in a single write.
_RECORD_BYTES = 40


class BookLock:
    def __init__(self, db_path: Path, holder: str = WINDOW) -> None:
        self.path = lock_path_for(db_path)
        self.book = db_path
        self.holder = holder
        self._handle: IO[str] | None = None

    def acquire(self, wait_s: float = 0.0, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock, waiting up to `wait_s` while another command holds it.

        Raises BookLockedError when the window holds it (it holds it until it is closed, so
        waiting makes no sense), BookBusyError when a command still holds it after `wait_s`.
        `on_wait(holder)` is called once, when the wait begins.
        """
        prepare_folder(self.path)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise _lock_file_error(exc, self, "create") from exc
        handle = os.fdopen(fd, "r+")
        deadline = time.monotonic() + wait_s
        window_since: float | None = None
        told = False
        while not _try_lock(handle):
            now = time.monotonic()
            holder = _holder(self.path)
            if holder != COMMAND:
                # Maybe a command that has taken the lock and not yet said so: a window is
                # believed once the file has named it for SETTLE_S.
                window_since = now if window_since is None else window_since
                if now - window_since >= SETTLE_S:
                    handle.close()
                    raise BookLockedError(self.book)
            else:
                window_since = None
                if now >= deadline:
                    handle.close()
                    raise BookBusyError(self.book, wait_s)
                if not told and on_wait is not None:
                    on_wait(holder)
                    told = True
            time.sleep(_POLL_S)
        try:
            _write_record(handle, f"{os.getpid()} {self.holder}")
        except OSError as exc:  # a full disk: the lock is let go, and said so
            with contextlib.suppress(OSError):  # closing flushes the same bytes again
                handle.close()
            raise _lock_file_error(exc, self, "write") from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> BookLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _lock_file_error(exc: OSError, lock: BookLock, doing: str) -> StoreError:
    """A full disk or a read-only folder named as such (store/errors.py); else the OS's words."""
    return os_storage_error(exc, lock.book) or StoreError(
        f"{lock.path}: cannot {doing} the lock file ({exc.strerror})"
    )


def _write_record(handle: IO[str], record: str) -> None:
    """Say who holds the lock, in one write over the record before (never an empty file)."""
    data = record.ljust(_RECORD_BYTES).encode("ascii")
    if hasattr(os, "pwrite"):
        os.pwrite(handle.fileno(), data, 0)
        os.ftruncate(handle.fileno(), len(data))
    else:  # Windows has no pwrite
        handle.seek(0)
        handle.write(data.decode("ascii"))
        handle.truncate()
        handle.flush()


def _try_lock(handle: IO[str]) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _holder(path: Path) -> str:
    """Who holds the lock, as its file says ("window" when it does not say: older netbooks)."""
    try:
        words = path.read_text(encoding="ascii", errors="replace").split()
    except OSError:
        return WINDOW
    return words[1] if len(words) > 1 and words[1] in (WINDOW, COMMAND) else WINDOW
