"""The window's book from its start: the first paint read with sqlite3, the services after it.

Loading SQLAlchemy, the schema's mapping and the services costs about 0.4 s of CPU, more than
everything else before the window's first paint (docs/performance.md, "The window's first
paint"). What that paint shows needs four small queries: the list's first page, the active and
archived counts and the tag counts. So the window starts on a `StartingBook`: it takes the
book's lock and reads the stamp as `Application.open` does (store/lock.py, store/revisions.py:
neither loads SQLAlchemy), answers those queries with a read-only sqlite3 connection, in the
services' own SQL (services/first_page_sql.py), and builds the real services (`services()`)
when the window asks for them: just after its first paint, or at once for anything else.

Only a current book starts this way: a new one must be created and an older one upgraded
(with its backup) before the window shows, so `open` leaves those to `Application.open`. The
lock is held from the start, so nothing else can write to the book between the first page and
the services: both read the same book.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netbook.model.values import ContactSummary
from netbook.services import first_page_sql as sql
from netbook.services.contact_filter import ContactFilter, View
from netbook.services.list_order import BY_NAME, ListColumn, ListOrder
from netbook.services.tag_count import TagCount
from netbook.store.book_file import read_only_connection, refuse_special_file
from netbook.store.errors import StoreError, storage_error
from netbook.store.lock import WINDOW, BookLock
from netbook.store.paths import resolve_db_path
from netbook.store.revisions import head_revision, stored_revision

if TYPE_CHECKING:
    from netbook.services.application import Application
    from netbook.services.contact_list import ContactListing

# The window waits a little for a command that is writing as it starts (as Application.open).
WINDOW_WAIT_S = 10.0


class StartingBook:
    """The book the window opens: the first paint's reads before the services, then theirs.

    `listing`, `count` and `tags` answer as `AddressBook`'s methods of those names do; every
    other attribute is the real `AddressBook`'s (loading the services first if need be).
    """

    def __init__(self, path: Path, lock: BookLock, conn: sqlite3.Connection) -> None:
        self.path = path
        self._lock: BookLock | None = lock
        self._conn: sqlite3.Connection | None = conn
        self._services: Application | None = None
        self._failed: StoreError | None = None  # what opening the services raised

    @classmethod
    def open(cls, db: str | Path | None) -> StartingBook | None:
        """The current book `db` names, locked for the window; None for a book that must be
        created or upgraded first, or that `Application.open` will refuse (it says why)."""
        path = resolve_db_path(db)
        if not path.exists():
            return None
        refuse_special_file(path)  # before a lock file is made beside /dev/null
        lock = BookLock(path, WINDOW)
        lock.acquire(WINDOW_WAIT_S)
        try:
            current = stored_revision(path)
            conn = read_only_connection(path) if current == head_revision() else None
        except (StoreError, sqlite3.Error):
            conn = None  # Application.open reads it again and names the problem
        except BaseException:
            lock.release()
            raise
        if conn is None:
            lock.release()
            return None
        return cls(path, lock, conn)

    @property
    def loaded(self) -> bool:
        return self._services is not None

    def services(self) -> Application:
        """The book's services, built on the first call (SQLAlchemy and the services load).

        Raises the StoreError that opened the book badly, on this call and every later one:
        the lock stays held until `close`, since the window is still open on the book.
        """
        if self._failed is not None:
            raise self._failed
        if self._services is None:
            from netbook.services.application import Application, Origin
            from netbook.store.opening import open_database

            assert self._lock is not None, "the book was closed"
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            try:
                database = open_database(self.path)
            except Exception as exc:
                known = storage_error(exc, self.path)
                if known is None:
                    raise
                self._failed = known
                if known is exc:
                    raise
                raise known from exc
            try:
                self._services = Application(database, Origin.WINDOW, self._lock)
            except BaseException:
                database.close()
                raise
            self._lock = None
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> StartingBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        # What the first paint does not read is the real AddressBook's (never a private name:
        # one looked up before __init__ has run must not load the services).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.services().book, name)

    # -- what the first paint reads --------------------------------------------------------
    def listing(
        self,
        where: ContactFilter = ContactFilter(),
        order: ListOrder = BY_NAME,
        columns: frozenset[ListColumn] = frozenset(),
    ) -> ContactListing | FirstListing:
        if self._conn is None or where != ContactFilter() or order not in sql.ORDERS:
            return self.services().book.listing(where, order, columns)
        if not columns <= sql.COLUMNS:
            return self.services().book.listing(where, order, columns)
        return FirstListing(self, order, columns)

    def count(self, where: ContactFilter = ContactFilter()) -> int:
        if self._conn is not None and where == ContactFilter():
            return int(self._conn.execute(sql.COUNT_ACTIVE).fetchone()[0])
        if self._conn is not None and where == ContactFilter(view=View.ARCHIVED):
            return int(self._conn.execute(sql.COUNT_ARCHIVED).fetchone()[0])
        return self.services().book.count(where)

    def tags(self) -> list[TagCount]:
        if self._conn is None:
            return self.services().book.tags()
        archived = {int(t): int(n) for t, n in self._conn.execute(sql.ARCHIVED_TAG_LINKS)}
        return [
            TagCount(id=int(t), name=name, count=int(n) - archived.get(int(t), 0))
            for t, name, n in self._conn.execute(sql.TAG_LINKS)
        ]

    def first_rows(
        self, order: ListOrder, columns: frozenset[ListColumn], offset: int, limit: int
    ) -> list[ContactSummary] | None:
        """Rows of the whole book's list in `order` with sqlite3; None once the services are
        loaded (they answer from then on)."""
        if self._conn is None:
            return None
        self._conn.row_factory = sqlite3.Row
        try:
            rows = self._conn.execute(*sql.page(order, columns, limit, offset)).fetchall()
            tags: dict[int, list[str]] = {}
            if ListColumn.TAGS in columns and rows:
                ids = [row["id"] for row in rows]
                for cid, name in self._conn.execute(sql.tags_of(len(ids)), ids):
                    tags.setdefault(int(cid), []).append(name)
        finally:
            self._conn.row_factory = None
        return [_summary(row, tags.get(row["id"], ())) for row in rows]


class FirstListing:
    """The whole book's list in an order an index serves, as `ContactListing` pages it: its
    pages and count read with sqlite3 until the services are loaded, theirs after."""

    def __init__(self, book: StartingBook, order: ListOrder, columns: frozenset[ListColumn]):
        self._book = book
        self.where = ContactFilter()
        self.order = order
        self.columns = columns
        self._real: ContactListing | None = None

    def _listing(self) -> ContactListing:
        if self._real is None:
            self._real = self._book.services().book.listing(self.where, self.order, self.columns)
        return self._real

    def count(self) -> int:
        return self._book.count(self.where)  # a live order's listing counts the same way

    def first_page(self, limit: int) -> tuple[list[ContactSummary], int]:
        """The first `limit` rows and the list's count, as `ContactListing.first_page`."""
        if self._real is not None:
            return self._real.first_page(limit)
        rows = self.page(0, limit)
        return rows, len(rows) if len(rows) < limit else self.count()  # a short page is all

    def page(self, offset: int, limit: int) -> list[ContactSummary]:
        rows = None
        if self._real is None:
            rows = self._book.first_rows(self.order, self.columns, offset, limit)
        return rows if rows is not None else self._listing().page(offset, limit)

    def position(self, contact_id: int) -> int | None:
        return self._listing().position(contact_id)

    def ids(self) -> list[int]:
        return self._listing().ids()


def _summary(row: sqlite3.Row, tags: Sequence[str]) -> ContactSummary:
    """A list row as services/contact_list.py `summaries` makes it from the same columns."""
    read = row.keys()
    added = row["added"] if "added" in read else None
    return ContactSummary(
        id=int(row["id"]),
        display_name=row["display_name"],
        organization=row["organization"],
        title=row["title"],
        has_photo=bool(row["has_photo"]),
        favourite=bool(row["favourite"]),
        archived=row["archived_at"] is not None,
        email=row["email"] if "email" in read else None,
        phone=row["phone"] if "phone" in read else None,
        # Stored as SQLAlchemy's DateTime writes it on SQLite ("2025-03-01 09:30:00.000000").
        added=dt.datetime.fromisoformat(added) if added is not None else None,
        tags=tuple(tags),
    )
