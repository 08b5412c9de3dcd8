"""The change journal in the store: start and finish recording an operation, replay it.

An operation is one write transaction. `start` tags the transaction (journal_recording) so the
triggers of store/journal_triggers.py copy every row it writes into journal_change; `finish`
closes the operation's range of changes. `undo` replays an operation's changes backwards from
their old images, `redo` forwards from their new images, both in the caller's transaction and
without recording (journal_recording holds 0 while they run). See docs/journal.md.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, text, update

from netbook.model.tables import utcnow
from netbook.store import search_index
from netbook.store.core_tables import chunks, plain_rows
from netbook.store.journal_tables import JournalChange, JournalOperation, JournalRecording
from netbook.store.journal_triggers import TableShape, image_sql, table_shape

operation_t: Table = JournalOperation.__table__  # type: ignore[assignment]
change_t: Table = JournalChange.__table__  # type: ignore[assignment]
recording_t: Table = JournalRecording.__table__  # type: ignore[assignment]

# Retention: an operation is forgotten once 1,000 newer ones exist or it is 90 days old.
KEEP_OPERATIONS = 1000
KEEP_DAYS = 90
_NOT_RECORDING = 0
_WINDOW = 5000  # changes read per step of a replay

Progress = Callable[[int, int], None]


class UnsafeReplayError(Exception):
    """A replay would undo or redo over changes it does not know about; nothing was changed."""


@dataclass(frozen=True, slots=True)
class OperationRow:
    id: int
    label: str
    origin: str
    source: str | None
    created_at: dt.datetime
    first_change: int
    last_change: int
    undone_at: dt.datetime | None
    redoable: bool
    revision: int

    @property
    def change_count(self) -> int:
        return max(0, self.last_change - self.first_change + 1)


def _row(row: Any) -> OperationRow:
    return OperationRow(
        id=row.id,
        label=row.label,
        origin=row.origin,
        source=row.source,
        created_at=row.created_at,
        first_change=row.first_change,
        last_change=row.last_change,
        undone_at=row.undone_at,
        redoable=bool(row.redoable),
        revision=row.revision,
    )


def _next_revision(conn: Connection) -> int:
    return int(
        conn.execute(select(func.coalesce(func.max(operation_t.c.revision), 0) + 1)).scalar_one()
    )


def _last_change_id(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(change_t.c.id), 0))).scalar_one())


def start(conn: Connection, label: str, origin: str, source: str | None = None) -> int:
    """Open an operation in `conn`'s transaction; the triggers record for it from now on."""
    first = _last_change_id(conn) + 1
    op_id = int(
        conn.execute(
            insert(operation_t)
            .values(
                label=label,
                origin=origin,
                source=source,
                created_at=utcnow(),
                first_change=first,
                last_change=first - 1,
                redoable=0,
                revision=_next_revision(conn),
            )
            .returning(operation_t.c.id)
        ).scalar_one()
    )
    _record_for(conn, op_id)
    return op_id


def _record_for(conn: Connection, op_id: int | None) -> None:
    conn.execute(delete(recording_t))
    if op_id is not None:
        conn.execute(insert(recording_t).values(operation_id=op_id))


def finish(conn: Connection, op_id: int) -> bool:
    """Close the operation; returns False (and forgets it) when it changed nothing."""
    _record_for(conn, None)
    last = _last_change_id(conn)
    first = conn.execute(
        select(operation_t.c.first_change).where(operation_t.c.id == op_id)
    ).scalar_one()
    if last < first:
        conn.execute(delete(operation_t).where(operation_t.c.id == op_id))
        return False
    conn.execute(update(operation_t).where(operation_t.c.id == op_id).values(last_change=last))
    # A new change ends what could still be redone (as in any editor's undo).
    conn.execute(
        update(operation_t)
        .where(operation_t.c.undone_at.is_not(None), operation_t.c.redoable == 1)
        .values(redoable=0)
    )
    prune(conn)
    return True


def prune(conn: Connection, now: dt.datetime | None = None) -> None:
    """Forget operations past the retention limits, and their changes."""
    cutoff = (now or utcnow()) - dt.timedelta(days=KEEP_DAYS)
    keep_from = conn.execute(
        select(operation_t.c.id).order_by(operation_t.c.id.desc()).offset(KEEP_OPERATIONS - 1)
    ).first()
    old = operation_t.c.created_at < cutoff
    if keep_from is not None:
        old = old | (operation_t.c.id < keep_from[0])
    if conn.execute(select(operation_t.c.id).where(old).limit(1)).first() is None:
        return
    conn.execute(delete(operation_t).where(old))
    oldest = conn.execute(select(func.min(operation_t.c.first_change))).scalar()
    if oldest is None:
        conn.execute(delete(change_t))
    else:
        conn.execute(delete(change_t).where(change_t.c.id < oldest))


# -- reading -------------------------------------------------------------------------------
def operations(conn: Connection, limit: int | None = None) -> list[OperationRow]:
    """The kept operations, newest first."""
    stmt = select(operation_t).order_by(operation_t.c.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_row(r) for r in conn.execute(stmt)]


def operation(conn: Connection, op_id: int) -> OperationRow | None:
    row = conn.execute(select(operation_t).where(operation_t.c.id == op_id)).first()
    return _row(row) if row is not None else None


def next_undo(conn: Connection) -> OperationRow | None:
    """The newest operation that is done (undo goes back one step at a time)."""
    row = conn.execute(
        select(operation_t)
        .where(operation_t.c.undone_at.is_(None))
        .order_by(operation_t.c.id.desc())
        .limit(1)
    ).first()
    return _row(row) if row is not None else None


def next_redo(conn: Connection) -> OperationRow | None:
    """The oldest undone operation that may still be redone."""
    row = conn.execute(
        select(operation_t)
        .where(operation_t.c.undone_at.is_not(None), operation_t.c.redoable == 1)
        .order_by(operation_t.c.id)
        .limit(1)
    ).first()
    return _row(row) if row is not None else None


def current_revision(conn: Connection) -> int:
    return _next_revision(conn) - 1


def revision_kept(conn: Connection, revision: int) -> bool:
    """Whether `changed_contacts(conn, revision)` is complete: the operation that took that
    revision is still kept as it was (retention forgets the oldest operations first, and an
    undo or redo gives an operation a new revision)."""
    found = conn.execute(
        select(operation_t.c.id).where(operation_t.c.revision == revision).limit(1)
    ).first()
    return found is not None


def open_revision(conn: Connection) -> int:
    """Inside an open operation: the revision the book will be at once it commits (the
    operation's own if it has recorded a change so far, else the one before it, since an
    operation that changed nothing is forgotten at its end)."""
    op_id = conn.execute(select(recording_t.c.operation_id)).scalar_one()
    first, revision = conn.execute(
        select(operation_t.c.first_change, operation_t.c.revision).where(operation_t.c.id == op_id)
    ).one()
    return int(revision) if _last_change_id(conn) >= first else int(revision) - 1


def changed_contacts(conn: Connection, since_revision: int) -> dict[int, str | None]:
    """Contacts written by operations done, undone or redone after `since_revision`, and by
    changes made outside any operation since then: id -> UID (None if the id is gone and its
    UID is not known)."""
    ranges = conn.execute(
        select(operation_t.c.first_change, operation_t.c.last_change).where(
            operation_t.c.revision > since_revision
        )
    ).all()
    ids: set[int] = set()
    for first, last in ranges:
        ids.update(_contacts_in(conn, change_t.c.id.between(first, last)))
    oldest = min((first for first, _ in ranges), default=None)
    if oldest is not None:
        ids.update(
            _contacts_in(conn, (change_t.c.id >= oldest) & change_t.c.operation_id.is_(None))
        )
    return _uids(conn, ids)


def _contacts_in(conn: Connection, where: Any) -> set[int]:
    found = {
        int(cid)
        for (cid,) in conn.execute(
            select(change_t.c.contact_id)
            .where(where, change_t.c.contact_id.is_not(None))
            .distinct()
        )
    }
    # An interaction or a tag has no contact column: its people are those linked to it now.
    for table, link, column in (
        ("interaction", "interaction_participant", "interaction_id"),
        ("tag", "contact_tag", "tag_id"),
    ):
        rows = sorted(
            {
                int(r)
                for (r,) in conn.execute(
                    select(change_t.c.row_id).where(where, change_t.c.table_name == table)
                )
            }
        )
        linked = text(f"SELECT DISTINCT contact_id FROM {link} WHERE {column} IN :rows")
        linked = linked.bindparams(bindparam("rows", expanding=True))
        for chunk in chunks(rows):
            found.update(int(cid) for (cid,) in conn.execute(linked, {"rows": list(chunk)}))
    return found


def operation_contacts(conn: Connection, op: OperationRow) -> set[int]:
    """The contacts whose rows the operation wrote."""
    return _contacts_in(conn, change_t.c.id.between(op.first_change, op.last_change))


def _uids(conn: Connection, ids: set[int]) -> dict[int, str | None]:
    found: dict[int, str | None] = dict.fromkeys(ids)
    for chunk in chunks(sorted(ids)):
        for cid, uid in conn.execute(
            text("SELECT id, uid FROM contact WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": list(chunk)},
        ):
            found[int(cid)] = str(uid)
    missing = [cid for cid, uid in found.items() if uid is None]
    for chunk in chunks(missing):
        for cid, image in conn.execute(
            select(change_t.c.row_id, change_t.c.old).where(
                change_t.c.table_name == "contact",
                change_t.c.row_id.in_(chunk),
                change_t.c.old.is_not(None),
            )
        ):
            found[int(cid)] = str(json.loads(image)["uid"])
    return found


# -- replaying -----------------------------------------------------------------------------
@dataclass(slots=True)
class _Change:
    id: int
    table: str
    row_id: int
    action: str
    old: str | None
    new: str | None


def _windows(conn: Connection, first: int, last: int, backwards: bool) -> Iterator[list[_Change]]:
    starts = range(last, first - 1, -_WINDOW) if backwards else range(first, last + 1, _WINDOW)
    for edge in starts:
        low, high = (
            (max(first, edge - _WINDOW + 1), edge)
            if backwards
            else (edge, min(last, edge + _WINDOW - 1))
        )
        order = change_t.c.id.desc() if backwards else change_t.c.id
        columns = (change_t.c[k] for k in ("id", "table_name", "row_id", "action", "old", "new"))
        # Plain tuples: a replay reads every change of the operation, and building
        # SQLAlchemy rows for them was a quarter of an import's undo.
        rows = plain_rows(
            conn, select(*columns).where(change_t.c.id.between(low, high)).order_by(order)
        )
        yield [_Change(*row) for row in rows]


def _runs(changes: Sequence[_Change]) -> Iterator[list[_Change]]:
    """Consecutive changes of one table and one action: replayed with one executemany."""
    run: list[_Change] = []
    for change in changes:
        if run and (run[0].table, run[0].action) != (change.table, change.action):
            yield run
            run = []
        run.append(change)
    if run:
        yield run


class _Replayer:
    """Writes row images back into their tables (statements built once per table)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._shapes: dict[str, TableShape] = {}

    def shape(self, table: str) -> TableShape:
        if table not in self._shapes:
            self._shapes[table] = table_shape(self.conn, table)
        return self._shapes[table]

    def _values(self, shape: TableShape, image: str) -> list[Any]:
        data = json.loads(image)
        return [
            bytes.fromhex(data[k]) if k in shape.blob_columns and data[k] is not None else data[k]
            for k in shape.image_keys
        ]

    def insert(self, table: str, images: Sequence[str]) -> None:
        shape = self.shape(table)
        keys = ", ".join(f'"{k}"' if k != "rowid" else "rowid" for k in shape.image_keys)
        marks = ", ".join("?" for _ in shape.image_keys)
        self.conn.exec_driver_sql(
            f'INSERT INTO "{table}" ({keys}) VALUES ({marks})',
            [tuple(self._values(shape, image)) for image in images],
        )

    def update(self, table: str, rows: Sequence[tuple[int, str]]) -> None:
        shape = self.shape(table)
        sets = ", ".join(f'"{k}" = ?' for k in shape.columns)
        params = []
        for row_id, image in rows:
            values = dict(zip(shape.image_keys, self._values(shape, image), strict=True))
            params.append((*(values[k] for k in shape.columns), row_id))
        self.conn.exec_driver_sql(f'UPDATE "{table}" SET {sets} WHERE rowid = ?', params)

    def delete(self, table: str, row_ids: Sequence[int]) -> None:
        for chunk in chunks(list(row_ids)):
            marks = ", ".join("?" for _ in chunk)
            self.conn.exec_driver_sql(
                f'DELETE FROM "{table}" WHERE rowid IN ({marks})', tuple(chunk)
            )

    def keep_images(self, table: str, changes: Sequence[_Change]) -> None:
        """Copy the rows an operation inserted into their changes' `new`, before undo deletes
        them, so that redo can insert them again as they were."""
        image = image_sql(self.shape(table), "x")
        # A run's changes are consecutive rows of the journal: one statement per range of
        # ids (normally one) rather than one per 500 bound ids.
        for low, high in _id_ranges(sorted(c.id for c in changes)):
            self.conn.exec_driver_sql(
                f'UPDATE journal_change SET new = (SELECT {image} FROM "{table}" AS x'
                " WHERE x.rowid = journal_change.row_id) WHERE id BETWEEN ? AND ?",
                (low, high),
            )


def _id_ranges(ids: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Sorted ids as (first, last) ranges of consecutive ids."""
    start = previous = ids[0]
    for current in ids[1:]:
        if current != previous + 1:
            yield start, previous
            start = current
        previous = current
    yield start, previous


def _refuse_untracked(conn: Connection, op: OperationRow, doing: str) -> None:
    """Refuse when a row the operation wrote was written since outside any operation."""
    later = {
        (t, r)
        for t, r in conn.execute(
            select(change_t.c.table_name, change_t.c.row_id).where(
                change_t.c.id > op.last_change, change_t.c.operation_id.is_(None)
            )
        )
    }
    if not later:
        return
    for chunk_start in range(op.first_change, op.last_change + 1, _WINDOW):
        mine = conn.execute(
            select(change_t.c.table_name, change_t.c.row_id).where(
                change_t.c.id.between(chunk_start, min(op.last_change, chunk_start + _WINDOW - 1))
            )
        )
        if any((t, r) in later for t, r in mine):
            raise UnsafeReplayError(
                f"cannot {doing} “{op.label}”: what it changed was changed since by something"
                " outside netbook's journal"
            )


def _replay(conn: Connection, op: OperationRow, backwards: bool, progress: Progress | None) -> None:
    _refuse_untracked(conn, op, "undo" if backwards else "redo")
    _record_for(conn, _NOT_RECORDING)
    # Rows come back in the reverse of the order they went; a row and the row it names may
    # meet in either order, so foreign keys are checked once, at commit.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    replayer = _Replayer(conn)
    done = 0
    for window in _windows(conn, op.first_change, op.last_change, backwards):
        for run in _runs(window):
            table, action = run[0].table, run[0].action
            if (action, backwards) in (("I", True), ("D", False)):
                if backwards:
                    replayer.keep_images(table, run)
                replayer.delete(table, [c.row_id for c in run])
            elif action == "U":
                pairs = [(c.row_id, c.old if backwards else c.new) for c in run]
                replayer.update(table, [(r, image) for r, image in pairs if image is not None])
            else:
                images = [c.old if backwards else c.new for c in run]
                if any(image is None for image in images):
                    raise UnsafeReplayError(f"cannot redo “{op.label}”: it was never undone")
                replayer.insert(table, [image for image in images if image is not None])
            done += len(run)
            if progress is not None:
                progress(done, op.change_count)
    search_index.reindex(conn, operation_contacts(conn, op))
    _record_for(conn, None)


def undo(conn: Connection, op: OperationRow, progress: Progress | None = None) -> None:
    """Take the operation back, in `conn`'s transaction; UnsafeReplayError changes nothing."""
    _replay(conn, op, backwards=True, progress=progress)
    conn.execute(
        update(operation_t)
        .where(operation_t.c.id == op.id)
        .values(undone_at=utcnow(), redoable=1, revision=_next_revision(conn))
    )


def redo(conn: Connection, op: OperationRow, progress: Progress | None = None) -> None:
    """Do an undone operation again, in `conn`'s transaction."""
    _replay(conn, op, backwards=False, progress=progress)
    conn.execute(
        update(operation_t)
        .where(operation_t.c.id == op.id)
        .values(undone_at=None, redoable=0, revision=_next_revision(conn))
    )
