"""The import pipeline shared by every format: detect -> parse -> match -> insert or update.

All files of one import are written in one journal operation (one transaction, after a verified
backup), so the whole import is undone and redone as one step (services/journal.py); each file
is recorded as an import batch. Importing the same file twice changes nothing.

Matching (services/import_keys.py), most certain first: the same UID; the same social profile
URL (a LinkedIn export's profile link); the same email; the same phone number in E.164; the
same name at the same organisation. Records of one file that match each other are merged
before they are stored.

A matched card adds and never overwrites (`services.incoming_merge`): the values it spells
otherwise are reported per contact, and replaced only where the caller's `MergeChoices` take
them. Its story lines get a stable identity and can only name items of their own contact
(`services.story_identity`). Book contacts a file touches without being their card (group
members, interaction participants) are planned as updates too, so undo restores them (the
plan and those changes: `services.import_plan`).

Importing an unchanged vCard file again skips, unparsed, the cards the last import of that
file applied cleanly while their contacts have not changed since (services/card_fingerprints);
whenever anything else in the file reaches such a contact, the file is planned whole as if
nothing had been skipped.

A vCard file of more than one batch of cards is not planned whole: it is read, planned and
written a batch at a time (services/import_stream), to the same report and book.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, insert, select

from netbook.formats.parsed import ParseResult, Problem, UnreadableFileError
from netbook.model.tables import ImportBatch, new_uid, utcnow
from netbook.services import card_fingerprints
from netbook.services import linkedin_archive as archive_import
from netbook.services.address_book import AddressBook, with_thumbnail
from netbook.services.collector import collector_paused
from netbook.services.file_reading import (
    ReadingBudget,
    StreamedCards,
    read_for_import,
    read_whole,
)
from netbook.services.import_keys import (
    MatchKeys,
    book_keys,
    find_match,
    merged_keys,
    record_keys,
    remember,
)
from netbook.services.import_plan import (
    FileImportResult,
    ImportPlan,
    card_number,
    job_change,
    load_contacts,
    plan_memberships,
    plan_participants,
    restore_interactions,
    separate_reused_uids,
)
from netbook.services.import_stream import StreamedFile
from netbook.services.incoming_merge import (
    WEAK_MATCHES,
    MergeChoices,
    keep_the_book,
    merge_incoming,
)
from netbook.services.merging import copy_record, merge_into
from netbook.services.story_identity import (
    StoryOwners,
    identify_story,
)
from netbook.services.streamed_preview import PreviewedFile
from netbook.store import contact_rows
from netbook.store.backup import backup
from netbook.store.core_tables import CHUNK, chunks
from netbook.store.pending_links import PendingLinks

PROGRESS_EVERY = 200

batch_t: Table = ImportBatch.__table__  # type: ignore[assignment]

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
# Run after a file's contacts are written, in the same operation (the import batch's id).
AfterContacts = Callable[[Connection, int], None]


class ImportCancelledError(Exception):
    """The user cancelled; the transaction is rolled back and the book is unchanged."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    files: list[FileImportResult]
    batch_ids: list[int] = field(default_factory=list)
    cancelled: bool = False
    # The journal operation that holds the import (None when it changed nothing).
    operation_id: int | None = None

    @property
    def imported(self) -> int:
        return sum(f.imported for f in self.files)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.files)

    @property
    def unchanged(self) -> int:
        return sum(f.unchanged for f in self.files)

    @property
    def problem_count(self) -> int:
        return sum(len(f.problems) for f in self.files)


@dataclass(frozen=True, slots=True)
class ImportBatchSummary:
    id: int
    created_at: dt.datetime
    path: str
    format: str
    imported: int
    updated: int
    unchanged: int
    problems: int


def read_file(
    path: Path,
    mapping: dict[str, str] | None = None,
    budget: ReadingBudget | None = None,
    known: Container[bytes] = frozenset(),
) -> ParseResult:
    """Parse one file of any supported format, detected from its content, not its name.

    Read with bounded resources (services.file_reading): regular files by name, standard
    input as `-`, caps on the bytes actually read (`budget`: what the command may still read).
    vCards whose fingerprint is in `known` are skipped unparsed (ParseResult.skipped).
    """
    return read_whole(path, mapping, budget, known)


def _plan(
    conn: Connection, parsed: ParseResult, today: dt.date, choices: MergeChoices
) -> ImportPlan:
    separate_reused_uids(parsed, {})
    plan = ImportPlan()
    all_keys = [record_keys(r) for r in parsed.records]
    book = book_keys(conn, all_keys)
    pending = MatchKeys()  # keys of records this file will insert, by index into plan.inserts
    matches = [find_match(book, keys) for keys in all_keys]
    # Records without story lines have no interaction to compare with the book's: the matched
    # contacts are loaded without theirs, which come back only for those the plan changes.
    stories = any(r.interactions for r in parsed.records)
    loaded = load_contacts(conn, {m[0] for m in matches if m is not None}, interactions=stories)
    without_interactions = set() if stories else set(loaded)
    owners = StoryOwners.of_book(conn, parsed.records)
    for index, (record, keys, match) in enumerate(
        zip(parsed.records, all_keys, matches, strict=True)
    ):
        incoming = copy_record(record)
        if match is not None and match[0] in loaded:
            cid, matched_by = match
            before = plan.updates[cid][0] if cid in plan.updates else loaded[cid]
            current = plan.updates[cid][1] if cid in plan.updates else loaded[cid]
            warnings = identify_story(incoming, before.uid or "", current, owners)
            # A match on the name alone may be another person: it only ever adds.
            may_take = matched_by not in WEAK_MATCHES
            outcome = merge_incoming(
                current, incoming, choices.taker(cid) if may_take else keep_the_book
            )
            after = outcome.record
            change = job_change(current, after, today)
            if change is not None:
                after.interactions = [*after.interactions, change]
            plan.note_differences(before, matched_by, may_take, outcome.differences)
            plan.set_after(cid, before, after)
            plan.targets.append(("id", cid))
        else:
            found = find_match(pending, keys)
            if found is not None:
                target = found[0]
                into = plan.inserts[target]
                warnings = identify_story(incoming, into.uid or "", into, owners)
                plan.inserts[target] = merge_into(into, incoming)
                remember(pending, merged_keys(plan.inserts[target], keys), target)
                plan.targets.append(("new", target))
            else:
                incoming.uid = incoming.uid or new_uid()
                warnings = identify_story(incoming, incoming.uid, None, owners)
                plan.inserts.append(incoming)
                remember(pending, keys, len(plan.inserts) - 1)
                plan.targets.append(("new", len(plan.inserts) - 1))
        card = card_number(parsed, index)
        plan.problems += [Problem(card, None, w, dropped=False) for w in warnings]
    plan_memberships(conn, parsed.group_memberships, plan, loaded)
    plan_participants(conn, plan, loaded)
    restore_interactions(conn, plan, without_interactions)
    plan.loaded = loaded
    plan.owners = owners
    return plan


def _plan_file(
    conn: Connection, path: Path, parsed: ParseResult, today: dt.date, choices: MergeChoices
) -> tuple[ParseResult, ImportPlan]:
    """The plan of one file, and the parse result it was made from.

    The cards the reader skipped for their fingerprint are checked again here, in the caller's
    transaction: those the book no longer vouches for are read after all. The vouched ones
    count as their contacts unchanged, unless anything else of the file reaches one of those
    contacts (another card, a group, a story line): then every card is read and the file
    planned as if none had been skipped, since the skipped card would have taken part.
    """
    if not parsed.skipped:
        return parsed, _plan(conn, parsed, today, choices)
    fingerprints = {s.number: s.fingerprint for s in parsed.skipped}
    vouched = card_fingerprints.still_true(conn, storable(str(path)), fingerprints)
    stale = [s.number for s in parsed.skipped if s.number not in vouched]
    if stale:
        parsed = parsed.with_cards_read(stale)
    uids = {v.uid for v in vouched.values()}
    if vouched and not any(r.uid in uids for r in parsed.records):
        trial = dataclasses.replace(
            parsed,
            records=[copy_record(r) for r in parsed.records],
            problems=list(parsed.problems),
        )
        plan = _plan(conn, trial, today, choices)
        reached = {cid for kind, cid in plan.targets if kind == "id"}
        reached |= plan.updates.keys() | plan.unchanged | plan.differences.keys()
        if not card_fingerprints.reaches(conn, reached, plan.owners, vouched.values()):
            plan.unchanged.update(card_fingerprints.contacts_of(vouched.values()))
            plan.vouched = {fingerprints[n]: v for n, v in vouched.items()}
            return trial, plan
    if parsed.skipped:
        parsed = parsed.with_cards_read([s.number for s in parsed.skipped])
    return parsed, _plan(conn, parsed, today, choices)


def _cleanly_applied(
    parsed: ParseResult, plan: ImportPlan, record_ids: Sequence[int]
) -> dict[bytes, int]:
    """The cards this plan applied so that applying them again would change nothing and
    report nothing: fingerprint -> the contact (`record_ids`: each record's, once written).

    Not a card with a problem, nor one whose values the book kept against it (applying it
    again would find the difference): those are planned again next time, so the report says
    so again and the user may take the file's values then.
    """
    if len(parsed.fingerprints) != len(parsed.records):
        return {}  # a reader that takes no fingerprints (CSV, a sync's cards)
    troubled = {p.card for p in (*parsed.problems, *plan.problems)}
    cards_per_target = Counter(plan.targets)
    applied: dict[bytes, int] = {}
    for index, (record, fingerprint, (kind, target)) in enumerate(
        zip(parsed.records, parsed.fingerprints, plan.targets, strict=True)
    ):
        if card_number(parsed, index) in troubled:
            continue
        alone = cards_per_target[kind, target] == 1
        if kind == "new":
            final = plan.inserts[target]
            # A contact made of this card alone holds the card's values, united by the same
            # keys and equal where single: the card applied again finds nothing to do.
            proven = alone
        else:
            final = plan.updates[target][1] if target in plan.updates else plan.loaded[target]
            # The plan applied it to the contact and found nothing to change or report.
            proven = alone and target in plan.unchanged and target not in plan.differences
        if card_fingerprints.applies_cleanly(record, final, proven=proven):
            applied[fingerprint] = record_ids[index]
    return applied


def storable(text: str) -> str:
    """A file name as the book can store it: one that is not UTF-8 (the OS's surrogate escapes)
    is kept readably, each odd byte escaped (`caf\\udce9.vcf` for the byte 0xE9)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True, slots=True)
class _Imported:
    """What one file's import did: its summary, its batch, where each record went (a
    contact id per record, in order) and the contacts it created."""

    result: FileImportResult
    batch_id: int
    record_ids: list[int]
    created: set[int]


class Importer:
    """Imports files into one book. Safe to call from a worker thread (own connections)."""

    def __init__(
        self,
        book: AddressBook,
        today: Callable[[], dt.date] = dt.date.today,
        *,
        batch_records: int | None = None,
    ) -> None:
        """`batch_records`: the cards a vCard file is read and planned in at a time (the
        reader's default; tests make it small to cross batches with a few cards)."""
        self.book = book
        self.database = book.database
        self._today = today
        self._batch_records = batch_records

    @collector_paused()  # services/collector.py: what it saves
    def preview(
        self,
        paths: Sequence[Path],
        mapping: dict[str, str] | None = None,
        choices: MergeChoices | None = None,
        *,
        keep_message_text: bool = False,
        is_cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """What `run` would do, file by file, with every difference it finds; nothing is written.

        A vCard file of more than one batch is previewed as `run` imports it, a batch at a
        time (services/streamed_preview), so the preview holds no more than the import. The
        book is read in one read transaction: one consistent book for every file, and never
        the write lock (the window's other writers go on meanwhile). `is_cancelled`, checked
        between batches: the preview stops with a cancelled report.
        """
        results: list[FileImportResult] = []
        budget = ReadingBudget()  # one command's reading, over all its files
        choices = choices or MergeChoices()
        counter = _Progress(0, None, is_cancelled)
        opened: list[tuple[Path, ParseResult | StreamedCards | None, str | None]] = []
        try:
            with self.database.snapshot() as conn:
                # Every file opened first, as `run` opens them: the reading budget is met
                # where the import meets it (a file found too large part way, the next one).
                for path in paths:
                    opened.append(self._open_for_preview(conn, path, mapping, budget))
                for path, read, error in opened:
                    if read is None and error is None:  # an archive
                        results.extend(
                            self._preview_archive(conn, path, choices, keep_message_text)
                        )
                    elif read is None:
                        results.append(FileImportResult(path=path, format=None, error=error))
                    else:
                        results.append(self._preview_file(conn, path, read, choices, counter))
                    counter.check()
        except ImportCancelledError:
            return ImportReport(files=[], cancelled=True)
        finally:
            _close_all({}, opened)
        return ImportReport(files=results)

    def _open_for_preview(
        self,
        conn: Connection,
        path: Path,
        mapping: dict[str, str] | None,
        budget: ReadingBudget,
    ) -> tuple[Path, ParseResult | StreamedCards | None, str | None]:
        """One file opened as `run` opens it, or its error; an archive (neither) is opened
        when it is previewed."""
        if archive_import.recognise(path):
            return path, None, None
        known = card_fingerprints.known(conn, storable(str(path)))
        try:
            return path, read_for_import(path, mapping, budget, known, self._batch_records), None
        except UnreadableFileError as exc:
            return path, None, str(exc)

    def _preview_file(
        self,
        conn: Connection,
        path: Path,
        read: ParseResult | StreamedCards,
        choices: MergeChoices,
        counter: _Progress,
    ) -> FileImportResult:
        """What `run` would report for one file (a vCard or CSV file, opened)."""
        if isinstance(read, ParseResult):
            parsed, plan = _plan_file(conn, path, read, self._today(), choices)
            return plan.result(path, parsed)
        try:
            return PreviewedFile(
                conn,
                storable(str(path)),
                read,
                0,  # no import batch: nothing is written
                self._today(),
                choices,
                counter.advance,
                chunk=min(CHUNK, self._batch_records or CHUNK),
            ).run()
        except UnreadableFileError as exc:  # part way: in words, as `run` reports it
            return FileImportResult(path=path, format=None, error=str(exc))
        finally:
            read.close()

    @collector_paused()
    def run(
        self,
        paths: Sequence[Path],
        *,
        progress: ProgressCallback | None = None,
        is_cancelled: CancelCheck | None = None,
        mapping: dict[str, str] | None = None,
        choices: MergeChoices | None = None,
        keep_message_text: bool = False,
        label: str | None = None,
    ) -> ImportReport:
        """Import the files in one journal operation (one transaction, undone as a whole); a
        cancelled import leaves the book as it was.

        A value the book holds is replaced only where `choices` takes the file's (by default
        never); every difference is in the report either way. `keep_message_text`: store the
        words of a LinkedIn archive's messages, not only a one-line summary of each
        conversation day (off by default, for privacy).
        """
        parsed_files: list[tuple[Path, ParseResult | StreamedCards | None, str | None]] = []
        archives: dict[Path, archive_import.OpenedArchive] = {}
        budget = ReadingBudget()  # one command's reading, over all its files
        for path in paths:
            try:
                if archive_import.recognise(path):
                    opened = archive_import.OpenedArchive(path)
                    archives[path] = opened
                    parsed_files.append((path, opened.contacts, None))
                else:
                    # Only a hint, taken outside the import's transaction: the fingerprints
                    # are checked again inside it (_plan_file).
                    with self.database.reading() as conn:
                        known = card_fingerprints.known(conn, storable(str(path)))
                    # A vCard file of more than one batch stays open: it is read, planned
                    # and written a batch at a time, inside the import's transaction.
                    read = read_for_import(path, mapping, budget, known, self._batch_records)
                    parsed_files.append((path, read, None))
            except UnreadableFileError as exc:
                parsed_files.append((path, None, str(exc)))
            if is_cancelled is not None and is_cancelled():
                _close_all(archives, parsed_files)
                return ImportReport(files=[], cancelled=True)
        try:
            return self._run(
                parsed_files,
                archives,
                progress,
                is_cancelled,
                choices or MergeChoices(),
                keep_message_text,
                label,
            )
        finally:
            _close_all(archives, parsed_files)

    def _run(
        self,
        parsed_files: list[tuple[Path, ParseResult | StreamedCards | None, str | None]],
        archives: dict[Path, archive_import.OpenedArchive],
        progress: ProgressCallback | None,
        is_cancelled: CancelCheck | None,
        choices: MergeChoices,
        keep_message_text: bool,
        label: str | None,
    ) -> ImportReport:
        total = sum(_work(p) for _, p, _ in parsed_files if p is not None)
        total += sum(a.work_estimate() for a in archives.values())
        if any(p is not None for _, p, _ in parsed_files):
            backup(self.database.engine, self.database.path, "before-import")
        counter = _Progress(total, progress, is_cancelled)
        results: list[FileImportResult] = []
        batch_ids: list[int] = []
        journal = self.book.journal
        read = [p for p, parsed, _ in parsed_files if parsed is not None]
        names = storable(", ".join(p.name for p in read))
        source = storable("\n".join(str(p) for p in read))
        try:
            with journal.operation(label or f"Import {names}", source=source) as conn:
                for path, parsed, error in parsed_files:
                    if parsed is None:
                        results.append(FileImportResult(path=path, format=None, error=error))
                        continue
                    if path in archives:
                        files, batch_id = self._import_archive(
                            conn, archives[path], counter, choices, keep_message_text
                        )
                        results.extend(files)
                        batch_ids.append(batch_id)
                        continue
                    if isinstance(parsed, StreamedCards):
                        streamed = self._import_streamed(conn, path, parsed, counter, choices)
                        if isinstance(streamed, str):
                            results.append(FileImportResult(path=path, format=None, error=streamed))
                            continue
                        done = streamed
                    else:
                        done = self._import_one(conn, path, parsed, counter, choices)
                    results.append(done.result)
                    batch_ids.append(done.batch_id)
                counter.check()
        except ImportCancelledError:
            return ImportReport(files=[], cancelled=True)
        return ImportReport(
            files=results, batch_ids=batch_ids, operation_id=journal.last_operation_id()
        )

    def _preview_archive(
        self, conn: Connection, path: Path, choices: MergeChoices, keep_message_text: bool
    ) -> list[FileImportResult]:
        try:
            opened = archive_import.OpenedArchive(path)
        except UnreadableFileError as exc:
            return [FileImportResult(path=path, format=None, error=str(exc))]
        with opened:
            plan = _plan(conn, opened.contacts, self._today(), choices)
            story = opened.story(conn, plan.inserts, keep_message_text, None)
            return _archive_results(opened, plan.result(path, opened.contacts), story)

    def _import_archive(
        self,
        conn: Connection,
        opened: archive_import.OpenedArchive,
        counter: _Progress,
        choices: MergeChoices,
        keep_message_text: bool,
    ) -> tuple[list[FileImportResult], int]:
        """A LinkedIn archive: its connections as a file's contacts, then the rest of it
        (how we met, interactions) matched against the book they are now part of."""
        stories: list[archive_import.Story] = []

        def after_contacts(conn: Connection, batch_id: int) -> None:
            story = opened.story(conn, (), keep_message_text, counter.advance)
            stories.append(story)
            archive_import.apply_story(conn, story, batch_id)

        with archive_import.roomy_page_cache(conn):
            done = self._import_one(
                conn, opened.path, opened.contacts, counter, choices, after_contacts
            )
        return _archive_results(opened, done.result, stories[0]), done.batch_id

    def import_parsed(
        self, conn: Connection, source: Path, parsed: ParseResult
    ) -> tuple[FileImportResult, list[int], set[int]]:
        """Import records read elsewhere (CardDAV sync's cards) in the caller's journal
        operation, matched like a file's; returns the summary, the contact id of each record,
        and the ids of the contacts it created."""
        done = self._import_one(
            conn, source, parsed, _Progress(len(parsed.records), None, None), MergeChoices()
        )
        return done.result, done.record_ids, done.created

    def _import_one(
        self,
        conn: Connection,
        path: Path,
        parsed: ParseResult,
        counter: _Progress,
        choices: MergeChoices,
        after_contacts: AfterContacts | None = None,
    ) -> _Imported:
        parsed, plan = _plan_file(conn, path, parsed, self._today(), choices)
        result = plan.result(path, parsed)
        batch_id = _new_batch(conn, path, parsed.format, result)
        counter.advance(len(plan.unchanged))
        new_ids: list[int] = []
        links = PendingLinks()  # what a chunk names that a later chunk brings
        for chunk in chunks(plan.inserts):
            new_ids.extend(
                contact_rows.insert_records(
                    conn, [with_thumbnail(r) for r in chunk], batch_id, links
                )
            )
            counter.advance(len(chunk))
        updates = list(plan.updates.items())
        for chunk in chunks(updates):
            contact_rows.replace_records(
                conn, [(cid, with_thumbnail(after)) for cid, (_, after) in chunk], links
            )
            counter.advance(len(chunk))
        links.resolve(conn)
        # The rest of an archive (how we met, interactions), in the same operation: the
        # journal records those rows too, so undo takes them back with the contacts.
        if after_contacts is not None:
            after_contacts(conn, batch_id)
        record_ids = [cid if kind == "id" else new_ids[cid] for kind, cid in plan.targets]
        applied = _cleanly_applied(parsed, plan, record_ids)
        card_fingerprints.store(conn, batch_id, applied, plan.vouched)
        return _Imported(result, batch_id, record_ids, set(new_ids))

    def _import_streamed(
        self,
        conn: Connection,
        path: Path,
        cards: StreamedCards,
        counter: _Progress,
        choices: MergeChoices,
    ) -> _Imported | str:
        """A vCard file of many batches, each planned and written as it is read
        (services/import_stream), in a savepoint: a file that turns out unreadable part way
        (a stream past a limit) leaves nothing behind and is reported in words."""
        savepoint = conn.begin_nested()
        try:
            batch_id = _new_batch(conn, path, "vcard", FileImportResult(path, "vcard"))
            estimate = cards.estimated_cards()
            streamed = StreamedFile(
                conn,
                storable(str(path)),
                cards,
                batch_id,
                self._today(),
                choices,
                counter.advance,
                chunk=min(CHUNK, self._batch_records or CHUNK),
            )
            result = streamed.run()
            counter.total += streamed.cards_seen() - estimate
            counter.advance(0)
        except UnreadableFileError as exc:
            savepoint.rollback()
            return str(exc)
        # Any other error ends the whole import, whose transaction is rolled back as it
        # unwinds: not the savepoint first, which SQLite may have dropped already (a full
        # disk rolls the whole transaction back), and whose error would hide the real one.
        savepoint.commit()
        return _Imported(result, batch_id, streamed.record_ids(), set(streamed.new_ids))

    def batches(self) -> list[ImportBatchSummary]:
        summary = [batch_t.c[f.name] for f in dataclasses.fields(ImportBatchSummary)]
        with self.database.reading() as conn:
            return [
                ImportBatchSummary(**r._mapping)
                # Not the card fingerprints: those of a large file run to megabytes.
                for r in conn.execute(select(*summary).order_by(batch_t.c.id.desc()))
            ]


def _archive_results(
    opened: archive_import.OpenedArchive,
    contacts: FileImportResult,
    story: archive_import.Story,
) -> list[FileImportResult]:
    """One result per file of the archive netbook read: what it brings in, its problems."""
    path = opened.path
    results: list[FileImportResult] = []
    if opened.problems:
        results.append(
            FileImportResult(
                path=path, format="linkedin-archive", problems=opened.problems, items="files"
            )
        )
    if opened.connection_names:
        results.append(
            dataclasses.replace(
                contacts, format="linkedin-csv", part=", ".join(opened.connection_names)
            )
        )
    results.extend(
        FileImportResult(
            path=path,
            format=r.format,
            imported=r.imported,
            updated=r.updated,
            unchanged=r.unchanged,
            problems=r.problems,
            part=r.name,
            items=r.items,
        )
        for r in story.results
    )
    return results


def _new_batch(conn: Connection, path: Path, file_format: str, result: FileImportResult) -> int:
    """The import batch row of one file, with the counts of `result`."""
    return int(
        conn.execute(
            insert(batch_t)
            .values(
                created_at=utcnow(),
                path=storable(str(path)),
                format=file_format,
                imported=result.imported,
                updated=result.updated,
                unchanged=result.unchanged,
                problems=len(result.problems),
            )
            .returning(batch_t.c.id)
        ).scalar_one()
    )


def _work(parsed: ParseResult | StreamedCards) -> int:
    """The cards (or rows) a file brings, for the progress: a streamed file's estimated."""
    if isinstance(parsed, StreamedCards):
        return parsed.estimated_cards()
    # Cards skipped for their fingerprint count too: they are done when counted unchanged.
    return len(parsed.records) + len(parsed.skipped)


def _close_all(
    archives: dict[Path, archive_import.OpenedArchive],
    parsed_files: Sequence[tuple[Path, ParseResult | StreamedCards | None, str | None]] = (),
) -> None:
    for opened in archives.values():
        opened.close()
    for _, parsed, _ in parsed_files:
        if isinstance(parsed, StreamedCards):
            parsed.close()


class _Progress:
    def __init__(
        self, total: int, callback: ProgressCallback | None, is_cancelled: CancelCheck | None
    ) -> None:
        self.total = total
        self.done = 0
        self._callback = callback
        self._is_cancelled = is_cancelled
        self._reported = -PROGRESS_EVERY

    def advance(self, n: int) -> None:
        self.done = min(self.total, self.done + n)
        self.check()
        if self._callback is not None and (
            self.done - self._reported >= PROGRESS_EVERY or self.done == self.total
        ):
            self._reported = self.done
            self._callback(self.done, self.total)

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ImportCancelledError
