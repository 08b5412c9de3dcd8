"""Core handles on the mapped tables, and the batching every bulk statement shares.

The services and the store write and read with SQLAlchemy Core (executemany, no object graph),
so they address tables, not classes; these names are those tables. `chunks` keeps every
`IN (...)` list and executemany batch under SQLite's limits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Executable, Table, select

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


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert rows given as tuples of `columns` with one executemany of the driver.

    Each value is converted as SQLAlchemy's insert would convert it (dates and timestamps to
    its text forms, JSON serialised), so the stored rows are the same; what is skipped is
    SQLAlchemy's per-row parameter handling, which costs several times the insert itself on a
    bulk import. Columns left out get the table's server default (or NULL): a column with a
    Python-side default must be given, and leaving one out is refused.
    """
    if not rows:
        return
    sql, converters = _insert_plan(table, tuple(columns), conn.dialect)
    if converters:
        converted = []
        for row in rows:
            values = list(row)
            for position, convert in converters:
                values[position] = convert(values[position])
            converted.append(tuple(values))
        rows = converted
    conn.exec_driver_sql(sql, list(rows))


@lru_cache(maxsize=64)
def _insert_plan(
    table: Table, columns: tuple[str, ...], dialect: Dialect
) -> tuple[str, list[tuple[int, Callable[[Any], Any]]]]:
    """The INSERT statement for these columns, and the value converter of each that has one."""
    missing = [c.name for c in table.columns if c.name not in columns and c.default is not None]
    if missing:
        raise ValueError(f"{table.name}: columns with a default must be given: {missing}")
    converters: list[tuple[int, Callable[[Any], Any]]] = []
    for position, name in enumerate(columns):
        column_type = table.columns[name].type
        convert = column_type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            converters.append((position, convert))
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', converters


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
