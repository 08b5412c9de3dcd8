"""The one door to a book: every service the window and the command line may use, built once.

`Application.open` is called by the composition root (app.py) only. It resolves the book's
path, takes the book's lock for a writer (store/lock.py: the window, and every command that
changes the book), opens and if needed migrates the file, and builds the services over one
journal whose operations carry the front's origin. The fronts never reach the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from netbook.services.address_book import AddressBook
from netbook.services.first_page import WINDOW_WAIT_S  # the window's start opens books there too
from netbook.services.journal import Journal, Origin
from netbook.services.tags import TagService
from netbook.store.database import Database
from netbook.store.errors import (
    BackupError,
    BookBusyError,
    BookLockedError,
    DatabaseBusyError,
    StorageFailureError,
    StoreError,
    storage_error,
)
from netbook.store.lock import COMMAND, WINDOW, BookLock
from netbook.store.migrate import head_revision, refuse_unknown_revision
from netbook.store.opening import open_database, refuse_special_file
from netbook.store.paths import resolve_db_path

if TYPE_CHECKING:
    from netbook.model.values import ContactRecord
    from netbook.services.duplicates import DuplicateGroup
    from netbook.services.importer import Importer
    from netbook.services.network import NetworkService
    from netbook.services.sync.accounts import SyncService
    from netbook.services.sync.places import SyncPlace

# The store's errors, for the fronts to put into words (cli/errors.py) without reaching the
# store: BookBusyError and BookLockedError come from the book's lock, DatabaseBusyError from
# SQLite; `storage_error` types what SQLite or the OS raised while a service used the book.
__all__ = [
    "Application",
    "BackupError",
    "BookBusyError",
    "BookLockedError",
    "DatabaseBusyError",
    "Origin",
    "StorageFailureError",
    "StoreError",
    "storage_error",
]

# How long a writing command waits for another command to finish with the book.
COMMAND_WAIT_S = 30.0


class Application:
    """The services over one open book."""

    def __init__(
        self,
        database: Database,
        origin: str = Origin.COMMAND_LINE,
        lock: BookLock | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._database = database
        self._lock = lock
        self.path = database.path
        self.journal = Journal(database, origin)
        self.book = AddressBook(database, self.journal)
        self._today = today
        self.tags = TagService(database, self.journal)

    @classmethod
    def open(
        cls,
        db: str | Path | None,
        origin: str,
        *,
        writer: bool,
        on_wait: Callable[[str], None] | None = None,
    ) -> Application:
        """Open the book `db` names (else $NETBOOK_DB, else the user data folder).

        A writer takes the book's lock first (the window for its whole life, a command until
        it ends): a second writer waits while a command writes, and is refused while the
        window is open. A reader takes it only if the file must be upgraded first.
        Raises StoreError subclasses with a message fit for the user.
        """
        path = resolve_db_path(db)
        if path.exists():
            refuse_special_file(path)  # before a lock file is made beside /dev/null
        holder = WINDOW if origin == Origin.WINDOW else COMMAND
        lock: BookLock | None = None
        if writer or _needs_upgrade(path):
            lock = BookLock(path, holder)
            lock.acquire(WINDOW_WAIT_S if holder == WINDOW else COMMAND_WAIT_S, on_wait)
        try:
            database = open_database(path)
        except BaseException as exc:
            if lock is not None:
                lock.release()
            known = storage_error(exc, path) if isinstance(exc, Exception) else None
            if known is None or known is exc:
                raise
            # A full disk or a read-only folder met while creating or upgrading the book.
            raise known from exc
        if lock is not None and not writer:
            lock.release()
            lock = None
        return cls(database, origin, lock)

    def close(self) -> None:
        self._database.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Application:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def network(self) -> NetworkService:
        """Cadences, interactions, introductions and the dashboard's figures: built on first
        use, since the window's first paint needs none of them (their modules: ~11 ms)."""
        from netbook.services.network import NetworkService

        return NetworkService(self._database, self._today, self.journal)

    # -- services made per use (imported on first use: off the window's start-up path) ---
    def importer(self) -> Importer:
        """An importer over this book (each import dialog or command gets its own)."""
        from netbook.services.importer import Importer

        return Importer(self.book)

    def sync(self) -> SyncService:
        """The book's CardDAV accounts and their sync (docs/sync.md); its changes to contacts
        are journal operations of origin "sync", whichever front started it."""
        from netbook.services.sync.accounts import SyncService

        return SyncService(self._database)

    def sync_places(self, contact_id: int) -> list[SyncPlace]:
        """The accounts and address books this contact syncs to (the card says so)."""
        from netbook.services.sync.places import sync_places

        return sync_places(self._database, contact_id)

    def find_duplicates(self) -> list[DuplicateGroup]:
        from netbook.services.duplicates import find_duplicates

        return find_duplicates(self._database)

    def merge(
        self, keep_id: int, other_ids: Sequence[int], *, label: str | None = None
    ) -> ContactRecord:
        """Merge duplicates into `keep_id`: one journal operation, undoable."""
        from netbook.services.duplicates import merge_contacts

        return merge_contacts(self.journal, keep_id, other_ids, label=label)


def _needs_upgrade(path: Path) -> bool:
    """Whether opening the file would migrate it (a write, which needs the lock)."""
    if not path.exists():
        return True
    try:
        current = refuse_unknown_revision(path)
    except StoreError:
        return False  # open_database will refuse it, without writing
    return current != head_revision()
