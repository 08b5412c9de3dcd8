"""What one file will do to the book: the plan the importer makes before it writes anything.

The plan holds the file's new contacts, the book contacts it changes (each with how it was,
for the batch's record and undo), those it leaves as they are, and every difference it found.
Besides the contacts the file's cards match, a file changes book contacts it only names: the
members of an Apple/iCloud group card gain its tag, and the participants an interaction names
take part in it (`plan_memberships`, `plan_participants`). services/importer.py makes the plan
and writes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection

from netbook.formats.parsed import ParseResult, Problem
from netbook.model.text import fold
from netbook.model.values import ContactRecord, InteractionValue
from netbook.services import card_fingerprints
from netbook.services.incoming_merge import ContactDifferences, FieldDifference
from netbook.services.merging import same_content
from netbook.services.story_identity import StoryOwners, interaction_participants
from netbook.store import contact_loading, core_tables
from netbook.store.core_tables import chunks


@dataclass(frozen=True, slots=True)
class FileImportResult:
    path: Path
    format: str | None
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None  # one line, when the file could not be read at all
    # A file inside an archive (a LinkedIn ZIP's messages.csv): its name there.
    part: str | None = None
    # What the counts count: "contacts", or for an archive's files "interactions", "how we met".
    items: str = "contacts"
    # Per matched contact, the single values the file spells otherwise (kept or taken).
    differences: list[ContactDifferences] = field(default_factory=list)


@dataclass(slots=True)
class ImportPlan:
    """What one file will do to the book."""

    inserts: list[ContactRecord] = field(default_factory=list)
    updates: dict[int, tuple[ContactRecord, ContactRecord]] = field(
        default_factory=dict
    )  # id: (before, after)
    unchanged: set[int] = field(default_factory=set)
    differences: dict[int, ContactDifferences] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Where each record of the file went: ("id", contact id) or ("new", index into inserts).
    targets: list[tuple[str, int]] = field(default_factory=list)
    # The book's contacts as loaded for the plan, and who owns the story lines it names.
    loaded: dict[int, ContactRecord] = field(default_factory=dict)
    owners: StoryOwners = field(default_factory=StoryOwners)
    # Cards skipped for their fingerprint, still vouched for: fingerprint -> their contact.
    vouched: dict[bytes, card_fingerprints.Vouched] = field(default_factory=dict)

    def result(self, path: Path, parsed: ParseResult) -> FileImportResult:
        """The summary of this plan for the file it was made from."""
        return FileImportResult(
            path=path,
            format=parsed.format,
            imported=len(self.inserts),
            updated=len(self.updates),
            unchanged=len(self.unchanged),
            problems=[*parsed.problems, *self.problems],
            differences=list(self.differences.values()),
        )

    def set_after(self, cid: int, before: ContactRecord, after: ContactRecord) -> None:
        """Contact `cid`, as the book has it (`before`), is to become `after`."""
        if same_content(after, before):
            self.updates.pop(cid, None)
            self.unchanged.add(cid)
        else:
            self.unchanged.discard(cid)
            self.updates[cid] = (before, after)

    def note_differences(
        self,
        before: ContactRecord,
        matched_by: str,
        may_take: bool,
        found: Sequence[FieldDifference],
    ) -> None:
        if not found:
            return
        assert before.id is not None
        known = self.differences.get(before.id)
        listed = list(known.fields) if known else []
        seen = {(d.field, d.incoming) for d in listed}
        listed += [d for d in found if (d.field, d.incoming) not in seen]
        self.differences[before.id] = ContactDifferences(
            contact_id=before.id,
            uid=before.uid or "",
            display_name=before.best_display_name(),
            matched_by=known.matched_by if known else matched_by,
            may_take=may_take,
            fields=tuple(listed),
        )


def card_number(parsed: ParseResult, index: int) -> int:
    """The 1-based number in the file of the card `parsed.records[index]` was read from."""
    return parsed.positions[index] if index < len(parsed.positions) else index + 1


def separate_reused_uids(parsed: ParseResult, first: dict[str, tuple[str, int]]) -> None:
    """Give a fresh UID to a card that reuses an earlier card's UID under another name.

    Cards sharing a UID are merged as one contact; but some exporters number their cards
    per file or copy a card with its UID, and merging two different people would lose one of
    them. Same UID and same name is one person (merged); another name is reported and kept.
    `first`: each UID's first card (folded name, number), carried from batch to batch.
    """
    for index, record in enumerate(parsed.records):
        if not record.uid:
            continue
        name = fold(record.best_display_name())
        card = card_number(parsed, index)
        seen = first.setdefault(record.uid, (name, card))
        if seen[0] != name and name and seen[0]:
            parsed.problems.append(
                Problem(
                    card=card,
                    line=None,
                    message=f"it has the UID of card {seen[1]}, who has another name;"
                    " it was imported as a contact of its own",
                    dropped=False,
                )
            )
            record.uid = None


def job_change(
    before: ContactRecord, after: ContactRecord, today: dt.date
) -> InteractionValue | None:
    """A dated "changed job" entry when a newer export shows a new title or organisation."""
    old = (before.title or "", before.organization or "")
    new = (after.title or "", after.organization or "")
    if not any(old) or old == new:
        return None

    def describe(title: str, org: str) -> str:
        return " at ".join(p for p in (title, org) if p)

    return InteractionValue(
        occurred_on=today, kind="changed_job", summary=f"{describe(*old)} → {describe(*new)}"
    )


def load_contacts(
    conn: Connection, ids: set[int], *, interactions: bool = True
) -> dict[int, ContactRecord]:
    loaded: dict[int, ContactRecord] = {}
    for chunk in chunks(sorted(ids)):
        for record in contact_loading.load_records(conn, chunk, interactions=interactions):
            assert record.id is not None
            loaded[record.id] = record
    return loaded


def restore_interactions(conn: Connection, plan: ImportPlan, loaded_without: set[int]) -> None:
    """Give the contacts the plan changes, of those loaded without their interactions, the
    book's interactions back: the update rewrites every interaction link of its contact.

    First, then what the plan added (a job change, a joined interaction): the order merging
    a file without story lines into the full contact gives.
    """
    changed = sorted(loaded_without & plan.updates.keys())
    held = contact_loading.load_interactions(conn, changed)
    for cid in changed:
        before, after = plan.updates[cid]
        book = held.get(cid, [])
        after.interactions = [*book, *after.interactions]
        before.interactions = list(book)


def _touch(
    conn: Connection,
    plan: ImportPlan,
    loaded: dict[int, ContactRecord],
    cid: int,
    change: Callable[[ContactRecord], ContactRecord | None],
) -> None:
    """Change a book contact the file names without being its card (a member, a participant).

    It becomes an update like any other, so the batch records how it was and undo restores it.
    """
    if cid not in loaded:
        loaded.update(load_contacts(conn, {cid}))
    if cid not in loaded:
        return
    before = plan.updates[cid][0] if cid in plan.updates else loaded[cid]
    current = plan.updates[cid][1] if cid in plan.updates else loaded[cid]
    after = change(current)
    if after is not None:
        plan.updates[cid] = (before, after)
        plan.unchanged.discard(cid)


def plan_memberships(
    conn: Connection,
    memberships: dict[str, list[str]],
    plan: ImportPlan,
    loaded: dict[int, ContactRecord],
) -> None:
    """Tags named by Apple/iCloud group cards, for contacts of this file or of the book."""
    new = {r.uid: r for r in plan.inserts if r.uid}
    for tag, members in memberships.items():
        tag = tag.strip()
        if tag:
            for uid in members:
                if uid in new:
                    new[uid].tags = _with_tag(new[uid], tag) or new[uid].tags
    tag_book_members(conn, memberships, plan, loaded, new)


def tag_book_members(
    conn: Connection,
    memberships: dict[str, list[str]],
    plan: ImportPlan,
    loaded: dict[int, ContactRecord],
    own: Container[str],
    last_id: int | None = None,
) -> None:
    """The group cards' tags for the book's members: updates of the plan. Not the file's own
    contacts (`own`: their UIDs; with `last_id`, every contact after it is the file's)."""
    uids = {uid for members in memberships.values() for uid in members if uid not in own}
    ids = _book_ids(conn, uids, last_id)
    loaded.update(load_contacts(conn, set(ids.values()) - loaded.keys()))  # one query per table
    for tag, members in memberships.items():
        tag = tag.strip()
        if not tag:
            continue
        for uid in members:
            if uid not in own and uid in ids:
                _touch(conn, plan, loaded, ids[uid], functools.partial(_tag_added, tag=tag))


def _book_ids(conn: Connection, uids: Iterable[str | None], last_id: int | None) -> dict[str, int]:
    """The book's contacts with these UIDs (with `last_id`: those it had before the file)."""
    ids = core_tables.uid_map(conn, uids)
    if last_id is None:
        return ids
    return {uid: cid for uid, cid in ids.items() if cid <= last_id}


def _tag_added(record: ContactRecord, tag: str) -> ContactRecord | None:
    """`record` with `tag`, or None when it has it already."""
    tags = _with_tag(record, tag)
    return None if tags is None else dataclasses.replace(record, tags=tags)


def _with_tag(record: ContactRecord, tag: str) -> list[str] | None:
    if fold(tag) in {fold(t) for t in record.tags}:
        return None
    return [*record.tags, tag]


Named = list[tuple[str, InteractionValue, str]]  # (participant uid, item, named by)


def named_participants(records: Iterable[ContactRecord]) -> Named:
    """The other contacts the records' interactions name as taking part, in order."""
    named: Named = []
    for record in records:
        for item in record.interactions:
            named += [(u, item, record.uid or "") for u in item.with_uids if u != record.uid]
    return named


def plan_participants(conn: Connection, plan: ImportPlan, loaded: dict[int, ContactRecord]) -> None:
    """Book contacts a planned interaction names as taking part, and who do not yet."""
    named = named_participants([*plan.inserts, *(after for _, after in plan.updates.values())])
    if not named:
        return
    taking_part = interaction_participants(conn, (item.uid for _, item, _ in named))
    join_participants(conn, plan, loaded, named, taking_part)


def join_participants(
    conn: Connection,
    plan: ImportPlan,
    loaded: dict[int, ContactRecord],
    named: Named,
    taking_part: dict[str, set[str]],
    last_id: int | None = None,
) -> None:
    """The book contacts of `named` not yet in `taking_part` (each interaction's participants
    as the book had them) join their interaction: updates of the plan (with `last_id`, only
    the contacts up to it are the book's)."""
    ids = _book_ids(conn, (u for u, item, _ in named), last_id)
    joining = [
        (ids[u], item, by)
        for u, item, by in named
        if u in ids and u not in taking_part.get(item.uid or "", set())
    ]
    loaded.update(load_contacts(conn, {cid for cid, _, _ in joining} - loaded.keys()))
    for cid, item, by in joining:
        _touch(conn, plan, loaded, cid, functools.partial(_joined, item=item, by=by))


def _joined(record: ContactRecord, item: InteractionValue, by: str) -> ContactRecord | None:
    """`record` taking part in `item` with the contact `by`, or None when it does already."""
    if any(i.uid == item.uid for i in record.interactions):
        return None
    joined = dataclasses.replace(item, with_uids=[by])
    return dataclasses.replace(record, interactions=[*record.interactions, joined])
