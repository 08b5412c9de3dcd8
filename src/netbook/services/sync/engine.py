"""One sync of one account: for each chosen address book, list, send, fetch, apply, send.

    listing   sync-collection since the stored token (or the whole collection: first sync,
              refused token, no sync-collection and a changed ctag)
    guard     an empty listing while cards were synced, or more than a third of the synced
              cards gone at once (more than three), stops before anything changes
    send      contacts changed here since the last sync (the change journal says which) whose
              cards did not change there: written over their card (If-Match); a 412 (changed
              there meanwhile) puts the card among those to fetch and merge
    fetch     the changed cards by addressbook-multiget, 100 per request
    apply     one journal operation, "Sync with ACCOUNT" (origin sync, undone like an import):
              new cards through the import pipeline (so people already in the book are
              matched, not duplicated), known ones merged three ways, cards gone there
              archive their contact (never delete it); with them, in the same transaction,
              the cards' sync state, the token, and the journal revision the next sync asks
              "what changed since" from. No request is made while it is open.
    send      what the merges kept of ours (If-Match; a 412 now is left for the next sync,
              reported, never retried in a loop), then contacts the server lacks
              (If-None-Match: * at an href made from their UID, so an interrupted upload
              resumes without a duplicate); deletes made here only when the caller says so

The sync's own state (the sync_* tables) is bookkeeping, not the user's data: it is not
journaled, and what is written of it outside the apply (the cards sent) goes in short
transactions of its own. docs/sync.md has the rules as users see them.

This module is the order of the steps; each step is a module of its own: changes (what
changed on each side), guard, push (send), pull (fetch and apply), card_merge and conflicts
(inside the apply), report (what the sync tells).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any

from netbook.services.journal import Journal, Origin
from netbook.services.sync import state
from netbook.services.sync.changes import (
    gone_cards,
    local_changes,
    relink,
    server_listing,
    wanted_cards,
)
from netbook.services.sync.collection import MULTIGET_BATCH, RemoteAddressBook
from netbook.services.sync.errors import SyncError
from netbook.services.sync.guard import check_listing
from netbook.services.sync.pull import Puller
from netbook.services.sync.push import Pusher
from netbook.services.sync.report import Progress, SyncReport
from netbook.services.sync.state import AccountState, AddressBookState
from netbook.services.sync.transport import HttpClient
from netbook.store.database import Database


class SyncEngine:
    """Syncs one account's address books into one book."""

    def __init__(
        self,
        database: Database,
        account: AccountState,
        client: HttpClient,
        *,
        force: bool = False,
        push_deletes: bool = False,
        confirmed_deletes: Collection[str] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        batch: int = MULTIGET_BATCH,
        progress: Progress | None = None,
    ) -> None:
        self.database = database
        # Every change to the book is a journal operation of origin "sync".
        self.journal = Journal(database, Origin.SYNC)
        self.account = account
        self.client = client
        self.force = force
        self.report = SyncReport()
        self._puller = Puller(
            database,
            self.journal,
            f"Sync with {account.name}",
            self.report,
            today=today,
            batch=batch,
            progress=progress,
        )
        self._pusher = Pusher(
            database,
            client,
            self.report,
            push_deletes=push_deletes,
            confirmed_deletes=confirmed_deletes,
            batch=batch,
            progress=progress,
        )

    def _bookkeeping(self) -> Any:
        """A short transaction of the sync's own state only (not journaled: no user data)."""
        return self.database.transaction()

    # -- the whole account -----------------------------------------------------------------
    def run(self) -> SyncReport:
        """Sync every chosen address book; a failing one is reported, the others go on."""
        sent_before = self.client.requests_sent
        for address_book in self.account.address_books:
            try:
                self.sync_address_book(address_book, upload=address_book is self._upload_book())
            except SyncError as exc:
                self.report.errors.append(str(exc))
                with self._bookkeeping() as conn:
                    state.save_error(conn, address_book.id, str(exc))
        with self._bookkeeping() as conn:
            state.set_auth_scheme(conn, self.account.id, self.client.auth_scheme)
        self.report.requests = self.client.requests_sent - sent_before
        return self.report

    def _upload_book(self) -> AddressBookState | None:
        """New contacts go to the account's first chosen address book."""
        return self.account.address_books[0] if self.account.address_books else None

    # -- one address book ------------------------------------------------------------------
    def sync_address_book(self, address_book: AddressBookState, *, upload: bool) -> None:
        remote = RemoteAddressBook(self.client, address_book.href)
        with self._bookkeeping() as conn:
            items = state.items(conn, address_book.id)
            relink(conn, address_book, items)
        listing = server_listing(address_book, remote)
        wanted: list[str] = []
        gone: list[str] = []
        if listing is not None:
            if not self.force:
                check_listing(remote.where, items, listing)
            wanted = wanted_cards(items, listing)
            gone = gone_cards(items, listing)
        local = local_changes(self.journal, address_book, items)
        stale = self._pusher.send_changes(address_book, remote, items, local, {*wanted, *gone})
        wanted += [href for href in stale if href not in wanted]
        self._puller.pull(address_book, remote, items, listing, wanted, gone, local)
        self._pusher.send_pending(address_book, remote)
        if upload:
            account_books = [b.id for b in self.account.address_books]
            self._pusher.send_new(address_book, remote, account_books)
        self._pusher.send_deletes(address_book, remote)
