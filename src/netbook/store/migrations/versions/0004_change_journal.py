"""The change journal: operations, their row changes, and the triggers that record them.

Replaces the import batches' own undo records (import_batch_change, import_batch.undone_at):
an import is undone through the journal like every other operation.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from netbook.store.journal_triggers import create_triggers

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_operation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("first_change", sa.Integer(), nullable=False),
        sa.Column("last_change", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("redoable", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_operation")),
    )
    with op.batch_alter_table("journal_operation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_journal_operation_revision"), ["revision"], unique=False
        )
    op.create_table(
        "journal_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("operation_id", sa.Integer(), nullable=True),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=1), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_change")),
    )
    op.create_table(
        "journal_recording",
        sa.Column("operation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("operation_id", name=op.f("pk_journal_recording")),
    )
    op.drop_table("import_batch_change")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_column("undone_at")
    # Last: the batch operations above rebuild tables, which would drop triggers made earlier.
    create_triggers(op.get_bind())


def downgrade() -> None:
    from netbook.store.journal_triggers import drop_triggers

    drop_triggers(op.get_bind())
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("undone_at", sa.DateTime(), nullable=True))
    op.create_table(
        "import_batch_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after_updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_import_batch_change_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_import_batch_change_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch_change")),
    )
    with op.batch_alter_table("import_batch_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_change_batch_id"), ["batch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_import_batch_change_contact_id"), ["contact_id"], unique=False
        )
    op.drop_table("journal_recording")
    op.drop_table("journal_change")
    with op.batch_alter_table("journal_operation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_operation_revision"))
    op.drop_table("journal_operation")
