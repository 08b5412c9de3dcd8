"""The guard: a listing that would archive every synced contact, or too many at once, stops
the sync before anything changes (a server emptied by mistake must not empty the book)."""

from __future__ import annotations

from netbook.services.sync.changes import gone_cards
from netbook.services.sync.collection import Listing
from netbook.services.sync.errors import GuardError
from netbook.services.sync.state import ItemState

# Removing this many cards or fewer never asks, however small the book.
GUARD_MIN = 3


def check_listing(where: str, items: dict[str, ItemState], listing: Listing) -> None:
    """Raise GuardError when the listing empties the address book or removes more than a
    third of its synced cards (more than GUARD_MIN); `--force` skips the call."""
    synced = [i for i in items.values() if i.contact_id is not None]
    if not synced:
        return
    gone = [h for h in gone_cards(items, listing) if items[h].contact_id is not None]
    if (listing.complete and not listing.etags) or len(gone) == len(synced):
        raise GuardError(
            f"{where}: the server lists no cards while {len(synced)} were synced;"
            " nothing was archived. If the address book was emptied on purpose, sync"
            " again with --force"
        )
    if len(gone) > GUARD_MIN and len(gone) * 3 > len(synced):
        raise GuardError(
            f"{where}: the server no longer has {len(gone)} of the {len(synced)}"
            " synced cards; nothing was archived. If they were deleted on purpose, sync"
            " again with --force"
        )
