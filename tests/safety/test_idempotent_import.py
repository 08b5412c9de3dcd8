"""Promise 3: every import is idempotent. Importing a file a second time changes nothing.

Checked on full dumps of the SQLite file (every table, ids and timestamps included), for
netbook's own exports in every importable format, for story lines that carry no UID, and for a
LinkedIn archive (its messages, recommendations and endorsements are story lines too).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from netbook.model.values import (
    HowMet,
    InteractionValue,
    OpportunityValue,
    RelationValue,
    SocialProfileValue,
)
from netbook.services.address_book import AddressBook
from netbook.services.exporting import render
from netbook.services.importer import Importer
from netbook.store.opening import open_database
from tests.book_dump import Dump, differences, dump_book
from tests.cli.test_cli import netbook
from tests.conftest import person
from tests.linkedin_archive_files import (
    BOB_URL,
    basic_files,
    basic_zip,
    complete_zip,
    write_folder,
)
from tests.services.test_address_book import rich_record

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-book.vcf"
TODAY = dt.date(2026, 11, 26)

# Story lines as a hand-written card or an older netbook has them: no UID on any of them.
UIDLESS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rui Costa\r\nN:Costa;Rui;;;\r\n"
    "EMAIL:rui@example.com\r\n"
    "X-NETBOOK-INTERACTION:2024-03-01;call;Talked about the Lisbon office;;\r\n"
    "X-NETBOOK-INTERACTION:2024-04-02;meeting;Lunch;;\r\n"
    "X-NETBOOK-OPPORTUNITY:client;Website redesign;2024-05-01;won;;;\r\n"
    "RELATED;TYPE=colleague;VALUE=text:Ana Silva\r\n"
    "END:VCARD\r\n"
)


@pytest.fixture
def importer(book: AddressBook) -> Importer:
    return Importer(book, today=lambda: TODAY)


def dump(path: Path) -> Dump:
    """Every row of the book with its ids and timestamps, compared by content: not the rowids
    of link rows, nor the import batch that every import, a second one too, adds."""
    return dump_book(path, rowids=False, operations=False)


def _rich_book(book: AddressBook, importer: Importer) -> None:
    """The sample book plus a contact with every field and UID-less story items."""
    importer.run([SAMPLE])
    record = rich_record()
    record.relations.append(RelationValue("colleague", name="Jonas Weber"))
    record.interactions.append(InteractionValue(dt.date(2024, 2, 1), "email", "Slides"))
    record.opportunities.append(OpportunityValue("client", "Audit", dt.date(2024, 6, 1)))
    book.add(record)


def _assert_unchanged(db_path: Path, before: dict[str, list[tuple[object, ...]]]) -> None:
    after = dump(db_path)
    assert after == before, "\n".join(differences(before, after)[:20])


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4", "csv"])
def test_reimporting_an_export_into_its_own_book_changes_nothing(
    fmt, book, importer, db_path, tmp_path
):
    _rich_book(book, importer)
    exported = tmp_path / f"export.{fmt}"
    exported.write_bytes(render(book.get_many(book.ids()), fmt))
    before = dump(db_path)
    for _ in range(2):
        report = importer.run([exported])
        assert (report.imported, report.updated) == (0, 0), report.files[0].differences
        assert report.unchanged == book.count()
        _assert_unchanged(db_path, before)


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4", "csv"])
def test_an_export_imported_twice_into_an_empty_book_changes_nothing_the_second_time(
    fmt, book, importer, tmp_path
):
    _rich_book(book, importer)
    exported = tmp_path / f"export.{fmt}"
    exported.write_bytes(render(book.get_many(book.ids()), fmt))
    other_path = tmp_path / "other" / "book.sqlite3"
    other_db = open_database(other_path)
    try:
        other = Importer(AddressBook(other_db), today=lambda: TODAY)
        assert other.run([exported]).imported == book.count()
        before = dump(other_path)
        report = other.run([exported])
        assert (report.imported, report.updated, report.unchanged) == (0, 0, book.count())
        _assert_unchanged(other_path, before)
    finally:
        other_db.close()


def test_story_lines_without_a_uid_come_in_once_however_often_imported(
    book, importer, db_path, tmp_path
):
    path = tmp_path / "rui.vcf"
    path.write_text(UIDLESS, encoding="utf-8")
    importer.run([path])
    before = dump(db_path)
    for _ in range(3):
        assert importer.run([path]).updated == 0
    _assert_unchanged(db_path, before)
    [rui] = book.get_many(book.ids())
    assert [i.summary for i in rui.interactions] == ["Talked about the Lisbon office", "Lunch"]
    assert [o.title for o in rui.opportunities] == ["Website redesign"]
    assert [r.name for r in rui.relations] == ["Ana Silva"]


def test_a_story_line_without_a_uid_gets_the_same_uid_in_every_book(book, importer, tmp_path):
    # The identity comes from the contact and the content, so a second book (or a sync
    # partner) that reads the same card names the same interaction.
    path = tmp_path / "rui.vcf"
    path.write_text(UIDLESS.replace("FN:Rui", "UID:urn:uuid:rui\r\nFN:Rui"), encoding="utf-8")
    importer.run([path])
    other_db = open_database(tmp_path / "other" / "book.sqlite3")
    try:
        other_book = AddressBook(other_db)
        Importer(other_book, today=lambda: TODAY).run([path])
        [mine] = book.get_many(book.ids())
        [theirs] = other_book.get_many(other_book.ids())
    finally:
        other_db.close()
    assert [i.uid for i in mine.interactions] == [i.uid for i in theirs.interactions]
    assert [o.uid for o in mine.opportunities] == [o.uid for o in theirs.opportunities]
    assert all(i.uid for i in mine.interactions)


def test_a_line_the_book_holds_under_another_uid_is_recognised_by_its_content(
    book, importer, db_path, tmp_path
):
    # A book imported by an older netbook gave such lines random UIDs; the same line read
    # again is that interaction, not a new one.
    path = tmp_path / "rui.vcf"
    path.write_text(UIDLESS, encoding="utf-8")
    importer.run([path])
    [rui] = book.get_many(book.ids())
    rui.interactions[0].uid = "urn:uuid:random-from-an-older-import"
    assert rui.id is not None
    book.update(rui.id, rui)
    before = dump(db_path)
    assert importer.run([path]).updated == 0
    _assert_unchanged(db_path, before)


def test_the_command_line_reimports_its_own_csv_export_without_a_change(tmp_path):
    db = tmp_path / "cli" / "book.sqlite3"
    exported = tmp_path / "book.csv"
    assert netbook("--db", str(db), "import", str(SAMPLE)).returncode == 0
    done = netbook("--db", str(db), "export", "--format", "csv", "--output", str(exported))
    assert done.returncode == 0, done.stderr
    before = dump(db)
    again = netbook("--db", str(db), "import", "--json", str(exported))
    assert again.returncode == 0, again.stderr
    [summary] = json.loads(again.stdout)["files"]
    assert (summary["imported"], summary["updated"]) == (0, 0)
    assert summary["differences"] == []
    _assert_unchanged(db, before)


ARCHIVES = {
    "basic zip": basic_zip,
    "complete zip": complete_zip,
    "folder": lambda tmp: write_folder(tmp / "Basic_LinkedInDataExport", basic_files()),
}
WRITTEN = HowMet(channel="event", place="PyCon Berlin", context="Sat next to me at the keynote")


@pytest.mark.parametrize("layout", list(ARCHIVES))
def test_a_linkedin_archive_imported_again_changes_nothing(
    layout, book, importer, db_path, tmp_path
):
    # Bob is in the book with a how we met the user wrote; the archive's invitation names him.
    book.add(
        person(
            "Bob",
            "Stone",
            social_profiles=[SocialProfileValue("linkedin", BOB_URL)],
            how_met=WRITTEN,
        )
    )
    archive = ARCHIVES[layout](tmp_path)
    first = importer.run([archive])
    assert first.imported > 0
    before = dump(db_path)
    for keep_text in (False, True):
        report = importer.run([archive], keep_message_text=keep_text)
        assert (report.imported, report.updated) == (0, 0), [
            (f.part, f.imported, f.updated) for f in report.files
        ]
        _assert_unchanged(db_path, before)
    bob = next(r for r in book.get_many(book.ids()) if r.display_name == "Bob Stone")
    assert bob.how_met == WRITTEN


def test_a_linkedin_archive_gives_the_same_story_uids_in_every_book(book, importer, tmp_path):
    archive = basic_zip(tmp_path)
    importer.run([archive])
    other_db = open_database(tmp_path / "other" / "book.sqlite3")
    try:
        other_book = AddressBook(other_db)
        Importer(other_book, today=lambda: TODAY).run([archive])
        mine = {i.uid for r in book.get_many(book.ids()) for i in r.interactions}
        theirs = {i.uid for r in other_book.get_many(other_book.ids()) for i in r.interactions}
    finally:
        other_db.close()
    assert mine == theirs
    assert len(mine) == 9
    assert all(mine)
