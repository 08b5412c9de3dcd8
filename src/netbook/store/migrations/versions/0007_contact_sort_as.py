"""Contacts keep vCard 4.0's SORT-AS, and the list sorts names by how they are read.

`contact.sort_as` holds the sort strings of a card's N (docs/vcard.md). The sort key now
prefers them, then the phonetic names (X-PHONETIC-*, SOUND;X-IRMC-N), and folds katakana to
hiragana (store/contact_rows.py, model/text.py), so the keys already stored are made again.

ADD COLUMN needs no rebuild, but the journal's triggers name every column
(store/journal_triggers.py): they are made again at the end. The keys are rewritten with the
triggers off, as the key follows from the other columns: recording them outside any
operation would make every earlier operation refuse its undo.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 04:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from netbook.model.text import sort_key
from netbook.store.journal_triggers import create_triggers, drop_triggers

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contact", sa.Column("sort_as", sa.String(length=500), nullable=True))
    conn = op.get_bind()
    drop_triggers(conn)
    rows = conn.execute(
        sa.text(
            "SELECT id, family_name, given_name, display_name, phonetic_family_name,"
            " phonetic_given_name, sort_key FROM contact"
        )
    )
    changed = []
    for cid, family, given, display, phonetic_family, phonetic_given, stored in rows:
        key = sort_key(
            family,
            given,
            display,
            phonetic_family=phonetic_family,
            phonetic_given=phonetic_given,
        )
        if key != stored:
            changed.append({"id": cid, "key": key})
    if changed:
        conn.execute(sa.text("UPDATE contact SET sort_key = :key WHERE id = :id"), changed)
    create_triggers(conn)


def downgrade() -> None:
    conn = op.get_bind()
    drop_triggers(conn)
    # SQLite drops a column in place (3.35+): no rebuild, so no cascade to the contact's rows.
    op.execute("ALTER TABLE contact DROP COLUMN sort_as")
    create_triggers(conn)
