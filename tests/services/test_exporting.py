"""Exports are made batch by batch from one snapshot of the book, and give the same bytes as
the whole list rendered at once; a failure while making them leaves the target as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netbook.formats.json_export import contact_to_json
from netbook.formats.vcard import read_vcards
from netbook.model.values import LabelledValue
from netbook.services.address_book import AddressBook
from netbook.services.export_target import write_export
from netbook.services.exporting import WRITERS, render, render_batches
from tests.conftest import person


@pytest.fixture
def seven(book: AddressBook) -> tuple[AddressBook, list[int]]:
    people = [
        person("Ada", "Lovelace", tags=["Pioneers"], emails=[LabelledValue("ada@example.org")]),
        person("Grace", "Hopper", note="Line one\nline two"),
        person("Jürgen", "Müller", organization="Müller & Söhne"),
        person("Alan", "Turing"),
        person("Katherine", "Johnson", emails=[LabelledValue("k@nasa.example", "work")]),
        person("Edsger", "Dijkstra"),
        person("Barbara", "Liskov"),
    ]
    return book, book.add_many(people)


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("size", [1, 2, 3, 7, 500])
def test_batches_give_the_bytes_of_the_whole_list(seven, fmt, size):
    book, ids = seven
    whole = render(book.get_many(ids), fmt)
    assert b"".join(render_batches(book.batches(ids, size), fmt)) == whole


def test_json_batches_are_one_array_of_every_contact(seven):
    book, ids = seven
    text = b"".join(render_batches(book.batches(ids, 3), "json")).decode("utf-8")
    found = json.loads(text)
    expected = [contact_to_json(r, with_photo=True) for r in book.get_many(ids)]
    assert found == expected
    assert [c["given_name"] for c in found][:3] == ["Ada", "Grace", "Jürgen"]


def test_vcard_batches_read_back_as_the_contacts(seven):
    book, ids = seven
    data = b"".join(render_batches(book.batches(ids, 2), "vcard3"))
    names = [r.given_name for r in read_vcards(data).records]
    assert names == [r.given_name for r in book.get_many(ids)]


def test_an_empty_export_is_an_empty_array(book):
    assert b"".join(render_batches(book.batches([]), "json")) == b"[]\n"
    assert b"".join(render_batches(book.batches([]), "vcard3")) == b""


def test_batches_read_one_snapshot_while_the_book_changes(seven):
    book, ids = seven
    batches = book.batches(ids, 3)
    first = next(batches)
    assert [r.given_name for r in first] == ["Ada", "Grace", "Jürgen"]
    changed = book.get(ids[4])
    assert changed is not None
    changed.given_name = "Kathy"
    book.update(ids[4], changed)  # committed by another connection between two batches
    rest = [r.given_name for batch in batches for r in batch]
    assert rest == ["Alan", "Katherine", "Edsger", "Barbara"]
    assert book.get(ids[4]).given_name == "Kathy"


def test_a_failure_while_making_the_pieces_leaves_the_file_as_it_was(seven, tmp_path: Path):
    book, ids = seven
    (tmp_path / "exports").mkdir()
    target = tmp_path / "exports" / "contacts.vcf"
    target.write_bytes(b"the user's earlier export\n")

    def pieces():
        yield from render_batches(book.batches(ids[:2]), "vcard3")
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        write_export(target, pieces(), book.path)
    assert target.read_bytes() == b"the user's earlier export\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["contacts.vcf"]
