"""Tag management: add a tag to contacts or take it away, rename, merge, delete.

Each call is one journal operation (one transaction, labelled, undoable). Tags are
case-insensitive ("Clients" and "clients" are one tag), so renaming a tag to the name of
another one merges the two, and says so in its result. A tag no contact carries any more is
deleted with its last link (store/tag_rows.py), so no list ever shows "Suppliers (0)".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection, func, select

from netbook.model.text import fold
from netbook.services.journal import Journal
from netbook.store import tag_rows
from netbook.store.core_tables import contact_tag, tag_t
from netbook.store.database import Database

# The tag table's column is a String(255).
MAX_TAG_NAME = 255

Outcome = Literal["added", "removed", "renamed", "merged", "deleted"]


class TagError(ValueError):
    """A tag operation that cannot be done (no such tag, an empty name); nothing changed."""


@dataclass(frozen=True, slots=True)
class TagInfo:
    """A tag and how many contacts carry it, archived ones included."""

    id: int
    name: str
    contacts: int


@dataclass(frozen=True, slots=True)
class TagChange:
    """What one tag operation did: `tag` is the tag's name before, `into` the name after
    (a rename or a merge), `contacts` the contacts whose tags changed."""

    outcome: Outcome
    tag: str
    into: str | None
    contacts: list[int]


def clean_name(name: str) -> str:
    """The name as stored: trimmed; TagError when empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise TagError("a tag needs a name")
    if len(cleaned) > MAX_TAG_NAME:
        raise TagError(f"a tag name is at most {MAX_TAG_NAME} characters")
    return cleaned


class TagService:
    """The book's tags, read and changed through the journal."""

    def __init__(self, database: Database, journal: Journal) -> None:
        self.database = database
        self.journal = journal

    # -- reading ---------------------------------------------------------------------------
    def all(self) -> list[TagInfo]:
        """Every tag, by name, with its contacts (archived ones too) counted."""
        count = (
            select(func.count())
            .where(contact_tag.c.tag_id == tag_t.c.id)
            .correlate(tag_t)
            .scalar_subquery()
        )
        with self.database.reading() as conn:
            return [
                TagInfo(int(tid), name, int(n))
                for tid, name, n in conn.execute(
                    select(tag_t.c.id, tag_t.c.name, count).order_by(tag_t.c.key)
                )
            ]

    def get(self, tag_id: int) -> TagInfo | None:
        return next((t for t in self.all() if t.id == tag_id), None)

    def find(self, name: str) -> TagInfo | None:
        """The tag called `name` (case and accents aside), if there is one."""
        key = fold(name.strip())
        with self.database.reading() as conn:
            found = conn.execute(select(tag_t.c.id).where(tag_t.c.key == key)).scalar()
        return self.get(int(found)) if found is not None else None

    def carried_by(self, contact_ids: list[int]) -> dict[int, int]:
        """For each tag, how many of these contacts carry it (for a menu's check marks)."""
        with self.database.reading() as conn:
            return tag_rows.link_counts(conn, contact_ids)

    # -- changing --------------------------------------------------------------------------
    def add(self, contact_ids: list[int], name: str, *, label: str | None = None) -> TagChange:
        """Give these contacts the tag `name`, creating it when it is new."""
        cleaned = clean_name(name)
        with self.journal.operation(label or f"Add tag “{cleaned}”") as conn:
            tag_id = tag_rows.ensure_tags(conn, [cleaned])[fold(cleaned)]
            stored = self._name(conn, tag_id)
            added = tag_rows.link(conn, contact_ids, tag_id)
        return TagChange("added", stored, None, added)

    def remove(self, contact_ids: list[int], tag_id: int, *, label: str | None = None) -> TagChange:
        """Take the tag from these contacts (it goes when its last contact loses it)."""
        name = self._require(tag_id).name
        with self.journal.operation(label or f"Remove tag “{name}”") as conn:
            removed = tag_rows.unlink(conn, contact_ids, tag_id)
        return TagChange("removed", name, None, removed)

    def rename(self, tag_id: int, new_name: str, *, label: str | None = None) -> TagChange:
        """Rename the tag; when another tag already has that name, merge into it instead."""
        tag = self._require(tag_id)
        cleaned = clean_name(new_name)
        other = self.find(cleaned)
        if other is not None and other.id != tag_id:
            return self.merge(tag_id, other.id, label=label)
        with self.journal.operation(label or f"Rename tag “{tag.name}” to “{cleaned}”") as conn:
            renamed = tag_rows.rename(conn, tag_id, cleaned) if cleaned != tag.name else []
        return TagChange("renamed", tag.name, cleaned, renamed)

    def merge(self, source_id: int, target_id: int, *, label: str | None = None) -> TagChange:
        """Give the source tag's contacts the target tag, and delete the source tag."""
        source, target = self._require(source_id), self._require(target_id)
        if source_id == target_id:
            raise TagError(f"“{source.name}” cannot be merged into itself")
        with self.journal.operation(
            label or f"Merge tag “{source.name}” into “{target.name}”"
        ) as conn:
            moved = tag_rows.merge(conn, source_id, target_id)
        return TagChange("merged", source.name, target.name, moved)

    def delete(self, tag_id: int, *, label: str | None = None) -> TagChange:
        """Take the tag from every contact and delete it (the contacts stay)."""
        tag = self._require(tag_id)
        with self.journal.operation(label or f"Delete tag “{tag.name}”") as conn:
            lost = tag_rows.delete_tag(conn, tag_id)
        return TagChange("deleted", tag.name, None, lost)

    def _require(self, tag_id: int) -> TagInfo:
        found = self.get(tag_id)
        if found is None:
            raise TagError(f"no tag with id {tag_id}")
        return found

    @staticmethod
    def _name(conn: Connection, tag_id: int) -> str:
        return str(conn.execute(select(tag_t.c.name).where(tag_t.c.id == tag_id)).scalar_one())
