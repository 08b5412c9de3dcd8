"""The address book facade: the one door through which cli and ui read and change the book."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    exists,
    false,
    func,
    literal,
    literal_column,
    select,
    tuple_,
)

from netbook.formats.images import BadImageError, thumbnail
from netbook.model.tables import utcnow
from netbook.model.values import ContactRecord, ContactSummary
from netbook.services import contact_list, search_plan

# Re-exported: the filter's values were defined here before they moved to contact_filter.py.
from netbook.services.contact_filter import RECENT_DAYS as RECENT_DAYS
from netbook.services.contact_filter import ContactFilter as ContactFilter
from netbook.services.contact_filter import View as View
from netbook.services.contact_list import ContactListing
from netbook.services.journal import Journal
from netbook.services.list_order import BY_NAME, ListColumn, ListOrder, SortKey
from netbook.services.reminders import overdue_condition, overdue_days
from netbook.services.shared_values import Holder, holders
from netbook.services.tag_count import TagCount as TagCount
from netbook.store import contact_loading, contact_rows, core_tables
from netbook.store.core_tables import contact_t, contact_tag, photo_t, tag_t
from netbook.store.database import Database
from netbook.store.search_index import match_expression

# Any SELECT: _filtered adds WHERE clauses and gives back the same kind of statement.
AnySelect = TypeVar("AnySelect", bound="Select[*tuple[Any, ...]]")

# Above this many candidates a page is read by walking the name index (see _many_candidates).
_WALK_THRESHOLD = 2000
# How far down the list a contact may be for `position` to count the contacts above it one
# by one (each tested against the search with one look) instead of from the search's set.
_POSITION_WINDOW = 500
_MATCH_COUNT_MEMO = 16
_MAX_ID = 2**63 - 1  # SQLite's largest integer


def _count(n: int) -> str:
    return "1 contact" if n == 1 else f"{n} contacts"


class ContactNotFoundError(LookupError):
    def __init__(self, ref: str | int) -> None:
        text = str(ref)
        shown = text if len(text) <= 60 else text[:57] + "..."
        super().__init__(f"no contact with id or UID {shown!r}")
        self.ref = ref


def with_thumbnail(record: ContactRecord) -> ContactRecord:
    """The record with a list thumbnail made for its photo; an unreadable photo is dropped."""
    photo = record.photo
    if photo is None or not photo.data or photo.thumbnail:
        return record
    try:
        return replace(record, photo=replace(photo, thumbnail=thumbnail(photo.data)))
    except BadImageError:
        return replace(record, photo=None if not photo.uri else replace(photo, data=None))


class AddressBook:
    """Contacts in the book: add, change, archive, delete, find, list, count.

    Every change is one journal operation (services/journal.py): undoable, with its label.
    """

    def __init__(self, database: Database, journal: Journal | None = None) -> None:
        self.database = database
        self.journal = journal if journal is not None else Journal(database)
        self._match_estimates: dict[str, int] = {}

    @property
    def path(self) -> Path:
        """The book's file (what an export must never replace: services/export_target.py)."""
        return self.database.path

    # -- changing ------------------------------------------------------------------------
    def add(self, record: ContactRecord, *, label: str | None = None) -> int:
        with self.journal.operation(label or f"Add “{record.best_display_name()}”") as conn:
            return contact_rows.insert_records(conn, [with_thumbnail(record)])[0]

    def add_many(self, records: Sequence[ContactRecord], *, label: str | None = None) -> list[int]:
        """Insert many contacts in one transaction (all or nothing)."""
        with self.journal.operation(label or f"Add {_count(len(records))}") as conn:
            return contact_rows.insert_records(conn, [with_thumbnail(r) for r in records])

    def update(self, contact_id: int, record: ContactRecord, *, label: str | None = None) -> None:
        with self.journal.operation(label or f"Edit “{record.best_display_name()}”") as conn:
            self._require(conn, contact_id)
            contact_rows.replace_record(conn, contact_id, with_thumbnail(record))

    def archive(self, ids: Sequence[int], *, label: str | None = None) -> None:
        with self.journal.operation(label or f"Archive {_count(len(ids))}") as conn:
            contact_rows.set_archived(conn, ids, archived=True)

    def unarchive(self, ids: Sequence[int], *, label: str | None = None) -> None:
        with self.journal.operation(label or f"Unarchive {_count(len(ids))}") as conn:
            contact_rows.set_archived(conn, ids, archived=False)

    def set_favourite(
        self, ids: Sequence[int], favourite: bool, *, label: str | None = None
    ) -> None:
        label = (
            label or f"Mark {_count(len(ids))} as favourite"
            if favourite
            else (f"Unmark {_count(len(ids))} as favourite")
        )
        with self.journal.operation(label) as conn:
            for chunk in core_tables.chunks(list(ids)):
                conn.execute(
                    contact_t.update()
                    .where(contact_t.c.id.in_(chunk), contact_t.c.favourite.is_not(favourite))
                    .values(favourite=favourite, updated_at=utcnow())
                )

    def delete(self, ids: Sequence[int], *, label: str | None = None) -> None:
        """Delete contacts for good (undoable through the journal, as every change)."""
        with self.journal.operation(label or f"Delete {_count(len(ids))}") as conn:
            contact_rows.delete_contacts(conn, ids)

    # -- reading -------------------------------------------------------------------------
    def get(self, contact_id: int) -> ContactRecord | None:
        with self.database.reading() as conn:
            found = contact_loading.load_records(conn, [contact_id])
        return found[0] if found else None

    def get_many(self, ids: Sequence[int]) -> list[ContactRecord]:
        with self.database.reading() as conn:
            return contact_loading.load_records(conn, ids)

    def batches(self, ids: Sequence[int], size: int = 500) -> Iterator[list[ContactRecord]]:
        """The contacts of `ids`, in that order, `size` at a time, all read from one snapshot
        of the book: for exports and listings that must not hold the whole book at once."""
        with self.database.snapshot() as conn:
            for start in range(0, len(ids), size):
                yield contact_loading.load_records(conn, ids[start : start + size])

    def resolve(self, ref: str | int) -> int:
        """The id of the contact named by an id or a UID; ContactNotFoundError otherwise."""
        with self.database.reading() as conn:
            text_ref = str(ref).strip()
            # An id is a positive SQLite integer; longer digit strings can only be UIDs.
            if (
                text_ref.isascii()
                and text_ref.isdigit()
                and len(text_ref) <= 19
                and int(text_ref) <= _MAX_ID
            ):
                found = conn.execute(
                    select(contact_t.c.id).where(contact_t.c.id == int(text_ref))
                ).scalar()
                if found is not None:
                    return int(found)
            found = conn.execute(select(contact_t.c.id).where(contact_t.c.uid == text_ref)).scalar()
            if found is None:
                raise ContactNotFoundError(ref)
            return int(found)

    def uids(self, ids: Sequence[int]) -> dict[int, str]:
        """The UIDs of these contacts (undo follows UIDs: a restored contact gets a new id)."""
        found: dict[int, str] = {}
        with self.database.reading() as conn:
            for chunk in core_tables.chunks(list(ids)):
                for cid, uid in conn.execute(
                    select(contact_t.c.id, contact_t.c.uid).where(contact_t.c.id.in_(chunk))
                ):
                    found[int(cid)] = str(uid)
        return found

    def flags(self, ids: Sequence[int]) -> dict[int, tuple[bool, bool]]:
        """(archived, favourite) of each of these contacts that is in the book."""
        found: dict[int, tuple[bool, bool]] = {}
        with self.database.reading() as conn:
            for chunk in core_tables.chunks(list(ids)):
                for cid, archived_at, favourite in conn.execute(
                    select(contact_t.c.id, contact_t.c.archived_at, contact_t.c.favourite).where(
                        contact_t.c.id.in_(chunk)
                    )
                ):
                    found[int(cid)] = (archived_at is not None, bool(favourite))
        return found

    def who_else_has(
        self, emails: Sequence[str], phones: Sequence[str], excluding: int | None = None
    ) -> list[Holder]:
        """The other contacts that already have one of these emails or phone numbers."""
        with self.database.reading() as conn:
            return holders(conn, emails, phones, excluding)

    def ids_for_uids(self, uids: Sequence[str]) -> dict[str, int]:
        """The ids of the contacts with these UIDs that are in the book."""
        with self.database.reading() as conn:
            return core_tables.uid_map(conn, uids)

    def page(
        self,
        offset: int,
        limit: int,
        where: ContactFilter = ContactFilter(),
        order: ListOrder = BY_NAME,
        columns: frozenset[ListColumn] = frozenset(),
    ) -> list[ContactSummary]:
        """One page of summaries in `order` (Reach out: most overdue first), with the optional
        `columns` read. An order no index serves sorts the whole list first: page through a
        `listing` for those."""
        if not _is_live(where, order):
            return self.summaries(self.ids(where, order)[offset : offset + limit], columns)
        with self.database.reading() as conn:
            return self._live_page(conn, offset, limit, where, order, columns)

    def first_page(
        self,
        limit: int,
        where: ContactFilter = ContactFilter(),
        order: ListOrder = BY_NAME,
        columns: frozenset[ListColumn] = frozenset(),
    ) -> tuple[list[ContactSummary], int]:
        """The first `limit` rows of a list and how many rows it has: what a list model shows
        after each keystroke. A short first page is the whole list, and no count is read.

        A search over the whole book counts its matches once, before the page, in one
        snapshot of the book: the number is both the count and what the page's plan is chosen
        by (services/search_plan.py; the doclist used to be read twice more).
        """
        match = _whole_book_match(where) if _is_live(where, order) else None
        if match is None:
            rows = self.page(0, limit, where, order, columns)
            return rows, len(rows) if len(rows) < limit else self.count(where)
        with self.database.snapshot() as conn:
            counted = search_plan.count_matches(conn, match)
            self._remember_matches(match, counted.matched)
            rows = self._live_page(conn, 0, limit, where, order, columns, counted=counted)
        return rows, len(rows) if len(rows) < limit else counted.matched

    def _live_page(
        self,
        conn: Connection,
        offset: int,
        limit: int,
        where: ContactFilter,
        order: ListOrder,
        columns: frozenset[ListColumn],
        *,
        counted: search_plan.SearchCount | None = None,
    ) -> list[ContactSummary]:
        """A page of a list an index walk serves (`counted`: the search's count, if read)."""
        today = dt.date.today()
        if where.view is not View.REACH_OUT:
            probed = self._probed_page(conn, offset, limit, where, order, columns, counted)
            if probed is not None:
                return probed
        stmt = _filtered(
            _summary_select(columns, today),
            where,
            in_sort_order=self._many_candidates(
                conn, where, None if counted is None else counted.matched
            ),
        )
        if where.view is View.REACH_OUT:
            # Most overdue first, as the dashboard lists them; the list is short.
            late = overdue_days(today, contact_t.c.id)
            stmt = stmt.add_columns(late.label("late")).order_by(
                late.desc(), contact_t.c.sort_key, contact_t.c.id
            )
        else:
            stmt = stmt.order_by(*contact_list.live_order(order))
        rows = conn.execute(stmt.limit(limit).offset(offset)).all()
        return _summaries(conn, rows, columns)

    def _probed_page(
        self,
        conn: Connection,
        offset: int,
        limit: int,
        where: ContactFilter,
        order: ListOrder,
        columns: frozenset[ListColumn],
        counted: search_plan.SearchCount | None,
    ) -> list[ContactSummary] | None:
        """A page of a broad search read by probing each contact walked (services/
        search_plan.py), or None when probing does not pay or the window held too few."""
        match = _whole_book_match(where)
        wanted = offset + limit
        if match is None or limit <= 0 or wanted > search_plan.PROBE_MAX_ROWS:
            return None
        if counted is None:
            counted = search_plan.SearchCount(
                self._estimated_matches(conn, match), search_plan.book_size(conn)
            )
        if not search_plan.probes_pay(match, counted.matched, counted.book_size, wanted):
            return None
        first, second = contact_list.live_position_key(order)
        walk = contact_list.live_order(order)
        active: ColumnElement[bool] = literal_column(
            "likelihood(contact.archived_at IS NULL, 0.99)"
        )
        window = search_plan.probe_window(wanted)
        edge = conn.execute(
            select(first, second).where(active).order_by(*walk).limit(1).offset(window - 1)
        ).first()
        stmt = (
            _summary_select(columns, dt.date.today())
            .where(active, search_plan.fts_contains(match))
            .order_by(*walk)
        )
        if edge is not None:  # else the whole list is within the window
            theirs, last = tuple_(first, second), tuple_(literal(edge[0]), literal(edge[1]))
            stmt = stmt.where(theirs >= last if order.descending else theirs <= last)
        rows = conn.execute(stmt.limit(limit).offset(offset)).all()
        if edge is not None and len(rows) < limit:
            return None  # the match thins out further down: the set pays after all
        return _summaries(conn, rows, columns)

    def summaries(
        self, ids: Sequence[int], columns: frozenset[ListColumn] = frozenset()
    ) -> list[ContactSummary]:
        """The list rows of these contacts, in the order given (those gone are left out)."""
        with self.database.reading() as conn:
            rows: list[Any] = []
            for chunk in core_tables.chunks(list(ids)):
                stmt = _summary_select(columns, dt.date.today()).where(contact_t.c.id.in_(chunk))
                rows.extend(conn.execute(stmt))
            found = {s.id: s for s in _summaries(conn, rows, columns)}
        return [found[cid] for cid in ids if cid in found]

    def listing(
        self,
        where: ContactFilter = ContactFilter(),
        order: ListOrder = BY_NAME,
        columns: frozenset[ListColumn] = frozenset(),
    ) -> ContactListing:
        """The list `where` selects, in `order`, for a model to page through (see
        services/contact_list.py: the orders no index serves are read once, as ids)."""
        snapshot = None if _is_live(where, order) else self.ids(where, order)
        return ContactListing(self, where, order, columns, snapshot)

    def position(
        self,
        contact_id: int,
        where: ContactFilter = ContactFilter(),
        order: ListOrder = BY_NAME,
    ) -> int | None:
        """The row of a contact in the list `where` selects, or None when it is not in it.

        Lets the list find a contact again after a refresh without reading the rows above it.
        """
        if not _is_live(where, order) or where.view is View.REACH_OUT:
            order_ids = self.ids(where, order)  # short, or sorted in Python anyway
            return order_ids.index(contact_id) if contact_id in order_ids else None
        first, second = contact_list.live_position_key(order)
        with self.database.reading() as conn:
            # The one contact tested against the search with one look into the index, not
            # by building the set of everything the search matches (~10 ms for one letter).
            mine = select(first, second).where(contact_t.c.id == contact_id)
            row = conn.execute(_filtered(mine, where, per_row_match=True).limit(1)).first()
            if row is None:
                return None
            theirs, ours = tuple_(first, second), tuple_(literal(row[0]), literal(row[1]))
            above = theirs > ours if order.descending else theirs < ours
            walk = self._many_candidates(conn, where)
            count = select(func.count()).select_from(contact_t)
            if walk and where.query.strip():
                # A broad search with the contact near the top of the list (the usual case
                # while typing): the few contacts above it in the list, each tested with one
                # look, cost less than the set of every match.
                window = select(contact_t.c.id).where(above).limit(_POSITION_WINDOW)
                everyone = replace(where, query="")
                near = conn.execute(
                    select(func.count()).select_from(
                        _filtered(window, everyone, in_sort_order=True).subquery()
                    )
                ).scalar_one()
                if near < _POSITION_WINDOW:
                    filtered = _filtered(count, where, in_sort_order=True, per_row_match=True)
                    return int(conn.execute(filtered.where(above)).scalar_one())
            before = _filtered(count, where, in_sort_order=walk).where(above)
            return int(conn.execute(before).scalar_one())

    def ids(self, where: ContactFilter = ContactFilter(), order: ListOrder = BY_NAME) -> list[int]:
        """Every id the filter selects, in list order (for export and bulk actions)."""
        if where.view is View.REACH_OUT:
            return [s.id for s in self.page(0, 1_000_000, where)]
        live = order if order.key in contact_list.LIVE_KEYS else BY_NAME
        # Every row, not a page: walking the name index pays only when nearly every contact
        # is wanted; for a search or a tag, collecting the few and sorting them wins.
        walk = where == ContactFilter()
        with self.database.reading() as conn:
            stmt = _filtered(select(contact_t.c.id), where, in_sort_order=walk).order_by(
                *contact_list.live_order(live)
            )
            named = [row[0] for row in core_tables.plain_rows(conn, stmt)]
            if live == order:
                return named
            return contact_list.snapshot_order(
                named,
                self._order_values(conn, order.key, named),
                order,
                folded=order.key is SortKey.COMPANY,
            )

    @staticmethod
    def _order_values(conn: Connection, key: SortKey, candidates: Sequence[int]) -> dict[int, Any]:
        if key is SortKey.COMPANY:
            return contact_list.company_values(conn, candidates)
        if key is SortKey.LAST_CONTACT:
            return contact_list.last_contact_values(conn, candidates)
        return contact_list.reach_out_values(conn, candidates, dt.date.today())

    def count(self, where: ContactFilter = ContactFilter()) -> int:
        with self.database.reading() as conn:
            match = _whole_book_match(where)
            if match is not None:
                # The search field's usual case: FTS5 counts its matches from the doclist
                # alone, ~10x faster at 100k than joining each match to its contact.
                return search_plan.count_matches(conn, match).matched
            if where == ContactFilter():
                # Every active contact: all of them (SQLite counts a whole table from its
                # b-tree pages, well under a millisecond at 100k) less the archived, who are
                # few; 4-5 ms when the active ones are counted through their index.
                every = select(func.count()).select_from(contact_t).scalar_subquery()
                archived = (
                    select(func.count())
                    .where(contact_t.c.archived_at.is_not(None))
                    .scalar_subquery()
                )
                return int(conn.execute(select(every - archived)).scalar_one())
            stmt = _filtered(select(func.count()).select_from(contact_t), where)
            return int(conn.execute(stmt).scalar_one())

    def _estimated_matches(self, conn: Connection, match: str) -> int:
        """How many contacts the FTS expression matches, remembered for the last few searches:
        it only picks a query plan for the pages of one search, where a value made stale by an
        edit does no harm."""
        found = self._match_estimates.get(match)
        if found is None:
            found = search_plan.match_count(conn, match)
            self._remember_matches(match, found)
        return found

    def _remember_matches(self, match: str, found: int) -> None:
        self._match_estimates.pop(match, None)
        if len(self._match_estimates) >= _MATCH_COUNT_MEMO:
            self._match_estimates.pop(next(iter(self._match_estimates)))
        self._match_estimates[match] = found

    def _many_candidates(
        self, conn: Connection, where: ContactFilter, matched: int | None = None
    ) -> bool:
        """Whether a page of `where` is best read by walking the name index in order.

        Walking `ix_contact_active_sort` and testing each contact stops after one page, which
        wins when many contacts qualify (the whole book, a one-letter search: ~0.5 ms and
        ~10 ms at 100k instead of 30 ms and 60 ms for collecting and sorting every match).
        When few qualify, collecting them first and sorting them wins; SQLite's planner, with
        no statistics, always collects, so the walk is asked for with `likelihood()`.
        `matched` is the count of a search over the whole book when the caller has read it.
        """
        if where.view is not View.ALL or where.ids is not None:
            return False
        match = match_expression(where.query)
        if match is not None:
            if matched is None:
                matched = self._estimated_matches(conn, match)
            if matched < _WALK_THRESHOLD:
                return False
        if where.tag_id is not None:
            tagged = select(func.count()).where(contact_tag.c.tag_id == where.tag_id)
            return int(conn.execute(tagged).scalar_one()) >= _WALK_THRESHOLD
        return True

    def search(self, query: str, limit: int = 50) -> list[ContactSummary]:
        return self.page(0, limit, ContactFilter(query=query))

    def thumbnail(self, contact_id: int) -> bytes | None:
        with self.database.reading() as conn:
            return conn.execute(
                select(photo_t.c.thumbnail).where(photo_t.c.contact_id == contact_id)
            ).scalar()

    def tags(self) -> list[TagCount]:
        """Every tag with how many active contacts carry it, by name.

        Counted as all of a tag's links (read from the tag index alone) minus the links of
        archived contacts, who are few: joining every link to its contact to test it costs
        ~50 ms at 100k contacts, on the way to the window's first paint; this costs ~2 ms.
        """
        links = (
            select(func.count())
            .where(contact_tag.c.tag_id == tag_t.c.id)
            .correlate(tag_t)
            .scalar_subquery()
        )
        tags = select(tag_t.c.id, tag_t.c.name, links).order_by(tag_t.c.key)
        archived_links = (
            select(contact_tag.c.tag_id, func.count())
            .select_from(contact_t)
            .join(contact_tag, contact_tag.c.contact_id == contact_t.c.id)
            .where(literal_column("likelihood(contact.archived_at IS NOT NULL, 0.01)"))
            .group_by(contact_tag.c.tag_id)
        )
        with self.database.reading() as conn:
            archived = {int(t): int(n) for t, n in conn.execute(archived_links)}
            return [
                TagCount(id=t, name=name, count=int(n) - archived.get(t, 0))
                for t, name, n in conn.execute(tags)
            ]

    @staticmethod
    def _require(conn: Connection, contact_id: int) -> None:
        if (
            conn.execute(select(contact_t.c.id).where(contact_t.c.id == contact_id)).scalar()
            is None
        ):
            raise ContactNotFoundError(contact_id)


def _is_live(where: ContactFilter, order: ListOrder) -> bool:
    """Whether pages of this list come straight from SQL (else from a snapshot of ids)."""
    return where.view is View.REACH_OUT or order.key in contact_list.LIVE_KEYS


def _summary_select(columns: frozenset[ListColumn], today: dt.date) -> Select[Any]:
    has_photo = exists().where(photo_t.c.contact_id == contact_t.c.id)
    return select(
        contact_t.c.id,
        contact_t.c.display_name,
        contact_t.c.organization,
        contact_t.c.title,
        has_photo.label("has_photo"),
        contact_t.c.favourite,
        contact_t.c.archived_at,
        *contact_list.column_values(columns, today),
    )


def _summaries(
    conn: Connection, rows: Sequence[Any], columns: frozenset[ListColumn]
) -> list[ContactSummary]:
    tags = contact_list.tags_of(conn, [r.id for r in rows]) if ListColumn.TAGS in columns else {}
    return contact_list.summaries(rows, tags)


def _whole_book_match(where: ContactFilter) -> str | None:
    """The FTS expression of a search over every active contact (no view, tag or ids), the
    search field's usual case, which has its own count and page plans; else None."""
    if where != ContactFilter(query=where.query):
        return None
    return match_expression(where.query)


def _filtered(
    stmt: AnySelect,
    where: ContactFilter,
    *,
    in_sort_order: bool = False,
    per_row_match: bool = False,
) -> AnySelect:
    """`stmt` restricted to the contacts `where` selects.

    `in_sort_order` asks SQLite to walk the active contacts' name index and test each one
    (see AddressBook._many_candidates); otherwise it collects the candidates first.
    `per_row_match` tests each row against the search with one look into the index
    (search_plan.fts_contains) instead of building the set of its matches: for statements
    that reach few rows.
    """
    conditions: list[ColumnElement[bool]] = []
    # With `+ 0` an id test cannot become "look each candidate up by id", which would stop
    # the planner from walking the name index.
    member = contact_t.c.id + 0 if in_sort_order else contact_t.c.id
    match = match_expression(where.query)
    if where.view is View.EVERYONE:
        pass
    elif where.view is View.ARCHIVED:
        # Archived contacts are few: collect them through ix_contact_archived_at and sort
        # them, rather than walk the whole name index (120 ms at 100k) to find them.
        conditions.append(literal_column("likelihood(contact.archived_at IS NOT NULL, 0.01)"))
    elif in_sort_order:
        # "Nearly every contact is active": the planner then walks ix_contact_active_sort in
        # order instead of collecting every active contact through ix_contact_archived_at.
        conditions.append(literal_column("likelihood(contact.archived_at IS NULL, 0.99)"))
    elif match is not None:
        # The search's matches are collected: `+` has each one looked up by id and tested
        # there, instead of through ix_contact_archived_at and then by id (two seeks a
        # match: 20-30 % of such a page at 100k).
        conditions.append(literal_column("+contact.archived_at IS NULL"))
    else:
        conditions.append(contact_t.c.archived_at.is_(None))
    if where.view is View.FAVOURITES:
        conditions.append(contact_t.c.favourite.is_(True))
    elif where.view is View.RECENT:
        conditions.append(contact_t.c.created_at >= func.datetime("now", f"-{RECENT_DAYS} days"))
    elif where.view is View.REACH_OUT:
        conditions.append(overdue_condition(dt.date.today(), contact_t.c.id))
    if where.tag_id is not None:
        conditions.append(
            member.in_(select(contact_tag.c.contact_id).where(contact_tag.c.tag_id == where.tag_id))
        )
    if where.ids is not None:
        conditions.append(contact_t.c.id.in_(sorted(where.ids)))
    if match is not None:
        if per_row_match:
            conditions.append(search_plan.fts_contains(match))
        else:
            conditions.append(member.in_(search_plan.fts_rowids(match)))
    elif where.query.strip():
        conditions.append(false())  # only punctuation was typed: nothing matches
    return stmt.where(*conditions)
