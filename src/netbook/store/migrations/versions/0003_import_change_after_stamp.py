"""When an import wrote each contact, so its undo can tell a contact changed since.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 11:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows written before this revision have no stamp; their undo behaves as it always did.
    with op.batch_alter_table("import_batch_change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("after_updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_batch_change", schema=None) as batch_op:
        batch_op.drop_column("after_updated_at")
