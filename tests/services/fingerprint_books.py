"""Books for the card fingerprint tests: the same book re-importing a file with its
fingerprints and without them (the fingerprints taken away in a copy), so that the two can be
compared report for report and row for row."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer, ImportReport
from netbook.services.incoming_merge import MergeChoices
from netbook.store.opening import open_database
from tests.book_dump import Dump, dump_book

TODAY = dt.date(2026, 11, 26)
# What an import stamps with the time it runs: equal between two books only by chance.
_STAMPS = ("created_at", "updated_at")


@contextmanager
def opened(path: Path) -> Iterator[AddressBook]:
    database = open_database(path)
    try:
        yield AddressBook(database)
    finally:
        database.close()


def run(path: Path, files: Sequence[Path], choices: MergeChoices | None = None) -> ImportReport:
    with opened(path) as book:
        return Importer(book, today=lambda: TODAY).run(files, choices=choices)


def copy_book(source: Path, target: Path) -> Path:
    """A copy of a closed book file (its -wal folded in by SQLite's backup)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def forget_fingerprints(path: Path) -> None:
    """The book as it would be had no import taken fingerprints."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE import_batch SET card_fingerprints = NULL")
    finally:
        conn.close()


def stamped_dump(path: Path, minted_after: int | None = None) -> Dump:
    """The book's full dump (rowids kept; import batches left out, as each import adds its
    own), with the times the imports ran replaced by one value, and the UIDs given to contacts
    after `minted_after` (cards without one, added again: a fresh random UID each time) by
    one that says which contact it is."""
    scratch = path.with_name(path.stem + "-stamps.sqlite3")
    shutil.copyfile(path, scratch)
    conn = sqlite3.connect(scratch)
    try:
        with conn:
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
                columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
                for column in _STAMPS:
                    if column in columns and not table.startswith(("journal_", "sqlite_")):
                        conn.execute(f'UPDATE "{table}" SET "{column}" = \'2000-01-01\'')
            if minted_after is not None:
                conn.execute(
                    "UPDATE contact SET uid = 'minted-' || id WHERE id > ?", (minted_after,)
                )
    finally:
        conn.close()
    try:
        return dump_book(scratch, operations=False)
    finally:
        scratch.unlink()


@dataclass(frozen=True, slots=True)
class TwoWays:
    """One re-import of the same file into the same book, with and without fingerprints."""

    first: ImportReport
    with_fingerprints: ImportReport
    without: ImportReport
    dump_with: Dump
    dump_without: Dump


def reimport_both_ways(
    template: Path,
    folder: Path,
    files: Sequence[Path],
    again: Sequence[Path] | None = None,
    choices: MergeChoices | None = None,
) -> TwoWays:
    """Import `files` into a copy of `template`, then `again` (the same files by default)
    into that book (folder/with.sqlite3) and into a copy of it whose fingerprints were taken
    away (folder/without.sqlite3)."""
    folder.mkdir(parents=True, exist_ok=True)
    book = copy_book(template, folder / "with.sqlite3")
    first = run(book, files)
    return again_both_ways(book, first, list(again if again is not None else files), choices)


def again_both_ways(
    book: Path, first: ImportReport, files: Sequence[Path], choices: MergeChoices | None = None
) -> TwoWays:
    """Import `files` into `book` and into a copy of it without fingerprints."""
    plain = copy_book(book, book.with_name("without.sqlite3"))
    forget_fingerprints(plain)
    with sqlite3.connect(book) as conn:
        last = conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]
    conn.close()
    with_fingerprints = run(book, files, choices)
    without = run(plain, files, choices)
    return TwoWays(
        first, with_fingerprints, without, stamped_dump(book, last), stamped_dump(plain, last)
    )
