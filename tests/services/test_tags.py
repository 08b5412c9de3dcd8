"""Tag management: add, remove, rename (a rename onto another tag's name merges), merge,
delete; each one journal operation, undone and redone exactly; no tag outlives its contacts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from netbook.services.address_book import AddressBook, ContactFilter
from netbook.services.application import Application
from netbook.services.importer import Importer
from netbook.services.tags import TagError, TagService
from tests.book_dump import differences, dump_book
from tests.conftest import person


@pytest.fixture
def app(book: AddressBook) -> Application:
    return Application(book.database)


@pytest.fixture
def tags(app: Application) -> TagService:
    return app.tags


@pytest.fixture
def people(book: AddressBook) -> dict[str, int]:
    return {
        "ann": book.add(person("Ann", "Lee", tags=["Clients", "Press"])),
        "bob": book.add(person("Bob", "Ray", tags=["Clients"])),
        "cy": book.add(person("Cy", "Kim", tags=["Customers", "Press"])),
        "dee": book.add(person("Dee", "Ode", tags=["Suppliers"], archived=True)),
    }


def _id(tags: TagService, name: str) -> int:
    found = tags.find(name)
    assert found is not None, name
    return found.id


def _tags_of(book: AddressBook, contact_id: int) -> list[str]:
    record = book.get(contact_id)
    assert record is not None
    return sorted(record.tags)


def _names(tags: TagService) -> list[tuple[str, int]]:
    return [(t.name, t.contacts) for t in tags.all()]


def test_all_counts_every_carrier_archived_ones_too(tags, people):
    assert _names(tags) == [("Clients", 2), ("Customers", 1), ("Press", 2), ("Suppliers", 1)]


def test_rename_changes_the_name_on_every_contact_and_in_search(book, tags, people):
    change = tags.rename(_id(tags, "Clients"), "  Key   accounts ")
    assert (change.outcome, change.tag, change.into) == ("renamed", "Clients", "Key accounts")
    assert sorted(change.contacts) == sorted([people["ann"], people["bob"]])
    assert _tags_of(book, people["ann"]) == ["Key accounts", "Press"]
    assert set(book.ids(ContactFilter(query="accounts"))) == {people["ann"], people["bob"]}
    assert book.ids(ContactFilter(query="clients")) == []
    assert book.journal.next_undo().label == "Rename tag “Clients” to “Key accounts”"


def test_rename_changing_only_the_case_keeps_the_tag(tags, people):
    tag_id = _id(tags, "Clients")
    change = tags.rename(tag_id, "CLIENTS")
    assert change.outcome == "renamed"
    assert tags.get(tag_id).name == "CLIENTS"


def test_rename_to_another_tags_name_merges_and_says_so(book, tags, people):
    change = tags.rename(_id(tags, "Customers"), "clients")
    assert (change.outcome, change.tag, change.into) == ("merged", "Customers", "Clients")
    assert change.contacts == [people["cy"]]
    assert _tags_of(book, people["cy"]) == ["Clients", "Press"]
    assert tags.find("Customers") is None
    assert ("Clients", 3) in _names(tags)


def test_merge_keeps_one_link_for_contacts_that_had_both(book, tags, people):
    change = tags.merge(_id(tags, "Press"), _id(tags, "Clients"))
    assert change.outcome == "merged"
    assert sorted(change.contacts) == sorted([people["ann"], people["cy"]])
    assert _tags_of(book, people["ann"]) == ["Clients"]
    assert _names(tags) == [("Clients", 3), ("Customers", 1), ("Suppliers", 1)]
    assert book.journal.next_undo().label == "Merge tag “Press” into “Clients”"


def test_delete_takes_the_tag_from_everyone_and_keeps_the_contacts(book, tags, people):
    change = tags.delete(_id(tags, "Press"))
    assert (change.outcome, sorted(change.contacts)) == (
        "deleted",
        sorted([people["ann"], people["cy"]]),
    )
    assert _tags_of(book, people["ann"]) == ["Clients"]
    assert book.get(people["cy"]) is not None
    assert tags.find("Press") is None


def test_add_creates_a_new_tag_and_skips_contacts_that_have_it(book, tags, people):
    change = tags.add([people["ann"], people["bob"]], "Press")
    assert change.contacts == [people["bob"]]
    change = tags.add([people["bob"]], "Speakers")
    assert (change.outcome, change.tag) == ("added", "Speakers")
    assert _tags_of(book, people["bob"]) == ["Clients", "Press", "Speakers"]
    assert tags.add([people["bob"]], "speakers").tag == "Speakers"  # the stored spelling


def test_taking_a_tag_from_its_last_contact_deletes_it(book, tags, people):
    tags.remove([people["cy"]], _id(tags, "Customers"))
    assert tags.find("Customers") is None
    record = book.get(people["ann"])
    book.update(people["ann"], dataclasses.replace(record, tags=["Clients"]))
    assert ("Press", 1) in _names(tags)
    book.delete([people["cy"]])
    assert tags.find("Press") is None


def test_undo_of_an_import_leaves_no_empty_tag(book, tags, people, tmp_path):
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve New\r\nCATEGORIES:Vendors\r\nEND:VCARD\r\n"
    (tmp_path / "eve.vcf").write_text(card)
    Importer(book).run([tmp_path / "eve.vcf"])
    assert tags.find("Vendors") is not None
    book.journal.undo()
    assert tags.find("Vendors") is None
    assert [t.name for t in book.tags()] == ["Clients", "Customers", "Press", "Suppliers"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda t, ids: t.rename(ids["Clients"], "   "), "a tag needs a name"),
        (lambda t, ids: t.rename(ids["Clients"], "x" * 256), "at most 255"),
        (lambda t, ids: t.merge(ids["Clients"], ids["Clients"]), "into itself"),
        (lambda t, _ids: t.delete(999), "no tag with id 999"),
    ],
)
def test_refusals_change_nothing(book, tags, people, call, message):
    before = dump_book(book.database.path)
    ids = {t.name: t.id for t in tags.all()}
    with pytest.raises(TagError, match=message):
        call(tags, ids)
    assert differences(before, dump_book(book.database.path)) == []


Operation = Callable[[TagService, AddressBook, dict[str, int]], object]

OPERATIONS: dict[str, Operation] = {
    "rename": lambda t, _b, _p: t.rename(_id(t, "Clients"), "Key accounts"),
    "rename onto another tag": lambda t, _b, _p: t.rename(_id(t, "Customers"), "CLIENTS"),
    "merge": lambda t, _b, _p: t.merge(_id(t, "Press"), _id(t, "Customers")),
    "delete": lambda t, _b, _p: t.delete(_id(t, "Press")),
    "add a new tag": lambda t, _b, p: t.add([p["ann"], p["dee"]], "Speakers"),
    "remove the last link": lambda t, _b, p: t.remove([p["dee"]], _id(t, "Suppliers")),
    "edit away the last link": lambda _t, b, p: b.update(
        p["cy"], dataclasses.replace(b.get(p["cy"]), tags=["Press"])
    ),
    "delete the last carrier": lambda _t, b, p: b.delete([p["dee"]]),
}


@pytest.mark.parametrize("kind", list(OPERATIONS))
def test_undo_and_redo_are_exact(kind, book, tags, people):
    path: Path = book.database.path
    before = dump_book(path)
    OPERATIONS[kind](tags, book, people)
    after = dump_book(path)
    assert differences(before, after), f"{kind} changed nothing"
    operations = len(book.journal.history())
    book.journal.undo()
    assert differences(dump_book(path), before) == []
    book.journal.redo()
    assert differences(dump_book(path), after) == []
    assert len(book.journal.history()) == operations  # one operation, undone as one
