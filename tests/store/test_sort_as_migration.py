"""Migration 0007 (contact.sort_as; names sort by their reading) on a book the journal records.

The column is added in place; the stored sort keys are made again under the new rule without
recording anything (a change outside any operation would make earlier operations refuse their
undo), the triggers name the new column, and a later change to it is undone exactly.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Connection, text

from netbook.services.address_book import AddressBook
from netbook.store import search_index
from netbook.store.database import make_engine
from netbook.store.journal_triggers import expected_triggers
from netbook.store.migrate import alembic_config
from netbook.store.opening import open_database
from tests.book_dump import differences, dump_book

STAMP = "'2024-01-01 00:00:00'"


def _book_at_0006(path: Path) -> None:
    """Two contacts as 0006 stored them: 山田 with its reading, sorted by its kanji."""
    path.parent.mkdir(mode=0o700, exist_ok=True)
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006")
        rows = [
            (1, "yamada", "山田 太郎", "山田", "太郎", "'やまだ'", "'たろう'", "山田 太郎"),
            (2, "ito", "Ito Aoi", "Ito", "Aoi", "NULL", "NULL", "ito aoi"),
        ]
        for cid, uid, display, family, given, p_family, p_given, key in rows:
            conn.execute(
                text(
                    "INSERT INTO contact (id, uid, kind, display_name, family_name, given_name,"
                    " phonetic_family_name, phonetic_given_name, sort_key, favourite,"
                    " created_at, updated_at, met_in_person) VALUES"
                    f" ({cid}, '{uid}', 'person', '{display}', '{family}', '{given}',"
                    f" {p_family}, {p_given}, '{key}', 0, {STAMP}, {STAMP}, 0)"
                )
            )
    engine.dispose()


def _triggers(conn: Connection) -> dict[str, str]:
    rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    return {str(name): str(sql) for name, sql in rows}


def _journalled(path: Path) -> int:
    engine = make_engine(path)
    with engine.connect() as conn:
        count = int(conn.execute(text("SELECT count(*) FROM journal_change")).scalar() or 0)
    engine.dispose()
    return count


def test_upgrade_sorts_by_the_reading_and_records_nothing(db_path):
    _book_at_0006(db_path)
    journalled = _journalled(db_path)
    db = open_database(db_path)
    try:
        with db.reading() as conn:
            keys = dict(conn.execute(text("SELECT id, sort_key FROM contact")).all())
            # Voiced marks are folded away, as accents are: "やまた" sorts with "やまだ".
            assert keys == {1: "やまた たろう", 2: "ito aoi"}
            assert conn.execute(text("SELECT count(*) FROM journal_change")).scalar() == journalled
            triggers = _triggers(conn)
            assert triggers == expected_triggers(conn)
            assert "'sort_as'" in triggers["journal_contact_update"]
        # ぃ..ん come after Latin letters: the reading puts 山田 after Ito, as phones do.
        assert [s.display_name for s in AddressBook(db).page(0, 10)] == ["Ito Aoi", "山田 太郎"]
    finally:
        db.close()


def test_after_upgrade_a_sort_string_is_journalled_and_undone_exactly(db_path):
    _book_at_0006(db_path)
    db = open_database(db_path)
    try:
        book = AddressBook(db)
        with db.transaction() as conn:
            search_index.reindex(conn, [1, 2])  # as netbook indexes every contact it writes
        before = dump_book(db_path)
        record = book.get(1)
        assert record is not None
        record.sort_as = "Aoki"
        book.update(1, record)
        after = dump_book(db_path)
        assert before["contact"] != after["contact"]
        assert [s.display_name for s in book.page(0, 10)] == ["山田 太郎", "Ito Aoi"]
        book.journal.undo()
        assert differences(dump_book(db_path), before) == []
        book.journal.redo()
        assert differences(dump_book(db_path), after) == []
    finally:
        db.close()


def test_downgrade_drops_the_column_and_keeps_the_triggers(db_path):
    _book_at_0006(db_path)
    open_database(db_path).close()
    engine = make_engine(db_path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(contact)"))}
        assert "sort_as" not in columns
        assert conn.execute(text("SELECT count(*) FROM contact")).scalar() == 2
        triggers = _triggers(conn)
        assert triggers == expected_triggers(conn)
    engine.dispose()
