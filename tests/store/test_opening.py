"""The book file: created private, refused untouched when it is not ours to change."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from netbook.model.tables import Base
from netbook.store import search_index
from netbook.store.backup import backup, list_backups
from netbook.store.database import make_engine
from netbook.store.errors import BookLockedError, NotABookError, SchemaTooNewError
from netbook.store.lock import BookLock
from netbook.store.migrate import alembic_config, head_revision, known_revisions
from netbook.store.opening import open_database


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_revision_chain_read_without_alembic_is_alembics():
    scripts = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
    assert head_revision() == scripts.get_current_head()


def test_opening_a_book_at_head_does_not_load_alembic(db_path):
    open_database(db_path).close()  # created (and stamped) here, with Alembic
    probe = (
        "import sys; from pathlib import Path; from netbook.store.opening import open_database;"
        f"open_database(Path({str(db_path)!r})).close();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def test_new_book_is_private_and_at_head(db_path):
    db = open_database(db_path)
    try:
        with db.reading() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() > 0
        assert _mode(db_path.parent) == 0o700
        assert _mode(db_path) == 0o600
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                assert _mode(side) == 0o600
    finally:
        db.close()


def _stamp(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_newer_schema_is_refused_and_left_untouched(db_path):
    open_database(db_path).close()
    _stamp(db_path, "f00dfeed9999")
    before = _digest(db_path)
    with pytest.raises(SchemaTooNewError, match="newer netbook"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(NotABookError):
        open_database(path)
    assert path.read_bytes() == b"\x89PNG\r\n\x1a\n" + bytes(100)


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotABookError, match="no netbook schema"):
        open_database(path)
    assert _digest(path) == before


def _ignore_search_tables(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name is not None and search_index.is_search_table(name))


def test_migrations_build_exactly_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _ignore_search_tables})
        assert compare_metadata(context, Base.metadata) == []
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert search_index.FTS_TABLE in tables
    engine.dispose()


def test_migrations_downgrade_to_nothing_and_back(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'roundtrip.sqlite3'}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        command.downgrade(config, "base")
        leftover = {
            r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
        assert leftover <= {"alembic_version"}
        command.upgrade(config, "head")
    engine.dispose()


def test_reopening_a_book_keeps_it_and_takes_no_backup(db_path):
    from netbook.model.values import ContactRecord
    from netbook.services.address_book import AddressBook

    db = open_database(db_path)
    AddressBook(db).add(ContactRecord(given_name="Ada", family_name="Lovelace"))
    db.close()
    db = open_database(db_path)
    try:
        assert AddressBook(db).count() == 1
        assert list_backups(db_path) == []  # already at head: nothing to upgrade, nothing copied
    finally:
        db.close()


def test_backup_is_verified_and_rotated(database, db_path):
    engine = database.engine
    made = [backup(engine, db_path, "test", keep=3) for _ in range(5)]
    kept = list_backups(db_path)
    assert kept == made[-3:]
    conn = sqlite3.connect(kept[-1])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    conn.close()
    assert _mode(kept[-1]) == 0o600
    assert _mode(kept[-1].parent) == 0o700


def test_second_instance_is_told_the_book_is_open(db_path):
    open_database(db_path).close()
    first = BookLock(db_path)
    first.acquire()
    try:
        with pytest.raises(BookLockedError, match="open in a netbook window"):
            BookLock(db_path).acquire()
    finally:
        first.release()
    with BookLock(db_path):
        pass


def test_engine_turns_foreign_keys_on_for_every_connection(db_path):
    open_database(db_path).close()
    engine = make_engine(db_path)
    for _ in range(3):
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_older_book_is_upgraded_after_a_verified_backup(db_path):
    db_path.parent.mkdir(mode=0o700)
    engine = create_engine(f"sqlite:///{db_path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")  # the first schema netbook shipped
        conn.execute(
            text(
                "INSERT INTO contact (uid, kind, display_name, sort_key, favourite, created_at,"
                " updated_at, met_in_person) VALUES ('urn:uuid:old', 'person', 'Old Friend',"
                " 'old friend', 0, '2020-01-01 00:00:00', '2020-01-01 00:00:00', 0)"
            )
        )
    engine.dispose()
    db = open_database(db_path)
    try:
        with db.reading() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
            assert conn.execute(text("SELECT display_name FROM contact")).scalar() == "Old Friend"
    finally:
        db.close()
    [made] = list_backups(db_path)
    assert "before-upgrade" in made.name
    old = sqlite3.connect(made)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert old.execute("SELECT display_name FROM contact").fetchone()[0] == "Old Friend"
    old.close()
