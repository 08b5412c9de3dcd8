"""Opportunities and referrals: what came of a connection, from whom, via which introducer.

Every opportunity comes from one contact (deleting the contact deletes its opportunities, as
with any other part of the contact) and may name the introducer it came through (deleting the
introducer only forgets the link). Kinds and outcomes have a fixed vocabulary
(model/vocabulary.py); files may carry other words, which are kept and counted as written.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, or_, select, update

from netbook.model.tables import new_uid, utcnow
from netbook.model.vocabulary import OPPORTUNITY_KINDS, OUTCOMES
from netbook.services.interactions import Participant
from netbook.store.core_tables import contact_t, opportunity_t

# Outcomes (model/vocabulary.py) — open: still in play; accepted/declined: an offer made to you
# that you took or turned down; won/lost: something you pursued that happened or did not.
OPEN = "open"


class OpportunityError(ValueError):
    """An opportunity that cannot be recorded; the message says what is wrong."""


class _Unchanged(enum.Enum):
    TOKEN = 0


UNCHANGED = _Unchanged.TOKEN


@dataclass(frozen=True, slots=True)
class OpportunityEntry:
    id: int
    kind: str
    title: str
    occurred_on: dt.date | None
    outcome: str  # OPEN when none was recorded
    note: str | None
    contact: Participant | None
    introducer: Participant | None


def _kind(kind: str) -> str:
    cleaned = kind.strip().lower().replace(" ", "_")
    if cleaned not in OPPORTUNITY_KINDS:
        raise OpportunityError(
            f"unknown opportunity kind {kind!r} (choose from {', '.join(OPPORTUNITY_KINDS)})"
        )
    return cleaned


def _outcome(outcome: str | None) -> str | None:
    if outcome is None or not outcome.strip():
        return None
    cleaned = outcome.strip().lower()
    if cleaned not in OUTCOMES:
        raise OpportunityError(f"unknown outcome {outcome!r} (choose from {', '.join(OUTCOMES)})")
    return cleaned


def _require_contact(conn: Connection, contact_id: int, role: str) -> None:
    if conn.execute(select(contact_t.c.id).where(contact_t.c.id == contact_id)).scalar() is None:
        raise OpportunityError(f"no contact with id {contact_id} ({role})")


def add_opportunity(
    conn: Connection,
    contact_id: int,
    kind: str,
    title: str = "",
    occurred_on: dt.date | None = None,
    outcome: str | None = None,
    introducer_id: int | None = None,
    note: str | None = None,
) -> int:
    """Record an opportunity that came from `contact_id`; returns its id."""
    _require_contact(conn, contact_id, "the opportunity's source")
    if introducer_id is not None:
        _require_contact(conn, introducer_id, "the introducer")
    row = {
        "uid": new_uid(),
        "kind": _kind(kind),
        "title": title.strip(),
        "occurred_on": occurred_on,
        "outcome": _outcome(outcome),
        "note": note,
        "contact_id": contact_id,
        "introducer_id": introducer_id,
        "created_at": utcnow(),
    }
    stmt = insert(opportunity_t).values(**row).returning(opportunity_t.c.id)
    found = int(conn.execute(stmt).scalar_one())
    _touch_owner(conn, found)
    return found


def update_opportunity(
    conn: Connection,
    opportunity_id: int,
    *,
    kind: str | _Unchanged = UNCHANGED,
    title: str | _Unchanged = UNCHANGED,
    occurred_on: dt.date | _Unchanged | None = UNCHANGED,
    outcome: str | _Unchanged | None = UNCHANGED,
    contact_id: int | _Unchanged = UNCHANGED,
    introducer_id: int | _Unchanged | None = UNCHANGED,
    note: str | _Unchanged | None = UNCHANGED,
) -> None:
    """Change the given fields (None clears an optional one; omitted ones stay)."""
    _require_opportunity(conn, opportunity_id)
    _touch_owner(conn, opportunity_id)  # the contact it leaves, when it moves
    values: dict[str, object] = {}
    if not isinstance(kind, _Unchanged):
        values["kind"] = _kind(kind)
    if not isinstance(title, _Unchanged):
        values["title"] = title.strip()
    if not isinstance(occurred_on, _Unchanged):
        values["occurred_on"] = occurred_on
    if not isinstance(outcome, _Unchanged):
        values["outcome"] = _outcome(outcome)
    if not isinstance(contact_id, _Unchanged):
        _require_contact(conn, contact_id, "the opportunity's source")
        values["contact_id"] = contact_id
    if not isinstance(introducer_id, _Unchanged):
        if introducer_id is not None:
            _require_contact(conn, introducer_id, "the introducer")
        values["introducer_id"] = introducer_id
    if not isinstance(note, _Unchanged):
        values["note"] = note
    if values:
        conn.execute(
            update(opportunity_t).where(opportunity_t.c.id == opportunity_id).values(**values)
        )
        _touch_owner(conn, opportunity_id)


def _touch_owner(conn: Connection, opportunity_id: int) -> None:
    """The opportunity's contact changed (its story did): bump updated_at, as other edits do,
    so that undoing an import that brought the contact in knows to keep it."""
    owner = select(opportunity_t.c.contact_id).where(opportunity_t.c.id == opportunity_id)
    conn.execute(
        update(contact_t)
        .where(contact_t.c.id.in_(owner.scalar_subquery()))
        .values(updated_at=utcnow())
    )


def remove_opportunity(conn: Connection, opportunity_id: int) -> None:
    _require_opportunity(conn, opportunity_id)
    _touch_owner(conn, opportunity_id)
    conn.execute(delete(opportunity_t).where(opportunity_t.c.id == opportunity_id))


def _require_opportunity(conn: Connection, opportunity_id: int) -> None:
    found = conn.execute(select(opportunity_t.c.id).where(opportunity_t.c.id == opportunity_id))
    if found.scalar() is None:
        raise OpportunityError(f"no opportunity with id {opportunity_id}")


def list_opportunities(conn: Connection, contact_id: int | None = None) -> list[OpportunityEntry]:
    """Opportunities, newest first: all, or those a contact brought or introduced."""
    source = contact_t.alias("source")
    via = contact_t.alias("via")
    stmt = (
        select(
            opportunity_t,
            source.c.display_name.label("source_name"),
            via.c.display_name.label("via_name"),
        )
        .outerjoin(source, source.c.id == opportunity_t.c.contact_id)
        .outerjoin(via, via.c.id == opportunity_t.c.introducer_id)
        .order_by(opportunity_t.c.occurred_on.desc().nulls_last(), opportunity_t.c.id.desc())
    )
    if contact_id is not None:
        stmt = stmt.where(
            or_(
                opportunity_t.c.contact_id == contact_id,
                opportunity_t.c.introducer_id == contact_id,
            )
        )
    return [
        OpportunityEntry(
            id=row.id,
            kind=row.kind,
            title=row.title,
            occurred_on=row.occurred_on,
            outcome=(row.outcome or OPEN),
            note=row.note,
            contact=Participant(row.contact_id, row.source_name) if row.contact_id else None,
            introducer=Participant(row.introducer_id, row.via_name) if row.introducer_id else None,
        )
        for row in conn.execute(stmt)
    ]
