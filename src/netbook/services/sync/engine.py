"""One sync of one account: for each chosen address book, pull, merge, push, guard.

    listing   sync-collection since the stored token (or the whole collection: first sync,
              refused token, no sync-collection and a changed ctag)
    guard     an empty listing while cards were synced, or more than a third of the synced
              cards gone at once (more than three), stops before anything changes
    pull      the changed cards by addressbook-multiget in batches, each batch one
              transaction: new cards through the import pipeline (so people already in the
              book are matched, not duplicated), known ones merged three ways; cards gone on
              the server archive their contact (never delete it); then the token, in the
              transaction of the last changes
    push      contacts changed here since the last sync (If-Match), contacts the server lacks
              (If-None-Match: * at an href made from their UID, so an interrupted upload
              resumes without a duplicate); a 412 re-fetches, merges and writes once more,
              never loops; deletes made here go only when the caller says so

Local changes are found from the sync state: a contact whose updated_at moved since its last
sync and whose card now hashes differently. docs/sync.md has the rules as users see them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, select

from netbook.formats.parsed import ParseResult
from netbook.model.values import ContactRecord, InteractionValue
from netbook.model.vocabulary import SYNC_CONFLICT
from netbook.services.address_book import AddressBook, with_thumbnail
from netbook.services.importer import Importer
from netbook.services.sync import state
from netbook.services.sync.cards import ReadCard, card_hash, read_card, render, view
from netbook.services.sync.collection import (
    MULTIGET_BATCH,
    Card,
    Listing,
    RemoteAddressBook,
    SyncUnsupportedError,
    TokenRefusedError,
)
from netbook.services.sync.errors import GuardError, SyncError
from netbook.services.sync.merge import content_fields, differs, merge
from netbook.services.sync.state import AccountState, AddressBookState, ItemState
from netbook.services.sync.transport import HttpClient
from netbook.store import contact_loading, contact_rows
from netbook.store.backup import backup
from netbook.store.core_tables import chunks, contact_t

# Items that are not a contact: an Apple/iCloud group card (its members carry the tag), or
# a card netbook could not read (fetched again only when it changes).
GROUP_MARK = "group-card"
UNREADABLE_MARK = "unreadable-card"
_MARKS = (GROUP_MARK, UNREADABLE_MARK)
# Removing this many cards or fewer never asks, however small the book.
GUARD_MIN = 3
SAVE_EVERY = 50

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class SyncReport:
    """What one sync did; `as_json` is the contract of `netbook sync --json`."""

    pulled: int = 0  # server cards that became new contacts here
    pushed: int = 0  # contacts that became new cards on the server
    updated_local: int = 0  # contacts here changed by the server's cards
    updated_remote: int = 0  # server cards changed by edits made here
    archived: int = 0  # contacts archived because the server deleted their card
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pending_deletes: int = 0  # contacts deleted here whose cards wait for confirmation
    requests: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "pulled": self.pulled,
            "pushed": self.pushed,
            "updated_local": self.updated_local,
            "updated_remote": self.updated_remote,
            "archived": self.archived,
            "conflicts": self.conflicts,
            "errors": self.errors,
            "pending_deletes": self.pending_deletes,
            "requests": self.requests,
        }


def _plain(value: Any) -> Any:
    """A conflict's value as JSON-friendly data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _describe(value: Any) -> str:
    plain = _plain(value)
    return "(empty)" if plain in (None, "", [], {}) else str(plain)


def new_card_href(collection: str, uid: str) -> str:
    """Where a contact's first card goes: made from its UID, so a retried upload finds it."""
    slug = re.sub(r"[^A-Za-z0-9._-]", "-", uid.removeprefix("urn:uuid:"))[:120] or "card"
    return f"{collection.rstrip('/')}/{quote(slug)}.vcf"


class SyncEngine:
    """Syncs one account's address books into one book."""

    def __init__(
        self,
        book: AddressBook,
        account: AccountState,
        client: HttpClient,
        *,
        force: bool = False,
        push_deletes: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
        batch: int = MULTIGET_BATCH,
        progress: Progress | None = None,
    ) -> None:
        self.book = book
        self.database = book.database
        self.account = account
        self.client = client
        self.force = force
        self.push_deletes = push_deletes
        self._today = today
        self._batch = batch
        self._progress = progress
        self.report = SyncReport()

    def _write(self) -> AbstractContextManager[Connection]:
        """One write transaction of the sync (each pull batch, each round of uploads)."""
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
                with self._write() as conn:
                    state.save_error(conn, address_book.id, str(exc))
        with self._write() as conn:
            state.set_auth_scheme(conn, self.account.id, self.client.auth_scheme)
        self.report.requests = self.client.requests_sent - sent_before
        return self.report

    def _upload_book(self) -> AddressBookState | None:
        """New contacts go to the account's first chosen address book."""
        return self.account.address_books[0] if self.account.address_books else None

    # -- one address book ------------------------------------------------------------------
    def sync_address_book(self, address_book: AddressBookState, *, upload: bool) -> None:
        remote = RemoteAddressBook(self.client, address_book.href)
        with self._write() as conn:
            items = state.items(conn, address_book.id)
            self._relink(conn, address_book, items)
        listing = self._listing(address_book, remote)
        if listing is not None:
            self._guard(remote, items, listing)
            self._pull(address_book, remote, items, listing)
        self._push_changes(address_book, remote)
        if upload:
            self._push_new(address_book, remote)
        self._push_deletes(address_book, remote)

    def _listing(self, address_book: AddressBookState, remote: RemoteAddressBook) -> Listing | None:
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

    def _guard(
        self, remote: RemoteAddressBook, items: dict[str, ItemState], listing: Listing
    ) -> None:
        synced = [i for i in items.values() if i.contact_id is not None]
        if self.force or not synced:
            return
        gone = [h for h in self._gone(items, listing) if items[h].contact_id is not None]
        if (listing.complete and not listing.etags) or len(gone) == len(synced):
            raise GuardError(
                f"{remote.where}: the server lists no cards while {len(synced)} were synced;"
                " nothing was archived. If the address book was emptied on purpose, sync"
                " again with --force"
            )
        if len(gone) > GUARD_MIN and len(gone) * 3 > len(synced):
            raise GuardError(
                f"{remote.where}: the server no longer has {len(gone)} of the {len(synced)}"
                " synced cards; nothing was archived. If they were deleted on purpose, sync"
                " again with --force"
            )

    @staticmethod
    def _gone(items: dict[str, ItemState], listing: Listing) -> list[str]:
        if listing.complete:
            return [h for h in items if h not in listing.etags]
        return [h for h in listing.removed if h in items]

    def _relink(
        self, conn: Connection, address_book: AddressBookState, items: dict[str, ItemState]
    ) -> None:
        """A contact deleted here and brought back (undo) is linked to its card again."""
        orphans = [i for i in items.values() if i.contact_id is None and i.local_hash not in _MARKS]
        if not orphans:
            return
        found = dict(
            conn.execute(
                select(contact_t.c.uid, contact_t.c.id).where(
                    contact_t.c.uid.in_([i.uid for i in orphans if i.uid])
                )
            ).all()
        )
        for item in orphans:
            if item.uid in found:
                item.contact_id = int(found[item.uid])
                item.contact_stamp = None  # compared by hash at the next push
                state.save_item(conn, address_book.id, item)

    # -- pull ------------------------------------------------------------------------------
    def _pull(
        self,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        items: dict[str, ItemState],
        listing: Listing,
    ) -> None:
        wanted = [
            href
            for href, etag in listing.etags.items()
            if href not in items or etag is None or items[href].etag != etag
        ]
        if wanted and not items:
            backup(self.database.engine, self.database.path, "before-sync")
        done = 0
        seen_uids: dict[str, str] = {i.uid: h for h, i in items.items() if i.uid}
        for cards in remote.fetch(wanted, self._batch):
            with self._write() as conn:
                self._apply_cards(conn, address_book, remote, items, cards, seen_uids)
            done += len(cards)
            if self._progress is not None:
                self._progress("pull", done, len(wanted))
        with self._write() as conn:
            self._apply_removals(conn, address_book, items, self._gone(items, listing))
            state.save_token(conn, address_book.id, listing.token, listing.ctag)

    def _apply_cards(
        self,
        conn: Connection,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        items: dict[str, ItemState],
        cards: Sequence[Card],
        seen_uids: dict[str, str],
    ) -> None:
        fresh: list[tuple[Card, ReadCard]] = []
        memberships: dict[str, list[str]] = {}
        for card in cards:
            read = read_card(card.text)
            item = items.get(card.href)
            if read.record is None:
                for tag, uids in read.groups.items():
                    memberships.setdefault(tag, []).extend(uids)
                mark = GROUP_MARK if read.groups else UNREADABLE_MARK
                if read.problem:
                    self.report.errors.append(f"{remote.where}: {card.href}: {read.problem}")
                saved = ItemState(card.href, None, card.etag, None, card.text, None, mark)
                state.save_item(conn, address_book.id, saved)
                items[card.href] = saved
                continue
            uid = read.record.uid
            if uid and seen_uids.setdefault(uid, card.href) != card.href:
                self.report.conflicts.append(
                    {
                        "kind": "duplicate_uid",
                        "uid": uid,
                        "hrefs": [seen_uids[uid], card.href],
                        "message": f"two cards on the server have the UID {uid}; both kept",
                    }
                )
            if item is not None and item.contact_id is not None:
                if self._merge_card(conn, address_book, item, card, read.record):
                    continue
            elif item is not None and item.local_hash not in _MARKS:
                self.report.conflicts.append(
                    {
                        "kind": "edited_there_deleted_here",
                        "href": card.href,
                        "message": f"{read.record.best_display_name()} was deleted here but"
                        " changed on the server: brought back",
                    }
                )
            fresh.append((card, read))
        if fresh or memberships:
            self._import(conn, address_book, remote, items, fresh, memberships)

    def _import(
        self,
        conn: Connection,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        items: dict[str, ItemState],
        fresh: list[tuple[Card, ReadCard]],
        memberships: dict[str, list[str]],
    ) -> None:
        """New cards through the import pipeline: matched to the book's people, or added."""
        uids = [read.record.uid if read.record else None for _, read in fresh]
        parsed = ParseResult(
            format="vcard",
            records=[read.record for _, read in fresh if read.record is not None],
            positions=list(range(1, len(fresh) + 1)),
            group_memberships=memberships,
        )
        importer = Importer(self.book, today=self._today)
        result, ids, created = importer.import_parsed(conn, Path(remote.where), parsed)
        self.report.pulled += result.imported
        self.report.updated_local += result.updated
        records = {r.id: r for r in contact_loading.load_records(conn, sorted(set(ids)))}
        version = address_book.vcard_version
        saved: list[ItemState] = []
        uses = Counter(ids)
        for (card, read), uid, cid in zip(fresh, uids, ids, strict=True):
            record = records[cid]
            text = render(record, uid, version)
            item = ItemState(
                card.href, cid, card.etag, uid, card.text, record.updated_at, card_hash(text)
            )
            alone = cid in created and uses[cid] == 1
            # Matched to someone in the book (or to another card): when the book knew more
            # than the card, the hash is left unset and the merged card goes back.
            if (
                not alone
                and read.record is not None
                and differs(view(record, version), view(read.record, version))
            ):
                item.local_hash = None
            saved.append(item)
            items[card.href] = item
        state.save_items(conn, address_book.id, saved)

    def _merge_card(
        self,
        conn: Connection,
        address_book: AddressBookState,
        item: ItemState,
        card: Card,
        remote_record: ContactRecord,
    ) -> bool:
        """Merge a changed server card into its contact; False when the contact is gone."""
        assert item.contact_id is not None
        found = contact_loading.load_records(conn, [item.contact_id])
        if not found:
            return False
        local = found[0]
        merged = self._three_way(item.card, local, remote_record, address_book.vcard_version)
        version = address_book.vcard_version
        if differs(view(merged, version), view(local, version)):
            merged = _replace(conn, item.contact_id, merged)
            self.report.updated_local += 1
        item.uid = remote_record.uid or item.uid
        text = render(merged, item.uid, version)
        item.etag, item.card, item.contact_stamp = card.etag, card.text, merged.updated_at
        # When the merge kept something of ours, the hash is left unset: the push sends it.
        same = not differs(view(merged, version), view(remote_record, version))
        item.local_hash = card_hash(text) if same else None
        state.save_item(conn, address_book.id, item)
        return True

    def _three_way(
        self, base_card: str, local: ContactRecord, remote: ContactRecord, version: str
    ) -> ContactRecord:
        """local with the server's changes since base_card merged in; conflicts reported and
        written into the contact's history."""
        base_read = read_card(base_card).record or ContactRecord()
        outcome = merge(view(base_read, version), view(local, version), view(remote, version))
        merged = dataclasses.replace(
            local, **{name: getattr(outcome.record, name) for name in content_fields()}
        )
        name = merged.best_display_name()
        for conflict in outcome.conflicts:
            self.report.conflicts.append(
                {
                    "kind": "both_changed",
                    "contact": name,
                    "uid": local.uid,
                    "field": conflict.field,
                    "local": _plain(conflict.local),
                    "remote": _plain(conflict.remote),
                }
            )
            merged.interactions = [
                *merged.interactions,
                InteractionValue(
                    occurred_on=self._today(),
                    kind=SYNC_CONFLICT,
                    summary=f"Sync conflict on {conflict.field.replace('_', ' ')}: this book had"
                    f" {_describe(conflict.local)}, the server {_describe(conflict.remote)};"
                    " the server's was kept",
                ),
            ]
        return merged

    def _apply_removals(
        self,
        conn: Connection,
        address_book: AddressBookState,
        items: dict[str, ItemState],
        gone: Sequence[str],
    ) -> None:
        """Cards deleted on the server: their contacts are archived (never deleted); one
        edited here since the last sync is kept as it is and uploaded again."""
        to_archive: list[int] = []
        current = state.stamps(conn, [i.contact_id for h in gone if (i := items[h]).contact_id])
        for href in gone:
            item = items[href]
            cid = item.contact_id
            if cid is not None and cid in current:
                if item.contact_stamp is not None and current[cid] != item.contact_stamp:
                    self.report.conflicts.append(
                        {
                            "kind": "deleted_there_edited_here",
                            "href": href,
                            "message": "deleted on the server but changed here: kept and"
                            " uploaded again",
                        }
                    )
                else:
                    to_archive.append(cid)
        archived_now = [
            int(cid)
            for chunk in chunks(sorted(set(to_archive)))
            for cid in conn.execute(
                select(contact_t.c.id).where(
                    contact_t.c.id.in_(chunk), contact_t.c.archived_at.is_(None)
                )
            ).scalars()
        ]
        contact_rows.set_archived(conn, archived_now, archived=True)
        self.report.archived += len(archived_now)
        state.delete_items(conn, address_book.id, list(gone))
        for href in gone:
            items.pop(href, None)

    # -- push ------------------------------------------------------------------------------
    def _push_changes(self, address_book: AddressBookState, remote: RemoteAddressBook) -> None:
        """Contacts edited here since their last sync, written over their card (If-Match)."""
        version = address_book.vcard_version
        with self.database.reading() as conn:
            items = [
                i
                for i in state.items(conn, address_book.id).values()
                if i.contact_id is not None and i.local_hash not in _MARKS
            ]
            current = state.stamps(conn, [i.contact_id for i in items if i.contact_id])
            candidates = [
                i
                for i in items
                if i.contact_id in current
                and (i.local_hash is None or i.contact_stamp != current[i.contact_id])
            ]
            records = {
                r.id: r
                for chunk in chunks([i.contact_id for i in candidates])
                for r in contact_loading.load_records(conn, chunk)
            }
        pending: list[ItemState] = []
        for item in candidates:
            record = records.get(item.contact_id)
            if record is None:
                continue
            text = render(record, item.uid, version, address_book.max_resource_size)
            if card_hash(render(record, item.uid, version)) == item.local_hash:
                item.contact_stamp = record.updated_at
                pending.append(item)
                continue
            self._write_over(address_book, remote, item, record, text)
            pending.append(item)
            if len(pending) >= SAVE_EVERY:
                self._save(address_book, pending)
        self._save(address_book, pending)

    def _write_over(
        self,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        item: ItemState,
        record: ContactRecord,
        text: str,
    ) -> None:
        version = address_book.vcard_version
        written = remote.put(item.href, text, etag=item.etag)
        if written.status == 404:  # deleted there, edited here: the edit wins
            written = remote.put(item.href, text, etag=None)
        if written.status == 412:
            # Changed on the server since we read it: fetch, merge, write once more.
            card = remote.get(item.href)
            if card is None:
                written = remote.put(item.href, text, etag=None)
            else:
                theirs = read_card(card.text).record or ContactRecord()
                with self._write() as conn:
                    merged = self._three_way(item.card, record, theirs, version)
                    assert item.contact_id is not None
                    record = _replace(conn, item.contact_id, merged)
                self.report.updated_local += 1
                item.uid = theirs.uid or item.uid
                text = render(record, item.uid, version, address_book.max_resource_size)
                written = remote.put(item.href, text, etag=card.etag)
                if written.status == 412:
                    item.etag, item.card, item.local_hash = card.etag, card.text, None
                    self.report.errors.append(
                        f"{remote.where}: {item.href} changed again while syncing;"
                        " it will be merged at the next sync"
                    )
                    return
        if not 200 <= written.status < 300:
            self.report.errors.append(
                f"{remote.where}: {item.href}: not written ({written.status})"
            )
            return
        item.href, item.etag, item.card = written.href, written.etag, text
        item.contact_stamp = record.updated_at
        item.local_hash = card_hash(render(record, item.uid, version))
        self.report.updated_remote += 1

    def _push_new(self, address_book: AddressBookState, remote: RemoteAddressBook) -> None:
        """Contacts the server lacks (not archived), as new cards (If-None-Match: *)."""
        version = address_book.vcard_version
        with self.database.reading() as conn:
            linked = state.linked_contact_ids(conn, [b.id for b in self.account.address_books])
            ids = [
                int(cid)
                for cid in conn.execute(
                    select(contact_t.c.id)
                    .where(contact_t.c.archived_at.is_(None))
                    .order_by(contact_t.c.id)
                ).scalars()
                if int(cid) not in linked
            ]
        pending: list[ItemState] = []
        for n, chunk in enumerate(chunks(ids, self._batch)):
            with self.database.reading() as conn:
                records = contact_loading.load_records(conn, chunk)
            for record in records:
                assert record.uid is not None
                assert record.id is not None
                href = new_card_href(address_book.href, record.uid)
                text = render(record, record.uid, version, address_book.max_resource_size)
                item = ItemState(href, record.id, None, record.uid, text, None, None)
                written = remote.put(href, text, etag=None)
                if written.status == 412:
                    # Already there: an upload interrupted before it was recorded, or a
                    # card another client put at this name. Link it and merge through it.
                    card = remote.get(href)
                    if card is None:
                        continue
                    item.etag, item.card = card.etag, card.text
                    self._write_over(address_book, remote, item, record, text)
                elif 200 <= written.status < 300:
                    item.href, item.etag = written.href, written.etag
                    item.contact_stamp = record.updated_at
                    item.local_hash = card_hash(render(record, record.uid, version))
                    self.report.pushed += 1
                else:
                    self.report.errors.append(f"{remote.where}: {href}: not written")
                    continue
                pending.append(item)
                if len(pending) >= SAVE_EVERY:
                    self._save(address_book, pending)
            if self._progress is not None:
                self._progress("push", min(len(ids), (n + 1) * self._batch), len(ids))
        self._save(address_book, pending)

    def _save(self, address_book: AddressBookState, pending: list[ItemState]) -> None:
        """Record written cards; those the server gave no etag for (or may have rewritten,
        as Google does with the UID) are read back first."""
        if not pending:
            return
        remote = RemoteAddressBook(self.client, address_book.href)
        unknown = {i.href: i for i in pending if i.etag is None}
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
        with self._write() as conn:
            # The card's hash is made with the UID the server kept (what a push would send).
            records = {
                r.id: r
                for r in contact_loading.load_records(
                    conn, [i.contact_id for i in renamed if i.contact_id]
                )
            }
            for item in renamed:
                if item.contact_id in records:
                    text = render(records[item.contact_id], item.uid, address_book.vcard_version)
                    item.local_hash = card_hash(text)
            state.save_items(conn, address_book.id, pending)
        pending.clear()

    def _push_deletes(self, address_book: AddressBookState, remote: RemoteAddressBook) -> None:
        """Cards of contacts deleted here: deleted on the server only when confirmed."""
        with self.database.reading() as conn:
            orphans = [
                i
                for i in state.items(conn, address_book.id).values()
                if i.contact_id is None and i.local_hash not in _MARKS
            ]
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
        with self._write() as conn:
            state.delete_items(conn, address_book.id, gone)


def _replace(conn: Connection, contact_id: int, record: ContactRecord) -> ContactRecord:
    """Store `record` as the contact and give it back as stored (hashes are made from that)."""
    contact_rows.replace_record(conn, contact_id, with_thumbnail(record))
    return contact_loading.load_records(conn, [contact_id])[0]
