"""A card may name a contact that a later card of the file brings, however much later.

An import writes a file's new contacts a chunk at a time; a card's introducer, relations and
opportunities' introducers that name a contact of a later chunk are linked once the file is
written (store/pending_links.py). The files here are imported in batches of two cards (new
contacts written two at a time), so every reference below crosses batches.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from netbook.services.exporting import render_batches
from netbook.services.journal import Journal
from netbook.store.opening import open_database
from tests.book_dump import masked_dump
from tests.services.fingerprint_books import opened
from tests.services.test_import_stream import _seeded_uids, both_ways, people, vcard, write

__all__ = ["_seeded_uids"]  # the fixture that mints the same UIDs both ways

LATER = "urn:uuid:00000000-0000-4000-8000-000000000099"  # as netbook mints UIDs


def _naming_a_later_card() -> list[str]:
    return [
        vcard(
            "p-ann",
            "Ann First",
            f"X-NETBOOK-INTRODUCED-BY:{LATER};Zed Last",
            f"RELATED;TYPE=friend:{LATER}",
            f"X-NETBOOK-OPPORTUNITY:job;A role;2026-01-02;won;;opp-ann;{LATER}",
        ),
        *people(*"bcdefg"),
        vcard(LATER, "Zed Last", "EMAIL:zed@example.org"),
    ]


def _links(path: Path) -> dict[str, object]:
    raw = sqlite3.connect(path)
    try:
        zed = raw.execute("SELECT id FROM contact WHERE uid = ?", (LATER,)).fetchone()[0]
        ann_id, introducer = raw.execute(
            "SELECT id, introduced_by_id FROM contact WHERE uid = 'p-ann'"
        ).fetchone()
        related = raw.execute(
            "SELECT related_contact_id FROM relation WHERE contact_id = ?", (ann_id,)
        ).fetchall()
        opportunity = raw.execute(
            "SELECT introducer_id FROM opportunity WHERE contact_id = ?", (ann_id,)
        ).fetchall()
    finally:
        raw.close()
    return {"zed": zed, "introducer": introducer, "related": related, "opportunity": opportunity}


def test_references_to_a_later_batch_are_linked_as_a_whole_plan_links_them(tmp_path):
    path = write(tmp_path, "later.vcf", _naming_a_later_card())
    streamed, whole, s_book, w_book = both_ways(tmp_path, [path])
    assert streamed.imported == whole.imported == 8
    links = _links(s_book)
    assert links["introducer"] == links["zed"]
    assert links["related"] == [(links["zed"],)]
    assert links["opportunity"] == [(links["zed"],)]
    assert masked_dump(s_book) == masked_dump(w_book)


def test_undoing_the_import_takes_the_late_links_back_with_it(tmp_path):
    path = write(tmp_path, "later.vcf", _naming_a_later_card())
    _, _, s_book, _ = both_ways(tmp_path, [path])
    database = open_database(s_book)
    try:
        journal = Journal(database)
        journal.undo()
        raw = sqlite3.connect(s_book)
        assert raw.execute("SELECT count(*) FROM contact").fetchone() == (0,)
        raw.close()
        journal.redo()
    finally:
        database.close()
    links = _links(s_book)
    assert links["introducer"] == links["zed"]


def test_a_reference_to_nobody_in_the_file_stays_a_name(tmp_path):
    cards = [
        vcard("p-ann", "Ann First", "X-NETBOOK-INTRODUCED-BY:p-nobody;Somebody Else"),
        *people(*"bcd"),
    ]
    path = write(tmp_path, "nobody.vcf", cards)
    _, _, s_book, w_book = both_ways(tmp_path, [path])
    raw = sqlite3.connect(s_book)
    assert raw.execute(
        "SELECT introduced_by_id, introduced_by_name FROM contact WHERE uid = 'p-ann'"
    ).fetchone() == (None, "Somebody Else")
    raw.close()
    assert masked_dump(s_book) == masked_dump(w_book)


def test_an_exported_book_imported_on_a_second_machine_keeps_its_introductions(tmp_path):
    # The list's (and the export's) order puts each introducer after the people it introduced.
    cards = [
        vcard(f"p-{n}", f"{n.title()} Person", f"X-NETBOOK-INTRODUCED-BY:p-z{n};Z{n} Later")
        for n in "abcde"
    ] + [vcard(f"p-z{n}", f"Z{n} Later") for n in "abcde"]
    first = write(tmp_path, "first.vcf", cards)
    _, _, book_path, _ = both_ways(tmp_path, [first])
    exported = tmp_path / "exported.vcf"
    with opened(book_path) as book:
        exported.write_bytes(b"".join(render_batches(book.batches(book.ids()), "vcard4")))
    _, _, second, _ = both_ways(tmp_path / "second", [exported])
    raw = sqlite3.connect(second)
    pairs = raw.execute(
        "SELECT c.uid, i.uid FROM contact c JOIN contact i ON i.id = c.introduced_by_id"
        " ORDER BY c.uid"
    ).fetchall()
    raw.close()
    assert pairs == [(f"p-{n}", f"p-z{n}") for n in "abcde"]


def test_a_later_card_merged_into_the_contact_keeps_what_it_waits_for(tmp_path):
    # Ann is written before her second card comes; merging it reads her back from the book,
    # which holds no link to Zed yet: what she names must still be linked at the end.
    cards = [
        vcard(
            "p-ann",
            "Ann First",
            "EMAIL:ann@example.org",
            f"X-NETBOOK-INTRODUCED-BY:{LATER};Zed Last",
            f"X-NETBOOK-OPPORTUNITY:job;A role;2026-01-02;won;;opp-ann;{LATER}",
        ),
        *people(*"bcdefg"),
        vcard("p-ann", "Ann First", "EMAIL:ann@example.org", "TEL:+441632960123"),
        *people(*"hij"),
        vcard(LATER, "Zed Last", "EMAIL:zed@example.org"),
    ]
    path = write(tmp_path, "again.vcf", cards)
    _, _, s_book, w_book = both_ways(tmp_path, [path])
    links = _links(s_book)
    assert links["introducer"] == links["zed"]
    assert links["opportunity"] == [(links["zed"],)]
    assert _links(w_book) == links
