"""Interactions learn where they happened, their own words, and the import they came from.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interaction", schema=None) as batch_op:
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
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_interaction_source_batch_id_import_batch"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_interaction_source_batch_id"))
        batch_op.drop_column("source_batch_id")
        batch_op.drop_column("text")
        batch_op.drop_column("channel")
