"""The book's numbers, as plain JSON-ready values (the CLI's `stats`, the status bar)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from netbook.store.contact_rows import contact_t, email_t, phone_t, photo_t, tag_t
from netbook.store.database import Database


def book_stats(database: Database) -> dict[str, Any]:
    """Counts over the whole book. Archived contacts count in `total` (they are history)."""
    with database.reading() as conn:
        total = conn.execute(select(func.count()).select_from(contact_t)).scalar_one()
        archived = conn.execute(
            select(func.count()).select_from(contact_t).where(contact_t.c.archived_at.is_not(None))
        ).scalar_one()
        favourites = conn.execute(
            select(func.count()).select_from(contact_t).where(
                contact_t.c.favourite.is_(True), contact_t.c.archived_at.is_(None)
            )
        ).scalar_one()
        met = conn.execute(
            select(func.count()).select_from(contact_t).where(contact_t.c.met_in_person.is_(True))
        ).scalar_one()

        def having(table: Any) -> int:
            return int(conn.execute(select(func.count(func.distinct(table.c.contact_id)))).scalar_one())

        channels = {
            (name or "unknown"): n
            for name, n in conn.execute(
                select(contact_t.c.how_met_channel, func.count())
                .group_by(contact_t.c.how_met_channel)
                .order_by(func.count().desc(), contact_t.c.how_met_channel)
            )
        }
        return {
            "total": int(total),
            "active": int(total) - int(archived),
            "archived": int(archived),
            "favourites": int(favourites),
            "met_in_person": int(met),
            "with_email": having(email_t),
            "with_phone": having(phone_t),
            "with_photo": having(photo_t),
            "tags": int(conn.execute(select(func.count()).select_from(tag_t)).scalar_one()),
            "by_channel": channels,
        }
