"""Two indexes for the network's numbers at 100,000 contacts (issue 12).

- `interaction (occurred_on, kind)` takes the place of `interaction (occurred_on)`: the
  interactions since a date that count as contact (the dormant count) are then found from the
  index alone, without reading their rows. It serves every query the old one did.
- `contact (how_met_date, created_at)`: when each contact joined the network, read in order
  from the index, so the growth per month is grouped without sorting the whole book.

Indexes are not journaled and the journal's triggers name no index (store/journal_triggers.py):
nothing recorded changes, and no trigger needs making again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 12:45:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_interaction_occurred_on_kind", "interaction", ["occurred_on", "kind"])
    op.drop_index("ix_interaction_occurred_on", table_name="interaction")
    op.create_index("ix_contact_how_met_date_created_at", "contact", ["how_met_date", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_contact_how_met_date_created_at", table_name="contact")
    op.create_index("ix_interaction_occurred_on", "interaction", ["occurred_on"])
    op.drop_index("ix_interaction_occurred_on_kind", table_name="interaction")
