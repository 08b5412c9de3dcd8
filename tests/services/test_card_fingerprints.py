"""Importing an unchanged vCard file again skips the cards it applied, and only those that
would change nothing: the report and the book are those of an import that read every card.

Each test compares, where it can, the same book re-importing with its fingerprints and a copy
of it without them (tests/services/fingerprint_books.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from netbook.model.values import LabelledValue
from netbook.services import card_fingerprints
from netbook.services.importer import Importer, read_file
from netbook.services.incoming_merge import MergeChoices
from netbook.store.opening import open_database
from tests.book_dump import differences, dump_book
from tests.services.fingerprint_books import (
    again_both_ways,
    copy_book,
    opened,
    reimport_both_ways,
    run,
)

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-book.vcf"


def _card(uid: str, name: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    head = f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{name};;;;\r\n"
    return f"{head}{body}END:VCARD\r\n"


def _file(folder: Path, name: str, *cards: str) -> Path:
    path = folder / name
    path.write_text("".join(cards), encoding="utf-8")
    return path


ANN = _card("ann", "Ann Lee", "EMAIL:ann@example.com", "TITLE:CEO")
BO = _card("bo", "Bo Chen", "TEL:+1 617 555 0100")
CY = _card("cy", "Cy Day", "EMAIL:cy@example.com")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "book.sqlite3"
    open_database(path).close()
    return path


def skipped_cards(book: Path, path: Path) -> int:
    """How many cards of `path` the next import would leave unread."""
    with opened(book) as address_book, address_book.database.reading() as conn:
        known = card_fingerprints.known(conn, str(path))
    return len(read_file(path, known=known).skipped)


def assert_same(two) -> None:  # type: ignore[no-untyped-def]
    assert two.with_fingerprints.files == two.without.files
    assert differences(two.dump_without, two.dump_with) == []


def test_an_unchanged_file_is_skipped_and_reported_as_before(template, tmp_path):
    path = _file(tmp_path, "three.vcf", ANN, BO, CY)
    two = reimport_both_ways(template, tmp_path / "books", [path])
    assert skipped_cards(tmp_path / "books" / "with.sqlite3", path) == 3
    assert_same(two)
    assert (two.with_fingerprints.imported, two.with_fingerprints.unchanged) == (0, 3)


def test_the_sample_book_exported_by_netbook_is_skipped_whole(template, tmp_path):
    # Story lines, opportunities, relations, photos: netbook's own export, every card a UID.
    two = reimport_both_ways(template, tmp_path / "books", [SAMPLE])
    assert_same(two)
    assert skipped_cards(tmp_path / "books" / "with.sqlite3", SAMPLE) > 0


def test_a_contact_edited_since_has_its_card_planned_again(template, tmp_path):
    path = _file(tmp_path, "three.vcf", ANN, BO, CY)
    book = copy_book(template, tmp_path / "book.sqlite3")
    run(book, [path])
    with opened(book) as address_book:
        ann_id = address_book.resolve("ann")
        ann = address_book.get(ann_id)
        assert ann is not None
        ann.emails = [LabelledValue("lee@example.com", "home")]
        address_book.update(ann_id, ann)
    assert skipped_cards(book, path) == 3  # the reader still skips: the importer checks
    again = run(book, [path])
    assert (again.updated, again.unchanged) == (1, 2)
    with opened(book) as address_book:
        emails = {e.value for e in address_book.get(ann_id).emails}  # type: ignore[union-attr]
    assert emails == {"lee@example.com", "ann@example.com"}


def test_an_archived_contact_is_planned_again(template, tmp_path):
    path = _file(tmp_path, "three.vcf", ANN, BO, CY)
    book = copy_book(template, tmp_path / "books" / "with.sqlite3")
    first = run(book, [path])
    with opened(book) as address_book:
        address_book.archive([address_book.resolve("bo")])
    assert_same(again_both_ways(book, first, [path]))


def test_undoing_the_first_import_then_importing_again_imports_every_card(template, tmp_path):
    path = _file(tmp_path, "three.vcf", ANN, BO, CY)
    book = copy_book(template, tmp_path / "book.sqlite3")
    empty = dump_book(book)
    run(book, [path])
    with opened(book) as address_book:
        address_book.journal.undo()
    assert differences(empty, dump_book(book)) == []
    assert skipped_cards(book, path) == 0
    again = run(book, [path])
    assert again.imported == 3
    with opened(book) as address_book:
        address_book.journal.undo()
        address_book.journal.redo()
    # Redo gives the fingerprints back with the contacts: the next import skips them again.
    assert skipped_cards(book, path) == 3
    assert run(book, [path]).unchanged == 3


def test_a_card_changed_by_one_byte_is_planned(template, tmp_path):
    path = _file(tmp_path, "three.vcf", ANN, BO, CY)
    book = copy_book(template, tmp_path / "books" / "with.sqlite3")
    first = run(book, [path])
    path.write_text(ANN.replace("CEO", "CFO") + BO + CY, encoding="utf-8")
    assert skipped_cards(book, path) == 2
    two = again_both_ways(book, first, [path])
    assert_same(two)
    assert (two.with_fingerprints.updated, two.with_fingerprints.unchanged) == (0, 3)
    [found] = two.with_fingerprints.files[0].differences
    assert found.uid == "ann"
    assert [d.incoming for d in found.fields] == ["CFO"]


def test_differences_kept_are_reported_again_and_can_then_be_taken(template, tmp_path):
    first = _file(tmp_path, "first.vcf", ANN, BO)
    later = _file(tmp_path, "later.vcf", _card("ann", "Ann Lee", "BDAY:1980-02-03"), BO)
    first = _file(tmp_path, "first.vcf", _card("ann", "Ann Lee", "BDAY:1979-02-03"), BO)
    # The book keeps 1979 against 1980: the card is planned on every import, and says so.
    two = reimport_both_ways(template, tmp_path / "books", [first, later], again=[later])
    assert_same(two)
    book = tmp_path / "books" / "with.sqlite3"
    assert skipped_cards(book, later) == 1  # Bo only
    [kept] = two.with_fingerprints.files[0].differences
    assert [(d.field, d.taken) for d in kept.fields] == [("birthday", False)]
    taken = reimport_both_ways(
        template,
        tmp_path / "taken",
        [first, later],
        again=[later],
        choices=MergeChoices(prefer_incoming=True),
    )
    assert_same(taken)
    assert taken.with_fingerprints.updated == 1
    with opened(tmp_path / "taken" / "with.sqlite3") as address_book:
        ann = address_book.get(address_book.resolve("ann"))
    assert ann is not None
    assert str(ann.birthday) == "1980-02-03"
    # Now that the book says what the card says, the card is skipped next time.
    assert skipped_cards(tmp_path / "taken" / "with.sqlite3", later) == 2


def test_cards_of_one_file_merged_into_one_contact(template, tmp_path):
    twice = _file(tmp_path, "twice.vcf", ANN, _card("ann", "Ann Lee", "TEL:+1 617 555 0199"), BO)
    two = reimport_both_ways(template, tmp_path / "books", [twice])
    assert two.first.imported == 2
    assert_same(two)
    assert two.with_fingerprints.unchanged == 2


def test_a_skipped_contact_reached_by_another_card_is_planned_with_every_card(template, tmp_path):
    first = _file(tmp_path, "people.vcf", ANN, BO)
    # Another card of the same file now carries Ann's email: it would merge into her.
    again = _file(
        tmp_path, "people-again.vcf", ANN, BO, _card("ann-2", "A. Lee", "EMAIL:ann@example.com")
    )
    two = reimport_both_ways(template, tmp_path / "books", [first, again], again=[again])
    assert_same(two)


GROUP = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:group-1\r\nN:Friends\r\nFN:Friends\r\n"
    "X-ADDRESSBOOKSERVER-KIND:group\r\nX-ADDRESSBOOKSERVER-MEMBER:urn:uuid:bo\r\n"
    "END:VCARD\r\n"
)


def test_a_group_card_added_later_still_tags_its_skipped_members(template, tmp_path):
    path = _file(tmp_path, "people.vcf", ANN, BO)
    book = copy_book(template, tmp_path / "books" / "with.sqlite3")
    first = run(book, [path])
    path.write_text(ANN + BO + GROUP, encoding="utf-8")
    assert skipped_cards(book, path) == 2
    two = again_both_ways(book, first, [path])
    assert_same(two)
    assert two.with_fingerprints.updated == 1
    # And the grouped file imported again as it is: every card skipped, the tag kept.
    again = again_both_ways(book, two.with_fingerprints, [path])
    assert_same(again)
    assert again.with_fingerprints.unchanged == 2
    assert skipped_cards(book, path) == 2


def test_interactions_naming_another_contact_give_the_same_report(template, tmp_path):
    shared = "X-NETBOOK-INTERACTION:2024-03-01;meeting;Lunch together;int-1;urn:uuid:bo"
    path = _file(tmp_path, "story.vcf", _card("ann", "Ann Lee", shared), BO)
    two = reimport_both_ways(template, tmp_path / "books", [path])
    assert_same(two)


def test_the_preview_of_an_unchanged_file_reports_what_the_import_does(template, tmp_path):
    path = _file(tmp_path, "three.vcf", ANN, BO, CY)
    book = copy_book(template, tmp_path / "book.sqlite3")
    run(book, [path])
    with opened(book) as address_book:
        preview = Importer(address_book).preview([path])
    assert [(f.imported, f.updated, f.unchanged) for f in preview.files] == [(0, 0, 3)]
    assert run(book, [path]).files[0].unchanged == 3


def test_a_problem_card_is_never_skipped(template, tmp_path):
    odd = _card("dee", "Dee Eve", "BDAY:not a date")
    path = _file(tmp_path, "odd.vcf", ANN, odd)
    two = reimport_both_ways(template, tmp_path / "books", [path])
    assert_same(two)
    assert two.with_fingerprints.problem_count == two.first.problem_count > 0
    assert skipped_cards(tmp_path / "books" / "with.sqlite3", path) == 1


def test_fingerprints_are_kept_in_the_import_batch_and_the_batch_is_journaled(template, tmp_path):
    path = _file(tmp_path, "three.vcf", ANN, BO, CY)
    book = copy_book(template, tmp_path / "book.sqlite3")
    run(book, [path])
    with opened(book) as address_book, address_book.database.reading() as conn:
        stored = card_fingerprints.known(conn, str(path))
        ids = set(conn.execute(text("SELECT id FROM contact")).scalars())
    assert len(stored) == 3
    assert {cid for cid, _ in stored.values()} == ids


def test_the_progress_of_a_skipping_import_counts_the_skipped_cards(template, tmp_path):
    path = _file(tmp_path, "three.vcf", ANN, BO, CY)
    book = copy_book(template, tmp_path / "book.sqlite3")
    run(book, [path])
    calls: list[tuple[int, int]] = []
    with opened(book) as address_book:
        Importer(address_book).run([path], progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (3, 3)
