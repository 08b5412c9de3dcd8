"""Where a contact syncs to: the accounts and address books holding its card.

Apart from `state` so that the card can ask on every contact it shows without loading the
sync's HTTP and TLS modules (state imports discovery): one query over the sync tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, select

from netbook.model.tables import SyncAccount, SyncAddressBook, SyncItem
from netbook.store.database import Database

_account: Table = SyncAccount.__table__  # type: ignore[assignment]
_book: Table = SyncAddressBook.__table__  # type: ignore[assignment]
_item: Table = SyncItem.__table__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class SyncPlace:
    """One address book a contact has a card on."""

    account: str
    address_book: str  # its display name (the href's last part when it has none)


def sync_places(database: Database, contact_id: int) -> list[SyncPlace]:
    """The address books holding a card of this contact, by account; none: not synced."""
    query = (
        select(_account.c.name, _book.c.display_name, _book.c.href)
        .select_from(_item.join(_book, _item.c.address_book_id == _book.c.id).join(_account))
        .where(_item.c.contact_id == contact_id)
        .distinct()
        .order_by(_account.c.name, _book.c.id)
    )
    with database.reading() as conn:
        rows = conn.execute(query).all()
    return [
        SyncPlace(name, shown or href.rstrip("/").rsplit("/", 1)[-1]) for name, shown, href in rows
    ]
