"""A vCard file of many cards imported as it is read: planned and written a batch at a time.

An import of any size then holds a batch of cards, the new contacts not yet written (at most
two chunks) and the file's match keys, never all its cards as records (docs/performance.md,
"Streaming import on main"). It gives the report and the book of planning the file whole
(services/importer.py `_plan`), because every rule that looks across the file is carried from
batch to batch:

- the book as it was before the file: matching only sees the contacts the book had then (ids
  up to `last_id`); the book contacts the file changes are written once the whole file is
  planned, so until then the book holds them as they were, and each one's before is the first;
- the file's own contacts: a card matching one an earlier card made is merged into it, in
  memory while it waits to be written, else into the stored contact read back and written
  again at the end (its child rows then get new rowids: the one difference from a whole plan);
- the first card of each UID, the story lines' owners, the interactions' participants as the
  book had them, and which contacts were loaded without their interactions;
- group cards: a group read before its members tags them as they are read; members written
  before their group was read get its tag at the end;
- card fingerprints: a skipped card is read after all when an earlier card reached its contact
  or carried its UID (a later one only means its fingerprint is not kept, as a whole plan
  would not keep it), and the cards each contact was reached by are counted over the file.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, func, select, update

from netbook.formats.parsed import ParseResult, Problem, problem_order
from netbook.formats.vcard.groups import GroupCard, apply_groups, bare_uuid
from netbook.model.tables import ImportBatch, new_uid
from netbook.model.text import fold
from netbook.model.values import ContactRecord
from netbook.services import card_fingerprints
from netbook.services.address_book import with_thumbnail
from netbook.services.file_reading import StreamedCards
from netbook.services.import_keys import (
    STORED_KINDS,
    BookBefore,
    MatchKeys,
    RecordKeys,
    book_keys,
    find_match,
    merged_keys,
    record_keys,
    written_keys,
)
from netbook.services.import_plan import (
    FileImportResult,
    ImportPlan,
    Named,
    card_number,
    job_change,
    join_participants,
    load_contacts,
    named_participants,
    restore_interactions,
    separate_reused_uids,
    tag_book_members,
)
from netbook.services.incoming_merge import (
    WEAK_MATCHES,
    MergeChoices,
    keep_the_book,
    merge_incoming,
)
from netbook.services.merging import copy_record, merge_into
from netbook.services.spilled_records import SpilledRecords
from netbook.services.story_identity import (
    StoryOwners,
    identify_story,
    interaction_participants,
    opportunity_owners,
)
from netbook.store import contact_loading, contact_rows, tag_rows
from netbook.store.core_tables import CHUNK, chunks, contact_t
from netbook.store.pending_links import PendingLinks

Advance = Callable[[int], None]

batch_t: Table = ImportBatch.__table__  # type: ignore[assignment]
# 2**26 bits (8 MB, whatever the file's size): a few in a hundred of a large file's keys hit
# a bit another key set, and cost a lookup that finds nothing.
_BIT_MASK = (1 << 26) - 1


@dataclass(slots=True)
class FileCard:
    """What the end of the file needs of one card read: whether its fingerprint is kept."""

    number: int
    fingerprint: bytes | None
    kind: str  # "id" (a book contact) or "new" (one of the file's, by index)
    target: int
    # Could applying it again find nothing to do: it carries its contact's UID and names no
    # other contact (card_fingerprints.applies_cleanly). The card itself is kept only where
    # the end must apply it again to know (a book contact it did not leave unchanged alone).
    candidate: bool
    record: ContactRecord | None = None
    spilled: int = -1  # where `record` waits in the file's SpilledRecords, once put away
    # A contact of the file made of several cards: whether the card applied again to it as
    # written found nothing to do.
    clean: bool = False


@dataclass(slots=True)
class StreamedFile:
    """One vCard file's import in progress, in the caller's transaction."""

    conn: Connection
    path: str  # as the book stores it
    reading: StreamedCards
    batch_id: int
    today: dt.date
    choices: MergeChoices
    advance: Advance
    # New contacts are written `chunk` at a time (tests make it small, with the batches).
    chunk: int = CHUNK
    book: BookBefore = field(init=False)
    plan: ImportPlan = field(default_factory=ImportPlan)
    # The file's new contacts by index: None once written (its id in `new_ids`).
    inserts: list[ContactRecord | None] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    # Written contacts a later card merged into: written again at the end.
    rewrites: dict[int, ContactRecord] = field(default_factory=dict)
    # The match keys of the file's contacts (services/import_keys): all for those not written
    # yet; of the written ones the kinds the book does not hold as matched on, and `pinned`.
    pending: MatchKeys = field(default_factory=MatchKeys)
    pinned: set[tuple[str, object]] = field(default_factory=set)
    # The stored kinds of keys remembered for each contact not written yet, to forget then.
    assigned: dict[int, list[tuple[str, object]]] = field(default_factory=dict)
    # A bit for each stored key a written contact holds (hashed): only those are looked up.
    written_bits: bytearray = field(default_factory=lambda: bytearray(_BIT_MASK // 8 + 1))
    first_uids: dict[str, tuple[str, int]] = field(default_factory=dict)
    read_problems: list[Problem] = field(default_factory=list)
    reused_problems: list[Problem] = field(default_factory=list)
    cards: list[FileCard] = field(default_factory=list)
    # Cards of each new contact still in memory, for its fingerprints once it is written.
    waiting: dict[int, list[FileCard]] = field(default_factory=dict)
    without_interactions: set[int] = field(default_factory=set)
    # Each interaction the file names, with its participants as the book had them.
    participants: dict[str, set[str]] = field(default_factory=dict)
    written_named: dict[int, Named] = field(default_factory=dict)
    known: card_fingerprints.Known = field(default_factory=dict)
    carried: dict[bytes, card_fingerprints.Vouched] = field(default_factory=dict)
    # Skipped cards left unread: UID -> card number (for a later card with that UID).
    skipped_uids: dict[str, int] = field(default_factory=dict)
    skipped_count: int = 0
    reached: set[int] = field(default_factory=set)  # book contacts the cards read went to
    # What the written contacts name that a later chunk brings: linked at the end.
    links: PendingLinks = field(default_factory=PendingLinks)
    # The cards of book contacts left unchanged so far, until the end may want them.
    spilled: SpilledRecords = field(default_factory=SpilledRecords)

    def __post_init__(self) -> None:
        last = self.conn.execute(select(func.max(contact_t.c.id))).scalar()
        self.book = BookBefore(last_id=int(last or 0))
        self.plan.owners = StoryOwners()
        self.known = card_fingerprints.known(self.conn, self.path)

    # -- the batches -------------------------------------------------------------------------

    def run(self) -> FileImportResult:
        try:
            for parsed in self.reading.batches:
                self._take(parsed)
            return self._finish()
        finally:
            self.spilled.close()

    def _take(self, parsed: ParseResult) -> None:
        conn, plan = self.conn, self.plan
        first_card = len(self.cards)
        apply_groups(parsed, self.reading.cards.groups)  # the groups read so far
        parsed.read_skipped = self.reading.cards.read_unread
        parsed = self._read_doubtful(parsed)
        self._register_skipped_uids(parsed)
        self.read_problems.extend(parsed.problems)
        parsed.problems = []
        separate_reused_uids(parsed, self.first_uids)
        self.reused_problems.extend(parsed.problems)
        all_keys = [record_keys(r) for r in parsed.records]
        found = book_keys(conn, all_keys, self.book)
        written = None
        if self.new_ids:
            maybe = [self._maybe_written(keys) for keys in all_keys]
            written = self._written_keys(maybe)
        matches = [find_match(found, keys) for keys in all_keys]
        stories = any(r.interactions for r in parsed.records)
        self._load([m[0] for m in matches if m is not None], stories)
        self._claim_owners(parsed.records)
        problems: list[Problem] = []
        for index, (record, keys, match) in enumerate(
            zip(parsed.records, all_keys, matches, strict=True)
        ):
            number = card_number(parsed, index)
            fingerprint = (
                parsed.fingerprints[index]
                if len(parsed.fingerprints) == len(parsed.records)
                else None
            )
            free = not any(i.with_uids for i in record.interactions)
            incoming = copy_record(record)
            if match is not None and match[0] in plan.loaded:
                cid, matched_by = match
                before = plan.updates[cid][0] if cid in plan.updates else plan.loaded[cid]
                current = plan.updates[cid][1] if cid in plan.updates else plan.loaded[cid]
                warnings = identify_story(incoming, before.uid or "", current, plan.owners)
                may_take = matched_by not in WEAK_MATCHES
                outcome = merge_incoming(
                    current, incoming, self.choices.taker(cid) if may_take else keep_the_book
                )
                after = outcome.record
                change = job_change(current, after, self.today)
                if change is not None:
                    after.interactions = [*after.interactions, change]
                plan.note_differences(before, matched_by, may_take, outcome.differences)
                plan.set_after(cid, before, after)
                self.reached.add(cid)
                candidate = bool(record.uid) and record.uid == current.uid and free
                card = FileCard(
                    number, fingerprint, "id", cid, candidate, record if candidate else None
                )
            else:
                pending = self._find_own(keys, written)
                if pending is not None:
                    target = pending
                    into = self._insert(target)
                    warnings = identify_story(incoming, into.uid or "", into, plan.owners)
                    merged = merge_into(into, incoming)
                    self._set_insert(target, merged)
                    self._remember(merged_keys(merged, keys), target, written)
                else:
                    incoming.uid = incoming.uid or new_uid()
                    warnings = identify_story(incoming, incoming.uid, None, plan.owners)
                    target = len(self.inserts)
                    self.inserts.append(incoming)
                    self._remember(keys, target, written)
                candidate = bool(record.uid) and free
                card = FileCard(number, fingerprint, "new", target, candidate, record)
                self.waiting.setdefault(target, []).append(card)
            problems += [Problem(number, None, w, dropped=False) for w in warnings]
            self.cards.append(card)
        plan.problems += problems
        self._note_participants(plan.owners.interactions)
        self._write_ready(keep=self.chunk)
        self._let_go_of_the_unchanged(first_card)
        self.advance(len(parsed.records))

    def _let_go_of_the_unchanged(self, first_card: int) -> None:
        """Not kept in memory for the end: the book contacts the file has left as they were so
        far, and the cards of this batch that reached them (a re-import of 100,000 cards from a
        file of another name matches every one). The book holds those contacts unchanged until
        the end of the file, so a later card that reaches one loads it again as it was, and
        the end loads what it needs of them and reads their cards back."""
        plan = self.plan
        kept = plan.updates.keys() | plan.differences.keys()
        for cid in [cid for cid in plan.loaded if cid not in kept]:
            del plan.loaded[cid]
            # Loaded again, it is loaded as the batch that wants it asks (with or without
            # its interactions).
            self.without_interactions.discard(cid)
        for card in self.cards[first_card:]:
            if card.kind == "id" and card.record is not None and card.target not in kept:
                self._put_away(card)

    def _put_away(self, card: FileCard) -> None:
        """Keep the card's record for the end on disk, not in memory."""
        assert card.record is not None
        card.spilled = self.spilled.put(card.record)
        card.record = None

    def _card_record(self, card: FileCard) -> ContactRecord:
        """The record of a card kept for the end (`_put_away` or not)."""
        if card.record is not None:
            return card.record
        return self.spilled.get(card.spilled)

    def _read_doubtful(self, parsed: ParseResult) -> ParseResult:
        """The batch with the skipped cards read that cannot stay skipped: those the book no
        longer vouches for, and those whose contact an earlier card of the file reached or
        whose UID an earlier card carried (a whole plan would apply them: so must we)."""
        if not parsed.skipped:
            return parsed
        fingerprints = {s.number: s.fingerprint for s in parsed.skipped}
        vouched = card_fingerprints.still_true(self.conn, self.path, fingerprints, self.known)
        # What the cards read of this batch reach, and from which card on.
        keys = [record_keys(r) for r in parsed.records]
        probe = book_keys(self.conn, keys, self.book)
        reached_from: dict[int, int] = {}
        uid_from: dict[str, int] = {}
        for index, record in enumerate(parsed.records):
            number = card_number(parsed, index)
            match = find_match(probe, keys[index])
            if match is not None:
                reached_from.setdefault(match[0], number)
            if record.uid:
                uid_from.setdefault(record.uid, number)
        read = [s.number for s in parsed.skipped if s.number not in vouched]
        for number, v in vouched.items():
            if (
                v.contact_id in self.reached
                or v.uid in self.first_uids  # every UID a card read carried
                or reached_from.get(v.contact_id, number) < number
                or uid_from.get(v.uid, number) < number
            ):
                read.append(number)
        if read:
            parsed = parsed.with_cards_read(read)
        for skipped in parsed.skipped:
            v = vouched[skipped.number]
            self.carried[skipped.fingerprint] = v
            self.plan.unchanged.add(v.contact_id)
            self.skipped_uids.setdefault(v.uid, skipped.number)
        self.skipped_count += len(parsed.skipped)
        self.advance(len(parsed.skipped))
        return parsed

    def _register_skipped_uids(self, parsed: ParseResult) -> None:
        """A card carrying the UID of an earlier card left unread: that card is the UID's
        first (read now for its name), as it is when the file is planned whole."""
        for record in parsed.records:
            number = self.skipped_uids.get(record.uid or "")
            if number is None or record.uid in self.first_uids:
                continue
            late = self.reading.cards.read_unread([number])
            if late.records:
                self.first_uids[record.uid or ""] = (
                    fold(late.records[0].best_display_name()),
                    number,
                )

    def _load(self, ids: Iterable[int], stories: bool) -> None:
        """The book contacts this batch matches, with their interactions when it has story
        lines (and then those an earlier batch loaded without theirs get them back)."""
        plan = self.plan
        wanted = set(ids)
        if stories:
            again = wanted & self.without_interactions
            restore_interactions(self.conn, plan, again & plan.updates.keys())
            for cid in again - plan.updates.keys():
                plan.loaded.pop(cid, None)
            self.without_interactions -= again
        missing = wanted - plan.loaded.keys()
        plan.loaded.update(load_contacts(self.conn, missing, interactions=stories))
        if not stories:
            self.without_interactions |= missing

    def _claim_owners(self, records: list[ContactRecord]) -> None:
        """The book's owners of the story lines these records name, for those no earlier card
        named: claimed ones are in `owners` already, as the file's cards claimed them."""
        owners = self.plan.owners
        interactions = {i.uid for r in records for i in r.interactions if i.uid}
        opportunities = {o.uid for r in records for o in r.opportunities if o.uid}
        fresh = interactions - owners.interactions.keys()
        for uid, held in interaction_participants(self.conn, fresh).items():
            owners.interactions[uid] = held
        fresh = opportunities - owners.opportunities.keys()
        owners.opportunities.update(opportunity_owners(self.conn, fresh))

    def _note_participants(self, uids: Iterable[str]) -> None:
        """These interactions with their participants as the book has them now: for those the
        file's cards claimed, before any of the file's contacts are written with them (the
        others, the file does not write)."""
        fresh = [u for u in dict.fromkeys(uids) if u not in self.participants]
        found = interaction_participants(self.conn, fresh)
        for uid in fresh:
            self.participants[uid] = found.get(uid, set())

    # -- the file's new contacts -------------------------------------------------------------

    def _find_own(self, keys: RecordKeys, written: MatchKeys | None) -> int | None:
        """The file's own contact the keys match first, as `find_match` finds it in keys
        kept for every contact: a written one's profiles, emails and phones are found in the
        book (`written`), the rest in memory."""
        for kind, values in keys.items():
            table = getattr(self.pending, kind)
            stored = getattr(written, kind) if written and kind in STORED_KINDS else {}
            for value in values:
                if value in table:
                    return int(table[value])
                if value in stored:
                    return bisect.bisect_left(self.new_ids, stored[value])
        return None

    def _remember(self, keys: RecordKeys, target: int, written: MatchKeys | None) -> None:
        """`remember` the keys for `target`, each kept by the first contact of the file that
        had it. A written contact's stored keys are in the book, which gives the lowest id of
        those holding one: a key two contacts of the file hold stays in memory with the first
        (`pinned`), which need not be the lower id."""
        waiting = target >= len(self.new_ids)
        for kind, values in keys.items():
            table = getattr(self.pending, kind)
            if kind not in STORED_KINDS:
                for value in values:
                    table.setdefault(value, target)
                continue
            stored = getattr(written, kind) if written is not None else {}
            for value in values:
                if waiting:  # every stored key the book will hold for it
                    self.assigned.setdefault(target, []).append((kind, value))
                holder = table.get(value)
                if holder is None and value in stored:
                    holder = bisect.bisect_left(self.new_ids, stored[value])
                if holder is None:
                    table[value] = target
                elif holder != target:
                    table[value] = holder
                    self.pinned.add((kind, value))

    def _maybe_written(self, keys: RecordKeys) -> RecordKeys:
        """The stored keys of `keys` a written contact of the file may hold: those to look
        for in the book (`written_bits` never misses one, and seldom lets another through)."""
        bits = self.written_bits
        maybe: RecordKeys = {}
        for kind in STORED_KINDS:
            maybe[kind] = [
                v
                for v in keys[kind]
                if bits[(b := hash((kind, v)) & _BIT_MASK) >> 3] >> (b & 7) & 1
            ]
        return maybe

    def _insert(self, index: int) -> ContactRecord:
        """The file's new contact `index` as it is now (read back if written)."""
        record = self.inserts[index]
        if record is not None:
            return record
        if index not in self.rewrites:
            self.rewrites[index] = self._read_back(self.new_ids[index])
        return self.rewrites[index]

    def _set_insert(self, index: int, record: ContactRecord) -> None:
        if self.inserts[index] is not None:
            self.inserts[index] = record
            return
        self.rewrites[index] = record

    def _write_ready(self, keep: int) -> None:
        """Write the new contacts a chunk at a time while more than `keep` wait: the chunks a
        whole plan writes, each once a further chunk waits behind it (so a card repeating a
        recent one merges in memory, not into a written contact)."""
        while len(self.inserts) - len(self.new_ids) > keep:
            first = len(self.new_ids)
            records = [r for r in self.inserts[first : first + self.chunk] if r is not None]
            self.new_ids.extend(self._store_new(records))
            for index, record in enumerate(records, start=first):
                self._settle(index, record)
                self._forget(index)
                self.inserts[index] = None

    # -- where the written contacts are: the book (a preview keeps them elsewhere) ----------

    def _store_new(self, records: list[ContactRecord]) -> list[int]:
        """Write these new contacts of the file; their ids, in order (after `book.last_id`)."""
        return contact_rows.insert_records(
            self.conn, [with_thumbnail(r) for r in records], self.batch_id, self.links
        )

    def _written_keys(self, maybe: list[RecordKeys]) -> MatchKeys:
        """The written contacts of the file holding these stored keys: each to the lowest id."""
        return written_keys(self.conn, maybe, self.book.last_id)

    def _read_back(self, cid: int) -> ContactRecord:
        """A written contact of the file, as stored."""
        [stored] = contact_loading.load_records(self.conn, [cid])
        self.links.restore(cid, stored)  # what it names that the book could not link yet
        return stored

    def _forget(self, index: int) -> None:
        """Written, contact `index` is found by its stored keys in the book: not in memory."""
        bits = self.written_bits
        for kind, value in self.assigned.pop(index, []):
            bit = hash((kind, value)) & _BIT_MASK
            bits[bit >> 3] |= 1 << (bit & 7)
            table = getattr(self.pending, kind)
            if table.get(value) == index and (kind, value) not in self.pinned:
                del table[value]

    def _settle(self, index: int, record: ContactRecord) -> None:
        """What the end needs of a new contact as it is written: who it names as taking part,
        and for a contact of several cards, whether each would apply to it cleanly again."""
        named = named_participants([record])
        if named:
            self.written_named[index] = named
        cards = self.waiting.pop(index, [])
        for card in cards:
            if len(cards) > 1 and card.candidate and card.record is not None:
                card.clean = card_fingerprints.applies_cleanly(card.record, record)
            card.record = None

    # -- the end of the file -----------------------------------------------------------------

    def _finish(self) -> FileImportResult:
        conn, plan = self.conn, self.plan
        late_tags = self._plan_the_end()
        self._write_ready(keep=0)
        for tag, ids in late_tags:
            [tag_id] = tag_rows.ensure_tags(conn, [tag]).values()
            tag_rows.link(conn, ids, tag_id)
        updates = list(plan.updates.items())
        for chunk in chunks(updates):
            contact_rows.replace_records(
                conn, [(cid, with_thumbnail(after)) for cid, (_, after) in chunk], self.links
            )
        contact_rows.replace_records(
            conn,
            [(self.new_ids[i], with_thumbnail(r)) for i, r in sorted(self.rewrites.items())],
            self.links,
        )
        self.links.resolve(conn)
        applied = self._cleanly_applied()
        card_fingerprints.store(conn, self.batch_id, applied, self._still_carried())
        result = self.result()
        conn.execute(
            update(batch_t)
            .where(batch_t.c.id == self.batch_id)
            .values(
                imported=result.imported,
                updated=result.updated,
                unchanged=result.unchanged,
                problems=len(result.problems),
            )
        )
        return result

    def _plan_the_end(self) -> list[tuple[str, list[int]]]:
        """What the end of the file adds to the plan, after its last batch: the groups'
        tags, the participants the file's interactions name, the interactions of contacts
        loaded without theirs. Returns the tags of written contacts to link (tag, ids)."""
        conn, plan = self.conn, self.plan
        memberships = _memberships(self.reading.cards.groups)
        own = self._own_uids()
        late_tags = self._tag_own_members(memberships, own)
        tag_book_members(conn, memberships, plan, plan.loaded, own, self.book.last_id)
        named: Named = []
        for index, record in enumerate(self.inserts):
            if index in self.rewrites:
                named += named_participants([self.rewrites[index]])
            elif record is None:
                named += self.written_named.get(index, [])
            else:
                named += named_participants([record])
        named += named_participants([after for _, after in plan.updates.values()])
        if named:
            self._note_participants(item.uid for _, item, _ in named if item.uid)
            join_participants(conn, plan, plan.loaded, named, self.participants, self.book.last_id)
        restore_interactions(conn, plan, self.without_interactions)
        return late_tags

    def result(self) -> FileImportResult:
        """The file's summary, once its end is planned."""
        plan = self.plan
        self.read_problems.sort(key=problem_order)
        return FileImportResult(
            path=self.reading.reading.source.path,
            format="vcard",
            imported=len(self.inserts),
            updated=len(plan.updates),
            unchanged=len(plan.unchanged),
            problems=[*self.read_problems, *self.reused_problems, *plan.problems],
            differences=list(plan.differences.values()),
        )

    def cards_seen(self) -> int:
        """The cards of the file read or skipped (group cards and dropped ones aside)."""
        return len(self.cards) + self.skipped_count

    def record_ids(self) -> list[int]:
        """The contact each card read went to, in file order."""
        return [c.target if c.kind == "id" else self.new_ids[c.target] for c in self.cards]

    def _own_uids(self) -> dict[str, int]:
        """The file's new contacts by every UID their cards carried, bare UUIDs too."""
        own: dict[str, int] = {}
        for uid, index in self.pending.uid.items():
            own.setdefault(uid, index)
        for uid, index in list(own.items()):
            own.setdefault(bare_uuid(uid), index)
        return own

    def _tag_own_members(
        self, memberships: dict[str, list[str]], own: dict[str, int]
    ) -> list[tuple[str, list[int]]]:
        """The group tags of the file's own contacts that were read before their group: in
        memory for those not written yet; for the written ones, (tag, ids) to link."""
        links: list[tuple[str, list[int]]] = []
        for tag, members in memberships.items():
            if not tag.strip():
                continue
            written: list[int] = []
            for index in dict.fromkeys(own[m] for m in members if m in own):
                record = self.inserts[index] if index not in self.rewrites else None
                record = self.rewrites.get(index, record)
                if record is None:
                    written.append(self.new_ids[index])
                elif tag.casefold() not in {t.casefold() for t in record.tags}:
                    record.tags.append(tag)
            if written:
                links.append((tag, written))
        return links

    def _cleanly_applied(self) -> dict[bytes, int]:
        """As importer._cleanly_applied for a whole plan: the cards applied so that applying
        them again would change nothing and report nothing (fingerprint -> contact)."""
        plan = self.plan
        troubled = {p.card for p in (*self.read_problems, *self.reused_problems, *plan.problems)}
        per_target = self._cards_per_target()
        record_ids = self.record_ids()
        self._load_finals(per_target)
        applied: dict[bytes, int] = {}
        for card, cid in zip(self.cards, record_ids, strict=True):
            if card.fingerprint is None or not card.candidate or card.number in troubled:
                continue
            alone = per_target[card.kind, card.target] == 1
            if card.kind == "new":
                # A contact written and then merged into again (a rewrite) is not proven: its
                # cards are read again next time.
                clean = card.target not in self.rewrites and (alone or bool(card.clean))
            elif alone and card.target in plan.unchanged and card.target not in plan.differences:
                clean = True
            else:
                target = card.target
                final = plan.updates[target][1] if target in plan.updates else plan.loaded[target]
                clean = card_fingerprints.applies_cleanly(self._card_record(card), final)
            if clean:
                applied[card.fingerprint] = cid
        return applied

    def _load_finals(self, per_target: Counter[tuple[str, int]]) -> None:
        """The book contacts let go of (`_let_go_of_the_unchanged`) whose cards the end must
        apply again (`_cleanly_applied`): all but those one card left unchanged."""
        plan = self.plan
        wanted = {
            card.target
            for card in self.cards
            if card.kind == "id"
            and card.candidate
            and not (
                per_target["id", card.target] == 1
                and card.target in plan.unchanged
                and card.target not in plan.differences
            )
        }
        missing = wanted - plan.updates.keys() - plan.loaded.keys()
        plan.loaded.update(load_contacts(self.conn, missing))

    def _cards_per_target(self) -> Counter[tuple[str, int]]:
        """How many cards went to each contact, counting the skipped cards a whole plan
        would have read (those whose contact a card read also reached)."""
        counted = Counter((c.kind, c.target) for c in self.cards)
        for v in self.carried.values():
            if ("id", v.contact_id) in counted:
                counted["id", v.contact_id] += 1
        return counted

    def _still_carried(self) -> dict[bytes, card_fingerprints.Vouched]:
        """The skipped cards whose fingerprint stays: those whose contact nothing else of the
        file reached (a card, a group, an interaction, a story line it holds)."""
        plan = self.plan
        touched = self.reached | plan.updates.keys() | plan.differences.keys()
        kept = {d: v for d, v in self.carried.items() if v.contact_id not in touched}
        uids = {v.uid for v in kept.values()}
        if not uids:
            return kept
        held_by = set().union(*(self.participants.get(u, set()) for u in plan.owners.interactions))
        held_by |= set(opportunity_owners(self.conn, plan.owners.opportunities).values())
        return {d: v for d, v in kept.items() if v.uid not in held_by}


def _memberships(groups: list[GroupCard]) -> dict[str, list[str]]:
    """Every group card's members, both spellings of each (formats/vcard/groups)."""
    listed = ParseResult(format="vcard")
    apply_groups(listed, groups)
    return listed.group_memberships
