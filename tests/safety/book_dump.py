"""Every row of every table of a book, read straight from its SQLite file.

Two dumps are equal only when the import (or undo) changed nothing a user could see or any
later operation could read: ids, timestamps and the search index included. Left out are the
records of the operations themselves (import batches, the change journal), which are meant to
grow with every operation.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Bookkeeping that every operation adds to; everything else must stay as it was.
_OPERATION_RECORDS = ("alembic_version", "import_batch", "import_batch_change")


def _is_dumped(name: str) -> bool:
    if name in _OPERATION_RECORDS or "journal" in name or name.startswith("sqlite_"):
        return False
    # FTS5 keeps its index in shadow tables whose bytes depend on merge history; the
    # virtual table's rows (what search reads) are dumped instead.
    return not name.startswith("contact_fts_")


# What a restore may renumber: the row ids of a contact's own values (its emails, phones,
# addresses, opportunities... are written again whole), which nothing outside points at, and
# when an opportunity row was written. Everything a user sees or a reference follows stays.
_RENUMBERED = {"id"}
_REWRITTEN_AT = {"opportunity": {"created_at"}}
_KEPT_IDS = {"contact", "interaction", "tag", "saved_search", "contact_fts"}


def dump(db_path: Path, *, renumbered: bool = False) -> dict[str, list[tuple[object, ...]]]:
    """Table name -> its rows, sorted, for every table of the book at `db_path`.

    With `renumbered`, the row ids of a contact's own values are left out (see _RENUMBERED):
    for comparing a book with itself after an undo, which writes those values again.
    """
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if _is_dumped(r[0])
        ]
        tables: dict[str, list[tuple[object, ...]]] = {}
        for name in sorted(names):
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            if renumbered and name not in _KEPT_IDS:
                left_out = _RENUMBERED | _REWRITTEN_AT.get(name, set())
                columns = [c for c in columns if c not in left_out]
            if name == "contact_fts":
                columns = ["rowid", *columns]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {listed} FROM "{name}"').fetchall()
            tables[name] = sorted(rows, key=repr)
        return tables
    finally:
        conn.close()


def differences(
    before: dict[str, list[tuple[object, ...]]], after: dict[str, list[tuple[object, ...]]]
) -> list[str]:
    """What changed between two dumps, one line per row gone or come (for assert messages)."""
    lines: list[str] = []
    for name in sorted(set(before) | set(after)):
        old, new = set(before.get(name, [])), set(after.get(name, []))
        lines += [f"{name}: - {row!r}" for row in sorted(old - new, key=repr)]
        lines += [f"{name}: + {row!r}" for row in sorted(new - old, key=repr)]
    return lines
