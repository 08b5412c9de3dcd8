"""Core handles on the mapped tables, and the batching every bulk statement shares.

The services and the store write and read with SQLAlchemy Core (executemany, no object graph),
so they address tables, not classes; these names are those tables. `chunks` keeps every
`IN (...)` list and executemany batch under SQLite's limits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Executable, Table, select

from netbook.model.tables import (
    Contact,
    EmailAddress,
    ExtraProperty,
    InstantMessage,
    Interaction,
    Opportunity,
    PhoneNumber,
    Photo,
    PostalAddress,
    Relation,
    SocialProfile,
    Tag,
    WebLink,
)
from netbook.model.tables import contact_tag as contact_tag  # re-exported for joins
from netbook.model.tables import interaction_participant as interaction_participant

CHUNK = 500

contact_t: Table = Contact.__table__  # type: ignore[assignment]
email_t: Table = EmailAddress.__table__  # type: ignore[assignment]
phone_t: Table = PhoneNumber.__table__  # type: ignore[assignment]
address_t: Table = PostalAddress.__table__  # type: ignore[assignment]
url_t: Table = WebLink.__table__  # type: ignore[assignment]
social_t: Table = SocialProfile.__table__  # type: ignore[assignment]
im_t: Table = InstantMessage.__table__  # type: ignore[assignment]
relation_t: Table = Relation.__table__  # type: ignore[assignment]
photo_t: Table = Photo.__table__  # type: ignore[assignment]
tag_t: Table = Tag.__table__  # type: ignore[assignment]
interaction_t: Table = Interaction.__table__  # type: ignore[assignment]
opportunity_t: Table = Opportunity.__table__  # type: ignore[assignment]
extra_t: Table = ExtraProperty.__table__  # type: ignore[assignment]


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def uid_map(conn: Connection, uids: Iterable[str | None]) -> dict[str, int]:
    """Contact ids for the given UIDs that are in the book."""
    wanted = sorted({u for u in uids if u})
    found: dict[str, int] = {}
    for chunk in chunks(wanted):
        for uid, cid in conn.execute(
            select(contact_t.c.uid, contact_t.c.id).where(contact_t.c.uid.in_(chunk))
        ):
            found[uid] = cid
    return found


def plain_rows(conn: Connection, stmt: Executable) -> list[tuple[Any, ...]]:
    """Every row of `stmt` as a plain tuple, straight from sqlite3, values as stored (dates
    as text): for the list's 100,000-id orders, where building SQLAlchemy rows costs about
    as much as the query itself."""
    result = conn.execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()
