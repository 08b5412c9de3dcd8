"""A connection that reads gets the larger page cache (searching at 100k reuses its pages)."""

from __future__ import annotations

from sqlalchemy import text

from netbook.store.database import READ_CACHE_KIB
from netbook.store.opening import open_database


def test_reading_and_snapshot_connections_have_the_read_cache(tmp_path):
    database = open_database(tmp_path / "netbook.sqlite3")
    try:
        with database.reading() as conn:
            assert conn.execute(text("PRAGMA cache_size")).scalar() == -READ_CACHE_KIB
        with database.snapshot() as conn:
            assert conn.execute(text("PRAGMA cache_size")).scalar() == -READ_CACHE_KIB
            assert conn.in_transaction()
    finally:
        database.close()
