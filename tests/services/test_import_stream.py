"""A vCard file imported a batch at a time gives the report and the book of planning it whole.

Each test imports the same file into two copies of one book: once in batches of two cards
(services/import_stream: each batch planned and written as it is read, new contacts written
two at a time) and once whole (a batch larger than the file: the importer's one-plan path),
and compares the reports and the books across the rules that look over a whole file. Each
import is previewed first the same way (services/streamed_preview for the batches): the
preview reports what the import then does, and leaves the book as it was.
"""

from __future__ import annotations

import random
import re
import uuid
from pathlib import Path

import pytest

from netbook.services.importer import Importer, ImportReport
from netbook.services.journal import Journal
from tests.book_dump import dump_book, masked_dump
from tests.services.fingerprint_books import TODAY, copy_book, opened

SMALL = 2  # cards per batch, and new contacts per write, for the streamed imports
WHOLE = 10_000


def vcard(uid: str, name: str, *lines: str) -> str:
    given, family = name.split(" ", 1)
    body = "".join(f"{line}\r\n" for line in lines)
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{family};{given};;;\r\n"
        f"{body}END:VCARD\r\n"
    )


def group(name: str, *members: str) -> str:
    listed = "".join(f"X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:{m}\r\n" for m in members)
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:group-{name}\r\nFN:{name}\r\nN:{name};;;;\r\n"
        f"X-ADDRESSBOOKSERVER-KIND:group\r\n{listed}END:VCARD\r\n"
    )


def people(*names: str) -> list[str]:
    """Cards of people with nothing in common: `vcard("p-<name>", "<Name> Person", email)`."""
    return [
        vcard(
            f"p-{n}", f"{n.title()} Person", f"EMAIL:{n}@example.org", f"TEL:+4420790{ord(n):05d}"
        )
        for n in names
    ]


def write(folder: Path, name: str, cards: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("".join(cards), encoding="utf-8")
    return path


_UIDS = random.Random()


@pytest.fixture(autouse=True)
def _seeded_uids(monkeypatch):
    """Fresh UIDs drawn from a generator each import seeds alike: both ways mint the same."""
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=_UIDS.getrandbits(128), version=4))


def import_into(book_path: Path, files: list[Path], batch: int) -> ImportReport:
    _UIDS.seed(12)
    with opened(book_path) as book:
        return Importer(book, today=lambda: TODAY, batch_records=batch).run(files)


def preview_of(book_path: Path, files: list[Path], batch: int) -> ImportReport:
    """The preview of `import_into`'s import, which must leave the book exactly as it was."""
    _UIDS.seed(12)
    before = dump_book(book_path)
    with opened(book_path) as book:
        report = Importer(book, today=lambda: TODAY, batch_records=batch).preview(files)
    assert dump_book(book_path) == before
    return report


def outcome(report: ImportReport) -> list[tuple[object, ...]]:
    return [
        (f.imported, f.updated, f.unchanged, f.error, f.problems, f.differences)
        for f in report.files
    ]


_STAMP = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d")


def loose_dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The book without rowids, the ids of a contact's own values and the clock's stamps: for
    the cases where the streamed import writes a contact again (its values get new ids)."""
    return {
        table: sorted(
            (
                tuple("<stamp>" if isinstance(v, str) and _STAMP.match(v) else v for v in row)
                for row in rows
            ),
            key=repr,
        )
        for table, rows in dump_book(path, rowids=False, operations=False, renumbered=True).items()
    }


def both_ways(
    tmp_path: Path, files: list[Path], book: Path | None = None
) -> tuple[ImportReport, ImportReport, Path, Path]:
    """The files imported streamed and whole, each into its own copy of `book` (or a new one)."""
    if book is None:
        book = tmp_path / "empty.sqlite3"
        with opened(book):
            pass
    streamed = copy_book(book, tmp_path / "streamed" / "book.sqlite3")
    whole = copy_book(book, tmp_path / "whole" / "book.sqlite3")
    # Each import previewed first, the same way: a preview reports what its import does.
    seen_streamed = preview_of(streamed, files, SMALL)
    seen_whole = preview_of(whole, files, WHOLE)
    imported_streamed = import_into(streamed, files, SMALL)
    imported_whole = import_into(whole, files, WHOLE)
    assert outcome(seen_streamed) == outcome(imported_streamed)
    assert outcome(seen_whole) == outcome(imported_whole)
    return imported_streamed, imported_whole, streamed, whole


def test_a_file_of_many_batches_gives_the_book_of_one_plan(tmp_path):
    path = write(tmp_path, "many.vcf", people(*"abcdefghij"))
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path])
    assert outcome(streamed) == outcome(whole)
    assert streamed.imported == 10
    assert masked_dump(s_book) == masked_dump(w_book)


def test_a_card_in_a_later_batch_merges_into_a_contact_an_earlier_batch_wrote(tmp_path):
    # "a" is written (with "b") once "c" and "d" wait behind it; the last card is "a" again,
    # by its email, with a phone of its own.
    cards = [
        *people("a", "b", "c", "d", "e"),
        vcard("other-a", "A Person", "EMAIL:a@example.org", "TEL:+441632960001", "NOTE:again"),
    ]
    path = write(tmp_path, "again.vcf", cards)
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path])
    assert outcome(streamed) == outcome(whole)
    assert (streamed.imported, streamed.updated) == (5, 0)
    assert loose_dump(s_book) == loose_dump(w_book)
    with opened(s_book) as book:
        [a] = [book.get(i) for i in book.ids() if book.get(i).uid == "p-a"]
        assert sorted(p.value for p in a.phones) == ["+441632960001", "+442079000097"]
        assert a.note == "again"


def test_a_group_card_at_the_end_tags_members_from_earlier_batches(tmp_path):
    earlier = write(tmp_path / "first", "book.vcf", [vcard("p-z", "Zed Person")])
    book = tmp_path / "book.sqlite3"
    import_into(book, [earlier], WHOLE)
    cards = [*people("a", "b", "c", "d", "e"), group("Climbers", "p-a", "p-c", "p-e", "p-z")]
    path = write(tmp_path, "groups.vcf", cards)
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path], book)
    assert outcome(streamed) == outcome(whole)
    assert (streamed.imported, streamed.updated) == (5, 1)  # Zed, in the book, is updated
    assert loose_dump(s_book) == loose_dump(w_book)
    with opened(s_book) as address_book:
        tagged = {r.uid for r in address_book.get_many(address_book.ids()) if "Climbers" in r.tags}
    assert tagged == {"p-a", "p-c", "p-e", "p-z"}


def test_a_group_card_first_tags_members_as_they_are_read(tmp_path):
    cards = [group("Climbers", "p-b", "p-e"), *people("a", "b", "c", "d", "e")]
    path = write(tmp_path, "groups.vcf", cards)
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path])
    assert outcome(streamed) == outcome(whole)
    assert masked_dump(s_book) == masked_dump(w_book)  # exact: tagged before they are written


def test_a_book_contact_changed_in_two_batches_is_one_update_undone_as_one(tmp_path):
    book = tmp_path / "book.sqlite3"
    import_into(book, [write(tmp_path / "first", "p.vcf", people("p"))], WHOLE)
    cards = [
        vcard("p-p", "P Person", "EMAIL:p@example.org", "EMAIL:second@example.org"),
        *people("a", "b", "c"),
        vcard("p-p", "P Person", "TEL:+441632960002", "TITLE:Climber"),
        *people("d"),
    ]
    path = write(tmp_path, "twice.vcf", cards)
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path], book)
    assert outcome(streamed) == outcome(whole)
    assert (streamed.imported, streamed.updated, streamed.unchanged) == (4, 1, 0)
    assert masked_dump(s_book) == masked_dump(w_book)
    before = dump_book(book)
    after = masked_dump(s_book)
    with opened(s_book) as address_book:
        journal = Journal(address_book.database)
        journal.undo()
        assert dump_book(s_book) == before
        journal.redo()
    assert masked_dump(s_book) == after


def test_the_same_cards_from_a_file_of_another_name_leave_the_book_as_it_was(tmp_path):
    # Fingerprints are per file name: every card is read and reaches its contact, which is
    # let go of after its batch, its card put away (services/spilled_records); "b" reached
    # twice, in batches apart, is loaded again and both its cards read back at the end.
    book = tmp_path / "book.sqlite3"
    cards = people(*"abcdefgh")
    import_into(book, [write(tmp_path / "first", "p.vcf", cards)], WHOLE)
    again = write(tmp_path / "other", "q.vcf", [*cards, cards[1]])
    streamed, whole, s_book, w_book = both_ways(tmp_path, [again], book)
    assert outcome(streamed) == outcome(whole)
    assert (streamed.imported, streamed.updated, streamed.unchanged) == (0, 0, 8)
    assert masked_dump(s_book) == masked_dump(w_book)  # the fingerprints kept included
    # And so the next import of that file skips the same cards both ways.
    assert outcome(import_into(s_book, [again], SMALL)) == outcome(
        import_into(w_book, [again], WHOLE)
    )


def test_a_card_put_back_in_a_later_batch_leaves_its_contact_unchanged(tmp_path):
    book = tmp_path / "book.sqlite3"
    import_into(book, [write(tmp_path / "first", "p.vcf", people("p"))], WHOLE)
    original = people("p")[0]
    cards = [
        vcard("p-p", "P Person", "TITLE:Climber"),
        *people("a", "b", "c"),
        original,
    ]
    path = write(tmp_path, "back.vcf", cards)
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path], book)
    assert outcome(streamed) == outcome(whole)
    assert masked_dump(s_book) == masked_dump(w_book)


def test_a_skipped_card_after_a_card_that_reached_its_contact_is_read(tmp_path):
    first = people("a", "b", "c", "d", "e", "f")
    book = tmp_path / "book.sqlite3"
    path = write(tmp_path, "cards.vcf", first)
    import_into(book, [path], WHOLE)  # every card fingerprinted
    # A new card matching "e" by its email comes first; "e"'s own card is skipped unread
    # by its fingerprint, two batches later, and must still be applied after it.
    newcomer = vcard("n-x", "Ex Person", "EMAIL:e@example.org", "NOTE:met at the wall")
    write(tmp_path, "cards.vcf", [newcomer, *people("g", "h", "i"), *first])
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path], book)
    assert outcome(streamed) == outcome(whole)
    assert (streamed.imported, streamed.updated) == (3, 1)
    assert masked_dump(s_book) == masked_dump(w_book)
    # And the next import of the same file reports the same either way.
    assert outcome(import_into(s_book, [path], SMALL)) == outcome(
        import_into(w_book, [path], WHOLE)
    )
    assert masked_dump(s_book) == masked_dump(w_book)


def test_a_skipped_card_whose_contact_only_a_later_card_reaches(tmp_path):
    first = people("a", "b", "c", "d")
    book = tmp_path / "book.sqlite3"
    path = write(tmp_path, "cards.vcf", first)
    import_into(book, [path], WHOLE)
    later = vcard("n-x", "Ex Person", "EMAIL:a@example.org", "NOTE:met at the wall")
    write(tmp_path, "cards.vcf", [*first, *people("g", "h", "i"), later])
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path], book)
    assert outcome(streamed) == outcome(whole)
    assert masked_dump(s_book) == masked_dump(w_book)
    assert outcome(import_into(s_book, [path], SMALL)) == outcome(
        import_into(w_book, [path], WHOLE)
    )
    assert masked_dump(s_book) == masked_dump(w_book)


def test_a_later_card_reusing_a_skipped_cards_uid_under_another_name(tmp_path):
    first = people("a", "b", "c", "d")
    book = tmp_path / "book.sqlite3"
    path = write(tmp_path, "cards.vcf", first)
    import_into(book, [path], WHOLE)
    impostor = vcard("p-b", "Somebody Else", "EMAIL:else@example.org")
    write(tmp_path, "cards.vcf", [*first, *people("g", "h", "i"), impostor])
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path], book)
    assert outcome(streamed) == outcome(whole)
    assert any("has the UID of card 2" in p.message for p in streamed.files[0].problems)
    assert masked_dump(s_book) == masked_dump(w_book)


def test_an_unchanged_file_of_many_batches_is_skipped_whole(tmp_path):
    path = write(tmp_path, "cards.vcf", people(*"abcdefgh"))
    book = tmp_path / "book.sqlite3"
    import_into(book, [path], SMALL)
    again = import_into(book, [path], SMALL)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 8)


def test_a_broken_card_in_a_later_batch_is_reported_in_file_order(tmp_path):
    broken = vcard("p-broken", "Broken One", "BDAY:not a date")
    cards = [*people("a", "b", "c"), broken, *people("d", "e")]
    path = write(tmp_path, "broken.vcf", cards)
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path])
    assert streamed.files[0].problems
    assert outcome(streamed) == outcome(whole)
    assert masked_dump(s_book) == masked_dump(w_book)


def test_an_email_two_written_contacts_hold_stays_with_the_first_that_had_it(tmp_path):
    # "g" matches "b" (written) by b's email and brings c's email too; "h", with c's email
    # only, goes to "c", which had it first, as in a whole plan (not to "b", the lower id).
    cards = [
        *people("a", "b", "c", "d", "e", "f"),
        vcard("p-g", "G Person", "EMAIL:b@example.org", "EMAIL:c@example.org"),
        vcard("p-h", "H Person", "EMAIL:c@example.org", "NOTE:which one"),
    ]
    path = write(tmp_path, "chain.vcf", cards)
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path])
    assert outcome(streamed) == outcome(whole)
    assert streamed.imported == 6
    assert loose_dump(s_book) == loose_dump(w_book)
    with opened(s_book) as book:
        [c] = [r for r in book.get_many(book.ids()) if r.uid == "p-c"]
    assert c.note == "which one"


def over_budget_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A big file and a small one, with the command's reading budget met only once the big
    file is past its first batches."""
    import netbook.services.importer as importer_module
    from netbook.services.file_reading import ReadingBudget

    note = "NOTE:" + "x" * 2000
    big = write(
        tmp_path, "big.vcf", [vcard(f"big-{i}", f"Big Person{i}", note) for i in range(400)]
    )
    small = write(tmp_path, "small.vcf", people("a", "b", "c"))
    size = big.stat().st_size + small.stat().st_size
    monkeypatch.setattr(importer_module, "ReadingBudget", lambda: ReadingBudget(size - 1024))
    return big, small


def test_a_file_found_too_large_part_way_leaves_nothing_and_the_next_file_comes_in(
    tmp_path, monkeypatch
):
    big, small = over_budget_files(tmp_path, monkeypatch)
    book = tmp_path / "book.sqlite3"
    with opened(book):
        pass
    before = dump_book(book)
    report = import_into(book, [big, small], SMALL)
    error = report.files[0].error
    assert error
    assert "larger than" in error
    assert report.files[1].imported == 3
    with opened(book) as address_book:
        assert sorted(r.uid for r in address_book.get_many(address_book.ids())) == [
            "p-a",
            "p-b",
            "p-c",
        ]
        Journal(address_book.database).undo()
    assert dump_book(book) == before


def test_an_email_passed_on_before_either_contact_is_written_stays_with_the_first(tmp_path):
    # "g" merges into "b" while neither "b" nor "c" is written, bringing c's email; "h",
    # with c's email only, comes once both are written, and still goes to "c".
    cards = [
        *people("a", "b", "c"),
        vcard("p-g", "G Person", "EMAIL:b@example.org", "EMAIL:c@example.org"),
        *people("d", "e", "f"),
        vcard("p-h", "H Person", "EMAIL:c@example.org", "NOTE:which one"),
    ]
    path = write(tmp_path, "chain.vcf", cards)
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path])
    assert outcome(streamed) == outcome(whole)
    assert loose_dump(s_book) == loose_dump(w_book)  # "c" written again
    with opened(s_book) as book:
        [c] = [r for r in book.get_many(book.ids()) if r.uid == "p-c"]
    assert c.note == "which one"
