"""What the change journal costs an import, and how long undo and redo of that import take.

The same generated file (benchmarks/generate_vcards.py) is imported into a fresh book with
the journal's triggers, and into one whose triggers were dropped (the store as it was before
the journal): the difference is the journal's cost. Then the import is undone and redone
through the journal. Every timing is the best of `--repeat` runs (the machines are shared).

    .venv/bin/python benchmarks/journal.py [--cards 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_vcards import generate

from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer
from netbook.store.journal_triggers import drop_triggers
from netbook.store.opening import open_database


def _timed_import(book_path: Path, cards: Path, journal: bool) -> tuple[float, AddressBook]:
    database = open_database(book_path)
    if not journal:
        with database.transaction() as conn:
            drop_triggers(conn)
    book = AddressBook(database)
    gc.collect()
    start = time.perf_counter()
    report = Importer(book).run([cards])
    elapsed = time.perf_counter() - start
    assert report.imported > 0
    return elapsed, book


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="netbook-journal-bench-") as tmp:
        folder = Path(tmp)
        cards = folder / "cards.vcf"
        cards.write_bytes(generate(args.cards, photo_every=20))
        print(f"{args.cards} cards; best of {args.repeat}")
        without, with_journal, undo, redo = [], [], [], []
        for run in range(args.repeat):
            elapsed, book = _timed_import(folder / f"plain-{run}.sqlite3", cards, journal=False)
            without.append(elapsed)
            book.database.close()
            elapsed, book = _timed_import(folder / f"journal-{run}.sqlite3", cards, journal=True)
            with_journal.append(elapsed)
            op = book.journal.next_undo()
            assert op is not None
            start = time.perf_counter()
            book.journal.undo()
            undo.append(time.perf_counter() - start)
            assert book.count() == 0
            start = time.perf_counter()
            book.journal.redo()
            redo.append(time.perf_counter() - start)
            assert book.count() == args.cards
            rows = op.changes
            book.database.close()
        plain, journaled = min(without), min(with_journal)
        print(f"import without the journal's triggers  {plain:7.2f} s")
        print(
            f"import with the journal               {journaled:7.2f} s   "
            f"+{(journaled / plain - 1) * 100:.1f} %  ({rows} rows recorded)"
        )
        print(f"undo of that import                   {min(undo):7.2f} s")
        print(f"redo of that import                   {min(redo):7.2f} s")


if __name__ == "__main__":
    main()
