"""Interactions learn where they happened, their own words, and the import they came from.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:30:00.000000

SQLite cannot add a foreign key to a table in place, so Alembic's batch mode rebuilds
`interaction` (a copy with the new columns, the old table dropped, the copy renamed), both ways.
Two things a rebuild would lose are kept:

- the participants: with foreign keys on (every netbook connection has them), dropping the old
  table first deletes its rows, which cascades to `interaction_participant` and empties it.
  They are kept aside and put back under their own rowids (the journal names rows by rowid);
- the journal's triggers on the table, dropped with it. They name every column
  (store/journal_triggers.py), so all of them are dropped before the rebuild (nothing the
  migration does is recorded, not even the cascade) and made again after it from the tables'
  new columns, as in 0004.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

from netbook.store.journal_triggers import create_triggers, drop_triggers

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


@contextmanager
def _rebuilding_interaction() -> Iterator[None]:
    """Around a rebuild of `interaction`: no trigger fires, no participant is lost."""
    conn = op.get_bind()
    drop_triggers(conn)
    op.execute(
        "CREATE TEMPORARY TABLE _kept_participant AS"
        " SELECT rowid AS kept_rowid, interaction_id, contact_id FROM interaction_participant"
    )
    yield
    # OR IGNORE: without foreign keys on (Alembic run by hand) nothing was deleted.
    op.execute(
        "INSERT OR IGNORE INTO interaction_participant (rowid, interaction_id, contact_id)"
        " SELECT kept_rowid, interaction_id, contact_id FROM _kept_participant"
    )
    op.execute("DROP TABLE _kept_participant")
    create_triggers(conn)


def upgrade() -> None:
    with _rebuilding_interaction(), op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.add_column(sa.Column("channel", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("text", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("source_batch_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_interaction_source_batch_id"), ["source_batch_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_interaction_source_batch_id_import_batch"),
            "import_batch",
            ["source_batch_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with _rebuilding_interaction(), op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_interaction_source_batch_id_import_batch"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_interaction_source_batch_id"))
        batch_op.drop_column("source_batch_id")
        batch_op.drop_column("text")
        batch_op.drop_column("channel")
