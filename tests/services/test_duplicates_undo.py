"""Undoing a merge of duplicates gives back the book exactly, links and import history too.

The merge is one journal operation; Edit > Undo and `netbook undo` take it back through the
journal (services/journal.py), compared here with full dumps of the book file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from netbook.model.values import (
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    PhotoValue,
    RelationValue,
)
from netbook.services.address_book import AddressBook
from netbook.services.duplicates import merge_contacts
from netbook.services.importer import Importer
from netbook.services.journal import UnsafeUndoError
from tests.book_dump import differences, dump_book
from tests.conftest import DATA, person

TODAY = dt.date(2026, 11, 26)


def _card(uid: str, name: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    head = f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:Lee;Ann;;;\r\n"
    return f"{head}{body}END:VCARD\r\n"


@pytest.fixture
def storied_book(book: AddressBook, tmp_path: Path) -> tuple[AddressBook, Importer, list[int]]:
    """Three Ann Lees (one imported, one archived with a photo) and friends who name them."""
    book.add(person("Ivo", "Intro", uid="intro"))
    keep = book.add(
        person(
            "Ann",
            "Lee",
            uid="keep",
            emails=[LabelledValue("ann@x.example")],
            tags=["A"],
            note="Kept note.",
            introduced_by_uid="intro",
            relations=[RelationValue("colleague", "Ann (other)", "other")],
            interactions=[
                InteractionValue(dt.date(2024, 1, 1), "call", "with both", uid="i-both"),
            ],
            opportunities=[OpportunityValue("client", "Kept deal", uid="o-keep")],
        )
    )
    other = book.add(
        person(
            "Annie",
            "Lee",
            uid="other",
            organization="Initech",
            emails=[LabelledValue("ann@y.example")],
            phones=[LabelledValue("+1 617 555 0100")],
            tags=["B"],
            favourite=True,
            archived=True,
            note="Other note.",
            introduced_by_uid="keep",
            photo=PhotoValue(data=(DATA / "photo.png").read_bytes(), media_type="image/png"),
            interactions=[
                InteractionValue(dt.date(2024, 2, 2), "meeting", "only other", uid="i-other"),
                InteractionValue(dt.date(2024, 1, 1), "call", "with both", uid="i-both"),
            ],
            opportunities=[
                OpportunityValue("job_offer", "Other job", uid="o-other", introducer_uid="keep")
            ],
        )
    )
    friend = book.add(
        person(
            "Fritz",
            "Friend",
            uid="friend",
            introduced_by_uid="other",
            relations=[
                RelationValue("friend", "Annie", "other"),
                RelationValue("friend", "Ann", "keep"),
            ],
            interactions=[
                InteractionValue(
                    dt.date(2024, 3, 3),
                    "lunch",
                    "friend and other",
                    uid="i-shared",
                    with_uids=["other"],
                )
            ],
            opportunities=[
                OpportunityValue("client", "Via other", uid="o-friend", introducer_uid="other")
            ],
        )
    )
    importer = Importer(book, today=lambda: TODAY)
    path = tmp_path / "ann.vcf"
    path.write_text(_card("imported", "Ann Lee", "EMAIL:ann@z.example", "NOTE:From a file"))
    report = importer.run([path])
    assert report.imported == 1
    imported = book.resolve("imported")
    assert {keep, other, friend, imported} <= set(book.ids()) | {other}
    return book, importer, [keep, other, imported]


def test_undo_of_a_merge_gives_back_the_book_exactly(storied_book):
    book, _importer, [keep, other, imported] = storied_book
    path = book.database.path
    before = dump_book(path)
    merged = merge_contacts(book.journal, keep, [other, imported])
    assert {e.value for e in merged.emails} == {"ann@x.example", "ann@y.example", "ann@z.example"}
    friend = book.get(book.resolve("friend"))
    assert friend.introduced_by_uid == "keep"
    assert [r.uid for r in friend.relations] == ["keep", "keep"]
    after = dump_book(path)
    assert differences(after, before)

    undone = book.journal.undo()
    assert undone.label == "Merge 3 contacts"
    assert differences(dump_book(path), before) == []
    book.journal.redo()
    assert differences(dump_book(path), after) == []
    book.journal.undo()
    assert dump_book(path) == before


def test_the_import_before_a_merge_is_undone_after_it(storied_book):
    book, _importer, [keep, other, imported] = storied_book
    merge_contacts(book.journal, keep, [other, imported])
    assert book.journal.undo().label == "Merge 3 contacts"
    assert book.journal.undo().label == "Import ann.vcf"
    uids = set(book.uids(book.ids()).values())
    assert "imported" not in uids
    assert {"keep", "friend", "intro"} <= uids


def test_undo_of_a_merge_refuses_after_a_change_outside_the_journal(storied_book):
    book, _importer, [keep, other, _imported] = storied_book
    merge_contacts(book.journal, keep, [other])
    path = book.database.path
    conn = sqlite3.connect(path)  # another program writing to the file
    conn.execute("UPDATE contact SET note = 'typed elsewhere' WHERE uid = 'keep'")
    conn.commit()
    conn.close()
    before = dump_book(path)
    with pytest.raises(UnsafeUndoError, match="outside netbook's journal"):
        book.journal.undo()
    assert dump_book(path) == before


def test_merge_contacts_reports_a_missing_contact(book):
    keep = book.add(person("Ann", "Lee"))
    with pytest.raises(LookupError):
        merge_contacts(book.journal, keep, [keep + 100])
    assert book.get(keep) is not None
