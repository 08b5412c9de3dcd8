"""One app window per book: a second instance on the same file is detected and told.

The lock is an OS advisory lock on a file beside the book, so it is released by the OS when
the process dies and never needs cleaning up.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from netbook.store.database import prepare_folder
from netbook.store.errors import BookLockedError, StoreError
from netbook.store.paths import lock_path_for

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class BookLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise BookLockedError naming the book."""
        prepare_folder(self.path)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the lock file ({exc.strerror})") from exc
        handle = os.fdopen(fd, "r+")
        try:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            handle.close()
            raise BookLockedError(self.db_path) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
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
