"""Import batches keep the fingerprints of the vCards they applied (issue 12).

`import_batch.card_fingerprints` holds, for each card an import left its contact matching, the
hash of the card's bytes, the contact and that contact's state then; importing the same file
again skips those cards unparsed while their contacts are unchanged
(services/card_fingerprints.py). The batch row is journaled, so undo and redo of an import
take its fingerprints away and give them back with its contacts.

ADD COLUMN needs no rebuild, but the journal's triggers name every column
(store/journal_triggers.py): they are made again at the end.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 07:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from netbook.store.journal_triggers import create_triggers, drop_triggers

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("import_batch", sa.Column("card_fingerprints", sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    drop_triggers(conn)
    create_triggers(conn)


def downgrade() -> None:
    conn = op.get_bind()
    drop_triggers(conn)
    # SQLite drops a column in place (3.35+): no rebuild, so no cascade to the rows pointing here.
    op.execute("ALTER TABLE import_batch DROP COLUMN card_fingerprints")
    create_triggers(conn)
