"""A connection that reads a snapshot (a search's first page) keeps the larger page cache."""

from __future__ import annotations

from sqlalchemy import text

from netbook.store.database import READ_CACHE_KIB
from netbook.store.opening import open_database


def test_a_snapshot_gives_its_connection_the_larger_cache(tmp_path):
    database = open_database(tmp_path / "netbook.sqlite3")
    try:
        with database.reading() as conn:
            default = conn.execute(text("PRAGMA cache_size")).scalar()
        assert default != -READ_CACHE_KIB  # a plain read (an import's) keeps SQLite's
        with database.snapshot() as conn:
            assert conn.execute(text("PRAGMA cache_size")).scalar() == -READ_CACHE_KIB
            assert conn.in_transaction()
        with database.reading() as conn:  # the same pooled connection keeps it
            assert conn.execute(text("PRAGMA cache_size")).scalar() == -READ_CACHE_KIB
    finally:
        database.close()


def test_a_connection_writes_with_the_default_cache_and_reads_a_snapshot_with_the_larger(
    tmp_path,
):
    database = open_database(tmp_path / "netbook.sqlite3")
    try:
        with database.reading() as conn:
            default = conn.execute(text("PRAGMA cache_size")).scalar()
        with database.snapshot() as conn:
            assert conn.execute(text("PRAGMA cache_size")).scalar() == -READ_CACHE_KIB
        # An import's transaction on the same pooled connection: the default again.
        with database.transaction(immediate=True) as conn:
            assert conn.execute(text("PRAGMA cache_size")).scalar() == default
            conn.execute(text("CREATE TABLE written (x)"))
        with database.snapshot() as conn:
            assert conn.execute(text("PRAGMA cache_size")).scalar() == -READ_CACHE_KIB
            assert conn.execute(text("SELECT count(*) FROM written")).scalar() == 0
    finally:
        database.close()
