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
from netbook.services.journal import UnsafeUndoError
from netbook.store.database import Database
from tests.book_dump import dump_book
from tests.conftest import person

TODAY = dt.date(2026, 11, 26)


def _card(uid: str, name: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    head = f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{name};;;;\r\n"
    return f"{head}{body}END:VCARD\r\n"


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
    assert len(copied.opportunities) == 1
    assert copied.opportunities[0].uid != "opp-1"
    # Importing the first file again keeps Ann's opportunity where it was.
    importer.run([_file(tmp_path, "a.vcf", _card("u1", "Ann", OPPORTUNITY))])
    assert [o.uid for o in book.get(book.resolve("u1")).opportunities] == ["opp-1"]


ANN = _card("ann", "Ann Lee", "EMAIL:ann@example.com", "TITLE:CEO")
NEW = _card("new", "Nia New", "EMAIL:nia@example.com")


def test_undo_takes_back_a_later_edit_before_the_import(book, importer, tmp_path):
    ann_id = book.add(person("Ann", "Lee", uid="ann", emails=[LabelledValue("ann@example.com")]))
    before_import = dump_book(book.database.path)
    report = importer.run([_file(tmp_path, "a.vcf", ANN, NEW)])
    assert (report.imported, report.updated) == (1, 1)
    edited = book.get(ann_id)
    edited.note = "met her at the Lisbon meetup"
    book.update(ann_id, edited)
    after_edit = dump_book(book.database.path)
    # The import's own undo (the dialog's "Undo import") refuses: the edit came after it.
    with pytest.raises(UnsafeUndoError, match="came after it"):
        book.journal.undo(expected=report.operation_id)
    assert dump_book(book.database.path) == after_edit
    assert book.journal.undo().label == "Edit “Ann Lee”"
    assert book.journal.undo().label == "Import a.vcf"
    assert dump_book(book.database.path) == before_import
    assert_index_in_sync(book.database)
    book.journal.redo()
    book.journal.redo()
    assert dump_book(book.database.path) == after_edit
    assert book.get(ann_id).note == "met her at the Lisbon meetup"


def test_undo_of_an_import_after_a_merge_into_its_contact_loses_nobody(book, importer, tmp_path):
    from netbook.services.duplicates import merge_contacts

    carl = book.add(person("Carl", "Old", note="precious story"))
    before_import = dump_book(book.database.path)
    importer.run([_file(tmp_path, "a.vcf", NEW)])
    merge_contacts(book.journal, book.resolve("new"), [carl])
    book.journal.undo()
    book.journal.undo()
    assert dump_book(book.database.path) == before_import
    [survivor] = book.get_many(book.ids())
    assert survivor.note == "precious story"
    assert_index_in_sync(book.database)


def test_undo_then_redo_then_undo_of_an_import_gives_the_same_book(book, importer, tmp_path):
    book.add(person("Ann", "Lee", uid="ann", emails=[LabelledValue("ann@example.com")]))
    before = dump_book(book.database.path)
    importer.run([_file(tmp_path, "a.vcf", ANN)])
    after = dump_book(book.database.path)
    book.journal.undo()
    assert dump_book(book.database.path) == before
    book.journal.redo()
    assert dump_book(book.database.path) == after
    book.journal.undo()
    assert dump_book(book.database.path) == before


def test_undo_of_two_files_imported_together_takes_both_back(book, importer, tmp_path):
    first = _file(tmp_path, "a.vcf", NEW)
    second = _file(tmp_path, "b.vcf", _card("new", "Nia New", "TITLE:CTO"))
    report = importer.run([first, second])
    assert (report.imported, report.updated) == (1, 1)
    assert book.journal.undo().label == "Import a.vcf, b.vcf"
    assert book.count() == 0
    assert_index_in_sync(book.database)


def test_one_uid_on_two_different_people_in_a_file_keeps_both(book, importer, tmp_path):
    # Some exporters number their cards (UID:1, UID:2, ...) or copy a card with its UID.
    path = _file(
        tmp_path,
        "reused.vcf",
        _card("1", "Ann Lee", "EMAIL:ann@example.com"),
        _card("1", "Zed Zimmer", "EMAIL:zed@example.com"),
        _card("1", "Ann Lee", "TEL:+1 617 555 0100"),
    )
    report = importer.run([path])
    names = sorted(r.display_name for r in book.get_many(book.ids()))
    assert names == ["Ann Lee", "Zed Zimmer"]
    ann = book.get(book.resolve("1"))
    assert [p.value for p in ann.phones] == ["+1 617 555 0100"]  # same name: one person
    [problem] = report.files[0].problems
    assert problem.card == 2
    assert not problem.dropped
    assert "UID" in problem.message
    assert_index_in_sync(book.database)
    again = importer.run([path])
    assert (again.imported, again.updated) == (0, 0)
