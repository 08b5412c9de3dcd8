"""What the journal's insert trigger costs, and whether recording a bulk insert as ranges pays.

Two parts, CPU seconds (user + system) of this process, best of `--repeat`:

1. `--rows` rows inserted into one child table of a real book (email_address, one
   executemany, inside one journal operation, twenty rows per contact) under four insert
   triggers: none; today's (one journal_change row per inserted row); one that extends the
   operation's last change into a rowid range when the new row follows it (candidate 1 of
   docs/performance.md, "Journal ranges"); and one whose WHEN is false, the cost that stays
   when a bulk writer suspends the trigger and records the range itself (candidate 2, before
   its own bookkeeping). Under both temp_store settings, as in part 2.
2. An import of `--cards` generated vCards (benchmarks/generate_vcards.py), each in a process
   of its own and the cases interleaved, with and without the journal's triggers, under
   SQLite's default temp_store (statement journals in temporary files) and under
   `PRAGMA temp_store=MEMORY`.

    .venv/bin/python benchmarks/journal_triggers.py [--rows 200000] [--cards 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_vcards import generate
from sqlalchemy import text

import netbook.store.database as store_database
from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer
from netbook.store.journal_triggers import drop_triggers, trigger_name
from netbook.store.opening import open_database

TABLE = "email_address"
ROWS_PER_CONTACT = 20
_RECORDING = "(SELECT operation_id FROM journal_recording)"

# Candidate 1: extend the operation's last change (an insert into this table whose range ends
# just before this row, for the same contact or the next one), else record a new change.
_RANGE_TRIGGER = f"""
CREATE TRIGGER {trigger_name(TABLE, "insert")} AFTER INSERT ON {TABLE}
WHEN coalesce({_RECORDING}, -1) <> 0 BEGIN
  UPDATE journal_change SET row_id_last = new.rowid, contact_id_last = new.contact_id
   WHERE id = (SELECT max(id) FROM journal_change) AND operation_id IS {_RECORDING}
     AND table_name = '{TABLE}' AND action = 'I'
     AND coalesce(row_id_last, row_id) = new.rowid - 1
     AND new.contact_id - coalesce(contact_id_last, contact_id) IN (0, 1);
  INSERT INTO journal_change (operation_id, table_name, row_id, action, contact_id)
   SELECT {_RECORDING}, '{TABLE}', new.rowid, 'I', new.contact_id WHERE changes() = 0;
END"""

# Candidate 2's floor: the trigger still fires for every row; its WHEN says "suspended".
_SUSPENDED_TRIGGER = f"""
CREATE TRIGGER {trigger_name(TABLE, "insert")} AFTER INSERT ON {TABLE}
WHEN coalesce((SELECT CASE WHEN bulk_table = '{TABLE}' THEN 0 ELSE operation_id END
               FROM journal_recording), -1) <> 0 BEGIN
  INSERT INTO journal_change (operation_id, table_name, row_id, action, contact_id)
   VALUES ({_RECORDING}, '{TABLE}', new.rowid, 'I', new.contact_id);
END"""

TRIGGERS = ("none", "today", "range", "suspended")
PRAGMAS = (None, "PRAGMA temp_store=MEMORY")
_SHIPPED_PRAGMAS = store_database._set_pragmas


def _cpu() -> float:
    times = os.times()
    return times.user + times.system


def _use_pragma(pragma: str | None) -> None:
    """Every connection netbook opens from now on also runs `pragma` (None: as shipped)."""

    def set_pragmas(dbapi_connection: Any, record: Any) -> None:
        _SHIPPED_PRAGMAS(dbapi_connection, record)
        if pragma is not None:
            dbapi_connection.execute(pragma)

    store_database._set_pragmas = set_pragmas  # type: ignore[assignment]


def _trigger_case(path: Path, kind: str, rows: int, pragma: str | None) -> tuple[float, int]:
    """CPU of inserting `rows` rows under trigger `kind`, and the journal rows they left
    (the contacts they belong to are written first, outside the measured operation)."""
    open_database(path).close()  # a book at head, then the driver alone, as the store writes
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    if pragma is not None:
        conn.execute(pragma)
    conn.execute("ALTER TABLE journal_change ADD COLUMN row_id_last INTEGER")
    conn.execute("ALTER TABLE journal_change ADD COLUMN contact_id_last INTEGER")
    conn.execute("ALTER TABLE journal_recording ADD COLUMN bulk_table TEXT")
    contacts = rows // ROWS_PER_CONTACT + 1
    conn.executemany(
        "INSERT INTO contact (id, uid, kind, display_name, sort_key, favourite, created_at,"
        " updated_at, met_in_person) VALUES (?, ?, 'person', 'A', 'a', 0,"
        " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0)",
        [(n, f"c{n}") for n in range(1, contacts + 1)],
    )
    name = trigger_name(TABLE, "insert")
    shipped = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    conn.execute(f"DROP TRIGGER {name}")
    chosen = {"today": shipped[0], "range": _RANGE_TRIGGER, "suspended": _SUSPENDED_TRIGGER}
    if kind in chosen:
        conn.execute(chosen[kind])
    params = [
        (1 + i // ROWS_PER_CONTACT, i % ROWS_PER_CONTACT, f"p{i}@example.org", f"p{i}@example.org")
        for i in range(rows)
    ]
    start = _cpu()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO journal_recording (operation_id, bulk_table) VALUES (1, ?)", (TABLE,))
    conn.executemany(
        f"INSERT INTO {TABLE} (contact_id, position, value, value_key, label, preferred)"
        " VALUES (?, ?, ?, ?, 'work', 0)",
        params,
    )
    conn.execute("DELETE FROM journal_recording")
    conn.execute("COMMIT")
    elapsed = _cpu() - start
    recorded = int(
        conn.execute("SELECT count(*) FROM journal_change WHERE operation_id = 1").fetchone()[0]
    )
    conn.close()
    return elapsed, recorded


def _import_case(path: Path, cards: Path, journal: bool) -> tuple[float, float]:
    """User and system CPU of one import (this process: a child of `main`)."""
    database = open_database(path)
    if not journal:
        with database.transaction() as conn:
            drop_triggers(conn)
    book = AddressBook(database)
    before = os.times()
    report = Importer(book).run([cards])
    after = os.times()
    assert report.imported > 0
    with database.reading() as conn:
        # The book is the same either way; only the journal differs.
        assert conn.execute(text("SELECT count(*) FROM contact")).scalar() == report.imported
    database.close()
    return after.user - before.user, after.system - before.system


def _import_in_child(
    path: Path, cards: Path, journal: bool, pragma: str | None
) -> tuple[float, float]:
    """One import in a fresh process, so that no run inherits another's heap or caches."""
    command = [sys.executable, __file__, "--child", str(path), str(cards), str(int(journal))]
    if pragma is not None:
        command += ["--pragma", pragma]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    user, system = out.split()
    return float(user), float(system)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--child", nargs=3, metavar=("BOOK", "CARDS", "JOURNAL"), help=argparse.SUPPRESS
    )
    parser.add_argument("--pragma", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _use_pragma(args.pragma)
        book, cards, journal = args.child
        print(*_import_case(Path(book), Path(cards), journal == "1"))
        return
    with tempfile.TemporaryDirectory(prefix="netbook-journal-triggers-") as tmp:
        folder = Path(tmp)
        print(f"{args.rows} rows into {TABLE}, one executemany; best of {args.repeat}")
        for pragma in PRAGMAS:
            for kind in TRIGGERS:
                trials = [
                    _trigger_case(
                        folder / f"{kind}-{n}-{id(pragma)}.sqlite3", kind, args.rows, pragma
                    )
                    for n in range(args.repeat)
                ]
                best = min(elapsed for elapsed, _ in trials)
                print(
                    f"  {pragma or 'temp_store as shipped':<26} insert trigger {kind:<10}"
                    f" {best:6.2f} s CPU  {trials[0][1]:>7} journal rows"
                )
        cards = folder / "cards.vcf"
        cards.write_bytes(generate(args.cards, photo_every=20))
        print(f"import of {args.cards} cards, each in a process of its own; best of {args.repeat}")
        cases = [(pragma, journal) for pragma in PRAGMAS for journal in (False, True)]
        runs: dict[tuple[str | None, bool], list[tuple[float, float]]] = {c: [] for c in cases}
        for n in range(args.repeat):
            for pragma, journal in cases:  # interleaved, so the neighbours' load spreads
                book = folder / f"import-{n}-{pragma is None}-{journal}.sqlite3"
                runs[pragma, journal].append(_import_in_child(book, cards, journal, pragma))
        for pragma, journal in cases:
            user, system = min(runs[pragma, journal], key=sum)
            print(
                f"  {pragma or 'temp_store as shipped':<26}"
                f" {'with' if journal else 'without':<7} the journal's triggers"
                f"  {user + system:6.2f} s CPU ({user:.2f} user + {system:.2f} system)"
            )


if __name__ == "__main__":
    main()
