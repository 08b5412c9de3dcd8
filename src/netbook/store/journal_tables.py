"""The change journal's tables: operations, the row changes each made, and who is recording.

They share the domain's metadata (so Alembic compares them like every other table) but belong
to the store: the domain never reads them. See docs/journal.md.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from netbook.model.tables import Base, utcnow


class JournalOperation(Base):
    """One user-visible change: one transaction, undone and redone as a whole."""

    __tablename__ = "journal_operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(20))  # window | command line | sync
    source: Mapped[str | None] = mapped_column(Text)  # e.g. the files an import read
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The operation's row changes are journal_change ids first_change..last_change: one
    # writer at a time, so one transaction's changes are contiguous.
    first_change: Mapped[int] = mapped_column(Integer)
    last_change: Mapped[int] = mapped_column(Integer)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # 0 once a new operation follows an undone one: it can no longer be redone.
    redoable: Mapped[int] = mapped_column(Integer, default=0)
    # Bumped each time the operation is done, undone or redone: "what changed since" queries.
    revision: Mapped[int] = mapped_column(Integer, index=True)


class JournalChange(Base):
    """One row written by an operation (operation_id NULL: written outside any operation).

    action I: inserted (new is filled in when the insert is undone, for its redo);
    U: updated (old and new images); D: deleted (old image). Images are json_object() of
    every column, blobs as hex.
    """

    __tablename__ = "journal_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int | None] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(1))
    # The contact the row belongs to, when it has one (for "which contacts changed since").
    contact_id: Mapped[int | None] = mapped_column(Integer)
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class JournalRecording(Base):
    """At most one row, only inside a write transaction: the operation the triggers record for.

    No row: changes are recorded as made outside any operation. operation_id 0: nothing is
    recorded (undo and redo replaying the journal).
    """

    __tablename__ = "journal_recording"

    operation_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
