"""A full dump of a book file, for tests that say "the book is exactly as it was".

Every table a user's data lives in, row by row with its rowid and every column, plus what the
search index holds per contact. Only the journal itself and Alembic's stamp are left out: an
undo that leaves this dump equal to the one taken before the operation gave back the book.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

_LEFT_OUT = ("journal_", "sqlite_", "alembic_version", "contact_fts_")


def dump_book(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every data table (and the search index), read from the file itself."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not name.startswith(_LEFT_OUT)
        ]
        return {
            table: [
                tuple(row) for row in conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid')
            ]
            for table in tables
        }
    finally:
        conn.close()


def differences(
    a: dict[str, list[tuple[Any, ...]]], b: dict[str, list[tuple[Any, ...]]]
) -> list[str]:
    """The tables whose rows differ (for a readable assertion message)."""
    return sorted(t for t in set(a) | set(b) if a.get(t) != b.get(t))
