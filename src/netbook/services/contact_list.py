"""The contact list's order and optional columns, and the listing a list model pages through.

Orders. By name (the default) and by date added, the list is read a page at a time straight
from an index walk (`ix_contact_active_sort`, `ix_contact_created_at`), as it always was: the
first page of 100,000 contacts costs a fraction of a millisecond. Company, last contact and
next reach-out are values no index holds (a company's case and accents fold in Python; the
other two are computed from interactions and cadences), so a listing in those orders takes the
filter's ids once, in order — one query for the names, one for the values, a sort of integers
and keys in Python, never a contact object — and pages through that snapshot until the next
refresh. Contacts without the value (no company, never in touch, no cadence) come last in
either direction, by name; ties go by name too. Reach out keeps its own order (most overdue
first) whatever is chosen. docs/design.md has the measured costs.

Columns. A page reads only the optional columns shown: each is a correlated subquery on the
page's rows (tags: one more query for the page), so hidden columns cost nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Date, case, func, select, type_coerce

from netbook.model.text import fold
from netbook.model.values import ContactSummary
from netbook.model.vocabulary import NOT_CONTACT_KINDS
from netbook.services.interactions import last_contact_of, last_touch

# Re-exported: the orders and columns were defined here before they moved to list_order.py.
from netbook.services.list_order import BY_NAME as BY_NAME
from netbook.services.list_order import LIVE_KEYS as LIVE_KEYS
from netbook.services.list_order import ListColumn as ListColumn
from netbook.services.list_order import ListOrder as ListOrder
from netbook.services.list_order import SortKey as SortKey
from netbook.store.core_tables import (
    chunks,
    contact_t,
    contact_tag,
    email_t,
    interaction_participant,
    interaction_t,
    phone_t,
    plain_rows,
    tag_t,
)

if TYPE_CHECKING:
    from netbook.services.address_book import AddressBook, ContactFilter


# -- SQL pieces --------------------------------------------------------------------------------
def _first_value(table: Any) -> ColumnElement[str]:
    """A contact's first email or phone: the preferred one, else the first in the card."""
    return (
        select(table.c.value)
        .where(table.c.contact_id == contact_t.c.id)
        .order_by(table.c.preferred.desc(), table.c.position, table.c.id)
        .limit(1)
        .correlate(contact_t)
        .scalar_subquery()
    )


def next_reach_out(today: dt.date) -> ColumnElement[dt.date]:
    """When the contact's cadence says to be in touch next (NULL without a cadence)."""
    days = contact_t.c.keep_in_touch_days
    due = func.date(last_touch(contact_t, today), func.printf("+%d days", days))
    return type_coerce(case((days > 0, due), else_=None), Date)


def column_values(columns: frozenset[ListColumn], today: dt.date) -> list[ColumnElement[Any]]:
    """The labelled select columns a page needs for the optional columns shown."""
    found: list[ColumnElement[Any]] = []
    if ListColumn.EMAIL in columns:
        found.append(_first_value(email_t).label("email"))
    if ListColumn.PHONE in columns:
        found.append(_first_value(phone_t).label("phone"))
    if ListColumn.LAST_CONTACT in columns:
        found.append(last_contact_of(contact_t).label("last_contact"))
    if ListColumn.ADDED in columns:
        found.append(contact_t.c.created_at.label("added"))
    if ListColumn.NEXT_REACH_OUT in columns:
        found.append(next_reach_out(today).label("next_reach_out"))
    return found


def live_position_key(order: ListOrder) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """The columns whose pair orders a live list (compared to find a contact's row)."""
    first = contact_t.c.sort_key if order.key is SortKey.NAME else contact_t.c.created_at
    return first, contact_t.c.id


def live_order(order: ListOrder) -> list[ColumnElement[Any]]:
    """ORDER BY terms of a live order (one an index walk serves in either direction)."""
    terms = live_position_key(order)
    return [t.desc() for t in terms] if order.descending else list(terms)


def tags_of(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Each contact's tag names, by name."""
    found: dict[int, list[str]] = {}
    for chunk in chunks(list(ids)):
        for cid, name in conn.execute(
            select(contact_tag.c.contact_id, tag_t.c.name)
            .join(tag_t, tag_t.c.id == contact_tag.c.tag_id)
            .where(contact_tag.c.contact_id.in_(chunk))
            .order_by(tag_t.c.key)
        ):
            found.setdefault(int(cid), []).append(name)
    return {cid: tuple(names) for cid, names in found.items()}


def summaries(rows: Sequence[Any], tags: dict[int, tuple[str, ...]]) -> list[ContactSummary]:
    """List rows from a page query's rows (the optional columns it did not read are empty)."""
    if not rows:
        return []
    # The query's columns, looked at once: asking a row for a column it lacks costs an
    # exception inside SQLAlchemy, per row and column.
    read = set(rows[0]._fields)

    def optional(row: Any, name: str) -> Any:
        return getattr(row, name) if name in read else None

    found = []
    for row in rows:
        late = optional(row, "late")
        found.append(
            ContactSummary(
                id=row.id,
                display_name=row.display_name,
                organization=row.organization,
                title=row.title,
                has_photo=bool(row.has_photo),
                favourite=bool(row.favourite),
                archived=row.archived_at is not None,
                days_overdue=None if late is None else round(late),
                email=optional(row, "email"),
                phone=optional(row, "phone"),
                last_contact=_date(optional(row, "last_contact")),
                added=optional(row, "added"),
                next_reach_out=_date(optional(row, "next_reach_out")),
                tags=tags.get(row.id, ()),
            )
        )
    return found


def _date(value: object) -> dt.date | None:
    """SQLite's date() gives text; a subquery's max() may too."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def snapshot_order(
    named: Sequence[int], values: dict[int, Any], order: ListOrder, *, folded: bool = False
) -> list[int]:
    """`named` (ids in name order) ordered by `values`: those without one last, ties by name.

    Python's sort is stable, descending included, so equal values keep the name order.
    `values` may hold ids `named` leaves out (read for the whole book); they are ignored.
    """
    if folded:  # companies repeat: fold and rank each spelling once, then sort integers
        folds = {spelling: fold(spelling) for spelling in set(values.values())}
        rank = {folded: n for n, folded in enumerate(sorted(set(folds.values())))}
        values = {cid: rank[folds[v]] for cid, v in values.items()}
    with_value = [cid for cid in named if cid in values]
    with_value.sort(key=values.__getitem__, reverse=order.descending)
    if len(with_value) == len(named):
        return with_value
    return with_value + [cid for cid in named if cid not in values]


# Up to this many contacts a value query is asked about them by id; beyond, about the whole
# book, which costs one scan whatever the filter (the extra values are ignored).
_FEW = 5000


def _restricted(stmt: Any, column: Any, candidates: Sequence[int] | None) -> Iterator[Any]:
    """`stmt` for the candidates, chunk by chunk, or once for the whole book."""
    if candidates is None or len(candidates) > _FEW:
        yield stmt
        return
    for chunk in chunks(list(candidates)):
        yield stmt.where(column.in_(chunk))


def company_values(conn: Connection, candidates: Sequence[int] | None) -> dict[int, str]:
    """The company of every candidate (None: every contact) that has one."""
    stmt = select(contact_t.c.id, contact_t.c.organization).where(
        func.trim(contact_t.c.organization) != ""
    )
    return {
        cid: org
        for part in _restricted(stmt, contact_t.c.id, candidates)
        for cid, org in plain_rows(conn, part)
    }


def last_contact_values(conn: Connection, candidates: Sequence[int] | None) -> dict[int, dt.date]:
    """The latest interaction of every candidate that has one, read from the interactions
    side: the contacts with interactions, not a subquery per contact (1.2 s at 100k)."""
    person = interaction_participant.c.contact_id
    stmt = (
        select(person, func.max(interaction_t.c.occurred_on))
        .join(interaction_t, interaction_t.c.id == interaction_participant.c.interaction_id)
        .where(interaction_t.c.kind.not_in(NOT_CONTACT_KINDS))
        .group_by(person)
    )
    found: dict[int, dt.date] = {}
    for part in _restricted(stmt, person, candidates):
        for cid, day in plain_rows(conn, part):
            if (value := _date(day)) is not None:
                found[cid] = value
    return found


def reach_out_values(
    conn: Connection, candidates: Sequence[int] | None, today: dt.date
) -> dict[int, dt.date]:
    """When each candidate with a cadence is due (cadences are few: read one by one)."""
    stmt = select(contact_t.c.id, next_reach_out(today)).where(contact_t.c.keep_in_touch_days > 0)
    found: dict[int, dt.date] = {}
    for part in _restricted(stmt, contact_t.c.id, candidates):
        for cid, day in plain_rows(conn, part):
            if (value := _date(day)) is not None:
                found[cid] = value
    return found


# -- the listing -------------------------------------------------------------------------------
class ContactListing:
    """The rows of one list (filter, order, columns) as a list model pages through them.

    Made by `AddressBook.listing`; `snapshot` holds the ids in order for the orders no index
    serves (see the module's docstring), None for the live ones.
    """

    def __init__(
        self,
        book: AddressBook,
        where: ContactFilter,
        order: ListOrder,
        columns: frozenset[ListColumn],
        snapshot: list[int] | None,
    ) -> None:
        self.book = book
        self.where = where
        self.order = order
        self.columns = columns
        self._snapshot = snapshot
        self._rows: dict[int, int] | None = None  # id -> row, made on the first lookup

    def count(self) -> int:
        if self._snapshot is not None:
            return len(self._snapshot)
        return self.book.count(self.where)

    def first_page(self, limit: int) -> tuple[list[ContactSummary], int]:
        """The first `limit` rows and how many rows the list has (AddressBook.first_page)."""
        if self._snapshot is not None:
            return self.page(0, limit), len(self._snapshot)
        return self.book.first_page(limit, self.where, self.order, self.columns)

    def page(self, offset: int, limit: int) -> list[ContactSummary]:
        if self._snapshot is not None:
            return self.book.summaries(self._snapshot[offset : offset + limit], self.columns)
        return self.book.page(offset, limit, self.where, self.order, self.columns)

    def position(self, contact_id: int) -> int | None:
        if self._snapshot is not None:
            # A reset looks up every kept selected contact: one dict, not a scan per id.
            if self._rows is None:
                self._rows = {cid: row for row, cid in enumerate(self._snapshot)}
            return self._rows.get(contact_id)
        return self.book.position(contact_id, self.where, self.order)

    def ids(self) -> list[int]:
        if self._snapshot is not None:
            return list(self._snapshot)
        return self.book.ids(self.where, self.order)
