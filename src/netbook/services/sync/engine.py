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
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
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
from netbook.services.journal import Journal, Origin
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
from netbook.store import journal as store_journal
from netbook.store.backup import backup
from netbook.store.core_tables import chunks, contact_t
from netbook.store.database import Database

# Items that are not a contact (state.py says which).
GROUP_MARK = state.GROUP_MARK
UNREADABLE_MARK = state.UNREADABLE_MARK
_MARKS = state.NOT_CONTACTS
# Removing this many cards or fewer never asks, however small the book.
GUARD_MIN = 3
# Cards sent are recorded this many at a time (an interrupted upload loses at most these,
# and finds them again by their href).
SAVE_EVERY = 50
# The most card text one operation applies: a sync bringing more (photos) is applied in
# several operations of the same label, the token with the last.
PULL_BUDGET = 32 * 1024 * 1024

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


@dataclass(slots=True)
class _LocalChanges:
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


def _is_contact(item: ItemState) -> bool:
    return item.contact_id is not None and item.local_hash not in _MARKS


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
        self.book = AddressBook(database, self.journal)
        self.label = f"Sync with {account.name}"
        self.account = account
        self.client = client
        self.force = force
        self.push_deletes = push_deletes
        # The hrefs the user confirmed (the window names them first); None: every one.
        self.confirmed_deletes = None if confirmed_deletes is None else set(confirmed_deletes)
        self._today = today
        self._batch = batch
        self._progress = progress
        self.report = SyncReport()

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
            self._relink(conn, address_book, items)
        listing = self._listing(address_book, remote)
        wanted: list[str] = []
        gone: list[str] = []
        if listing is not None:
            self._guard(remote, items, listing)
            wanted = [
                href
                for href, etag in listing.etags.items()
                if href not in items or etag is None or items[href].etag != etag
            ]
            gone = self._gone(items, listing)
        local = self._local_changes(address_book, items)
        stale = self._send_changes(address_book, remote, items, local, {*wanted, *gone})
        wanted += [href for href in stale if href not in wanted]
        self._pull(address_book, remote, items, listing, wanted, gone, local)
        self._send_pending(address_book, remote)
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
        relinked = []
        for item in orphans:
            if item.uid in found:
                item.contact_id = int(found[item.uid])
                relinked.append(item)
        state.save_items(conn, address_book.id, relinked)

    # -- what changed here -----------------------------------------------------------------
    def _local_changes(
        self, address_book: AddressBookState, items: dict[str, ItemState]
    ) -> _LocalChanges:
        """The contacts changed here since the last sync, from the change journal."""
        seen_at = self.journal.revision()  # first: anything after it is looked at again
        since = address_book.journal_revision
        if since is not None and self.journal.reaches_back_to(since):
            ids = set(self.journal.changed_contacts_since(since))
            return _LocalChanges(since, seen_at, ids, complete=True)
        # Never synced, or the journal forgot what came after: every linked contact counts.
        linked = {i.contact_id for i in items.values() if i.contact_id is not None}
        return _LocalChanges(since or 0, seen_at, linked, complete=False)

    def _absorb(
        self,
        conn: Connection,
        address_book: AddressBookState,
        items: dict[str, ItemState],
        local: _LocalChanges,
    ) -> None:
        """In the operation: every contact changed here and not yet sent is marked to send
        (its hash cleared), so the journal revision can move past it."""
        if local.complete:
            changed = set(store_journal.changed_contacts(conn, local.since))
        else:
            changed = {i.contact_id for i in items.values() if i.contact_id is not None}
        check = (changed - local.handled) | set(store_journal.changed_contacts(conn, local.seen_at))
        linked = [i for i in items.values() if _is_contact(i) and i.contact_id in check]
        if not linked:
            return
        records = _load(conn, [i.contact_id for i in linked if i.contact_id is not None])
        marked = []
        for item in linked:
            record = records.get(item.contact_id or 0)
            if record is None or item.local_hash is None:
                continue
            if card_hash(render(record, item.uid, address_book.vcard_version)) != item.local_hash:
                item.local_hash = None
                marked.append(item)
        state.save_items(conn, address_book.id, marked)

    # -- send (before the operation) -------------------------------------------------------
    def _send_changes(
        self,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        items: dict[str, ItemState],
        local: _LocalChanges,
        skip: set[str],
    ) -> list[str]:
        """Contacts changed here whose cards did not change there, written over their card.

        Returns the hrefs that changed there meanwhile (412): fetched and merged with the
        rest. A card that changed or went there (`skip`) is merged or removed first.
        """
        candidates = [
            i
            for i in items.values()
            if _is_contact(i)
            and i.href not in skip
            and (i.contact_id in local.ids or i.local_hash is None)
        ]
        if not candidates:
            return []
        with self.database.reading() as conn:
            records = _load(conn, [i.contact_id for i in candidates if i.contact_id is not None])
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
                sent.append(item)
                if item.href != old_href:
                    moved.append(old_href)
            if len(sent) >= SAVE_EVERY:
                self._save(address_book, sent, moved)
            if self._progress is not None:
                self._progress("push", n, len(candidates))
        self._save(address_book, sent, moved)
        return stale

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

    # -- fetch and apply -------------------------------------------------------------------
    def _pull(
        self,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        items: dict[str, ItemState],
        listing: Listing | None,
        wanted: list[str],
        gone: list[str],
        local: _LocalChanges,
    ) -> None:
        """Fetch the changed cards, then apply them in one operation (or one per
        PULL_BUDGET of card text), the removals and the token with the last."""
        if wanted and not items:
            backup(self.database.engine, self.database.path, "before-sync")
        seen_uids: dict[str, str] = {i.uid: h for h, i in items.items() if i.uid}
        fetched: list[Card] = []
        size = done = 0
        for cards in remote.fetch(wanted, self._batch):
            fetched += cards
            size += sum(len(c.text) for c in cards)
            done += len(cards)
            if self._progress is not None:
                self._progress("pull", done, len(wanted))
            if size > PULL_BUDGET:
                self._apply(address_book, remote, items, fetched, seen_uids, local, None)
                fetched, size = [], 0
        self._apply(address_book, remote, items, fetched, seen_uids, local, (listing, gone))

    def _apply(
        self,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        items: dict[str, ItemState],
        cards: Sequence[Card],
        seen_uids: dict[str, str],
        local: _LocalChanges,
        last: tuple[Listing | None, list[str]] | None,
    ) -> None:
        """One journal operation: the local changes marked to send, the fetched cards
        applied, and with the `last` one the removals and the token."""
        with self.journal.operation(self.label, source=remote.where) as conn:
            self._absorb(conn, address_book, items, local)
            if cards:
                self._apply_cards(conn, address_book, remote, items, cards, seen_uids)
            if last is not None:
                listing, gone = last
                self._apply_removals(conn, address_book, items, gone)
                if listing is not None:
                    state.save_token(conn, address_book.id, listing.token, listing.ctag)
            revision = store_journal.open_revision(conn)
            state.save_journal_revision(conn, address_book.id, revision)
        # Everything up to here is marked to send, or sent: the next operation looks only at
        # what comes after.
        local.since = local.seen_at = revision
        local.complete = True
        local.handled.clear()

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
        known: list[tuple[ItemState, Card, ContactRecord]] = []
        memberships: dict[str, list[str]] = {}
        saved: list[ItemState] = []
        for card in cards:
            read = read_card(card.text)
            item = items.get(card.href)
            if read.record is None:
                for tag, uids in read.groups.items():
                    memberships.setdefault(tag, []).extend(uids)
                mark = GROUP_MARK if read.groups else UNREADABLE_MARK
                if read.problem:
                    self.report.errors.append(f"{remote.where}: {card.href}: {read.problem}")
                marked = ItemState(card.href, None, card.etag, None, card.text, mark)
                saved.append(marked)
                items[card.href] = marked
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
                known.append((item, card, read.record))
                continue
            if item is not None and item.local_hash not in _MARKS:
                self.report.conflicts.append(
                    {
                        "kind": "edited_there_deleted_here",
                        "href": card.href,
                        "message": f"{read.record.best_display_name()} was deleted here but"
                        " changed on the server: brought back",
                    }
                )
            fresh.append((card, read))
        locals_ = _load(conn, [i.contact_id for i, _, _ in known if i.contact_id is not None])
        for item, card, record in known:
            current = locals_.get(item.contact_id or 0)
            if current is None:  # gone since it was linked
                fresh.append((card, ReadCard(record=record)))
                continue
            self._merge_card(conn, address_book, item, card, current, record)
            saved.append(item)
        state.save_items(conn, address_book.id, saved)
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
        version = address_book.vcard_version
        uses = Counter(ids)
        # A card that became a contact of its own is that contact: its hash is made from the
        # card as read. Matched ones are compared with what the book holds now.
        matched = _load(
            conn,
            [
                cid
                for cid, uid in zip(ids, uids, strict=True)
                if cid not in created or uses[cid] > 1 or uid is None
            ],
        )
        saved: list[ItemState] = []
        for (card, read), uid, cid in zip(fresh, uids, ids, strict=True):
            assert read.record is not None
            stored = matched.get(cid)
            if stored is None:
                digest: str | None = card_hash(render(read.record, uid, version))
            else:
                # When the book knew more than the card, the hash is left unset and the
                # merged card goes back. (One rendering each is enough when they agree.)
                text = render(stored, uid, version)
                same = text == render(read.record, uid, version) or not differs(
                    view(stored, version), view(read.record, version)
                )
                digest = card_hash(text) if same else None
            item = ItemState(card.href, cid, card.etag, uid, card.text, digest)
            saved.append(item)
            items[card.href] = item
        state.save_items(conn, address_book.id, saved)

    def _merge_card(
        self,
        conn: Connection,
        address_book: AddressBookState,
        item: ItemState,
        card: Card,
        local: ContactRecord,
        remote_record: ContactRecord,
    ) -> None:
        """Merge a changed server card into its contact."""
        assert item.contact_id is not None
        version = address_book.vcard_version
        local_view = view(local, version)
        remote_view = view(remote_record, version)
        merged = self._three_way(item.card, local, local_view, remote_view, version)
        merged_view = view(merged, version)
        if differs(merged_view, local_view):
            merged = _replace(conn, item.contact_id, merged)
            self.report.updated_local += 1
        item.uid = remote_record.uid or item.uid
        item.etag, item.card = card.etag, card.text
        # When the merge kept something of ours, the hash is left unset: it is sent after.
        same = not differs(merged_view, remote_view)
        item.local_hash = card_hash(render(merged, item.uid, version)) if same else None

    def _three_way(
        self,
        base_card: str,
        local: ContactRecord,
        local_view: ContactRecord,
        remote_view: ContactRecord,
        version: str,
    ) -> ContactRecord:
        """local with the server's changes since base_card merged in; conflicts reported and
        written into the contact's history."""
        base_read = read_card(base_card).record or ContactRecord()
        outcome = merge(view(base_read, version), local_view, remote_view)
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
        holding something not yet sent (edited here since) is kept and uploaded again."""
        to_archive: list[int] = []
        for href in gone:
            item = items[href]
            if item.contact_id is None or item.local_hash in _MARKS:
                continue
            if item.local_hash is None:
                self.report.conflicts.append(
                    {
                        "kind": "deleted_there_edited_here",
                        "href": href,
                        "message": "deleted on the server but changed here: kept and"
                        " uploaded again",
                    }
                )
            else:
                to_archive.append(item.contact_id)
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

    # -- send (after the operation) --------------------------------------------------------
    def _send_pending(self, address_book: AddressBookState, remote: RemoteAddressBook) -> None:
        """Cards that lack something of ours (merged, or changed here meanwhile), written
        over their card; one that changed there again is left for the next sync."""
        with self.database.reading() as conn:
            pending = [
                i
                for i in state.items(conn, address_book.id).values()
                if i.contact_id is not None and i.local_hash is None
            ]
            records = _load(conn, [i.contact_id for i in pending if i.contact_id is not None])
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
                sent.append(item)
                if item.href != old_href:
                    moved.append(old_href)
            if len(sent) >= SAVE_EVERY:
                self._save(address_book, sent, moved)
        self._save(address_book, sent, moved)

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
        with self._bookkeeping() as conn:
            # The card's hash is made with the UID the server kept (what a later write sends).
            records = _load(conn, [i.contact_id for i in renamed if i.contact_id is not None])
            for item in renamed:
                if item.contact_id in records:
                    text = render(records[item.contact_id], item.uid, address_book.vcard_version)
                    item.local_hash = card_hash(text)
            state.save_items(conn, address_book.id, sent, moved or ())
        sent.clear()
        if moved:
            moved.clear()

    def _push_deletes(self, address_book: AddressBookState, remote: RemoteAddressBook) -> None:
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
        with self._bookkeeping() as conn:
            state.delete_items(conn, address_book.id, gone)


def _load(conn: Connection, ids: Iterable[int]) -> dict[int, ContactRecord]:
    """The contacts with these ids, as stored (gone ones left out)."""
    found: dict[int, ContactRecord] = {}
    for chunk in chunks(sorted(set(ids))):
        for record in contact_loading.load_records(conn, chunk):
            assert record.id is not None
            found[record.id] = record
    return found


def _replace(conn: Connection, contact_id: int, record: ContactRecord) -> ContactRecord:
    """Store `record` as the contact and give it back as stored (hashes are made from that)."""
    contact_rows.replace_record(conn, contact_id, with_thumbnail(record))
    return contact_loading.load_records(conn, [contact_id])[0]
