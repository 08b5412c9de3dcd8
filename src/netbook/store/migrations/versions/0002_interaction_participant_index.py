"""A covering index for a contact's interactions (last contact, timelines, dormant).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:12:50.160029
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interaction_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_participant_contact_id"))
        batch_op.create_index(
            "ix_interaction_participant_contact", ["contact_id", "interaction_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("interaction_participant", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_participant_contact")
        batch_op.create_index(
            batch_op.f("ix_interaction_participant_contact_id"), ["contact_id"], unique=False
        )
