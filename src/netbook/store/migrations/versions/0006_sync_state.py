"""CardDAV sync: accounts, the address books chosen, and each card's last synced state.

Not journaled (store/journal_triggers.py): this is the sync's bookkeeping, not the user's
data; the contacts a sync changes are recorded like any other change.

After 0005 (interaction channel and text source, the LinkedIn archive's).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("auth_scheme", sa.String(length=10), nullable=True),
        sa.Column("trusted_fingerprint", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_account")),
        sa.UniqueConstraint("name", name=op.f("uq_sync_account_name")),
    )
    op.create_table(
        "sync_address_book",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("href", sa.Text(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("vcard_version", sa.String(length=5), nullable=False),
        sa.Column("supports_sync", sa.Boolean(), nullable=False),
        sa.Column("max_resource_size", sa.Integer(), nullable=True),
        sa.Column("sync_token", sa.Text(), nullable=True),
        sa.Column("ctag", sa.Text(), nullable=True),
        sa.Column("journal_revision", sa.Integer(), nullable=True),
        sa.Column("last_synced_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["sync_account.id"],
            name=op.f("fk_sync_address_book_account_id_sync_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_address_book")),
        sa.UniqueConstraint("account_id", "href", name=op.f("uq_sync_address_book_account_id")),
    )
    op.create_index(
        op.f("ix_sync_address_book_account_id"), "sync_address_book", ["account_id"], unique=False
    )
    op.create_table(
        "sync_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address_book_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("href", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("uid", sa.Text(), nullable=True),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("local_hash", sa.String(length=64), nullable=True),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["address_book_id"],
            ["sync_address_book.id"],
            name=op.f("fk_sync_item_address_book_id_sync_address_book"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_sync_item_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_item")),
        sa.UniqueConstraint("address_book_id", "href", name=op.f("uq_sync_item_address_book_id")),
    )
    op.create_index(
        op.f("ix_sync_item_address_book_id"), "sync_item", ["address_book_id"], unique=False
    )
    op.create_index(op.f("ix_sync_item_contact_id"), "sync_item", ["contact_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_item_contact_id"), table_name="sync_item")
    op.drop_index(op.f("ix_sync_item_address_book_id"), table_name="sync_item")
    op.drop_table("sync_item")
    op.drop_index(op.f("ix_sync_address_book_account_id"), table_name="sync_address_book")
    op.drop_table("sync_address_book")
    op.drop_table("sync_account")
