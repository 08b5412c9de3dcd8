"""What changed on each side since the last sync: there, as the server lists it (which cards
to fetch, which are gone); here, as the change journal tells it (which contacts to send)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from netbook.services.journal import Journal
from netbook.services.sync import state, stored_contacts
from netbook.services.sync.cards import card_hash, render
from netbook.services.sync.collection import (
    Listing,
    RemoteAddressBook,
    SyncUnsupportedError,
    TokenRefusedError,
)
from netbook.services.sync.state import AddressBookState, ItemState
from netbook.store import journal as store_journal
from netbook.store.core_tables import contact_t


def is_contact(item: ItemState) -> bool:
    """A card linked to a contact here (not a group card, not an unreadable one)."""
    return item.contact_id is not None and item.local_hash not in state.NOT_CONTACTS


# -- there -------------------------------------------------------------------------------
def server_listing(address_book: AddressBookState, remote: RemoteAddressBook) -> Listing | None:
    """What changed on the server; None when its ctag says nothing did."""
    if address_book.supports_sync:
        try:
            return remote.changes_since(address_book.sync_token)
        except (TokenRefusedError, SyncUnsupportedError):
            return remote.full_listing()
    ctag = remote.ctag()
    if ctag is not None and ctag == address_book.ctag:
        return None
    listing = remote.full_listing()
    listing.ctag = listing.ctag or ctag
    return listing


def wanted_cards(items: dict[str, ItemState], listing: Listing) -> list[str]:
    """The listed cards to fetch: new, changed, or listed without an etag."""
    return [
        href
        for href, etag in listing.etags.items()
        if href not in items or etag is None or items[href].etag != etag
    ]


def gone_cards(items: dict[str, ItemState], listing: Listing) -> list[str]:
    """The synced cards the server no longer has."""
    if listing.complete:
        return [h for h in items if h not in listing.etags]
    return [h for h in listing.removed if h in items]


def relink(conn: Connection, address_book: AddressBookState, items: dict[str, ItemState]) -> None:
    """A contact deleted here and brought back (undo) is linked to its card again."""
    orphans = [
        i for i in items.values() if i.contact_id is None and i.local_hash not in state.NOT_CONTACTS
    ]
    if not orphans:
        return
    found = dict(
        conn.execute(
            select(contact_t.c.uid, contact_t.c.id).where(
                contact_t.c.uid.in_([i.uid for i in orphans if i.uid])
            )
        ).all()
    )
    relinked = []
    for item in orphans:
        if item.uid in found:
            item.contact_id = int(found[item.uid])
            relinked.append(item)
    state.save_items(conn, address_book.id, relinked)


# -- here --------------------------------------------------------------------------------
@dataclass(slots=True)
class LocalChanges:
    """What changed here since the last sync, as the change journal tells it.

    `since`: the revision the last sync looked up to; `seen_at`: the revision when `ids`
    was read (anything later is looked at again in the operation); `complete`: False when
    the journal no longer reaches back to `since` (or this book never synced), so every
    linked contact counts as changed; `handled`: contacts already sent (or found unchanged)
    before the operation.
    """

    since: int
    seen_at: int
    ids: set[int]
    complete: bool
    handled: set[int] = field(default_factory=set)


def local_changes(
    journal: Journal, address_book: AddressBookState, items: dict[str, ItemState]
) -> LocalChanges:
    """The contacts changed here since the last sync, from the change journal."""
    seen_at = journal.revision()  # first: anything after it is looked at again
    since = address_book.journal_revision
    if since is not None and journal.reaches_back_to(since):
        ids = set(journal.changed_contacts_since(since))
        return LocalChanges(since, seen_at, ids, complete=True)
    # Never synced, or the journal forgot what came after: every linked contact counts.
    linked = {i.contact_id for i in items.values() if i.contact_id is not None}
    return LocalChanges(since or 0, seen_at, linked, complete=False)


def mark_unsent(
    conn: Connection,
    address_book: AddressBookState,
    items: dict[str, ItemState],
    local: LocalChanges,
) -> None:
    """In the operation: every contact changed here and not yet sent is marked to send
    (its hash cleared), so the journal revision can move past it."""
    if local.complete:
        changed = set(store_journal.changed_contacts(conn, local.since))
    else:
        changed = {i.contact_id for i in items.values() if i.contact_id is not None}
    check = (changed - local.handled) | set(store_journal.changed_contacts(conn, local.seen_at))
    linked = [i for i in items.values() if is_contact(i) and i.contact_id in check]
    if not linked:
        return
    records = stored_contacts.load(conn, [i.contact_id for i in linked if i.contact_id is not None])
    marked = []
    for item in linked:
        record = records.get(item.contact_id or 0)
        if record is None or item.local_hash is None:
            continue
        if card_hash(render(record, item.uid, address_book.vcard_version)) != item.local_hash:
            item.local_hash = None
            marked.append(item)
    state.save_items(conn, address_book.id, marked)
