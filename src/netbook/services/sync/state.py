"""The sync tables: accounts, the address books chosen for them, and each card's state.

Functions take the caller's connection; the engine and `accounts` own the transactions.
Nothing here holds a password (see credentials).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, delete, insert, select, update

from netbook.model.tables import SyncAccount, SyncAddressBook, SyncItem, utcnow
from netbook.services.sync.discovery import AddressBookInfo
from netbook.services.sync.errors import SyncError
from netbook.store.core_tables import chunks

# Items that are not a contact: an Apple/iCloud group card (its members carry the tag), or
# a card netbook could not read (fetched again only when it changes).
GROUP_MARK = "group-card"
UNREADABLE_MARK = "unreadable-card"
NOT_CONTACTS = (GROUP_MARK, UNREADABLE_MARK)

account_t: Table = SyncAccount.__table__  # type: ignore[assignment]
book_t: Table = SyncAddressBook.__table__  # type: ignore[assignment]
item_t: Table = SyncItem.__table__  # type: ignore[assignment]


class AccountNotFoundError(SyncError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no account named {name!r} (netbook account list shows them)")


@dataclass(slots=True)
class AddressBookState:
    id: int
    href: str
    display_name: str
    vcard_version: str
    supports_sync: bool
    max_resource_size: int | None
    sync_token: str | None
    ctag: str | None
    journal_revision: int | None
    last_synced_at: dt.datetime | None
    last_error: str | None


@dataclass(slots=True)
class AccountState:
    id: int
    name: str
    url: str
    username: str
    auth_scheme: str | None
    trusted_fingerprint: str | None
    address_books: list[AddressBookState] = field(default_factory=list)

    @property
    def password_key(self) -> str:
        """Where the keyring keeps this account's password (user and server, not the name,
        so that two books syncing one account share it)."""
        return f"{self.username}@{self.url}"


@dataclass(slots=True)
class ItemState:
    href: str
    contact_id: int | None
    etag: str | None
    uid: str | None
    card: str
    local_hash: str | None  # None: the server's card lacks something of ours (to send)


def add_account(
    conn: Connection,
    name: str,
    url: str,
    username: str,
    books: Sequence[AddressBookInfo],
    *,
    auth_scheme: str | None = None,
    trusted_fingerprint: str | None = None,
) -> int:
    if conn.execute(select(account_t.c.id).where(account_t.c.name == name)).first():
        raise SyncError(f"an account named {name!r} exists already")
    account_id = int(
        conn.execute(
            insert(account_t)
            .values(
                name=name,
                url=url,
                username=username,
                auth_scheme=auth_scheme,
                trusted_fingerprint=trusted_fingerprint,
                created_at=utcnow(),
            )
            .returning(account_t.c.id)
        ).scalar_one()
    )
    for info in books:
        conn.execute(
            insert(book_t).values(
                account_id=account_id,
                href=info.href,
                display_name=info.display_name,
                vcard_version=info.vcard_version,
                supports_sync=info.supports_sync,
                max_resource_size=info.max_resource_size,
            )
        )
    return account_id


def accounts(conn: Connection) -> list[AccountState]:
    found = {
        row.id: AccountState(
            row.id,
            row.name,
            row.url,
            row.username,
            row.auth_scheme,
            row.trusted_fingerprint,
        )
        for row in conn.execute(select(account_t).order_by(account_t.c.name))
    }
    for row in conn.execute(select(book_t).order_by(book_t.c.id)):
        if row.account_id in found:
            found[row.account_id].address_books.append(
                AddressBookState(
                    row.id,
                    row.href,
                    row.display_name,
                    row.vcard_version,
                    bool(row.supports_sync),
                    row.max_resource_size,
                    row.sync_token,
                    row.ctag,
                    row.journal_revision,
                    row.last_synced_at,
                    row.last_error,
                )
            )
    return list(found.values())


def account(conn: Connection, name: str) -> AccountState:
    for candidate in accounts(conn):
        if candidate.name == name:
            return candidate
    raise AccountNotFoundError(name)


def remove_account(conn: Connection, name: str) -> None:
    """Forget the account and its sync state; the contacts it brought stay in the book."""
    found = account(conn, name)
    book_ids = [b.id for b in found.address_books]
    for chunk in chunks(book_ids):
        conn.execute(delete(item_t).where(item_t.c.address_book_id.in_(chunk)))
    conn.execute(delete(book_t).where(book_t.c.account_id == found.id))
    conn.execute(delete(account_t).where(account_t.c.id == found.id))


def set_address_books(conn: Connection, name: str, books: Sequence[AddressBookInfo]) -> None:
    """Sync these address books of the account from now on: the ones it kept keep their sync
    state (and stay first: new contacts go to the first), new ones start from nothing, and
    the cards of the ones left out are forgotten (their contacts stay in the book)."""
    if not books:
        raise SyncError("an account syncs at least one address book")
    found = account(conn, name)
    wanted = {info.href: info for info in books}
    dropped = [b.id for b in found.address_books if b.href not in wanted]
    for chunk in chunks(dropped):
        conn.execute(delete(item_t).where(item_t.c.address_book_id.in_(chunk)))
        conn.execute(delete(book_t).where(book_t.c.id.in_(chunk)))
    kept = {b.href for b in found.address_books}
    for info in books:
        if info.href not in kept:
            conn.execute(
                insert(book_t).values(
                    account_id=found.id,
                    href=info.href,
                    display_name=info.display_name,
                    vcard_version=info.vcard_version,
                    supports_sync=info.supports_sync,
                    max_resource_size=info.max_resource_size,
                )
            )


def set_auth_scheme(conn: Connection, account_id: int, scheme: str | None) -> None:
    conn.execute(update(account_t).where(account_t.c.id == account_id).values(auth_scheme=scheme))


def items(conn: Connection, book_id: int) -> dict[str, ItemState]:
    return {
        row.href: ItemState(
            row.href,
            row.contact_id,
            row.etag,
            row.uid,
            row.card,
            row.local_hash,
        )
        for row in conn.execute(select(item_t).where(item_t.c.address_book_id == book_id))
    }


def linked_contact_ids(conn: Connection, book_ids: Sequence[int]) -> set[int]:
    """Contacts that have a card on one of these address books."""
    return {
        int(cid)
        for cid in conn.execute(
            select(item_t.c.contact_id).where(
                item_t.c.contact_id.is_not(None), item_t.c.address_book_id.in_(list(book_ids))
            )
        ).scalars()
    }


def orphans(conn: Connection, book_id: int) -> list[ItemState]:
    """Cards whose contact was deleted here: they wait for a confirmed delete there."""
    return [i for i in items(conn, book_id).values() if i.contact_id is None and _is_card(i)]


def _is_card(item: ItemState) -> bool:
    return item.local_hash not in NOT_CONTACTS


def save_items(
    conn: Connection, book_id: int, saved: Sequence[ItemState], moved: Sequence[str] = ()
) -> None:
    """Many items at once (what one sync applied, a round of uploads): replaced, in one
    statement each. `moved`: hrefs some of them had before (a server's Location)."""
    if not saved:
        return
    delete_items(conn, book_id, [*moved, *(i.href for i in saved)])
    now = utcnow()
    rows = [
        {
            "address_book_id": book_id,
            "href": i.href,
            "contact_id": i.contact_id,
            "etag": i.etag,
            "uid": i.uid,
            "card": i.card,
            "local_hash": i.local_hash,
            "synced_at": now,
        }
        for i in {i.href: i for i in saved}.values()
    ]
    for chunk in chunks(rows):
        conn.execute(insert(item_t), list(chunk))


def delete_items(conn: Connection, book_id: int, hrefs: Sequence[str]) -> None:
    for chunk in chunks(list(hrefs)):
        conn.execute(
            delete(item_t).where(item_t.c.address_book_id == book_id, item_t.c.href.in_(chunk))
        )


def save_token(conn: Connection, book_id: int, token: str | None, ctag: str | None) -> None:
    """The token (and ctag) after a sync: called in the transaction of its last changes."""
    conn.execute(
        update(book_t)
        .where(book_t.c.id == book_id)
        .values(sync_token=token, ctag=ctag, last_synced_at=utcnow(), last_error=None)
    )


def save_journal_revision(conn: Connection, book_id: int, revision: int) -> None:
    """The journal revision up to which this book's changes were looked at: in the
    transaction that marked them to send."""
    conn.execute(update(book_t).where(book_t.c.id == book_id).values(journal_revision=revision))


def save_error(conn: Connection, book_id: int, error: str) -> None:
    conn.execute(update(book_t).where(book_t.c.id == book_id).values(last_error=error))
