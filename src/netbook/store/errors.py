"""Typed storage errors; the fronts turn them into words."""

from __future__ import annotations

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
    pass
