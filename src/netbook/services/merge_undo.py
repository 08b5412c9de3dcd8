"""What undoing a merge of duplicates needs, and the undo itself.

A merge rewrites the kept contact, deletes the others and re-points whatever named them at the
kept contact. Undo must give back the book as it was: the kept contact as before, the others
with their UIDs, data, import history and every link from third contacts. The facts are taken
in the merge's own transaction (so they match what the merge changed) and kept as a plain
value the GUI's undo stack holds; `unmerge` puts them back in one transaction.

Links are found again by UID, not id: the others come back with new ids (SQLite assigns them),
and a third contact's relation rows are named by their owner's UID and position, because the
owner may have been saved (and its rows renumbered) by an undone-and-redone edit in between.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update

from netbook.model.tables import ImportBatchChange
from netbook.model.values import ContactRecord
from netbook.store import contact_loading, contact_rows, core_tables
from netbook.store.core_tables import contact_t, relation_t
from netbook.store.database import Database

change_t: Table = ImportBatchChange.__table__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class ImportChangeRow:
    """An import's record of a merged-away contact (so undoing that import still works)."""

    batch_id: int
    action: str
    before: dict[str, Any] | None
    after_updated_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class MergedAway:
    """A contact the merge deleted: its record with backlinks, and its bookkeeping columns."""

    record: ContactRecord
    source_batch_id: int | None
    archived_at: dt.datetime | None
    import_changes: tuple[ImportChangeRow, ...]


@dataclass(frozen=True, slots=True)
class RepointedRelation:
    """A third contact's relation row that named a merged-away contact."""

    owner_uid: str
    position: int
    other_uid: str


@dataclass(frozen=True, slots=True)
class MergeUndo:
    """Everything `unmerge` needs; plain data, safe to keep on an undo stack."""

    kept_before: ContactRecord
    others: tuple[MergedAway, ...]
    relations: tuple[RepointedRelation, ...]
    # Contacts the others introduced: re-pointing them stamps them as changed, undo un-stamps.
    introduced_stamps: tuple[tuple[str, dt.datetime], ...]

    @property
    def kept_uid(self) -> str:
        assert self.kept_before.uid is not None
        return self.kept_before.uid

    @property
    def other_uids(self) -> list[str]:
        return [o.record.uid for o in self.others if o.record.uid]


def capture(conn: Connection, keep_id: int, other_ids: Sequence[int]) -> MergeUndo:
    """The book's state that merging `other_ids` into `keep_id` is about to change.

    Call inside the merge's transaction, before it writes anything.
    """
    others = list(other_ids)
    [kept, *records] = contact_loading.load_records(conn, [keep_id, *others])
    if len(records) != len(others):
        raise LookupError("a contact to merge is no longer in the book")
    backlinks = contact_loading.load_backlinks(conn, others)
    for record in records:
        assert record.id is not None
        record.backlinks = backlinks.get(record.id)
    bookkeeping = {
        row.id: row
        for row in conn.execute(
            select(contact_t.c.id, contact_t.c.source_batch_id, contact_t.c.archived_at).where(
                contact_t.c.id.in_(others)
            )
        )
    }
    changes: dict[int, list[ImportChangeRow]] = {cid: [] for cid in others}
    for row in conn.execute(
        select(change_t).where(change_t.c.contact_id.in_(others)).order_by(change_t.c.id)
    ):
        changes[row.contact_id].append(
            ImportChangeRow(row.batch_id, row.action, row.before, row.after_updated_at)
        )
    uid_of = {r.id: r.uid for r in records if r.uid}
    owner = contact_t.alias("owner")
    relations = tuple(
        RepointedRelation(row.owner_uid, row.position, uid_of[row.related_contact_id])
        for row in conn.execute(
            select(
                owner.c.uid.label("owner_uid"),
                relation_t.c.position,
                relation_t.c.related_contact_id,
            )
            .join(owner, owner.c.id == relation_t.c.contact_id)
            .where(relation_t.c.related_contact_id.in_(others))
        )
        # The merged contacts' own relation rows are rewritten from their records.
        if row.related_contact_id in uid_of and _owner_outside(row.owner_uid, kept, records)
    )
    introduced = tuple(
        (str(uid), stamp)
        for uid, stamp in conn.execute(
            select(contact_t.c.uid, contact_t.c.updated_at).where(
                contact_t.c.introduced_by_id.in_(others), contact_t.c.id.not_in([keep_id, *others])
            )
        )
    )
    return MergeUndo(
        kept_before=kept,
        introduced_stamps=introduced,
        others=tuple(
            MergedAway(
                record=r,
                source_batch_id=bookkeeping[r.id].source_batch_id,
                archived_at=bookkeeping[r.id].archived_at,
                import_changes=tuple(changes[r.id]),
            )
            for r in records
            if r.id is not None
        ),
        relations=relations,
    )


def _owner_outside(owner_uid: str, kept: ContactRecord, others: Sequence[ContactRecord]) -> bool:
    return owner_uid != kept.uid and all(owner_uid != r.uid for r in others)


def unmerge(database: Database, undo: MergeUndo) -> list[int]:
    """Take a merge back in one transaction; returns the ids of the kept and restored contacts.

    Raises LookupError, changing nothing, when the kept contact is gone or one of the others is
    already back in the book.
    """
    with database.transaction() as conn:
        found = core_tables.uid_map(conn, [undo.kept_uid, *undo.other_uids])
        keep_id = found.get(undo.kept_uid)
        if keep_id is None:
            raise LookupError("the merged contact is no longer in the book")
        if any(uid in found for uid in undo.other_uids):
            raise LookupError("a merged contact is already back in the book")
        kept = copy.deepcopy(undo.kept_before)
        # The kept contact first: it gives back the others' opportunities, whose UIDs must be
        # free before the others are inserted (a taken UID would be replaced by a fresh one).
        contact_rows.replace_record(conn, keep_id, kept)
        records = [copy.deepcopy(o.record) for o in undo.others]
        ids = contact_rows.insert_records(conn, records)
        # Who named the others (introductions, opportunities, relations by UID) names them again.
        contact_rows.restore_backlinks(conn, list(zip(ids, records, strict=True)))
        for cid, away in zip(ids, undo.others, strict=True):
            conn.execute(
                update(contact_t)
                .where(contact_t.c.id == cid)
                .values(
                    source_batch_id=away.source_batch_id,
                    archived_at=away.archived_at,
                    updated_at=away.record.updated_at,
                )
            )
            if away.import_changes:
                conn.execute(
                    insert(change_t),
                    [
                        {
                            "batch_id": c.batch_id,
                            "contact_id": cid,
                            "action": c.action,
                            "before": c.before,
                            "after_updated_at": c.after_updated_at,
                        }
                        for c in away.import_changes
                    ],
                )
        _restore_relations(
            conn, keep_id, undo.relations, dict(zip(undo.other_uids, ids, strict=True))
        )
        # Last, as writing links stamps contacts as changed: the book as it was, to the
        # timestamp, so that undoing an earlier import still sees its contacts untouched.
        stamps = [(undo.kept_uid, undo.kept_before.updated_at), *undo.introduced_stamps]
        found = core_tables.uid_map(conn, [uid for uid, _ in stamps])
        for uid, stamp in stamps:
            if uid in found and stamp is not None:
                conn.execute(
                    update(contact_t).where(contact_t.c.id == found[uid]).values(updated_at=stamp)
                )
        return [keep_id, *ids]


def _restore_relations(
    conn: Connection, keep_id: int, relations: Sequence[RepointedRelation], id_of: dict[str, int]
) -> None:
    owners = core_tables.uid_map(conn, [r.owner_uid for r in relations])
    for rel in relations:
        owner_id = owners.get(rel.owner_uid)
        if owner_id is None:
            continue
        conn.execute(
            update(relation_t)
            .where(
                relation_t.c.contact_id == owner_id,
                relation_t.c.position == rel.position,
                relation_t.c.related_contact_id == keep_id,
            )
            .values(related_contact_id=id_of[rel.other_uid])
        )
