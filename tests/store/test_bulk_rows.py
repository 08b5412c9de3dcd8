"""The bulk write path stores what SQLAlchemy's own insert stores, and numbers as SQLite does.

`core_tables.insert_rows` bypasses SQLAlchemy's parameter handling for speed; these tests write
the same rows both ways into real book files and compare what the files hold.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert

from netbook.model.values import ContactRecord
from netbook.store import contact_rows
from netbook.store.core_tables import (
    MAX_ROWS_PER_INSERT,
    contact_t,
    extra_t,
    insert_rows,
    insert_values,
)
from netbook.store.database import Database
from netbook.store.opening import open_database
from tests.book_dump import dump_book

_CONTACT = {
    "id": 7,
    "uid": "urn:uuid:7",
    "kind": "person",
    "display_name": "Ann Lee",
    "sort_key": "lee ann",
    "favourite": True,
    "met_in_person": False,
    "created_at": dt.datetime(2024, 5, 6, 7, 8, 9),  # no microseconds: written with them
    "updated_at": dt.datetime(2024, 5, 6, 7, 8, 9, 123),
    "archived_at": None,
    "how_met_date": dt.date(2019, 3, 15),
}
_EXTRA = {
    "id": 3,
    "contact_id": 7,
    "position": 0,
    "group": None,
    "name": "X-CUSTOM",
    "value": "ü",
    "params": [["TYPE", ["work", "ä"]]],
}


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    dump = dump_book(path)
    return {name: dump[name] for name in ("contact", "extra_property")}


def test_rows_are_stored_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    books = []
    for way in ("sqlalchemy", "bulk"):
        path = tmp_path / way / "netbook.sqlite3"
        database = open_database(path)
        try:
            with database.transaction() as conn:
                for table, row in ((contact_t, _CONTACT), (extra_t, _EXTRA)):
                    if way == "sqlalchemy":
                        conn.execute(insert(table), [row])
                    else:
                        insert_rows(conn, table, list(row), [tuple(row.values())])
        finally:
            database.close()
        books.append(_tables(path))
    assert books[0] == books[1]
    stored = books[1]["contact"][0]
    assert "2024-05-06 07:08:09.000000" in stored
    assert "2019-03-15" in stored
    assert '[["TYPE", ["work", "\\u00e4"]]]' in books[1]["extra_property"][0]


def test_rows_sharing_values_are_stored_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    """The bulk path converts each value object once per batch: rows sharing one timestamp
    object (an import's `now`), flags and params, and equal timestamps of other zones (equal,
    but stored differently), are each stored as SQLAlchemy stores them row by row."""
    now = dt.datetime(2024, 5, 6, 7, 8, 9, 123)
    utc = dt.datetime(2024, 5, 6, 12, 0, tzinfo=dt.UTC)
    params = [["TYPE", ["work"]]]
    contacts = [
        {
            **_CONTACT,
            "id": i,
            "uid": f"urn:uuid:{i}",
            "favourite": i % 2 == 0,
            "created_at": now,
            "updated_at": utc.astimezone(dt.timezone(dt.timedelta(hours=i))) if i < 3 else now,
            "archived_at": None if i % 3 else now,
        }
        for i in range(6)
    ]
    extras = [
        {**_EXTRA, "id": i + 1, "contact_id": 1, "position": i, "params": params} for i in range(4)
    ]
    books = []
    for way in ("sqlalchemy", "bulk"):
        path = tmp_path / way / "netbook.sqlite3"
        database = open_database(path)
        try:
            with database.transaction() as conn:
                for table, rows in ((contact_t, contacts), (extra_t, extras)):
                    if way == "sqlalchemy":
                        conn.execute(insert(table), rows)
                    else:
                        insert_rows(conn, table, list(rows[0]), [tuple(r.values()) for r in rows])
        finally:
            database.close()
        books.append(_tables(path))
    assert books[0] == books[1]
    stored = books[1]["contact"]
    assert len(stored) == 6
    assert len({row for row in stored if "2024-05-06 12:00:00.000000" in row}) == 1  # UTC+0


def test_a_column_with_a_default_must_be_given(database: Database) -> None:
    row = {k: v for k, v in _CONTACT.items() if k != "uid"}
    with database.transaction() as conn, pytest.raises(ValueError, match="uid"):
        insert_rows(conn, contact_t, list(row), [tuple(row.values())])


def test_more_rows_than_one_statement_holds_all_go_in(database: Database) -> None:
    count = 3 * MAX_ROWS_PER_INSERT + 7
    with database.transaction() as conn:
        insert_values(
            conn, "saved_search", ("name", "query"), [(f"s{i}", "q") for i in range(count)]
        )
    connection = sqlite3.connect(database.path)
    try:
        names = [n for (n,) in connection.execute("SELECT name FROM saved_search ORDER BY id")]
    finally:
        connection.close()
    assert names == [f"s{i}" for i in range(count)]


def test_new_contacts_get_the_ids_sqlite_would_give(database: Database) -> None:
    """One more than the highest id, so a deleted last contact's id comes again, as it does
    when SQLite numbers the rows."""
    with database.transaction() as conn:
        ids = contact_rows.insert_records(conn, [ContactRecord(given_name=n) for n in "abc"])
        contact_rows.delete_contacts(conn, [ids[-1]])
        conn.execute(insert(contact_t), [{"display_name": "by SQLite"}])
        by_sqlite = int(conn.exec_driver_sql("SELECT max(id) FROM contact").scalar_one())
        contact_rows.delete_contacts(conn, [by_sqlite])
        again = contact_rows.insert_records(conn, [ContactRecord(given_name="d")])
    assert ids == [1, 2, 3]
    assert by_sqlite == 3
    assert again == [3]
