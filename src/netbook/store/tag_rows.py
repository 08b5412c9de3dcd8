"""Tags as rows: creating, linking, renaming, merging and deleting them, with SQLAlchemy Core.

A tag lives only as long as a contact carries it (archived contacts count): every write that
can take a tag's last link away ends with `delete_unused`, in the caller's transaction, so the
journal records the tag's row going with the link and undo brings both back with their ids.
A contact whose tags change is touched (`updated_at`, its search index rows), as an edit is.
Callers own the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, delete, exists, func, insert, select, update

from netbook.model.tables import utcnow
from netbook.model.text import fold
from netbook.store import search_index
from netbook.store.core_tables import chunks, contact_t, contact_tag, tag_t


def ensure_tags(conn: Connection, names: Iterable[str]) -> dict[str, int]:
    """Tag ids by folded key, creating the tags that do not exist yet."""
    wanted: dict[str, str] = {}
    for name in names:
        if name.strip():
            wanted.setdefault(fold(name.strip()), name.strip())
    existing: dict[str, int] = {}
    for chunk in chunks(sorted(wanted)):
        for key, tid in conn.execute(select(tag_t.c.key, tag_t.c.id).where(tag_t.c.key.in_(chunk))):
            existing[key] = tid
    missing = [{"key": k, "name": n} for k, n in wanted.items() if k not in existing]
    if missing:
        conn.execute(insert(tag_t), missing)
        for chunk in chunks([m["key"] for m in missing]):
            for key, tid in conn.execute(
                select(tag_t.c.key, tag_t.c.id).where(tag_t.c.key.in_(chunk))
            ):
                existing[key] = tid
    return existing


def delete_unused(conn: Connection) -> None:
    """Tags no contact carries any more are gone (one index probe per tag: tags are few)."""
    carried = exists().where(contact_tag.c.tag_id == tag_t.c.id)
    conn.execute(delete(tag_t).where(~carried))


def carriers(conn: Connection, tag_id: int) -> list[int]:
    """The contacts (archived ones too) that carry the tag."""
    return [
        int(cid)
        for (cid,) in conn.execute(
            select(contact_tag.c.contact_id).where(contact_tag.c.tag_id == tag_id)
        )
    ]


def link(conn: Connection, contact_ids: Sequence[int], tag_id: int) -> list[int]:
    """Give these contacts the tag; returns those that did not have it."""
    new = _insert_links(conn, contact_ids, tag_id)
    touch(conn, new)
    return new


def _insert_links(conn: Connection, contact_ids: Sequence[int], tag_id: int) -> list[int]:
    have = set(carriers(conn, tag_id))
    new = [cid for cid in dict.fromkeys(contact_ids) if cid not in have]
    for chunk in chunks([{"contact_id": cid, "tag_id": tag_id} for cid in new]):
        conn.execute(insert(contact_tag), list(chunk))
    return new


def unlink(conn: Connection, contact_ids: Sequence[int], tag_id: int) -> list[int]:
    """Take the tag from these contacts; returns those that had it."""
    have = set(carriers(conn, tag_id))
    gone = [cid for cid in dict.fromkeys(contact_ids) if cid in have]
    for chunk in chunks(gone):
        conn.execute(
            delete(contact_tag).where(
                contact_tag.c.tag_id == tag_id, contact_tag.c.contact_id.in_(chunk)
            )
        )
    touch(conn, gone)
    delete_unused(conn)
    return gone


def rename(conn: Connection, tag_id: int, name: str) -> list[int]:
    """Give the tag a new name whose folded key no other tag has; returns its carriers."""
    conn.execute(update(tag_t).where(tag_t.c.id == tag_id).values(name=name, key=fold(name)))
    moved = carriers(conn, tag_id)
    touch(conn, moved)
    return moved


def merge(conn: Connection, source_id: int, target_id: int) -> list[int]:
    """Give the source tag's contacts the target tag, then delete the source; returns them."""
    moved = carriers(conn, source_id)
    _insert_links(conn, moved, target_id)
    conn.execute(delete(contact_tag).where(contact_tag.c.tag_id == source_id))
    conn.execute(delete(tag_t).where(tag_t.c.id == source_id))
    touch(conn, moved)
    return moved


def delete_tag(conn: Connection, tag_id: int) -> list[int]:
    """Take the tag from every contact and delete it; returns the contacts that had it."""
    lost = carriers(conn, tag_id)
    conn.execute(delete(contact_tag).where(contact_tag.c.tag_id == tag_id))
    conn.execute(delete(tag_t).where(tag_t.c.id == tag_id))
    touch(conn, lost)
    return lost


def touch(conn: Connection, contact_ids: Sequence[int]) -> None:
    """These contacts' tags changed: a new `updated_at` (their vCard's REV) and index rows."""
    if not contact_ids:
        return
    now = utcnow()
    for chunk in chunks(list(contact_ids)):
        conn.execute(update(contact_t).where(contact_t.c.id.in_(chunk)).values(updated_at=now))
    search_index.reindex(conn, contact_ids)


def link_counts(conn: Connection, contact_ids: Sequence[int]) -> dict[int, int]:
    """For each tag, how many of these contacts carry it."""
    counts: dict[int, int] = {}
    for chunk in chunks(list(dict.fromkeys(contact_ids))):
        for tag_id, n in conn.execute(
            select(contact_tag.c.tag_id, func.count())
            .where(contact_tag.c.contact_id.in_(chunk))
            .group_by(contact_tag.c.tag_id)
        ):
            counts[int(tag_id)] = counts.get(int(tag_id), 0) + int(n)
    return counts
