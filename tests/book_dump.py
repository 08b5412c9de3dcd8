"""A full dump of a book file, for tests that say "the book is exactly as it was".

Every table a user's data lives in, row by row with every column, plus what the search index
holds per contact, read straight from the SQLite file. Left out always: the change journal
and Alembic's stamp, which are the records of the operations rather than the book. An undo
that leaves this dump equal to the one taken before the operation gave back the book.

By default the dump is strict (what the undo tests need: rows come back with their rowids):
each row with its rowid, and the import batches too. The options loosen it for the tests that
promise less than "byte for byte the same rows" (see `dump_book`).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

Dump = dict[str, list[tuple[object, ...]]]

# The change journal (journal_*) and Alembic's stamp. FTS5 keeps its index in shadow tables
# (contact_fts_*) whose bytes depend on merge history; the virtual table's rows (what search
# reads) are dumped instead.
_LEFT_OUT_PREFIXES = ("journal_", "sqlite_", "alembic_version", "contact_fts_")

# Bookkeeping that every import adds to (import_batch_change only in books before 0004).
_OPERATION_RECORDS = ("import_batch", "import_batch_change")

# What a restore may renumber: the row ids of a contact's own values (its emails, phones,
# addresses, opportunities... are written again whole), which nothing outside points at, and
# when an opportunity row was written. Everything a user sees or a reference follows stays.
_RENUMBERED = {"id"}
_REWRITTEN_AT = {"opportunity": {"created_at"}}
_KEPT_IDS = {"contact", "interaction", "tag", "saved_search", "contact_fts"}


def dump_book(
    path: Path, *, rowids: bool = True, operations: bool = True, renumbered: bool = False
) -> Dump:
    """Table name -> its rows, for every data table (and the search index) of the book file.

    rowids: each row starts with its rowid, rows in rowid order. Without, rows are compared
        by their columns alone, sorted: a table's own `id` column still counts, the hidden
        rowid of a link table (contact_tag, interaction_participant) does not. The search
        index keeps its rowid either way, as that is the contact it belongs to.
    operations: the import batches are dumped. Without, they are left out with the journal:
        for "importing again changes nothing", where every import adds its own batch.
    renumbered: the row ids of a contact's own values are left out too (see _RENUMBERED):
        for comparing a book with itself after an undo that writes those values again.
        Only without rowids, which would give the same ids back.
    """
    if renumbered and rowids:
        raise ValueError("renumbered needs rowids=False: a rowid is the id it leaves out")
    left_out = _LEFT_OUT_PREFIXES if operations else _LEFT_OUT_PREFIXES + _OPERATION_RECORDS
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not name.startswith(left_out)
        ]
        if rowids:
            return {
                name: [
                    tuple(r) for r in conn.execute(f'SELECT rowid, * FROM "{name}" ORDER BY rowid')
                ]
                for name in names
            }
        tables: Dump = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            if renumbered and name not in _KEPT_IDS:
                dropped = _RENUMBERED | _REWRITTEN_AT.get(name, set())
                columns = [c for c in columns if c not in dropped]
            if name == "contact_fts":
                columns = ["rowid", *columns]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = [tuple(r) for r in conn.execute(f'SELECT {listed} FROM "{name}"')]
            tables[name] = sorted(rows, key=repr)
        return tables
    finally:
        conn.close()


def differences(before: Dump, after: Dump) -> list[str]:
    """What changed between two dumps, one line per row gone or come (for assert messages).

    Empty exactly when the dumps are equal: a table only one dump has is a line of its own,
    and a row held twice counts twice.
    """
    lines: list[str] = []
    for name in sorted(set(before) | set(after)):
        if name not in after:
            lines.append(f"{name}: - the table")
        if name not in before:
            lines.append(f"{name}: + the table")
        old, new = Counter(before.get(name, [])), Counter(after.get(name, []))
        lines += [f"{name}: - {row!r}" for row in sorted((old - new).elements(), key=repr)]
        lines += [f"{name}: + {row!r}" for row in sorted((new - old).elements(), key=repr)]
    return lines


# What an import stamps with the clock: masked, such values differ from run to run by nature.
_STAMP = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d")
# Columns that hold such stamps inside an encoding of their own: a batch's card fingerprints
# carry each matched contact's updated_at (services/card_fingerprints.py).
_STAMPED_COLUMNS = {"import_batch": {"card_fingerprints"}}


def masked_dump(path: Path) -> dict[str, list[list[Any]]]:
    """`dump_book(path)` as JSON can hold it, for comparing two runs: bytes as hex, the
    clock's stamps masked."""
    masked_at = _stamped_positions(path)
    return {
        name: [
            [
                "<stamp>"
                if i in masked_at.get(name, ()) or (isinstance(v, str) and _STAMP.match(v))
                else v
                for i, v in enumerate(x.hex() if isinstance(x, bytes) else x for x in row)
            ]
            for row in rows
        ]
        for name, rows in dump_book(path).items()
    }


def _stamped_positions(path: Path) -> dict[str, set[int]]:
    """Table -> the positions of its _STAMPED_COLUMNS in a dump row (after the rowid)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            table: {
                1 + row[0]
                for row in conn.execute(f'PRAGMA table_info("{table}")')
                if row[1] in columns
            }
            for table, columns in _STAMPED_COLUMNS.items()
        }
    finally:
        conn.close()
