"""Migration 0005 (interaction channel, text, source batch) on a book the journal already records.

The migration rebuilds `interaction` (SQLite batch mode), which drops the journal's triggers on
it and, with foreign keys on as every netbook connection has them, would empty
`interaction_participant` by cascade. After the upgrade the participants are there under their
own rowids, and every later change to an interaction is journalled and undone exactly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, text

from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer
from netbook.services.journal import Journal
from netbook.services.network import NetworkService
from netbook.store import search_index
from netbook.store.database import make_engine
from netbook.store.journal_triggers import expected_triggers
from netbook.store.migrate import alembic_config
from netbook.store.opening import open_database
from tests.book_dump import differences, dump_book
from tests.linkedin_archive_files import basic_zip

TODAY = dt.date(2026, 12, 1)
STAMP = "'2024-01-01 00:00:00'"


def _book_at_0004(path: Path) -> None:
    """A book as netbook left it at 0004: two contacts who talked twice, one call together."""
    path.parent.mkdir(mode=0o700, exist_ok=True)
    engine = make_engine(path)  # foreign keys on, as in the app
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        for n, (uid, name) in enumerate([("ann", "Ann Lee"), ("bob", "Bob Ray")], 1):
            conn.execute(
                text(
                    "INSERT INTO contact (id, uid, kind, display_name, sort_key, favourite,"
                    " created_at, updated_at, met_in_person) VALUES"
                    f" ({n}, '{uid}', 'person', '{name}', '{name.lower()}', 0, {STAMP},"
                    f" {STAMP}, 0)"
                )
            )
        for n, (day, kind) in enumerate([("2024-01-05", "call"), ("2024-02-01", "met")], 1):
            conn.execute(
                text(
                    "INSERT INTO interaction (id, uid, occurred_on, kind, summary, created_at)"
                    f" VALUES ({n}, 'i{n}', '{day}', '{kind}', 'Talk {n}', {STAMP})"
                )
            )
        conn.execute(text("INSERT INTO interaction_participant VALUES (1, 1), (1, 2), (2, 1)"))
        # The index rows netbook writes for these two (today's search_index reads columns a
        # later migration adds, so they are written as they are).
        columns = ", ".join(search_index.FTS_COLUMNS)
        blanks = ", ".join("''" for _ in search_index.FTS_COLUMNS[1:])
        for n, name in enumerate(["ann lee", "bob ray"], 1):
            conn.execute(
                text(
                    f"INSERT INTO {search_index.FTS_TABLE} (rowid, {columns})"
                    f" VALUES ({n}, '{name}', {blanks})"
                )
            )
    engine.dispose()


def _participants(conn: Connection) -> list[tuple[int, int, int]]:
    return [
        (int(r[0]), int(r[1]), int(r[2]))
        for r in conn.execute(
            text(
                "SELECT rowid, interaction_id, contact_id FROM interaction_participant"
                " ORDER BY rowid"
            )
        )
    ]


def _triggers(conn: Connection) -> dict[str, str]:
    return {
        str(name): str(sql)
        for name, sql in conn.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        )
    }


def test_upgrade_keeps_the_participants_and_records_nothing(db_path):
    _book_at_0004(db_path)
    engine = make_engine(db_path)
    with engine.connect() as conn:
        participants = _participants(conn)
        journalled = conn.execute(text("SELECT count(*) FROM journal_change")).scalar()
    engine.dispose()
    assert len(participants) == 3

    db = open_database(db_path)  # upgrades to head
    try:
        with db.reading() as conn:
            assert _participants(conn) == participants
            assert conn.execute(text("SELECT count(*) FROM journal_change")).scalar() == journalled
            # The triggers are back, naming the new columns.
            assert _triggers(conn) == expected_triggers(conn)
            assert "'channel'" in _triggers(conn)["journal_interaction_update"]
    finally:
        db.close()


def test_after_upgrade_a_changed_interaction_is_journalled_and_undone_exactly(db_path):
    _book_at_0004(db_path)
    db = open_database(db_path)
    try:
        journal = Journal(db)
        network = NetworkService(db, today=lambda: TODAY, journal=journal)
        before = dump_book(db_path)
        network.update_interaction(1, summary="Long call", contact_ids=[1])
        after = dump_book(db_path)
        assert before["interaction"] != after["interaction"]
        assert before["interaction_participant"] != after["interaction_participant"]
        assert journal.next_undo() is not None
        journal.undo()
        assert differences(dump_book(db_path), before) == []
        journal.redo()
        assert differences(dump_book(db_path), after) == []
    finally:
        db.close()


def test_after_upgrade_an_archive_import_is_undone_exactly(db_path, tmp_path):
    _book_at_0004(db_path)
    db = open_database(db_path)
    try:
        book = AddressBook(db)
        before = dump_book(db_path)
        report = Importer(book, today=lambda: TODAY).run([basic_zip(tmp_path)])
        with db.reading() as conn:
            linkedin = conn.execute(
                text("SELECT count(*) FROM interaction WHERE channel = 'linkedin'")
            ).scalar()
        assert linkedin
        book.journal.undo(expected=report.operation_id)
        assert differences(dump_book(db_path), before) == []
    finally:
        db.close()


def test_downgrade_keeps_the_participants_and_the_triggers(db_path):
    _book_at_0004(db_path)
    open_database(db_path).close()
    engine = make_engine(db_path)
    config = alembic_config()
    with engine.begin() as conn:
        participants = _participants(conn)
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
        assert _participants(conn) == participants
        assert _triggers(conn) == expected_triggers(conn)
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(interaction)"))}
        assert columns.isdisjoint({"channel", "text", "source_batch_id"})
    engine.dispose()
