"""The network's numbers (`netbook stats`, the dashboard), and which contacts make up each bar.

Every number is a few GROUP BY queries over indexed tables; nothing loads the book into
Python objects, so the numbers stay quick at 100,000 contacts. docs/network.md defines each.
History counts archived contacts (total, growth, channels, countries, met in person,
introducers, opportunities: they are part of the network's story); what asks for action
(dormant, reach out, birthdays) counts only active ones.
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    text,
)

from netbook.model.phones import country_of
from netbook.model.vocabulary import ENDORSEMENT, RECOMMENDATION, VOUCHED_KINDS, normalize_channel
from netbook.services.countries import country_name, display_country
from netbook.services.interactions import known_since
from netbook.services.introductions import top_introducers
from netbook.services.opportunities import OPEN
from netbook.services.reminders import (
    UPCOMING_DAYS,
    dormant_condition,
    dormant_select,
    is_overdue,
    last_contact_if_cadence,
    overdue_condition,
    upcoming_counts,
)
from netbook.store.core_tables import (
    CHUNK,
    contact_t,
    email_t,
    interaction_participant,
    interaction_t,
    opportunity_t,
    phone_t,
    photo_t,
    tag_t,
)

UNKNOWN = "unknown"
TOP = 10
# Phones are grouped by their first digits before asking phonenumbers for the country, so a
# book of 100,000 numbers costs a few hundred lookups, not 100,000. Seven characters ("+1617555")
# hold every calling code and the area code that tells NANP countries apart.
_PHONE_PREFIX = 7
# `AS MATERIALIZED` (SQLite 3.35) builds a CTE once; older SQLite libraries, which some Linux
# systems still ship, refuse the word, and give the same rows without it.
_MATERIALIZED = "MATERIALIZED " if sqlite3.sqlite_version_info >= (3, 35) else ""


class Facet(enum.Enum):
    """A dashboard bar or slice: which contacts it stands for (see contact_ids)."""

    CHANNEL = "channel"
    COUNTRY = "country"
    MONTH = "month"  # key "YYYY-MM": the contacts who joined the network that month
    MET_IN_PERSON = "met_in_person"  # key "yes" or "no"
    INTRODUCER = "introducer"  # key: the introducer's id; the people they introduced
    OPPORTUNITY_KIND = "opportunity_kind"
    OPPORTUNITY_OUTCOME = "opportunity_outcome"
    OPPORTUNITY_CHANNEL = "opportunity_channel"  # key channel; optional outcome
    VOUCHER = "voucher"  # key: the contact's id; that contact (who vouched for you)
    INTRODUCED = "introduced"  # key "yes": contacts with an introducer (in the book or named)
    HAS_OPPORTUNITY = "has_opportunity"  # key "yes": contacts an opportunity came from
    DORMANT = "dormant"
    REACH_OUT = "reach_out"


# -- pieces shared by the numbers and the filters --------------------------------------------


def _introduced() -> Any:
    return or_(
        contact_t.c.introduced_by_id.is_not(None),
        func.coalesce(func.trim(contact_t.c.introduced_by_name), "") != "",
    )


def _raw_channel() -> Any:
    return func.coalesce(func.lower(func.trim(contact_t.c.how_met_channel)), "")


def joined_on(today: dt.date) -> Any:
    """When a contact joined the network (interactions.known_since of the contact table)."""
    return known_since(contact_t, today)


# Each contact's first address with a country, the preferred one first: (contact_id, country).
# SQLite takes a bare column from the row that gives min(); half the cost of a window function.
_ADDRESS_COUNTRIES = (
    "SELECT contact_id, country FROM ("
    " SELECT contact_id, trim(country) AS country, min(position - 1000000 * preferred)"
    " FROM postal_address WHERE country IS NOT NULL AND trim(country) != ''"
    " GROUP BY contact_id)"
)
# How many contacts have each first address country (trimmed), counted in two parts: the
# contacts with one address take its country, read in the table's order; only those with
# several (found once, on the contact_id index alone) are grouped per contact for their
# first. Grouping every contact's addresses read them all through the index (89 -> 62 ms
# at 100,000 contacts with one address each). contact_id is never NULL, so NOT IN is exact.
_ADDRESS_COUNTRY_COUNTS = (
    f"WITH several(contact_id) AS {_MATERIALIZED}("
    " SELECT contact_id FROM postal_address GROUP BY contact_id HAVING count(*) > 1) "
    "SELECT trim(country), count(*) FROM postal_address"
    " WHERE country IS NOT NULL AND trim(country) != ''"
    " AND contact_id NOT IN (SELECT contact_id FROM several) GROUP BY 1"
    " UNION ALL "
    "SELECT country, count(*) FROM ("
    " SELECT contact_id, trim(country) AS country, min(position - 1000000 * preferred)"
    " FROM postal_address WHERE country IS NOT NULL AND trim(country) != ''"
    " AND contact_id IN (SELECT contact_id FROM several)"
    " GROUP BY contact_id) GROUP BY country"
)
# For contacts with no address country, their first phone number in E.164.
# "First" is preferred, then position, then id: one integer key, so SQLite's min() picks the
# row (its bare columns come from that row) in one grouped pass over the contact_id index,
# twice as fast at 100,000 contacts as a window function that sorts every phone. Positions
# stay far below 2**21 and ids below 2**40. The contacts with an address country are left
# out before grouping, on the index alone: their phones are then never read (0.11 -> 0.05 s
# at 100,000 contacts who all have one).
_FIRST_PHONES = (
    "SELECT contact_id, e164 FROM ("
    " SELECT contact_id, e164, min(((1 - preferred) << 61) + (position << 40) + id)"
    " FROM phone_number WHERE e164 IS NOT NULL AND e164 != ''"
    " AND contact_id NOT IN (SELECT contact_id FROM postal_address"
    " WHERE country IS NOT NULL AND trim(country) != '')"
    " GROUP BY contact_id)"
)


def _phone_country(prefix_cache: dict[str, str | None], e164: str) -> str | None:
    """The ISO country of a number, looked up once per prefix; None for non-geographic ones."""
    prefix = e164[:_PHONE_PREFIX]
    if prefix not in prefix_cache:
        code = country_of(e164)
        prefix_cache[prefix] = code if code and code.isalpha() and code != "ZZ" else None
    return prefix_cache[prefix]


# -- the numbers -------------------------------------------------------------------------------


def _having(conn: Connection, table: Any) -> int:
    return int(conn.execute(select(func.count(func.distinct(table.c.contact_id)))).scalar_one())


def _ranked(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def by_channel(conn: Connection) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for raw, introduced, n in conn.execute(
        select(_raw_channel(), _introduced(), func.count()).group_by(_raw_channel(), _introduced())
    ):
        counts[normalize_channel(raw, introduced=bool(introduced))] += int(n)
    return _ranked(counts)


@dataclass(frozen=True, slots=True)
class _StoredChannels:
    """How many contacts have each stored how-we-met channel, read from its index alone."""

    counts: Counter[str]  # by channel key, the blank ones not counted
    blank: int  # contacts whose channel is blank once folded (None, "", "  ", ...)
    blank_stored: tuple[str, ...]  # the stored spellings that fold to blank (None aside)

    @classmethod
    def read(cls, conn: Connection) -> _StoredChannels:
        # Grouped on the column alone, the query is a scan of its index (10 ms at 100,000
        # contacts); lower(trim()) is then run once per spelling instead of once per contact.
        stored = select(
            contact_t.c.how_met_channel.label("stored"), func.count().label("n")
        ).group_by(contact_t.c.how_met_channel)
        spellings = stored.subquery()
        raw = func.coalesce(func.lower(func.trim(spellings.c.stored)), "")
        counts: Counter[str] = Counter()
        blank = 0
        blank_stored: list[str] = []
        for written, raw_channel, n in conn.execute(select(spellings.c.stored, raw, spellings.c.n)):
            key = normalize_channel(raw_channel)
            if key == normalize_channel(raw_channel, introduced=True):
                counts[key] += int(n)
            else:  # blank: an introduction or unknown, by whether the contact has an introducer
                blank += int(n)
                if written is not None:
                    blank_stored.append(written)
        return cls(counts, blank, tuple(blank_stored))

    def condition(self) -> ColumnElement[bool]:
        """A contact's stored channel is one of the blank ones."""
        column = contact_t.c.how_met_channel
        return or_(column.is_(None), column.in_(self.blank_stored))

    def by_channel(self, blank_introduced: int) -> dict[str, int]:
        counts = Counter(self.counts)
        for introduced, n in ((True, blank_introduced), (False, self.blank - blank_introduced)):
            if n:
                counts[normalize_channel(None, introduced=introduced)] += n
        return _ranked(counts)


@dataclass(frozen=True, slots=True)
class _ContactNumbers:
    """The numbers of stats() that count contacts, from one pass over the contact table."""

    total: int
    archived: int
    favourites: int
    met_in_person: int
    introduced: int
    blank_introduced: int  # introduced contacts whose channel is blank (_StoredChannels)
    dormant: int
    reach_out: int
    added: dict[str, int]  # contacts who joined each month ("YYYY-MM"): _added_per_month


def _contact_numbers(
    conn: Connection, today: dt.date, blank_channel: ColumnElement[bool]
) -> _ContactNumbers:
    """Counts, dormant and reach out in one scan of the contact table; growth from its index.

    Each was a query of its own that read every contact (20-180 ms each at 100,000
    contacts). Here the contacts are read once, each reduced to a few 0/1 flags that one
    row of sums adds up. Both inner queries end in LIMIT -1 (no limit), which keeps SQLite
    from folding them into the outer one: the last interaction (a correlated subquery, asked
    only about contacts with a cadence) is then read once per contact, where is_overdue
    names it twice. The months are not grouped here: that sorted every contact (50-60 ms
    at 100,000); _added_per_month reads them in order from an index instead.
    """
    active = contact_t.c.archived_at.is_(None)
    rows = (
        select(
            contact_t.c.archived_at,
            contact_t.c.created_at,
            contact_t.c.how_met_date,
            contact_t.c.keep_in_touch_days,
            case((and_(contact_t.c.favourite, active), 1), else_=0).label("favourite"),
            case((contact_t.c.met_in_person, 1), else_=0).label("met"),
            case((_introduced(), 1), else_=0).label("introduced"),
            case((blank_channel, 1), else_=0).label("blank"),
            case((dormant_condition(today), 1), else_=0).label("dormant"),
            last_contact_if_cadence(contact_t).label("last"),
        )
        .limit(-1)
        .subquery()
    )
    flags = (
        select(
            case((rows.c.archived_at.is_not(None), 1), else_=0).label("archived"),
            rows.c.favourite,
            rows.c.met,
            rows.c.introduced,
            (rows.c.introduced * rows.c.blank).label("blank_introduced"),
            rows.c.dormant,
            case((is_overdue(today, rows, rows.c.last), 1), else_=0).label("overdue"),
        )
        .limit(-1)
        .subquery()
    )
    sums = [
        func.coalesce(func.sum(column), 0)
        for column in (
            flags.c.archived,
            flags.c.favourite,
            flags.c.met,
            flags.c.introduced,
            flags.c.blank_introduced,
            flags.c.dormant,
            flags.c.overdue,
        )
    ]
    total, archived, favourites, met, introduced, blank_introduced, dormant, overdue = (
        int(n) for n in conn.execute(select(func.count(), *sums)).one()
    )
    return _ContactNumbers(
        total=total,
        archived=archived,
        favourites=favourites,
        met_in_person=met,
        introduced=introduced,
        blank_introduced=blank_introduced,
        dormant=dormant,
        reach_out=overdue,
        added=_added_per_month(conn, today),
    )


def _added_per_month(conn: Connection, today: dt.date) -> dict[str, int]:
    """How many contacts joined the network each month ("YYYY-MM"), as growth() counts them.

    A contact joined on the day we met when that is known and not after `today`, else on
    the day it was added (interactions.known_since). Each of the three cases is one range of
    the (how_met_date, created_at) index, grouped in the index's order: a few thousand
    groups of days (or of import batches, which share a timestamp) are summed into months
    here, instead of sorting every contact by its month (10 ms instead of 80 ms at 100,000
    contacts).
    """
    day = literal(today.isoformat())
    met = contact_t.c.how_met_date
    created = func.strftime("%Y-%m", func.date(contact_t.c.created_at))
    ranges = (
        select(func.strftime("%Y-%m", met), func.count()).where(met <= day).group_by(met),
        select(created, func.count()).where(met.is_(None)).group_by(contact_t.c.created_at),
        select(created, func.count()).where(met > day).group_by(met, contact_t.c.created_at),
    )
    added: Counter[str] = Counter()
    for stmt in ranges:
        for month, n in conn.execute(stmt):
            if month is not None:
                added[str(month)] += int(n)
    return dict(added)


def by_country(conn: Connection, total: int) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for written, n in conn.execute(text(_ADDRESS_COUNTRY_COUNTS)):
        counts[display_country(written)] += int(n)
    prefixes: dict[str, str | None] = {}
    phones = text(
        f"SELECT substr(e164, 1, {_PHONE_PREFIX}), min(e164), count(*)"
        f" FROM ({_FIRST_PHONES}) GROUP BY 1"
    )
    for _, sample, n in conn.execute(phones):
        code = _phone_country(prefixes, sample)
        if code:
            counts[country_name(code)] += int(n)
    known = sum(counts.values())
    if total > known:
        counts[UNKNOWN] += total - known
    return _ranked(counts)


def growth(conn: Connection, today: dt.date) -> list[dict[str, Any]]:
    """Contacts added per month and the running total, every month from the first one."""
    month = func.strftime("%Y-%m", joined_on(today))
    added = {
        str(m): int(n)
        for m, n in conn.execute(select(month, func.count()).group_by(month))
        if m is not None
    }
    return _growth_series(added, today)


def _growth_series(added: dict[str, int], today: dt.date) -> list[dict[str, Any]]:
    """The growth series of the contacts `added` per month ("YYYY-MM")."""
    if not added:
        return []
    first = min(added)
    last = max(max(added), f"{today.year:04d}-{today.month:02d}")
    year, mon = int(first[:4]), int(first[5:7])
    series: list[dict[str, Any]] = []
    total = 0
    while True:
        key = f"{year:04d}-{mon:02d}"
        total += added.get(key, 0)
        series.append({"month": key, "added": added.get(key, 0), "total": total})
        if key >= last:
            return series
        year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)


def opportunity_numbers(conn: Connection) -> dict[str, Any]:
    kinds: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    channel_outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    outcome = func.coalesce(func.nullif(func.lower(func.trim(opportunity_t.c.outcome)), ""), OPEN)
    kind = func.lower(func.trim(opportunity_t.c.kind))
    total = 0
    for raw_kind, raw_outcome, raw_channel, introduced, n in conn.execute(
        select(kind, outcome, _raw_channel(), _introduced(), func.count())
        .select_from(opportunity_t)
        .outerjoin(contact_t, contact_t.c.id == opportunity_t.c.contact_id)
        .group_by(kind, outcome, _raw_channel(), _introduced())
    ):
        n = int(n)
        total += n
        channel = normalize_channel(raw_channel, introduced=bool(introduced))
        kinds[raw_kind or "other"] += n
        outcomes[raw_outcome] += n
        channels[channel] += n
        channel_outcomes[channel][raw_outcome] += n

    def top(column: Any) -> list[dict[str, Any]]:
        # The opportunities are counted per contact first, and only the contacts counted are
        # read: joined the other way round, SQLite scanned every contact for its opportunities
        # (20-40 ms at 100,000 contacts and 5,000 opportunities).
        who = contact_t.alias("who")
        counted = (
            select(column.label("contact_id"), func.count(opportunity_t.c.id).label("n"))
            .where(column.is_not(None))
            .group_by(column)
            .subquery()
        )
        return [
            {"id": row.id, "name": row.display_name, "opportunities": int(row.n)}
            for row in conn.execute(
                select(who.c.id, who.c.display_name, counted.c.n)
                .select_from(counted)
                .join(who, who.c.id == counted.c.contact_id)
                .order_by(counted.c.n.desc(), who.c.sort_key, who.c.id)
                .limit(TOP)
            )
        ]

    return {
        "total": total,
        "by_kind": _ranked(kinds),
        "by_outcome": _ranked(outcomes),
        "by_channel": _ranked(channels),
        "by_channel_and_outcome": {
            channel: _ranked(channel_outcomes[channel]) for channel in _ranked(channels)
        },
        "by_source": top(opportunity_t.c.contact_id),
        "by_introducer": top(opportunity_t.c.introducer_id),
    }


def top_vouchers(conn: Connection, limit: int = TOP) -> list[dict[str, Any]]:
    """Who vouched for you most: the contacts with the most recommendations and endorsements
    of you (a LinkedIn archive's Recommendations_Received and Endorsement_Received_Info).

    The vouching interactions are found first, on the (occurred_on, kind) index alone, and
    only their participants are looked up and counted: joined from the participants, every
    interaction was read for its kind (20-24 ms -> 8 ms at 200,000 interactions).
    """
    vouching = interaction_t.alias("vouching")
    kind = interaction_t.c.kind
    counted = (
        select(
            interaction_participant.c.contact_id.label("contact_id"),
            func.count().label("total"),
            func.sum(case((kind == RECOMMENDATION, 1), else_=0)).label("recommended"),
            func.sum(case((kind == ENDORSEMENT, 1), else_=0)).label("endorsed"),
        )
        .join(interaction_t, interaction_t.c.id == interaction_participant.c.interaction_id)
        .where(
            interaction_participant.c.interaction_id.in_(
                select(vouching.c.id).where(vouching.c.kind.in_(VOUCHED_KINDS))
            )
        )
        .group_by(interaction_participant.c.contact_id)
        .subquery()
    )
    return [
        {
            "id": row.id,
            "name": row.display_name,
            "vouched": int(row.total),
            "recommendations": int(row.recommended),
            "endorsements": int(row.endorsed),
        }
        for row in conn.execute(
            select(
                contact_t.c.id,
                contact_t.c.display_name,
                counted.c.total,
                counted.c.recommended,
                counted.c.endorsed,
            )
            .select_from(counted)
            .join(contact_t, contact_t.c.id == counted.c.contact_id)
            .order_by(
                counted.c.total.desc(),
                counted.c.recommended.desc(),
                contact_t.c.sort_key,
                contact_t.c.id,
            )
            .limit(limit)
        )
    ]


def stats(conn: Connection, today: dt.date) -> dict[str, Any]:
    """Every number of `netbook stats --json` (docs/network.md defines them)."""
    channels = _StoredChannels.read(conn)
    if len(channels.blank_stored) <= CHUNK:
        numbers = _contact_numbers(conn, today, channels.condition())
        channel_counts = channels.by_channel(numbers.blank_introduced)
    else:  # more blank spellings than one IN list holds: count channels the long way
        numbers = _contact_numbers(conn, today, literal(False))
        channel_counts = by_channel(conn)
    total = numbers.total
    met = numbers.met_in_person
    birthdays, anniversaries = upcoming_counts(conn, today, UPCOMING_DAYS)
    return {
        "as_of": today.isoformat(),
        "total": total,
        "active": total - numbers.archived,
        "archived": numbers.archived,
        "favourites": numbers.favourites,
        "met_in_person": met,
        "met_in_person_share": round(met / total, 4) if total else 0.0,
        "with_email": _having(conn, email_t),
        "with_phone": _having(conn, phone_t),
        "with_photo": _having(conn, photo_t),
        "tags": int(conn.execute(select(func.count()).select_from(tag_t)).scalar_one()),
        "introduced": numbers.introduced,
        "interactions": int(
            conn.execute(select(func.count()).select_from(interaction_t)).scalar_one()
        ),
        "by_channel": channel_counts,
        "by_country": by_country(conn, total),
        "growth": _growth_series(numbers.added, today),
        "top_introducers": [
            {"id": t.id, "name": t.name, "introduced": t.introduced}
            for t in top_introducers(conn, TOP)
        ],
        "opportunities": opportunity_numbers(conn),
        "top_vouchers": top_vouchers(conn),
        "dormant": numbers.dormant,
        "reach_out_due": numbers.reach_out,
        "birthdays_next_30_days": birthdays,
        "anniversaries_next_30_days": anniversaries,
    }


# -- which contacts a bar stands for -----------------------------------------------------------


def _channel_condition(conn: Connection, key: str) -> Any:
    """Contacts whose channel reads as `key` (whatever spelling they were stored with)."""
    raws = [
        raw
        for raw, introduced in conn.execute(
            select(_raw_channel(), _introduced()).group_by(_raw_channel(), _introduced())
        )
        if raw and normalize_channel(raw) == key
    ]
    conditions = [_raw_channel().in_(raws)] if raws else []
    if normalize_channel(None, introduced=True) == key:
        conditions.append(and_(_raw_channel() == "", _introduced()))
    if normalize_channel(None, introduced=False) == key:
        conditions.append(and_(_raw_channel() == "", ~_introduced()))
    return or_(*conditions) if conditions else literal(False)


def _country_ids(conn: Connection, key: str) -> set[int]:
    found = {
        int(cid)
        for cid, written in conn.execute(text(_ADDRESS_COUNTRIES))
        if display_country(written) == key
    }
    prefixes: dict[str, str | None] = {}
    with_country = set(found)
    for cid, e164 in conn.execute(text(_FIRST_PHONES)):
        code = _phone_country(prefixes, e164)
        if code:
            with_country.add(int(cid))
            if country_name(code) == key:
                found.add(int(cid))
    if key == UNKNOWN:
        located = {int(cid) for cid, _ in conn.execute(text(_ADDRESS_COUNTRIES))} | with_country
        return {int(cid) for cid in conn.execute(select(contact_t.c.id)).scalars()} - located
    return found


def _ids(conn: Connection, stmt: Select[Any]) -> set[int]:
    return {int(row[0]) for row in conn.execute(stmt)}


def contact_ids(
    conn: Connection, facet: Facet, key: str, today: dt.date, outcome: str | None = None
) -> frozenset[int]:
    """The contacts one bar or slice of the dashboard counts (archived ones included; the list
    they filter hides those anyway)."""
    ids = select(contact_t.c.id)
    outcome_value = func.coalesce(
        func.nullif(func.lower(func.trim(opportunity_t.c.outcome)), ""), OPEN
    )
    if facet is Facet.CHANNEL:
        found = _ids(conn, ids.where(_channel_condition(conn, key)))
    elif facet is Facet.COUNTRY:
        found = _country_ids(conn, key)
    elif facet is Facet.MONTH:
        found = _ids(conn, ids.where(func.strftime("%Y-%m", joined_on(today)) == key))
    elif facet is Facet.MET_IN_PERSON:
        found = _ids(conn, ids.where(contact_t.c.met_in_person.is_(key == "yes")))
    elif facet is Facet.INTRODUCED:
        found = _ids(conn, ids.where(_introduced()))
    elif facet is Facet.HAS_OPPORTUNITY:
        found = _ids(
            conn, select(opportunity_t.c.contact_id).where(opportunity_t.c.contact_id.is_not(None))
        )
    elif facet is Facet.VOUCHER:
        found = _ids(conn, ids.where(contact_t.c.id == int(key)))
    elif facet is Facet.INTRODUCER:
        found = _ids(conn, ids.where(contact_t.c.introduced_by_id == int(key)))
    elif facet in (Facet.OPPORTUNITY_KIND, Facet.OPPORTUNITY_OUTCOME, Facet.OPPORTUNITY_CHANNEL):
        stmt = select(opportunity_t.c.contact_id).join(
            contact_t, contact_t.c.id == opportunity_t.c.contact_id
        )
        if facet is Facet.OPPORTUNITY_KIND:
            stmt = stmt.where(func.lower(func.trim(opportunity_t.c.kind)) == key)
        elif facet is Facet.OPPORTUNITY_OUTCOME:
            stmt = stmt.where(outcome_value == key)
        else:
            stmt = stmt.where(_channel_condition(conn, key))
            if outcome is not None:
                stmt = stmt.where(outcome_value == outcome)
        found = _ids(conn, stmt)
    elif facet is Facet.DORMANT:
        found = _ids(conn, dormant_select(today))
    else:
        found = _ids(conn, ids.where(overdue_condition(today, contact_t.c.id)))
    return frozenset(found)
