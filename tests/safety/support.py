"""What the safety tests share: the CLI as a real subprocess, a rich book, a dump of a book."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Table, text

from netbook.model.tables import Base
from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.services.importer import Importer
from netbook.store.opening import open_database
from tests.formats.test_vcard_book_roundtrip import people

SAMPLE_BOOK = Path(__file__).resolve().parents[2] / "resources" / "sample-book.vcf"


def netbook(
    *args: str | bytes,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    **options: Any,
) -> subprocess.CompletedProcess[str]:
    """`netbook ARGS` in a subprocess, as a script would run it."""
    settings: dict[str, Any] = {"capture_output": "stdout" not in options, "text": True}
    settings.update(options)
    return subprocess.run(
        [sys.executable, "-m", "netbook", *args],
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
        **settings,
    )


def make_rich_book(path: Path) -> Path:
    """The sample book (48 contacts, 2 archived, photos, the whole story) plus three contacts
    that use every field the store has (tests/formats/test_vcard_book_roundtrip.py)."""
    database = open_database(path)
    try:
        book = AddressBook(database)
        report = Importer(book).run([SAMPLE_BOOK])
        assert report.files[0].error is None
        book.add_many(people())
    finally:
        database.close()
    return path


def all_ids(book: AddressBook) -> list[int]:
    return book.ids(ContactFilter(view=View.EVERYONE))


# What an import may set differently from the book it came from: ids, timestamps of the rows
# themselves, and the list thumbnail (made again from the same photo).
BOOKKEEPING = ("id", "created_at", "updated_at", "archived_at")


def comparable_records(path: Path) -> dict[str, dict[str, Any]]:
    """Every contact of the book at `path`, by UID, as plain data without bookkeeping."""
    database = open_database(path)
    try:
        book = AddressBook(database)
        records = book.get_many(all_ids(book))
    finally:
        database.close()
    found: dict[str, dict[str, Any]] = {}
    for record in records:
        data = dataclasses.asdict(record)
        for key in BOOKKEEPING:
            data.pop(key)
        if data["photo"] is not None:
            data["photo"]["thumbnail"] = None
        found[str(record.uid)] = data
    return found


# Tables that say how the book came to be, not what it holds: the history of imports.
HISTORY_TABLES = {"import_batch", "import_batch_change"}
# CardDAV sync's bookkeeping (accounts, server address books, each card's last synced state):
# about the server, not the contacts' data, and never exported.
SYNC_TABLES = {"sync_account", "sync_address_book", "sync_item"}


def contact_tables() -> list[Table]:
    """The tables that hold contacts' data: `contact`, and every table that points at it or at
    one of these (participants of interactions) or that such a table points at (tags)."""
    tables = {
        t.name: t for t in Base.metadata.sorted_tables if t.name not in HISTORY_TABLES | SYNC_TABLES
    }
    found = {"contact"}
    grew = True
    while grew:
        grew = False
        for name, table in tables.items():
            targets = {fk.column.table.name for fk in table.foreign_keys}
            if name not in found and targets & found:
                found.add(name)
                grew = True
            for target in targets - found:
                if name in found and target in tables:
                    found.add(target)
                    grew = True
    return [tables[name] for name in sorted(found)]


def full_dump(path: Path) -> str:
    """Every row of every table that holds contacts' data, as JSON (the search index too)."""
    database = open_database(path)
    try:
        with database.reading() as conn:
            names = [t.name for t in contact_tables()] + ["contact_fts"]
            dump = {
                name: sorted(
                    [str(value) for value in row]
                    for row in conn.execute(text(f'SELECT * FROM "{name}"'))
                )
                for name in names
            }
    finally:
        database.close()
    return json.dumps(dump, sort_keys=True)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
