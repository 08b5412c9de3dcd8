"""Sending this book's side to the server: edits written over their cards (If-Match), new
contacts as new cards (If-None-Match: *), and deletes, only those the user confirmed.

A 412 (the card changed there since it was read) is never retried here: before the apply it
puts the card among those to fetch and merge, after it the card waits for the next sync.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from urllib.parse import quote

from sqlalchemy import select

from netbook.model.values import ContactRecord
from netbook.services.sync import state, stored_contacts
from netbook.services.sync.cards import card_hash, read_card, render
from netbook.services.sync.changes import LocalChanges, is_contact
from netbook.services.sync.collection import RemoteAddressBook
from netbook.services.sync.report import Progress, SyncReport
from netbook.services.sync.state import AddressBookState, ItemState
from netbook.services.sync.transport import HttpClient
from netbook.store import contact_loading
from netbook.store.core_tables import chunks, contact_t
from netbook.store.database import Database

# Cards sent are recorded this many at a time (an interrupted upload loses at most these,
# and finds them again by their href).
SAVE_EVERY = 50


def new_card_href(collection: str, uid: str) -> str:
    """Where a contact's first card goes: made from its UID, so a retried upload finds it."""
    slug = re.sub(r"[^A-Za-z0-9._-]", "-", uid.removeprefix("urn:uuid:"))[:120] or "card"
    return f"{collection.rstrip('/')}/{quote(slug)}.vcf"


class Pusher:
    """Sends one account's local changes; what it sent is recorded in short transactions of
    the sync's own state (bookkeeping, not journaled)."""

    def __init__(
        self,
        database: Database,
        client: HttpClient,
        report: SyncReport,
        *,
        push_deletes: bool,
        confirmed_deletes: Collection[str] | None,
        batch: int,
        progress: Progress | None,
    ) -> None:
        self.database = database
        self.client = client
        self.report = report
        self.push_deletes = push_deletes
        # The hrefs the user confirmed (the window names them first); None: every one.
        self.confirmed_deletes = None if confirmed_deletes is None else set(confirmed_deletes)
        self._batch = batch
        self._progress = progress

    # -- before the operation --------------------------------------------------------------
    def send_changes(
        self,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        items: dict[str, ItemState],
        local: LocalChanges,
        skip: set[str],
    ) -> list[str]:
        """Contacts changed here whose cards did not change there, written over their card.

        Returns the hrefs that changed there meanwhile (412): fetched and merged with the
        rest. A card that changed or went there (`skip`) is merged or removed first.
        """
        candidates = [
            i
            for i in items.values()
            if is_contact(i)
            and i.href not in skip
            and (i.contact_id in local.ids or i.local_hash is None)
        ]
        if not candidates:
            return []
        with self.database.reading() as conn:
            records = stored_contacts.load(
                conn, [i.contact_id for i in candidates if i.contact_id is not None]
            )
        stale: list[str] = []
        sent: list[ItemState] = []
        moved: list[str] = []
        for n, item in enumerate(candidates, 1):
            record = records.get(item.contact_id or 0)
            if record is None:
                continue  # deleted since: its card waits for --push-deletes
            assert item.contact_id is not None
            old_href = item.href
            outcome = self._write_over(address_book, remote, item, record)
            if outcome in ("same", "written"):
                local.handled.add(item.contact_id)
            if outcome == "stale":
                stale.append(item.href)
            elif outcome == "written":
                self._written(address_book, item, old_href, sent, moved)
            if self._progress is not None:
                self._progress("push", n, len(candidates))
        self._save(address_book, sent, moved)
        return stale

    # -- after the operation ---------------------------------------------------------------
    def send_pending(self, address_book: AddressBookState, remote: RemoteAddressBook) -> None:
        """Cards that lack something of ours (merged, or changed here meanwhile), written
        over their card; one that changed there again is left for the next sync."""
        with self.database.reading() as conn:
            pending = [
                i
                for i in state.items(conn, address_book.id).values()
                if i.contact_id is not None and i.local_hash is None
            ]
            records = stored_contacts.load(
                conn, [i.contact_id for i in pending if i.contact_id is not None]
            )
        sent: list[ItemState] = []
        moved: list[str] = []
        for item in pending:
            record = records.get(item.contact_id or 0)
            if record is None:
                continue
            old_href = item.href
            outcome = self._write_over(address_book, remote, item, record)
            if outcome == "stale":
                self.report.errors.append(
                    f"{remote.where}: {item.href} changed again while syncing;"
                    " it will be merged at the next sync"
                )
            elif outcome == "written":
                self._written(address_book, item, old_href, sent, moved)
        self._save(address_book, sent, moved)

    def send_new(
        self,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        account_books: Sequence[int],
    ) -> None:
        """Contacts the server lacks (not archived, linked to none of `account_books`), as
        new cards (If-None-Match: *)."""
        version = address_book.vcard_version
        with self.database.reading() as conn:
            linked = state.linked_contact_ids(conn, list(account_books))
            ids = [
                int(cid)
                for cid in conn.execute(
                    select(contact_t.c.id)
                    .where(contact_t.c.archived_at.is_(None))
                    .order_by(contact_t.c.id)
                ).scalars()
                if int(cid) not in linked
            ]
        sent: list[ItemState] = []
        for n, chunk in enumerate(chunks(ids, self._batch)):
            with self.database.reading() as conn:
                records = contact_loading.load_records(conn, chunk)
            for record in records:
                assert record.uid is not None
                assert record.id is not None
                href = new_card_href(address_book.href, record.uid)
                full = render(record, record.uid, version)
                text = full
                if address_book.max_resource_size is not None:
                    text = render(record, record.uid, version, address_book.max_resource_size)
                written = remote.put(href, text, etag=None)
                if written.status == 412:
                    # Already there: an upload interrupted before it was recorded, or a
                    # card another client put at this name. Linked, and written over.
                    card = remote.get(href)
                    if card is None:
                        continue
                    item = ItemState(href, record.id, card.etag, record.uid, card.text, None)
                    if self._write_over(address_book, remote, item, record) == "stale":
                        self.report.errors.append(
                            f"{remote.where}: {href} changed while syncing;"
                            " it will be merged at the next sync"
                        )
                elif 200 <= written.status < 300:
                    item = ItemState(
                        written.href, record.id, written.etag, record.uid, text, card_hash(full)
                    )
                    self.report.pushed += 1
                else:
                    self.report.errors.append(f"{remote.where}: {href}: not written")
                    continue
                sent.append(item)
                if len(sent) >= SAVE_EVERY:
                    self._save(address_book, sent)
            if self._progress is not None:
                self._progress("push", min(len(ids), (n + 1) * self._batch), len(ids))
        self._save(address_book, sent)

    def send_deletes(self, address_book: AddressBookState, remote: RemoteAddressBook) -> None:
        """Cards of contacts deleted here: deleted on the server only when confirmed."""
        with self.database.reading() as conn:
            orphans = state.orphans(conn, address_book.id)
        if self.push_deletes and self.confirmed_deletes is not None:
            waiting = [i for i in orphans if i.href not in self.confirmed_deletes]
            self.report.pending_deletes += len(waiting)
            orphans = [i for i in orphans if i.href in self.confirmed_deletes]
        if not self.push_deletes:
            self.report.pending_deletes += len(orphans)
            return
        gone = []
        for item in orphans:
            status = remote.delete(item.href, item.etag)
            if status == 412:
                self.report.errors.append(
                    f"{remote.where}: {item.href} changed on the server; not deleted"
                    " (the next sync brings it back)"
                )
                continue
            gone.append(item.href)
        with self.database.transaction() as conn:
            state.delete_items(conn, address_book.id, gone)

    # -- one card --------------------------------------------------------------------------
    def _write_over(
        self,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        item: ItemState,
        record: ContactRecord,
    ) -> str:
        """Write the contact over its card: "same" (nothing to write), "written", "stale"
        (412: the card changed there since it was read) or "failed" (reported)."""
        version = address_book.vcard_version
        full = render(record, item.uid, version)
        digest = card_hash(full)
        if digest == item.local_hash:
            return "same"
        text = full
        if address_book.max_resource_size is not None:
            text = render(record, item.uid, version, address_book.max_resource_size)
        written = remote.put(item.href, text, etag=item.etag)
        if written.status == 404:  # deleted there, edited here: the edit wins
            written = remote.put(item.href, text, etag=None)
        if written.status == 412:
            return "stale"
        if not 200 <= written.status < 300:
            self.report.errors.append(
                f"{remote.where}: {item.href}: not written ({written.status})"
            )
            return "failed"
        item.href, item.etag, item.card, item.local_hash = (
            written.href,
            written.etag,
            text,
            digest,
        )
        self.report.updated_remote += 1
        return "written"

    def _written(
        self,
        address_book: AddressBookState,
        item: ItemState,
        old_href: str,
        sent: list[ItemState],
        moved: list[str],
    ) -> None:
        """Count a card written over (at `old_href`, the server may have moved it) among those
        to record, recording them every SAVE_EVERY."""
        sent.append(item)
        if item.href != old_href:
            moved.append(old_href)
        if len(sent) >= SAVE_EVERY:
            self._save(address_book, sent, moved)

    def _save(
        self, address_book: AddressBookState, sent: list[ItemState], moved: list[str] | None = None
    ) -> None:
        """Record cards sent; those the server gave no etag for (or may have rewritten, as
        Google does with the UID) are read back first."""
        if not sent:
            return
        remote = RemoteAddressBook(self.client, address_book.href)
        unknown = {i.href: i for i in sent if i.etag is None}
        renamed: list[ItemState] = []
        if unknown:
            for cards in remote.fetch(list(unknown), self._batch):
                for card in cards:
                    item = unknown[card.href]
                    kept = read_card(card.text).record
                    item.etag, item.card = card.etag, card.text
                    if kept is not None and kept.uid and kept.uid != item.uid:
                        item.uid = kept.uid
                        renamed.append(item)
        with self.database.transaction() as conn:
            # The card's hash is made with the UID the server kept (what a later write sends).
            records = stored_contacts.load(
                conn, [i.contact_id for i in renamed if i.contact_id is not None]
            )
            for item in renamed:
                if item.contact_id in records:
                    text = render(records[item.contact_id], item.uid, address_book.vcard_version)
                    item.local_hash = card_hash(text)
            state.save_items(conn, address_book.id, sent, moved or ())
        sent.clear()
        if moved:
            moved.clear()
