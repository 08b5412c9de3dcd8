"""Rows of `make bench` for reading and writing files: vCard import, re-import and export,
CSV imports, each beside vobject or raw sqlite3 doing the same work in the same run."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from benchkit import Context, Row, Work, measure

ROWS = [
    Row(
        "import {n} vCards",
        "netbook-import-vcards",
        "vobject-parse",
        "vobject parse of the same file",
        "<= 0.25x, <= 20 s at 100k, <= 350 MB",
    ),
    Row(
        "store {n} cards (raw inserts)",
        "netbook-store-only",
        "sqlite3-inserts",
        "raw sqlite3 inserts of the same rows + FTS5",
        "for reference",
    ),
    Row(
        "re-import {n} unchanged vCards",
        "netbook-reimport-vcards",
        "netbook-import-vcards",
        "netbook's first import",
        "<= 0.3x",
    ),
    Row(
        "re-import {n} unchanged vCards, every card read",
        "netbook-reimport-vcards-unskipped",
        "netbook-import-vcards",
        "netbook's first import",
        "for reference (a book from before fingerprints)",
    ),
    Row(
        "export {n} contacts as vCard 3.0",
        "netbook-export-vcards",
        "vobject-serialize",
        "vobject serialise of the same cards",
        "<= 0.5x, <= 250 MB",
    ),
    Row(
        "import {n} Google CSV rows",
        "netbook-import-google",
        None,
        "",
        "<= 3 s at 100k",
        sizes=(100_000,),
    ),
    Row(
        "import {n} LinkedIn CSV rows",
        "netbook-import-linkedin",
        None,
        "",
        "<= 1 s at 30k",
        sizes=(30_000,),
    ),
]


def _import_into(book: Path, source: Path) -> object:
    from netbook.services.address_book import AddressBook
    from netbook.services.importer import Importer
    from netbook.store.opening import open_database

    database = open_database(book)
    try:
        return Importer(AddressBook(database)).run([source])
    finally:
        database.close()


def _import(ctx: Context, kind: str) -> Work:
    source = ctx.corpus(kind)
    book = ctx.scratch("book") / "netbook.sqlite3"
    from netbook.store.opening import open_database

    open_database(book).close()  # the empty book exists before the clock starts
    return lambda: _import_into(book, source)


@measure("netbook-import-vcards")
def import_vcards(ctx: Context) -> Work:
    return _import(ctx, "vcards")


@measure("netbook-import-google")
def import_google(ctx: Context) -> Work:
    return _import(ctx, "google-csv")


@measure("netbook-import-linkedin")
def import_linkedin(ctx: Context) -> Work:
    return _import(ctx, "linkedin-csv")


def imported_book(ctx: Context) -> Path:
    """A book holding the vCard corpus, imported once per work folder and size."""
    book = ctx.folder / f"imported-{ctx.size}" / "netbook.sqlite3"
    if not book.exists():
        partial = book.parent.with_suffix(".part")
        shutil.rmtree(partial, ignore_errors=True)
        _import_into(partial / "netbook.sqlite3", ctx.corpus("vcards"))
        partial.rename(book.parent)
    return book


def _copy_book(ctx: Context) -> Path:
    copy = ctx.scratch("copy") / "netbook.sqlite3"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(imported_book(ctx), copy)
    return copy


@measure("netbook-reimport-vcards")
def reimport_vcards(ctx: Context) -> Work:
    book = _copy_book(ctx)
    source = ctx.corpus("vcards")
    return lambda: _import_into(book, source)


@measure("netbook-reimport-vcards-unskipped")
def reimport_vcards_unskipped(ctx: Context) -> Work:
    """The re-import as it was before card fingerprints: every card parsed and matched."""
    book = _copy_book(ctx)
    conn = sqlite3.connect(book)
    with conn:
        conn.execute("UPDATE import_batch SET card_fingerprints = NULL")
    conn.close()
    source = ctx.corpus("vcards")
    return lambda: _import_into(book, source)


@measure("netbook-export-vcards")
def export_vcards(ctx: Context) -> Work:
    from netbook.app import main

    book = _copy_book(ctx)
    target = ctx.scratch("export.vcf")
    # Through the command line's own entry point: what a user runs, however it is built.
    argv = ["--db", str(book), "export", "--format", "vcard3", "--output", str(target)]
    return lambda: main(argv)


@measure("vobject-parse")
def vobject_parse(ctx: Context) -> Work:
    import vobject

    source = ctx.corpus("vcards")

    def work() -> int:
        # What a plain vobject import does before any mapping: decode and parse every card
        # (allowQP=True reads line by line, and is vobject's faster way).
        with source.open(encoding="utf-8", newline="") as handle:
            return sum(1 for _ in vobject.readComponents(handle, allowQP=True))

    return work


@measure("vobject-serialize")
def vobject_serialize(ctx: Context) -> Work:
    import vobject

    with ctx.corpus("vcards").open(encoding="utf-8", newline="") as handle:
        cards = list(vobject.readComponents(handle, allowQP=True))
    target = ctx.scratch("vobject.vcf")

    def work() -> int:
        count = 0
        with target.open("w", encoding="utf-8", newline="") as out:
            for card in cards:
                try:
                    out.write(card.serialize())
                    count += 1
                except Exception:  # vobject fails on some cards it read (measured trap)
                    continue
        return count

    return work


def _parsed_records(ctx: Context) -> list[object]:
    from netbook.formats.vcard import read_vcards

    return list(read_vcards(ctx.corpus("vcards").read_bytes()).records)


@measure("netbook-store-only")
def store_only(ctx: Context) -> Work:
    """netbook's store writing already-parsed cards: the SQLite share of an import."""
    from netbook.store import contact_rows
    from netbook.store.core_tables import chunks
    from netbook.store.opening import open_database

    records = _parsed_records(ctx)
    book = ctx.scratch("store") / "netbook.sqlite3"
    database = open_database(book)

    def work() -> None:
        with database.transaction() as conn:
            for chunk in chunks(records):
                contact_rows.insert_records(conn, list(chunk))

    return work


@measure("sqlite3-inserts")
def sqlite3_inserts(ctx: Context) -> Work:
    """The floor: the same rows through raw sqlite3 executemany, with an FTS5 index."""
    records = _parsed_records(ctx)
    path = ctx.scratch("raw.sqlite3")

    def work() -> None:
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(
            "CREATE TABLE contact(id INTEGER PRIMARY KEY, uid TEXT UNIQUE, display_name TEXT,"
            " given TEXT, family TEXT, org TEXT, title TEXT, note TEXT);"
            "CREATE TABLE email(id INTEGER PRIMARY KEY, contact_id INT, value TEXT, label TEXT);"
            "CREATE TABLE phone(id INTEGER PRIMARY KEY, contact_id INT, value TEXT, label TEXT);"
            "CREATE TABLE photo(contact_id INTEGER PRIMARY KEY, data BLOB);"
            "CREATE VIRTUAL TABLE fts USING fts5(text, tokenize='unicode61 remove_diacritics 2');"
        )
        with db:
            for i, r in enumerate(records, 1):
                db.execute(
                    "INSERT INTO contact VALUES (?,?,?,?,?,?,?,?)",
                    (
                        i,
                        r.uid,
                        r.display_name,
                        r.given_name,
                        r.family_name,
                        r.organization,
                        r.title,
                        r.note,
                    ),
                )
            db.executemany(
                "INSERT INTO email(contact_id, value, label) VALUES (?,?,?)",
                [(i, e.value, e.label) for i, r in enumerate(records, 1) for e in r.emails],
            )
            db.executemany(
                "INSERT INTO phone(contact_id, value, label) VALUES (?,?,?)",
                [(i, p.value, p.label) for i, r in enumerate(records, 1) for p in r.phones],
            )
            db.executemany(
                "INSERT INTO photo VALUES (?,?)",
                [(i, r.photo.data) for i, r in enumerate(records, 1) if r.photo],
            )
            db.executemany(
                "INSERT INTO fts(rowid, text) VALUES (?,?)",
                [
                    (
                        i,
                        " ".join(
                            filter(
                                None,
                                (
                                    r.display_name,
                                    r.organization,
                                    r.note,
                                    *(e.value for e in r.emails),
                                ),
                            )
                        ),
                    )
                    for i, r in enumerate(records, 1)
                ],
            )
        db.close()

    return work
