"""Keep in touch: the overdue contacts ("Reach out"), dormant ones, and the coming birthdays
and anniversaries.

Everything is measured from a `today` the caller passes, so tests and the CLI's `--today`
can ask "as of" any date. Only active contacts are reminded of: archived ones are history.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    FromClause,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)

from netbook.services.interactions import (
    believed_how_met,
    has_interactions,
    last_contact_of,
    last_touch,
    touched_since,
)
from netbook.store.core_tables import contact_t

DORMANT_DAYS = 365
UPCOMING_DAYS = 30
BIRTHDAY = "birthday"
ANNIVERSARY = "anniversary"
# Apple Contacts writes a birthday without a year as 1604-MM-DD; years this early mean "none".
_NO_YEAR_BEFORE = 1700
_DATE = re.compile(r"^(?:(\d{4})-|--)(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class ReachOutEntry:
    """An overdue contact: the cadence says we should have been in touch by `due_on`."""

    id: int
    name: str
    organization: str | None
    cadence_days: int
    last_contact: dt.date | None  # the latest interaction; None when there was none
    due_on: dt.date
    days_overdue: int  # 0 = due today


@dataclass(frozen=True, slots=True)
class UpcomingDate:
    contact_id: int
    name: str
    kind: str  # BIRTHDAY or ANNIVERSARY
    on: dt.date  # the next time it falls, on or after today
    days_until: int
    years: int | None  # the age reached / years married, when the year is known


def _overdue_select(today: dt.date) -> Select[tuple[object, ...]]:
    due = contact_t.alias("due")
    touch = last_touch(due, today)
    late = (
        func.julianday(literal(today.isoformat()))
        - func.julianday(touch)
        - due.c.keep_in_touch_days
    )
    return (
        select(
            due.c.id,
            due.c.display_name,
            due.c.organization,
            due.c.keep_in_touch_days,
            due.c.sort_key,
            last_contact_of(due).label("last"),
            touch.label("touch"),
            late.label("late"),
        )
        .select_from(due)
        .where(due.c.archived_at.is_(None), due.c.keep_in_touch_days > 0, late >= 0)
    )


def overdue_condition(today: dt.date, contact_id: ColumnElement[int]) -> ColumnElement[bool]:
    """`contact_id` is an overdue contact (for the sidebar's "Reach out" list)."""
    stmt = _overdue_select(today)
    return contact_id.in_(stmt.with_only_columns(stmt.selected_columns.id))


def overdue_days(today: dt.date, contact_id: ColumnElement[int]) -> ColumnElement[float]:
    """How many days past its cadence `contact_id` is (NULL when it is not overdue)."""
    stmt = _overdue_select(today)
    late = stmt.selected_columns.late
    return (
        stmt.with_only_columns(late).where(stmt.selected_columns.id == contact_id).scalar_subquery()
    )


def reach_out(conn: Connection, today: dt.date, limit: int | None = None) -> list[ReachOutEntry]:
    """Active contacts whose keep-in-touch cadence has run out, most overdue first (the first
    `limit` of them when given).

    The cadence counts from the last touch (interactions.last_touch: the later of the latest
    interaction and how we met, else the day the contact was added). A contact is listed
    from the day it falls due.
    """
    stmt = _overdue_select(today)
    stmt = stmt.order_by(
        stmt.selected_columns.late.desc(), stmt.selected_columns.sort_key, stmt.selected_columns.id
    )
    if limit is not None:
        stmt = stmt.limit(max(limit, 0))
    rows = conn.execute(stmt).all()
    return [
        ReachOutEntry(
            id=row.id,
            name=row.display_name,
            organization=row.organization,
            cadence_days=int(row.keep_in_touch_days),
            last_contact=row.last,
            due_on=row.touch + dt.timedelta(days=int(row.keep_in_touch_days)),
            days_overdue=round(row.late),
        )
        for row in rows
    ]


def last_contact_if_cadence(contact: FromClause) -> ColumnElement[dt.date]:
    """The latest interaction of an active contact with a cadence, NULL for everyone else:
    the one input of is_overdue that needs the interaction tables, asked only about the
    contacts that can be overdue."""
    can_be_due = and_(contact.c.archived_at.is_(None), contact.c.keep_in_touch_days > 0)
    return type_coerce(case((can_be_due, last_contact_of(contact)), else_=None), Date)


def is_overdue(
    today: dt.date, row: FromClause, last: ColumnElement[dt.date]
) -> ColumnElement[bool]:
    """`row` (a subquery of contact rows) is an overdue contact, given each row's `last`
    contact (last_contact_if_cadence, computed once in that subquery): what _overdue_select
    asks, without its two correlated subqueries per contact.

    The touch is interactions.last_touch's: the later of the last interaction and how we
    met, else the day the contact was added. tests/services/test_network_stats.py checks
    that stats' count of these and reach_out agree.
    """
    met = believed_how_met(row, today)
    touch = func.coalesce(
        func.max(func.coalesce(last, met), func.coalesce(met, last)), func.date(row.c.created_at)
    )
    late = func.julianday(literal(today.isoformat())) - func.julianday(touch)
    return and_(
        row.c.archived_at.is_(None),
        row.c.keep_in_touch_days > 0,
        late - row.c.keep_in_touch_days >= 0,
    )


def dormant_condition(today: dt.date) -> ColumnElement[bool]:
    """An active contact whose last touch (see interactions.last_touch) is more than
    DORMANT_DAYS ago.

    Written as "no interaction since the cutoff, and the connection is older than that"
    so that it runs from the interaction date index: ~0.1 s at 100,000 contacts, against
    ~0.8 s for computing every contact's last interaction.
    """
    cutoff = today - dt.timedelta(days=DORMANT_DAYS)
    met = believed_how_met(contact_t, today)
    older = or_(
        and_(met.is_not(None), met < cutoff),
        and_(
            met.is_(None),
            or_(
                func.date(contact_t.c.created_at) < cutoff.isoformat(), has_interactions(contact_t)
            ),
        ),
    )
    return and_(
        contact_t.c.archived_at.is_(None),
        contact_t.c.id.not_in(touched_since(cutoff)),
        older,
    )


def dormant_select(today: dt.date) -> Select[tuple[int]]:
    """Ids of the dormant contacts (dormant_condition)."""
    return select(contact_t.c.id).where(dormant_condition(today))


def parse_yearless(value: str | None) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) from "YYYY-MM-DD" / "--MM-DD"; None when unreadable."""
    match = _DATE.match((value or "").strip())
    if not match:
        return None
    year_text, month, day = match.group(1), int(match.group(2)), int(match.group(3))
    year = None if year_text is None or int(year_text) < _NO_YEAR_BEFORE else int(year_text)
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    return year, month, day


def occurrence(month: int, day: int, year: int) -> dt.date:
    """The date a yearly event falls in `year`; 29 February is kept on the 28th in common years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def _month_days(today: dt.date, days: int) -> list[str]:
    """Every "MM-DD" a stored date can end with to fall in the window (29 Feb included when
    the window holds a common year's 28 Feb)."""
    found: list[str] = []
    for offset in range(days):
        day = today + dt.timedelta(days=offset)
        found.append(f"{day.month:02d}-{day.day:02d}")
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            found.append("02-29")
    return found


def _next_time(
    value: str | None, today: dt.date, end: dt.date
) -> tuple[dt.date, int | None] | None:
    """When a stored yearly date falls next in [today, end), with the years it then marks
    (None when its year is unknown); None when it does not fall in that window."""
    parsed = parse_yearless(value)
    if parsed is None:
        return None
    year, month, day = parsed
    for candidate_year in (today.year, today.year + 1):
        on = occurrence(month, day, candidate_year)
        if today <= on < end:
            return on, (on.year - year if year is not None and year <= on.year else None)
    return None


def _dated_rows(conn: Connection, today: dt.date, days: int, *columns: Any) -> Sequence[Any]:
    """`columns` of the active contacts whose birthday or anniversary may fall in the window
    (the rows the window's "MM-DD" days end; the year and the day are checked after)."""
    wanted = _month_days(today, days)
    return conn.execute(
        select(*columns, contact_t.c.birthday, contact_t.c.anniversary).where(
            contact_t.c.archived_at.is_(None),
            or_(
                func.substr(contact_t.c.birthday, -5).in_(wanted),
                func.substr(contact_t.c.anniversary, -5).in_(wanted),
            ),
        )
    ).all()


def upcoming(conn: Connection, today: dt.date, days: int = UPCOMING_DAYS) -> list[UpcomingDate]:
    """Birthdays and anniversaries of active contacts from today for `days` days, soonest first."""
    if days <= 0:
        return []
    rows = _dated_rows(
        conn, today, days, contact_t.c.id, contact_t.c.display_name, contact_t.c.sort_key
    )
    end = today + dt.timedelta(days=days)
    found: list[tuple[dt.date, str, str, UpcomingDate]] = []
    for row in rows:
        for kind, value in ((BIRTHDAY, row.birthday), (ANNIVERSARY, row.anniversary)):
            falls = _next_time(value, today, end)
            if falls is not None:
                on, years = falls
                event = UpcomingDate(row.id, row.display_name, kind, on, (on - today).days, years)
                found.append((on, kind, row.sort_key, event))
    found.sort(key=lambda item: (item[0], item[1], item[2], item[3].contact_id))
    return [event for *_, event in found]


def upcoming_counts(conn: Connection, today: dt.date, days: int = UPCOMING_DAYS) -> tuple[int, int]:
    """How many birthdays and how many anniversaries `upcoming` lists (for stats, which
    needs no names and no order: half the time at 100,000 contacts)."""
    if days <= 0:
        return 0, 0
    end = today + dt.timedelta(days=days)
    birthdays = anniversaries = 0
    for birthday, anniversary in _dated_rows(conn, today, days):
        birthdays += _next_time(birthday, today, end) is not None
        anniversaries += _next_time(anniversary, today, end) is not None
    return birthdays, anniversaries
