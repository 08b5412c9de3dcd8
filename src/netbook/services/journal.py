"""Operations, undo, redo and history over the change journal.

Every service that changes the book does it inside `Journal.operation(label)`: one
transaction that the store's triggers record row by row (store/journal.py), tagged with a label,
a time and an origin. Undo and redo replay that record, each in one transaction of its own, so
they work after a restart and from the command line; undo goes back one operation at a time,
newest first, and redo forwards again until a new operation is made. See docs/journal.md.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

from netbook.store import journal as store_journal
from netbook.store.database import Database
from netbook.store.journal import KEEP_DAYS, KEEP_OPERATIONS, OperationRow, UnsafeReplayError

__all__ = [
    "KEEP_DAYS",
    "KEEP_OPERATIONS",
    "Journal",
    "NothingToRedoError",
    "NothingToUndoError",
    "OperationSummary",
    "Origin",
    "UnsafeUndoError",
]

Progress = Callable[[int, int], None]


class Origin:
    """Where an operation came from (journal_operation.origin)."""

    WINDOW = "window"
    COMMAND_LINE = "command line"
    SYNC = "sync"


class NothingToUndoError(LookupError):
    def __init__(self) -> None:
        super().__init__("there is nothing to undo")


class NothingToRedoError(LookupError):
    def __init__(self) -> None:
        super().__init__("there is nothing to redo")


class UnsafeUndoError(Exception):
    """Undo or redo would overwrite changes it does not know about; nothing was changed."""


@dataclass(frozen=True, slots=True)
class OperationSummary:
    """One operation of the journal, as history shows it."""

    id: int
    label: str
    origin: str
    source: str | None
    created_at: dt.datetime
    undone: bool
    redoable: bool
    changes: int  # rows written


def _summary(row: OperationRow) -> OperationSummary:
    return OperationSummary(
        id=row.id,
        label=row.label,
        origin=row.origin,
        source=row.source,
        created_at=row.created_at,
        undone=row.undone_at is not None,
        redoable=row.redoable,
        changes=row.change_count,
    )


_OPEN: weakref.WeakKeyDictionary[Database, threading.local] = weakref.WeakKeyDictionary()
_OPEN_GUARD = threading.Lock()


def _open_operations(database: Database) -> threading.local:
    """Per thread, the operation open on this book: shared by every Journal over the book, so
    a service called inside another's operation joins it instead of waiting for its lock."""
    with _OPEN_GUARD:
        return _OPEN.setdefault(database, threading.local())


class Journal:
    """The book's change journal: the one way services write, and undo/redo/history."""

    def __init__(self, database: Database, origin: str = Origin.COMMAND_LINE) -> None:
        self.database = database
        self.origin = origin

    @contextmanager
    def operation(self, label: str, source: str | None = None) -> Iterator[Connection]:
        """One recorded operation: a write transaction whose changes the journal keeps.

        An operation opened inside another one on the same thread joins it (one transaction,
        one entry in the history, under the outer label).
        """
        state = _open_operations(self.database)
        outer: Connection | None = getattr(state, "conn", None)
        if outer is not None:
            yield outer
            return
        state.last = None
        with self.database.transaction(immediate=True) as conn:
            state.conn = conn
            try:
                op_id = store_journal.start(conn, label, self.origin, source)
                yield conn
                kept = store_journal.finish(conn, op_id)
            finally:
                state.conn = None
        state.last = op_id if kept else None

    def last_operation_id(self) -> int | None:
        """The operation this thread last committed (None when it changed nothing)."""
        return getattr(_open_operations(self.database), "last", None)

    # -- undo and redo -------------------------------------------------------------------
    def undo(
        self, progress: Progress | None = None, *, expected: int | None = None
    ) -> OperationSummary:
        """Take back the newest operation that is done; returns it as it is now (undone).

        `expected`: undo only if that operation is the newest (else UnsafeUndoError: later
        changes must be undone first). Raises NothingToUndoError, or UnsafeUndoError
        (changing nothing) when a row it wrote was written since outside the journal.
        """
        return self._step(
            store_journal.next_undo, store_journal.undo, NothingToUndoError, progress, expected
        )

    def redo(self, progress: Progress | None = None) -> OperationSummary:
        """Do again the oldest undone operation that may be redone; returns it (done)."""
        return self._step(
            store_journal.next_redo, store_journal.redo, NothingToRedoError, progress, None
        )

    def _step(
        self,
        pick: Callable[[Connection], OperationRow | None],
        replay: Callable[[Connection, OperationRow, Progress | None], None],
        nothing: type[LookupError],
        progress: Progress | None,
        expected: int | None,
    ) -> OperationSummary:
        """One undo or redo: pick the operation, replay it, all in one write transaction."""
        with self.database.transaction(immediate=True) as conn:
            op = pick(conn)
            if op is None:
                raise nothing
            if expected is not None and op.id != expected:
                wanted = store_journal.operation(conn, expected)
                name = f"“{wanted.label}”" if wanted is not None else "that change"
                raise UnsafeUndoError(
                    f"cannot undo {name}: “{op.label}” came after it; undo that first"
                )
            try:
                replay(conn, op, progress)
            except UnsafeReplayError as exc:
                raise UnsafeUndoError(str(exc)) from exc
            done = store_journal.operation(conn, op.id)
        assert done is not None
        return _summary(done)

    # -- reading ---------------------------------------------------------------------------
    def next_undo(self) -> OperationSummary | None:
        with self.database.reading() as conn:
            op = store_journal.next_undo(conn)
        return _summary(op) if op is not None else None

    def next_redo(self) -> OperationSummary | None:
        with self.database.reading() as conn:
            op = store_journal.next_redo(conn)
        return _summary(op) if op is not None else None

    def history(self, limit: int | None = None) -> list[OperationSummary]:
        """The kept operations, newest first."""
        with self.database.reading() as conn:
            return [_summary(op) for op in store_journal.operations(conn, limit)]

    def revision(self) -> int:
        """A number that grows with every operation, undo and redo (for "changed since")."""
        with self.database.reading() as conn:
            return store_journal.current_revision(conn)

    def changed_contacts_since(self, revision: int) -> dict[int, str | None]:
        """The contacts written since `revision` (see `revision`): id -> UID.

        A contact deleted since is listed under its old id with the UID it had. Only as far
        back as the journal keeps operations (docs/journal.md, retention).
        """
        with self.database.reading() as conn:
            return store_journal.changed_contacts(conn, revision)

    def reaches_back_to(self, revision: int) -> bool:
        """Whether `changed_contacts_since(revision)` is complete (retention has not
        forgotten what came after it); when not, a caller must compare everything."""
        with self.database.reading() as conn:
            return store_journal.revision_kept(conn, revision)

    def contacts_of(self, operation_id: int) -> list[int]:
        """The contacts an operation wrote (ids as they were then)."""
        with self.database.reading() as conn:
            op = store_journal.operation(conn, operation_id)
            if op is None:
                return []
            return sorted(store_journal.operation_contacts(conn, op))
