"""Migration 0009 (the indexes of the network's numbers) on a book written at 0008.

Only indexes change: the rows, the journal and its triggers stay as they were, the numbers
read the new indexes, and a downgrade gives the old interaction index back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, text

from netbook.services.network import NetworkService
from netbook.store.database import make_engine
from netbook.store.journal_triggers import expected_triggers
from netbook.store.migrate import alembic_config
from netbook.store.opening import open_database
from tests.book_dump import differences, dump_book

STAMP = "'2024-01-01 00:00:00'"
TODAY = dt.date(2026, 6, 15)


def _book_at_0008(path: Path) -> None:
    """Two contacts, one met in 2020 and one added in 2024, and an interaction with each."""
    path.parent.mkdir(mode=0o700, exist_ok=True)
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0008")
        for cid, met in ((1, "'2020-05-01'"), (2, "NULL")):
            conn.execute(
                text(
                    "INSERT INTO contact (id, uid, kind, display_name, sort_key, favourite,"
                    " created_at, updated_at, met_in_person, how_met_date) VALUES"
                    f" ({cid}, 'u{cid}', 'person', 'P{cid}', 'p{cid}', 0, {STAMP}, {STAMP}, 0,"
                    f" {met})"
                )
            )
        for iid, day, kind in ((1, "2026-01-10", "call"), (2, "2026-02-01", "changed_job")):
            conn.execute(
                text(
                    "INSERT INTO interaction (id, uid, occurred_on, kind, summary, created_at)"
                    f" VALUES ({iid}, 'i{iid}', '{day}', '{kind}', '', {STAMP})"
                )
            )
            conn.execute(text(f"INSERT INTO interaction_participant VALUES ({iid}, {iid})"))
    engine.dispose()


def _indexes(conn: Connection, table: str) -> set[str]:
    rows = conn.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"), {"t": table}
    )
    return {str(name) for (name,) in rows}


def _plan(conn: Connection, sql: str) -> str:
    return " ".join(str(row[3]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


def test_upgrade_adds_the_indexes_and_changes_no_row(tmp_path):
    path = tmp_path / "book" / "netbook.sqlite3"
    _book_at_0008(path)
    before = dump_book(path)
    database = open_database(path)  # upgrades to head
    try:
        with database.reading() as conn:
            assert "ix_interaction_occurred_on_kind" in _indexes(conn, "interaction")
            assert "ix_interaction_occurred_on" not in _indexes(conn, "interaction")
            assert "ix_contact_how_met_date_created_at" in _indexes(conn, "contact")
            rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
            triggers = {str(name): str(sql) for name, sql in rows}
            assert triggers == expected_triggers(conn)
            recent = (
                "SELECT id FROM interaction WHERE occurred_on >= '2025-06-15'"
                " AND kind NOT IN ('changed_job')"
            )
            assert "COVERING INDEX ix_interaction_occurred_on_kind" in _plan(conn, recent)
        stats = NetworkService(database).stats(TODAY)
    finally:
        database.close()
    assert differences(dump_book(path), before) == []
    # Each joined in its month (P1 when met, P2 when added). P1 was called in January; P2's
    # only interaction is an importer entry, which is no contact: P2 is dormant.
    assert [(g["month"], g["added"]) for g in stats["growth"] if g["added"]] == [
        ("2020-05", 1),
        ("2024-01", 1),
    ]
    assert stats["dormant"] == 1


def test_downgrade_gives_the_old_index_back(tmp_path):
    path = tmp_path / "book" / "netbook.sqlite3"
    _book_at_0008(path)
    open_database(path).close()
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
        assert "ix_interaction_occurred_on" in _indexes(conn, "interaction")
        assert "ix_interaction_occurred_on_kind" not in _indexes(conn, "interaction")
        assert "ix_contact_how_met_date_created_at" not in _indexes(conn, "contact")
        assert conn.execute(text("SELECT count(*) FROM interaction")).scalar() == 2
    engine.dispose()
