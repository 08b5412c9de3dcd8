"""The import pipeline shared by every format: detect -> parse -> match -> insert or update.

All files of one import are written in one transaction, after a verified backup; each file is
recorded as an import batch, with the contacts it created and, for those it changed, how they
were before, so the whole import can be undone. Importing the same file twice changes nothing.

Matching, most certain first: the same UID; the same social profile URL (a LinkedIn export's
profile link); the same email; the same phone number in E.164; the same name at the same
organisation. Records of one file that match each other are merged before they are stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, func, insert, select, update

from netbook.formats.parsed import ParseResult, Problem, UnreadableFileError
from netbook.model.phones import to_e164
from netbook.model.tables import ImportBatch, ImportBatchChange, utcnow
from netbook.model.text import email_key, fold, url_key
from netbook.model.values import ContactRecord, InteractionValue
from netbook.services.address_book import AddressBook, with_thumbnail
from netbook.services.file_reading import (
    FileReading,
    InputFile,
    ReadingBudget,
    open_reading,
    read_whole,
)
from netbook.services.merging import merge_into, same_content
from netbook.services.record_snapshot import from_snapshot, to_snapshot
from netbook.store import contact_loading, contact_rows, core_tables, search_index
from netbook.store.backup import backup
from netbook.store.contact_rows import ensure_tags
from netbook.store.core_tables import chunks, contact_t, contact_tag, email_t, phone_t, social_t

PROGRESS_EVERY = 200

batch_t: Table = ImportBatch.__table__  # type: ignore[assignment]
change_t: Table = ImportBatchChange.__table__  # type: ignore[assignment]

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ImportCancelledError(Exception):
    """The user cancelled; the transaction is rolled back and the book is unchanged."""


@dataclass(frozen=True, slots=True)
class FileImportResult:
    path: Path
    format: str | None
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None  # one line, when the file could not be read at all


@dataclass(frozen=True, slots=True)
class ImportReport:
    files: list[FileImportResult]
    batch_ids: list[int] = field(default_factory=list)
    cancelled: bool = False

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
    undone: bool


def read_file(path: Path, mapping: dict[str, str] | None = None) -> ParseResult:
    """Parse one whole file of any supported format, detected from its content, not its name.

    Imports do not use this (they stream, see `Importer.run`); it is what a file reads as.
    """
    return read_whole(path, mapping)


@dataclass(slots=True)
class _Keys:
    """Lookup tables from match keys to contact ids, for the book and for this import."""

    uid: dict[str, int] = field(default_factory=dict)
    social: dict[str, int] = field(default_factory=dict)
    email: dict[str, int] = field(default_factory=dict)
    phone: dict[str, int] = field(default_factory=dict)
    name_org: dict[tuple[str, str], int] = field(default_factory=dict)
    name: dict[str, int] = field(default_factory=dict)


def _record_keys(record: ContactRecord) -> dict[str, list[object]]:
    name = fold(record.best_display_name())
    org = fold(record.organization or "")
    keys: dict[str, list[object]] = {
        "uid": [record.uid] if record.uid else [],
        "social": [url_key(s.value) for s in record.social_profiles if s.value],
        "email": [email_key(e.value) for e in record.emails if e.value],
        "phone": [p for p in (to_e164(v.value) for v in record.phones) if p],
        "name_org": [(name, org)] if name and org else [],
    }
    # A card that carries nothing but a name (no UID to keep it apart) can only be recognised
    # by its name; without this, importing such a file twice would add everyone twice.
    keys["name"] = [name] if name and not any(keys.values()) else []
    return keys


RecordKeys = dict[str, list[object]]


def _remember(keys: _Keys, record_keys: RecordKeys, target: int) -> None:
    for kind, values in record_keys.items():
        table = getattr(keys, kind)
        for value in values:
            table.setdefault(value, target)


def _find(keys: _Keys, record_keys: RecordKeys) -> int | None:
    for kind, values in record_keys.items():
        table = getattr(keys, kind)
        for value in values:
            if value in table:
                return int(table[value])
    return None


@dataclass(slots=True)
class _FileState:
    """What the import of one file carries from batch to batch: keys and ids, never records.

    Contacts with an id up to `last_book_id` were in the book before the file; those after it
    are the file's own, found again through `pending` when a later card matches one of them.
    """

    batch_id: int
    last_book_id: int
    first_uids: dict[str, tuple[str, int]] = field(default_factory=dict)
    pending: _Keys = field(default_factory=_Keys)  # keys of contacts the file inserted -> id
    new_ids: list[int] = field(default_factory=list)
    updated: set[int] = field(default_factory=set)  # book contacts changed (one change row each)
    unchanged: set[int] = field(default_factory=set)
    # The book's (name, organisation) and lone-name keys, built once per file when needed.
    name_org: dict[tuple[str, str], int] | None = None
    names: dict[str, int] | None = None


def _book_keys(conn: Connection, all_keys: Sequence[RecordKeys], state: _FileState) -> _Keys:
    """The book's contacts (as before the file) that any of the records could match."""
    wanted: dict[str, set[object]] = {
        k: set() for k in ("uid", "social", "email", "phone", "name_org", "name")
    }
    for record_keys in all_keys:
        for kind, values in record_keys.items():
            wanted[kind].update(values)
    keys = _Keys()
    lookups = (
        ("uid", contact_t.c.uid, contact_t.c.id),
        ("social", social_t.c.value_key, social_t.c.contact_id),
        ("email", email_t.c.value_key, email_t.c.contact_id),
        ("phone", phone_t.c.e164, phone_t.c.contact_id),
    )
    for kind, column, owner in lookups:
        table = getattr(keys, kind)
        for chunk in chunks(sorted(wanted[kind], key=str)):
            for value, cid in conn.execute(
                select(column, owner)
                .where(column.in_(chunk), owner <= state.last_book_id)
                .order_by(owner)
            ):
                table.setdefault(value, cid)
    if wanted["name_org"]:
        if state.name_org is None:
            state.name_org = _name_org_index(conn, state.last_book_id)
        for pair in wanted["name_org"]:
            if pair in state.name_org:
                keys.name_org[pair] = state.name_org[pair]
    if wanted["name"]:
        if state.names is None:
            state.names = _unique_names(conn, state.last_book_id)
        for name in wanted["name"]:
            if name in state.names:
                keys.name[name] = state.names[name]
    return keys


def _name_org_index(conn: Connection, last_id: int) -> dict[tuple[str, str], int]:
    """(folded name, folded organisation) -> the first contact with them."""
    index: dict[tuple[str, str], int] = {}
    for cid, display, organization in conn.execute(
        select(contact_t.c.id, contact_t.c.display_name, contact_t.c.organization)
        .where(contact_t.c.organization.is_not(None), contact_t.c.id <= last_id)
        .order_by(contact_t.c.id)
    ):
        index.setdefault((fold(display), fold(organization)), cid)
    return index


def _unique_names(conn: Connection, last_id: int) -> dict[str, int]:
    """Folded display name -> contact, for the names that belong to one contact only."""
    seen: dict[str, int] = {}
    shared: set[str] = set()
    for cid, display in conn.execute(
        select(contact_t.c.id, contact_t.c.display_name).where(contact_t.c.id <= last_id)
    ):
        key = fold(display)
        if key in seen:
            shared.add(key)
        else:
            seen[key] = cid
    for key in shared:
        del seen[key]
    return seen


@dataclass(slots=True)
class _Plan:
    """What one file will do to the book."""

    inserts: list[ContactRecord] = field(default_factory=list)
    updates: dict[int, tuple[ContactRecord, ContactRecord]] = field(
        default_factory=dict
    )  # id: (before, after)
    unchanged: set[int] = field(default_factory=set)
    # Contacts the file inserted in an earlier batch that a later card adds to.
    rewrites: dict[int, ContactRecord] = field(default_factory=dict)
    keys: _Keys = field(default_factory=_Keys)  # of the inserts, by index into `inserts`


def _job_change(
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


def _separate_reused_uids(parsed: ParseResult, first: dict[str, tuple[str, int]]) -> None:
    """Give a fresh UID to a card that reuses an earlier card's UID under another name.

    Cards sharing a UID are merged as one contact; but some exporters number their cards
    per file or copy a card with its UID, and merging two different people would lose one of
    them. Same UID and same name is one person (merged); another name is reported and kept.
    """
    for index, record in enumerate(parsed.records):
        if not record.uid:
            continue
        name = fold(record.best_display_name())
        card = parsed.positions[index] if index < len(parsed.positions) else index + 1
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


def _find_pending(earlier: _Keys, here: _Keys, record_keys: RecordKeys) -> tuple[int, bool] | None:
    """The contact of this file a record matches: (id, True) when an earlier batch inserted it,
    (index into this batch's inserts, False) otherwise; the first key that matches decides."""
    for kind, values in record_keys.items():
        old = getattr(earlier, kind)
        new = getattr(here, kind)
        for value in values:
            if value in old:
                return int(old[value]), True
            if value in new:
                return int(new[value]), False
    return None


def _plan(conn: Connection, parsed: ParseResult, today: dt.date, state: _FileState) -> _Plan:
    """What one batch of a file's records does to the book, given the batches before it."""
    _separate_reused_uids(parsed, state.first_uids)
    plan = _Plan()
    all_keys = [_record_keys(r) for r in parsed.records]
    book = _book_keys(conn, all_keys, state)
    pending = _Keys()  # keys of records this batch will insert, by index into plan.inserts
    matches = [_find(book, keys) for keys in all_keys]
    earlier = {
        found[0]
        for keys, cid in zip(all_keys, matches, strict=True)
        if cid is None and (found := _find_pending(state.pending, pending, keys)) and found[1]
    }
    loaded: dict[int, ContactRecord] = {}
    for chunk in chunks(sorted({cid for cid in matches if cid is not None} | earlier)):
        for record in contact_loading.load_records(conn, chunk):
            assert record.id is not None
            loaded[record.id] = record
    befores = _befores(conn, state, [cid for cid in matches if cid in state.updated])
    for record, keys, cid in zip(parsed.records, all_keys, matches, strict=True):
        if cid is not None and cid in loaded:
            before = plan.updates[cid][0] if cid in plan.updates else befores.get(cid, loaded[cid])
            current = plan.updates[cid][1] if cid in plan.updates else loaded[cid]
            after = merge_into(current, record)
            change = _job_change(current, after, today)
            if change is not None:
                after.interactions = [*after.interactions, change]
            if same_content(after, before):
                plan.unchanged.add(cid)
            else:
                plan.unchanged.discard(cid)
                plan.updates[cid] = (before, after)
            continue
        found = _find_pending(state.pending, pending, keys)
        if found is not None and found[1]:
            target = found[0]
            if target in loaded:
                current = plan.rewrites.get(target, loaded[target])
                plan.rewrites[target] = merge_into(current, record)
                _remember(state.pending, _record_keys(plan.rewrites[target]), target)
                continue
        elif found is not None:
            index = found[0]
            plan.inserts[index] = merge_into(plan.inserts[index], record)
            _remember(pending, _record_keys(plan.inserts[index]), index)
            continue
        plan.inserts.append(dataclasses.replace(record))
        _remember(pending, keys, len(plan.inserts) - 1)
    plan.keys = pending
    return plan


def _befores(conn: Connection, state: _FileState, ids: Sequence[int]) -> dict[int, ContactRecord]:
    """Contacts an earlier batch of this file changed, as they were before the file."""
    found: dict[int, ContactRecord] = {}
    for chunk in chunks(sorted(set(ids))):
        for cid, before in conn.execute(
            select(change_t.c.contact_id, change_t.c.before).where(
                change_t.c.batch_id == state.batch_id, change_t.c.contact_id.in_(chunk)
            )
        ):
            found[int(cid)] = from_snapshot(before)
    return found


class Importer:
    """Imports files into one book. Safe to call from a worker thread (own connections)."""

    def __init__(self, book: AddressBook, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.book = book
        self.database = book.database
        self._today = today

    def preview(self, paths: Sequence[Path], mapping: dict[str, str] | None = None) -> ImportReport:
        """What `run` would do, file by file; nothing is written.

        The preview is the import itself in a transaction that is rolled back, so that it
        streams as the import does and says exactly what the import would do.
        """
        with self.database.engine.connect() as conn:
            transaction = conn.begin()
            try:
                return self._import_all(conn, paths, mapping, _Progress(None, None), None)
            finally:
                transaction.rollback()

    def run(
        self,
        paths: Sequence[Path],
        *,
        progress: ProgressCallback | None = None,
        is_cancelled: CancelCheck | None = None,
        mapping: dict[str, str] | None = None,
    ) -> ImportReport:
        """Import the files in one transaction; a cancelled import leaves the book as it was.

        Each file is read as it is stored, a batch of cards at a time, inside the one
        transaction (a savepoint per file: a file that fails half-way leaves nothing behind).
        """
        counter = _Progress(progress, is_cancelled)
        try:
            with self.database.transaction() as conn:
                # The backup is made once a file could be opened, before anything is written.
                report = self._import_all(conn, paths, mapping, counter, self._backup)
                counter.check()
                counter.finish()
        except ImportCancelledError:
            return ImportReport(files=[], cancelled=True)
        return report

    def _import_all(
        self,
        conn: Connection,
        paths: Sequence[Path],
        mapping: dict[str, str] | None,
        counter: _Progress,
        before_writing: Callable[[], None] | None,
    ) -> ImportReport:
        """Import each file; `before_writing` runs once, before the first file is written
        (None for a preview, which also makes no thumbnails)."""
        results: list[FileImportResult] = []
        thumbnails = before_writing is not None
        # WORKAROUND: pysqlite opens its transaction at the first data-changing statement
        # (https://docs.sqlalchemy.org/en/20/dialects/sqlite.html#serializable-isolation-savepoints-transactional-ddl);
        # a SAVEPOINT before it would be a transaction of its own, committed on release. This
        # statement changes nothing and opens the one transaction the savepoints nest in.
        conn.execute(update(batch_t).where(batch_t.c.id < 0).values(path=batch_t.c.path))
        batch_ids: list[int] = []
        budget = ReadingBudget()
        counter.total_bytes = sum(_size(path) for path in paths)
        for path in paths:
            try:
                reading = open_reading(path, mapping, budget)
            except UnreadableFileError as exc:
                results.append(FileImportResult(path=path, format=None, error=str(exc)))
                continue
            if before_writing is not None:
                try:
                    before_writing()
                except BaseException:
                    reading.close()
                    raise
                before_writing = None
            savepoint = conn.begin_nested()
            try:
                result, batch_id = self._import_one(conn, path, reading, counter, thumbnails)
            except UnreadableFileError as exc:
                savepoint.rollback()
                results.append(FileImportResult(path=path, format=None, error=str(exc)))
                continue
            except BaseException:
                savepoint.rollback()
                raise
            finally:
                counter.file_done(reading.source)
                reading.close()
            savepoint.commit()
            results.append(result)
            batch_ids.append(batch_id)
        return ImportReport(files=results, batch_ids=batch_ids)

    def _import_one(
        self,
        conn: Connection,
        path: Path,
        reading: FileReading,
        counter: _Progress,
        thumbnails: bool,
    ) -> tuple[FileImportResult, int]:
        batch_id = int(
            conn.execute(
                insert(batch_t)
                .values(
                    created_at=utcnow(),
                    path=str(path),
                    format=reading.format,
                    imported=0,
                    updated=0,
                    unchanged=0,
                    problems=0,
                )
                .returning(batch_t.c.id)
            ).scalar_one()
        )
        last_id = conn.execute(select(func.max(contact_t.c.id))).scalar()
        state = _FileState(batch_id=batch_id, last_book_id=int(last_id or 0))
        read_problems: list[Problem] = []
        plan_problems: list[Problem] = []
        file_format = reading.format
        photo = with_thumbnail if thumbnails else _as_it_is
        for parsed in reading.batches():
            file_format = parsed.format
            read_problems.extend(parsed.problems)
            parsed.problems = []
            plan = _plan(conn, parsed, self._today(), state)
            plan_problems.extend(parsed.problems)
            self._write(conn, plan, state, photo)
            counter.advance(len(parsed.records), reading.source)
        _apply_group_memberships(conn, reading.memberships())
        # Stamped once the file is in: a contact changed by two batches keeps its last stamp.
        conn.execute(
            update(change_t)
            .where(change_t.c.batch_id == batch_id)
            .values(
                after_updated_at=select(contact_t.c.updated_at)
                .where(contact_t.c.id == change_t.c.contact_id)
                .scalar_subquery()
            )
        )
        read_problems.sort(key=lambda p: (p.line or 0, p.card or 0))
        result = FileImportResult(
            path=path,
            format=file_format,
            imported=len(state.new_ids),
            updated=len(state.updated),
            unchanged=len(state.unchanged - state.updated),
            problems=[*read_problems, *plan_problems],
        )
        conn.execute(
            update(batch_t)
            .where(batch_t.c.id == batch_id)
            .values(
                format=file_format,
                imported=result.imported,
                updated=result.updated,
                unchanged=result.unchanged,
                problems=len(result.problems),
            )
        )
        return result, batch_id

    def _backup(self) -> None:
        backup(self.database.engine, self.database.path, "before-import")

    @staticmethod
    def _write(
        conn: Connection,
        plan: _Plan,
        state: _FileState,
        photo: Callable[[ContactRecord], ContactRecord],
    ) -> None:
        """Store one batch's plan, and remember what the next batches must know of it."""
        new_ids = contact_rows.insert_records(
            conn, [photo(r) for r in plan.inserts], source_batch_id=state.batch_id
        )
        state.new_ids.extend(new_ids)
        for kind in ("uid", "social", "email", "phone", "name_org", "name"):
            into = getattr(state.pending, kind)
            for key, index in getattr(plan.keys, kind).items():
                into.setdefault(key, new_ids[index])
        contact_rows.replace_records(
            conn,
            [(cid, photo(after)) for cid, (_, after) in plan.updates.items()]
            + [(cid, photo(record)) for cid, record in plan.rewrites.items()],
        )
        first_changes = [cid for cid in plan.updates if cid not in state.updated]
        changes = [
            {"batch_id": state.batch_id, "contact_id": cid, "action": "insert", "before": None}
            for cid in new_ids
        ] + [
            {
                "batch_id": state.batch_id,
                "contact_id": cid,
                "action": "update",
                "before": to_snapshot(plan.updates[cid][0]),
            }
            for cid in first_changes
        ]
        for chunk in chunks(changes):
            conn.execute(insert(change_t), list(chunk))
        state.updated.update(plan.updates)
        state.unchanged.update(plan.unchanged)

    def undo(self, batch_ids: Sequence[int]) -> list[int]:
        """Take imports back in one transaction: new contacts go, changed ones are restored.

        A contact changed since the import (edited, merged, updated by a later import, given
        an interaction) is left as it is: undoing the import must not throw that work away.
        A batch already undone is skipped. Returns the ids of the contacts left as they are.
        """
        kept: list[int] = []
        with self.database.transaction() as conn:
            done = set(
                conn.execute(
                    select(batch_t.c.id).where(
                        batch_t.c.id.in_(list(batch_ids)), batch_t.c.undone_at.is_not(None)
                    )
                ).scalars()
            )
            for batch_id in sorted(set(batch_ids) - done, reverse=True):
                rows = conn.execute(
                    select(
                        change_t.c.contact_id,
                        change_t.c.action,
                        change_t.c.before,
                        change_t.c.after_updated_at,
                    )
                    .where(change_t.c.batch_id == batch_id)
                    .order_by(change_t.c.id)
                ).all()
                current = _updated_stamps(conn, [r.contact_id for r in rows])
                untouched = []
                for row in rows:
                    if row.contact_id not in current:
                        continue
                    stamp = row.after_updated_at
                    if stamp is not None and current[row.contact_id] != stamp:
                        kept.append(row.contact_id)
                    else:
                        untouched.append(row)
                contact_rows.delete_contacts(
                    conn, [r.contact_id for r in untouched if r.action == "insert"]
                )
                restores = [
                    (r.contact_id, from_snapshot(r.before))
                    for r in untouched
                    if r.action == "update"
                ]
                contact_rows.replace_records(conn, restores)
                # As it was, to the timestamp: an earlier batch undone next still knows it.
                for cid, record in restores:
                    if record.updated_at is not None:
                        conn.execute(
                            update(contact_t)
                            .where(contact_t.c.id == cid)
                            .values(updated_at=record.updated_at)
                        )
                conn.execute(
                    update(batch_t).where(batch_t.c.id == batch_id).values(undone_at=utcnow())
                )
        return kept

    def batches(self) -> list[ImportBatchSummary]:
        with self.database.reading() as conn:
            return [
                ImportBatchSummary(
                    id=r.id,
                    created_at=r.created_at,
                    path=r.path,
                    format=r.format,
                    imported=r.imported,
                    updated=r.updated,
                    unchanged=r.unchanged,
                    problems=r.problems,
                    undone=r.undone_at is not None,
                )
                for r in conn.execute(select(batch_t).order_by(batch_t.c.id.desc()))
            ]


def _updated_stamps(conn: Connection, ids: Sequence[int]) -> dict[int, dt.datetime]:
    """The updated_at of these contacts that are in the book."""
    found: dict[int, dt.datetime] = {}
    for chunk in chunks(sorted(set(ids))):
        for cid, stamp in conn.execute(
            select(contact_t.c.id, contact_t.c.updated_at).where(contact_t.c.id.in_(chunk))
        ):
            found[int(cid)] = stamp
    return found


def _apply_group_memberships(conn: Connection, memberships: dict[str, list[str]]) -> None:
    """Tag the book's contacts named by Apple/iCloud group cards."""
    if not memberships:
        return
    tag_ids = ensure_tags(conn, memberships)
    ids = core_tables.uid_map(conn, (uid for uids in memberships.values() for uid in uids))
    rows = [
        {"contact_id": ids[uid], "tag_id": tag_ids[fold(tag.strip())]}
        for tag, uids in memberships.items()
        for uid in uids
        if uid in ids and tag.strip()
    ]
    for chunk in chunks(rows):
        conn.execute(insert(contact_tag).prefix_with("OR IGNORE"), list(chunk))
    search_index.reindex(conn, {row["contact_id"] for row in rows})


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


def _as_it_is(record: ContactRecord) -> ContactRecord:
    return record


class _Progress:
    """Contacts read so far, of how many the files hold: estimated from the bytes read while
    the files stream in, exact once they are all read."""

    def __init__(self, callback: ProgressCallback | None, is_cancelled: CancelCheck | None) -> None:
        self.done = 0
        self._callback = callback
        self._is_cancelled = is_cancelled
        self._reported = -PROGRESS_EVERY
        self.total_bytes = 0  # of every file, as the file system says (0 for a pipe)
        self.bytes_before = 0  # read from the files done

    def advance(self, n: int, source: InputFile) -> None:
        self.done += n
        self.check()
        if self._callback is None or self.done - self._reported < PROGRESS_EVERY:
            return
        read = self.bytes_before + source.read_bytes
        total = self.done
        if self.total_bytes and read:
            total = max(self.done, round(self.done * self.total_bytes / read))
        self._reported = self.done
        self._callback(self.done, total)

    def file_done(self, source: InputFile) -> None:
        self.bytes_before += source.read_bytes

    def finish(self) -> None:
        if self._callback is not None:
            self._callback(self.done, self.done)

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ImportCancelledError
