"""Core handles on the mapped tables, and the batching every bulk statement shares.

The services and the store write and read with SQLAlchemy Core (executemany, no object graph),
so they address tables, not classes; these names are those tables. `chunks` keeps every
`IN (...)` list and executemany batch under SQLite's limits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import chain
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
    """Insert rows given as tuples of `columns`, many rows to a statement, through the driver.

    Each value is converted as SQLAlchemy's insert would convert it (dates and timestamps to
    its text forms, JSON serialised), so the stored rows are the same; what is skipped is
    SQLAlchemy's per-row parameter handling, which costs several times the insert itself on a
    bulk import. Columns left out get the table's server default (or NULL): a column with a
    Python-side default must be given, and leaving one out is refused.

    Many rows to one INSERT rather than an executemany of one-row statements: inside the
    import's transaction each statement that fires triggers (the journal's) writes every page
    it touches to a statement journal, a temporary file, first: a statement per row wrote
    some 35 pages per contact there (most of an import's system time), a statement per batch
    writes each page once per batch.
    """
    if not rows:
        return
    converters = _converters(table, tuple(columns), conn.dialect)
    if converters:
        rows = _converted(rows, converters)
    insert_values(conn, table.name, columns, rows)


def _converted(
    rows: Sequence[tuple[Any, ...]], converters: list[tuple[int, Callable[[Any], Any]]]
) -> list[tuple[Any, ...]]:
    """The rows with the converted columns' values converted, column by column.

    Each distinct value object of a column is converted once: the columns converted are
    timestamps, dates and flags, and a batch's rows share the same few objects (one `now`
    for every new contact, None, True, False), while a converter call costs several times
    a lookup. Objects, not equal values, are what is shared: equal timestamps in two time
    zones are stored differently. The converters are SQLAlchemy's, which are pure.
    """
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for position, convert in converters:
        values = columns[position]
        distinct = {id(value): value for value in values}
        done = {key: convert(value) for key, value in distinct.items()}
        # The ids stay valid: `values` holds every object until this line is done.
        columns[position] = list(map(done.__getitem__, map(id, values)))
    return list(zip(*columns, strict=True))


def insert_values(
    conn: Connection, table_name: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert rows of plain SQLite values (text, numbers, bytes), many to a statement."""
    per_statement = max(1, min(MAX_ROWS_PER_INSERT, _variable_limit(conn) // len(columns)))
    for start in range(0, len(rows), per_statement):
        batch = rows[start : start + per_statement]
        conn.exec_driver_sql(
            _insert_sql(table_name, tuple(columns), len(batch)),
            tuple(chain.from_iterable(batch)),  # in 40 % of the time of a generator
        )


# Rows in one INSERT: past a few hundred, a longer statement saves nothing more.
MAX_ROWS_PER_INSERT = 500
# SQLite's limit on a statement's parameters before 3.32 (32766 since), if the driver cannot say.
_OLD_VARIABLE_LIMIT = 999


def _variable_limit(conn: Connection) -> int:
    driver = conn.connection.driver_connection
    getlimit = getattr(driver, "getlimit", None)
    if getlimit is None:
        return _OLD_VARIABLE_LIMIT
    return int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


@lru_cache(maxsize=256)
def _insert_sql(table_name: str, columns: tuple[str, ...], rows: int) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    one = "(" + ", ".join("?" for _ in columns) + ")"
    return f'INSERT INTO "{table_name}" ({names}) VALUES ' + ", ".join([one] * rows)


@lru_cache(maxsize=64)
def _converters(
    table: Table, columns: tuple[str, ...], dialect: Dialect
) -> list[tuple[int, Callable[[Any], Any]]]:
    """The position and value converter of each of these columns that has one."""
    missing = [c.name for c in table.columns if c.name not in columns and c.default is not None]
    if missing:
        raise ValueError(f"{table.name}: columns with a default must be given: {missing}")
    converters: list[tuple[int, Callable[[Any], Any]]] = []
    for position, name in enumerate(columns):
        column_type = table.columns[name].type
        convert = column_type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            converters.append((position, convert))
    return converters


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


def rows_in(conn: Connection, sql: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The rows of `sql` (`WHERE x IN :values`) for one chunk of values, as plain tuples.

    Straight to the driver: SQLAlchemy's expanding parameters compile a fresh name per value,
    which cost a fifth of an import's undo (every chunk, six statements, 500 ids each) and
    most of matching a file against a book that holds it (300,000 emails, 500 at a time)."""
    marks = "(" + ", ".join(["?"] * len(values)) + ")"
    result = conn.exec_driver_sql(sql.replace(":values", marks), tuple(values))
    try:
        return list(result.cursor.fetchall()) if result.returns_rows else []
    finally:
        result.close()


def plain_rows(conn: Connection, stmt: Executable) -> list[tuple[Any, ...]]:
    """Every row of `stmt` as a plain tuple, straight from sqlite3, values as stored (dates
    as text): for the list's 100,000-id orders, where building SQLAlchemy rows costs about
    as much as the query itself."""
    result = conn.execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()
