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
            f"{path}: this book is already open in another netbook window. "
            "Close that window first, or open a different book with --db."
        )
        self.path = path


class BackupError(StoreError):
    pass
