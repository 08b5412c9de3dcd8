"""Bringing the server's side into the book: the changed cards fetched, then applied in one
journal operation, "Sync with ACCOUNT" (origin sync, undone like an import).

New cards go through the import pipeline (so people already in the book are matched, not
duplicated), known ones are merged three ways, cards gone there archive their contact (never
delete it); with them, in the same transaction, the cards' sync state, the token, and the
journal revision the next sync asks "what changed since" from. No request is made while the
operation is open.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Connection, select

from netbook.formats.parsed import ParseResult
from netbook.model.values import ContactRecord
from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer
from netbook.services.journal import Journal
from netbook.services.sync import conflicts, state, stored_contacts
from netbook.services.sync.card_merge import merge_card
from netbook.services.sync.cards import ReadCard, card_hash, read_card, render, view
from netbook.services.sync.changes import LocalChanges, mark_unsent
from netbook.services.sync.collection import Card, Listing, RemoteAddressBook
from netbook.services.sync.merge import differs
from netbook.services.sync.report import Progress, SyncReport
from netbook.services.sync.state import AddressBookState, ItemState
from netbook.store import contact_rows
from netbook.store import journal as store_journal
from netbook.store.backup import backup
from netbook.store.core_tables import chunks, contact_t
from netbook.store.database import Database

# The most card text one operation applies: a sync bringing more (photos) is applied in
# several operations of the same label, the token with the last.
PULL_BUDGET = 32 * 1024 * 1024


class Puller:
    """Fetches and applies one account's server changes, each operation labelled `label`."""

    def __init__(
        self,
        database: Database,
        journal: Journal,
        label: str,
        report: SyncReport,
        *,
        today: Callable[[], dt.date],
        batch: int,
        progress: Progress | None,
    ) -> None:
        self.database = database
        self.journal = journal
        self.book = AddressBook(database, journal)
        self.label = label
        self.report = report
        self._today = today
        self._batch = batch
        self._progress = progress

    def pull(
        self,
        address_book: AddressBookState,
        remote: RemoteAddressBook,
        items: dict[str, ItemState],
        listing: Listing | None,
        wanted: list[str],
        gone: list[str],
        local: LocalChanges,
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
        local: LocalChanges,
        last: tuple[Listing | None, list[str]] | None,
    ) -> None:
        """One journal operation: the local changes marked to send, the fetched cards
        applied, and with the `last` one the removals and the token."""
        with self.journal.operation(self.label, source=remote.where) as conn:
            mark_unsent(conn, address_book, items, local)
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
                mark = state.GROUP_MARK if read.groups else state.UNREADABLE_MARK
                if read.problem:
                    self.report.errors.append(f"{remote.where}: {card.href}: {read.problem}")
                marked = ItemState(card.href, None, card.etag, None, card.text, mark)
                saved.append(marked)
                items[card.href] = marked
                continue
            uid = read.record.uid
            if uid and seen_uids.setdefault(uid, card.href) != card.href:
                self.report.conflicts.append(
                    conflicts.duplicate_uid(uid, [seen_uids[uid], card.href])
                )
            if item is not None and item.contact_id is not None:
                known.append((item, card, read.record))
                continue
            if item is not None and item.local_hash not in state.NOT_CONTACTS:
                self.report.conflicts.append(
                    conflicts.edited_there_deleted_here(card.href, read.record.best_display_name())
                )
            fresh.append((card, read))
        locals_ = stored_contacts.load(
            conn, [i.contact_id for i, _, _ in known if i.contact_id is not None]
        )
        version = address_book.vcard_version
        for item, card, record in known:
            current = locals_.get(item.contact_id or 0)
            if current is None:  # gone since it was linked
                fresh.append((card, ReadCard(record=record)))
                continue
            merge_card(conn, version, item, card, current, record, self.report, self._today)
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
        matched = stored_contacts.load(
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
            if item.contact_id is None or item.local_hash in state.NOT_CONTACTS:
                continue
            if item.local_hash is None:
                self.report.conflicts.append(conflicts.deleted_there_edited_here(href))
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
