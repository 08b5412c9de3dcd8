"""Imports and their undo never lose what the user has, whatever the file or the book holds.

After every operation the search index must hold exactly one row per contact.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from netbook.model.values import LabelledValue
from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer
from netbook.store.database import Database
from tests.conftest import person

TODAY = dt.date(2026, 11, 26)


def _card(uid: str, name: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{name};;;;\r\n{body}END:VCARD\r\n"


def _file(tmp_path: Path, name: str, *cards: str) -> Path:
    path = tmp_path / name
    path.write_text("".join(cards), encoding="utf-8")
    return path


def assert_index_in_sync(database: Database) -> None:
    with database.reading() as conn:
        indexed = sorted(r[0] for r in conn.execute(text("SELECT rowid FROM contact_fts")))
        contacts = sorted(r[0] for r in conn.execute(text("SELECT id FROM contact")))
    assert indexed == contacts


@pytest.fixture
def importer(book: AddressBook) -> Importer:
    return Importer(book, today=lambda: TODAY)


OPPORTUNITY = "X-NETBOOK-OPPORTUNITY:job_offer;Lead role;2024-05-01;won;;opp-1;"


def test_two_cards_carrying_one_opportunity_uid_both_come_in(book, importer, tmp_path):
    # A client's "duplicate card" copies netbook's X- properties, opportunity UID and all.
    path = _file(
        tmp_path, "dup.vcf", _card("u1", "Ann", OPPORTUNITY), _card("u2", "Bo", OPPORTUNITY)
    )
    report = importer.run([path])
    assert report.imported == 2
    records = book.get_many(book.ids())
    assert [len(r.opportunities) for r in records] == [1, 1]
    assert len({r.opportunities[0].uid for r in records}) == 2
    assert_index_in_sync(book.database)


def test_an_opportunity_uid_already_in_the_book_does_not_abort_the_import(book, importer, tmp_path):
    importer.run([_file(tmp_path, "a.vcf", _card("u1", "Ann", OPPORTUNITY))])
    copy = _card("u3", "Ann Copy", "EMAIL:copy@example.com", OPPORTUNITY)
    report = importer.run([_file(tmp_path, "b.vcf", copy)])
    assert report.imported == 1
    ann = book.get(book.resolve("u1"))
    assert [o.uid for o in ann.opportunities] == ["opp-1"]
    copied = book.get(book.resolve("u3"))
    assert len(copied.opportunities) == 1 and copied.opportunities[0].uid != "opp-1"
    # Importing the first file again keeps Ann's opportunity where it was.
    importer.run([_file(tmp_path, "a.vcf", _card("u1", "Ann", OPPORTUNITY))])
    assert [o.uid for o in book.get(book.resolve("u1")).opportunities] == ["opp-1"]
