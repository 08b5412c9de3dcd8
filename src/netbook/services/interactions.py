"""Interactions: what happened with whom and when (met, call, email, meeting, ...).

An interaction can involve several contacts (a lunch with two people is one interaction with
two participants). The latest one is a contact's "last contact", which the keep-in-touch
reminders and the dormant count are measured from. Functions here take the caller's
connection; NetworkService owns the transactions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    FromClause,
    Select,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    type_coerce,
    update,
)

from netbook.model.tables import interaction_participant, new_uid, utcnow
from netbook.model.vocabulary import MET, NOT_CONTACT_KINDS
from netbook.store.core_tables import contact_t, interaction_t


class InteractionError(ValueError):
    """An interaction that cannot be recorded; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class Participant:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class InteractionEntry:
    """One line of a contact's timeline."""

    id: int
    occurred_on: dt.date
    kind: str
    summary: str
    participants: tuple[Participant, ...]


def last_contact_of(contact: FromClause) -> ColumnElement[dt.date]:
    """The latest interaction date of each row of `contact` (NULL when none), as a correlated
    subquery: evaluated only for the rows a query keeps, through the participant index.

    Grouping every participant row instead costs ~0.8 s at 100,000 contacts; this costs
    ~12 µs per contact asked about.
    """
    return type_coerce(
        select(func.max(interaction_t.c.occurred_on))
        .select_from(interaction_participant)
        .join(interaction_t, interaction_t.c.id == interaction_participant.c.interaction_id)
        .where(
            interaction_participant.c.contact_id == contact.c.id,
            interaction_t.c.kind.not_in(NOT_CONTACT_KINDS),
        )
        .correlate(contact)
        .scalar_subquery(),
        Date,
    )


def believed_how_met(contact: FromClause, today: dt.date) -> ColumnElement[dt.date]:
    """How-we-met date (LinkedIn's "Connected On"), NULL when unknown or after `today` (a
    date in the future is a typo and is not believed)."""
    return type_coerce(
        case(
            (contact.c.how_met_date <= literal(today.isoformat()), contact.c.how_met_date),
            else_=None,
        ),
        Date,
    )


def known_since(contact: FromClause, today: dt.date) -> ColumnElement[dt.date]:
    """When the connection began: how we met, else the day the contact was added."""
    return type_coerce(
        func.coalesce(believed_how_met(contact, today), func.date(contact.c.created_at)), Date
    )


def last_touch(contact: FromClause, today: dt.date) -> ColumnElement[dt.date]:
    """When we were last in touch: the later of the latest interaction and how we met; the
    day the contact was added only when neither is known (an import's date says nothing about
    the last contact with people already known for years)."""
    last = last_contact_of(contact)
    met = believed_how_met(contact, today)
    latest = func.max(func.coalesce(last, met), func.coalesce(met, last))
    return type_coerce(func.coalesce(latest, func.date(contact.c.created_at)), Date)


def has_interactions(contact: FromClause) -> ColumnElement[bool]:
    """The contact took part in at least one interaction (importer entries aside)."""
    return (
        select(interaction_participant.c.contact_id)
        .join(interaction_t, interaction_t.c.id == interaction_participant.c.interaction_id)
        .where(
            interaction_participant.c.contact_id == contact.c.id,
            interaction_t.c.kind.not_in(NOT_CONTACT_KINDS),
        )
        .correlate(contact)
        .exists()
    )


def touched_since(cutoff: dt.date) -> Select[tuple[int]]:
    """Ids of contacts with an interaction on or after `cutoff` (importer entries aside).

    The recent interactions that count come from the (occurred_on, kind) index alone, and
    SQLite looks their participants up in the order of the interactions' ids, the order of
    the participant table (12 + 25 ms at 100,000 contacts with 200,000 interactions, 36,000
    of them recent; reading the interaction rows for their kind took 45-58 ms).
    """
    recent = select(interaction_t.c.id).where(
        interaction_t.c.occurred_on >= cutoff, interaction_t.c.kind.not_in(NOT_CONTACT_KINDS)
    )
    return select(interaction_participant.c.contact_id).where(
        interaction_participant.c.interaction_id.in_(recent)
    )


def _require_contacts(conn: Connection, contact_ids: Sequence[int]) -> list[int]:
    wanted = sorted(set(contact_ids))
    if not wanted:
        raise InteractionError("an interaction needs at least one contact")
    found = set(conn.execute(select(contact_t.c.id).where(contact_t.c.id.in_(wanted))).scalars())
    missing = [cid for cid in wanted if cid not in found]
    if missing:
        raise InteractionError(f"no contact with id {', '.join(map(str, missing))}")
    return wanted


def _clean_kind(kind: str) -> str:
    cleaned = kind.strip().lower()
    if not cleaned:
        raise InteractionError("an interaction needs a kind (met, call, email, ...)")
    return cleaned


def log_interaction(
    conn: Connection, contact_ids: Sequence[int], occurred_on: dt.date, kind: str, summary: str = ""
) -> int:
    """Record an interaction with these contacts; returns its id."""
    ids = _require_contacts(conn, contact_ids)
    kind = _clean_kind(kind)
    interaction_id = int(
        conn.execute(
            insert(interaction_t)
            .values(
                uid=new_uid(),
                occurred_on=occurred_on,
                kind=kind,
                summary=summary.strip(),
                created_at=utcnow(),
            )
            .returning(interaction_t.c.id)
        ).scalar_one()
    )
    conn.execute(
        insert(interaction_participant),
        [{"interaction_id": interaction_id, "contact_id": cid} for cid in ids],
    )
    if kind == MET:
        mark_met(conn, ids, occurred_on)
    _touch(conn, ids)
    return interaction_id


def update_interaction(
    conn: Connection,
    interaction_id: int,
    *,
    occurred_on: dt.date | None = None,
    kind: str | None = None,
    summary: str | None = None,
    contact_ids: Sequence[int] | None = None,
) -> None:
    """Change an interaction's fields and, when given, its participants."""
    _require_interaction(conn, interaction_id)
    values: dict[str, object] = {}
    if occurred_on is not None:
        values["occurred_on"] = occurred_on
    if kind is not None:
        values["kind"] = _clean_kind(kind)
    if summary is not None:
        values["summary"] = summary.strip()
    if values:
        conn.execute(
            update(interaction_t).where(interaction_t.c.id == interaction_id).values(**values)
        )
    before = _participants_of(conn, interaction_id)
    if contact_ids is not None:
        ids = _require_contacts(conn, contact_ids)
        conn.execute(
            delete(interaction_participant).where(
                interaction_participant.c.interaction_id == interaction_id
            )
        )
        conn.execute(
            insert(interaction_participant),
            [{"interaction_id": interaction_id, "contact_id": cid} for cid in ids],
        )
    after = _participants_of(conn, interaction_id)
    row = conn.execute(
        select(interaction_t.c.kind, interaction_t.c.occurred_on).where(
            interaction_t.c.id == interaction_id
        )
    ).one()
    if row.kind == MET:
        mark_met(conn, after, row.occurred_on)
    _touch(conn, sorted(set(before) | set(after)))


def remove_interaction(conn: Connection, interaction_id: int) -> None:
    _require_interaction(conn, interaction_id)
    participants = _participants_of(conn, interaction_id)
    conn.execute(delete(interaction_t).where(interaction_t.c.id == interaction_id))
    _touch(conn, participants)


def _require_interaction(conn: Connection, interaction_id: int) -> None:
    found = conn.execute(select(interaction_t.c.id).where(interaction_t.c.id == interaction_id))
    if found.scalar() is None:
        raise InteractionError(f"no interaction with id {interaction_id}")


def _participants_of(conn: Connection, interaction_id: int) -> list[int]:
    return list(
        conn.execute(
            select(interaction_participant.c.contact_id).where(
                interaction_participant.c.interaction_id == interaction_id
            )
        ).scalars()
    )


def _touch(conn: Connection, ids: Sequence[int]) -> None:
    """The contacts changed (their timeline did): bump updated_at, as other edits do."""
    if ids:
        conn.execute(update(contact_t).where(contact_t.c.id.in_(ids)).values(updated_at=utcnow()))


def mark_met(
    conn: Connection, ids: Sequence[int], on: dt.date | None, place: str | None = None
) -> None:
    """Mark contacts as met in person; the first-met date only ever moves earlier."""
    if not ids:
        return
    conn.execute(update(contact_t).where(contact_t.c.id.in_(ids)).values(met_in_person=True))
    if on is not None:
        conn.execute(
            update(contact_t)
            .where(
                contact_t.c.id.in_(ids),
                or_(contact_t.c.met_in_person_date.is_(None), contact_t.c.met_in_person_date > on),
            )
            .values(met_in_person_date=on)
        )
    if place:
        conn.execute(
            update(contact_t)
            .where(contact_t.c.id.in_(ids), contact_t.c.met_in_person_place.is_(None))
            .values(met_in_person_place=place)
        )


def timeline(conn: Connection, contact_id: int) -> list[InteractionEntry]:
    """A contact's interactions, newest first, each with every participant."""
    mine = conn.execute(
        select(
            interaction_t.c.id,
            interaction_t.c.occurred_on,
            interaction_t.c.kind,
            interaction_t.c.summary,
        )
        .join(
            interaction_participant, interaction_participant.c.interaction_id == interaction_t.c.id
        )
        .where(interaction_participant.c.contact_id == contact_id)
        .order_by(interaction_t.c.occurred_on.desc(), interaction_t.c.id.desc())
    ).all()
    people: dict[int, list[Participant]] = defaultdict(list)
    ids = [row.id for row in mine]
    for start in range(0, len(ids), 500):
        for iid, cid, name in conn.execute(
            select(
                interaction_participant.c.interaction_id, contact_t.c.id, contact_t.c.display_name
            )
            .join(contact_t, contact_t.c.id == interaction_participant.c.contact_id)
            .where(interaction_participant.c.interaction_id.in_(ids[start : start + 500]))
            .order_by(contact_t.c.sort_key, contact_t.c.id)
        ):
            people[iid].append(Participant(cid, name))
    return [
        InteractionEntry(row.id, row.occurred_on, row.kind, row.summary, tuple(people[row.id]))
        for row in mine
    ]


def last_contact(conn: Connection, contact_id: int) -> dt.date | None:
    """The date of the contact's latest interaction (not counting importer entries)."""
    value = conn.execute(
        select(func.max(interaction_t.c.occurred_on))
        .join(
            interaction_participant, interaction_participant.c.interaction_id == interaction_t.c.id
        )
        .where(
            and_(
                interaction_participant.c.contact_id == contact_id,
                interaction_t.c.kind.not_in(NOT_CONTACT_KINDS),
            )
        )
    ).scalar()
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
