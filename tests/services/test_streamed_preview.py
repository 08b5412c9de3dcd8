"""The preview of a vCard file of many batches (services/streamed_preview): nothing written,
never the write lock, Cancel between batches, a file unreadable part way said in words.

That it reports what the import does is checked with every cross-batch case of
tests/services/test_import_stream.py (each import there is previewed first).
"""

from __future__ import annotations

from pathlib import Path

from netbook.services.importer import Importer
from netbook.store.paths import backup_dir_for
from tests.book_dump import dump_book
from tests.services.fingerprint_books import TODAY, opened
from tests.services.test_import_stream import (
    SMALL,
    outcome,
    over_budget_files,
    people,
    vcard,
    write,
)


def _book_with_an_import(tmp_path: Path) -> Path:
    book = tmp_path / "book.sqlite3"
    first = write(tmp_path / "first", "cards.vcf", people("a", "b", "c"))
    with opened(book) as address_book:
        Importer(address_book, today=lambda: TODAY, batch_records=SMALL).run([first])
    return book


def _changed_file(tmp_path: Path) -> Path:
    """Cards crossing batches: book contacts changed and differing, new ones, a merge."""
    return write(
        tmp_path,
        "changed.vcf",
        [
            vcard("p-a", "A Person", "EMAIL:a@example.org", "TITLE:Climber"),
            *people("d", "e", "f"),
            vcard("p-b", "Bee Person", "EMAIL:b@example.org"),
            vcard("other-d", "D Person", "EMAIL:d@example.org", "NOTE:again"),
        ],
    )


def _files_of(book: Path) -> dict[str, bytes]:
    """The book's files as they are on disk (not the -shm index, which readers write)."""
    found = {p.name: p.read_bytes() for p in book.parent.glob(book.name + "*")}
    found.pop(book.name + "-shm", None)
    backups = backup_dir_for(book)
    found["backups"] = repr(sorted(p.name for p in backups.glob("*"))).encode()
    return found


def test_a_streamed_preview_leaves_the_book_byte_for_byte(tmp_path):
    book = _book_with_an_import(tmp_path)
    path = _changed_file(tmp_path)
    with opened(book) as address_book:
        before = _files_of(book)  # the journal, fingerprints and batches are in these bytes
        report = Importer(address_book, today=lambda: TODAY, batch_records=SMALL).preview([path])
        assert _files_of(book) == before
    assert (report.imported, report.updated) == (3, 1)
    assert report.files[0].differences  # "Bee Person" against the book's "B Person"


def test_the_book_written_during_a_preview_neither_waits_nor_changes_the_preview(tmp_path):
    book = _book_with_an_import(tmp_path)
    path = _changed_file(tmp_path)
    with opened(book) as address_book:
        expected = Importer(address_book, today=lambda: TODAY).preview([path])
        wrote = []

        def write_meanwhile() -> bool:
            # A writer between two batches (a sync, an edit): it would wait for the busy
            # timeout and fail had the preview taken the write lock.
            if not wrote:
                with address_book.database.transaction(immediate=True) as conn:
                    conn.exec_driver_sql("PRAGMA busy_timeout=100")
                    conn.exec_driver_sql("UPDATE contact SET note = 'edited' WHERE uid = 'p-c'")
                wrote.append(True)
            return False

        importer = Importer(address_book, today=lambda: TODAY, batch_records=SMALL)
        report = importer.preview([path], is_cancelled=write_meanwhile)
        assert wrote
        assert outcome(report) == outcome(expected)  # one snapshot of the book, from its start
        assert any(r.note == "edited" for r in address_book.get_many(address_book.ids()))


def test_a_streamed_preview_stops_when_cancelled(tmp_path):
    book = _book_with_an_import(tmp_path)
    path = _changed_file(tmp_path)
    asked = []

    def cancelled_at_the_third_question() -> bool:
        asked.append(True)
        return len(asked) >= 3

    before = dump_book(book)
    with opened(book) as address_book:
        importer = Importer(address_book, today=lambda: TODAY, batch_records=SMALL)
        report = importer.preview([path], is_cancelled=cancelled_at_the_third_question)
    assert report.cancelled
    assert report.files == []
    assert dump_book(book) == before


def test_a_file_found_too_large_part_way_is_said_in_words_as_the_import_says_it(
    tmp_path, monkeypatch
):
    big, small = over_budget_files(tmp_path, monkeypatch)
    book = tmp_path / "book.sqlite3"
    with opened(book) as address_book:
        importer = Importer(address_book, today=lambda: TODAY, batch_records=SMALL)
        seen = importer.preview([big, small])
        done = importer.run([big, small])
    assert seen.files[0].error
    assert "larger than" in seen.files[0].error
    assert outcome(seen) == outcome(done)
