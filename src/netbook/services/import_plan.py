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
import functools
from collections.abc import Callable, Sequence
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
    uids = {uid for members in memberships.values() for uid in members if uid not in new}
    ids = core_tables.uid_map(conn, uids)
    loaded.update(load_contacts(conn, set(ids.values()) - loaded.keys()))  # one query per table
    for tag, members in memberships.items():
        tag = tag.strip()
        if not tag:
            continue
        for uid in members:
            if uid in new:
                new[uid].tags = _with_tag(new[uid], tag) or new[uid].tags
            elif uid in ids:
                _touch(conn, plan, loaded, ids[uid], functools.partial(_tag_added, tag=tag))


def _tag_added(record: ContactRecord, tag: str) -> ContactRecord | None:
    """`record` with `tag`, or None when it has it already."""
    tags = _with_tag(record, tag)
    return None if tags is None else dataclasses.replace(record, tags=tags)


def _with_tag(record: ContactRecord, tag: str) -> list[str] | None:
    if fold(tag) in {fold(t) for t in record.tags}:
        return None
    return [*record.tags, tag]


def plan_participants(conn: Connection, plan: ImportPlan, loaded: dict[int, ContactRecord]) -> None:
    """Book contacts a planned interaction names as taking part, and who do not yet."""
    named: list[tuple[str, InteractionValue, str]] = []  # (participant uid, item, named by)
    for record in [*plan.inserts, *(after for _, after in plan.updates.values())]:
        for item in record.interactions:
            named += [(u, item, record.uid or "") for u in item.with_uids if u != record.uid]
    if not named:
        return
    taking_part = interaction_participants(conn, (item.uid for _, item, _ in named))
    ids = core_tables.uid_map(conn, (u for u, item, _ in named))
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
