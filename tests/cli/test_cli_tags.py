"""`netbook tag list | rename | merge | delete` in real subprocesses on a real book file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netbook.services.address_book import AddressBook
from netbook.store.lock import BookLock
from netbook.store.opening import open_database
from tests.book_dump import dump_book
from tests.cli.test_cli import netbook
from tests.conftest import person


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "book" / "netbook.sqlite3"
    database = open_database(path)
    book = AddressBook(database)
    book.add(person("Ann", "Lee", tags=["Clients", "Press"]))
    book.add(person("Bob", "Ray", tags=["Clients"]))
    book.add(person("Cy", "Kim", tags=["Customers"]))
    database.close()
    return path


def _tags(db: Path) -> list[dict[str, object]]:
    result = netbook("--db", str(db), "tag", "list", "--json")
    assert result.returncode == 0, result.stderr
    return [{"name": t["name"], "contacts": t["contacts"]} for t in json.loads(result.stdout)]


def test_list_rename_merge_and_delete(db: Path):
    assert netbook("--db", str(db), "tag", "list").stdout == (
        "Clients\t2\nCustomers\t1\nPress\t1\n"
    )
    result = netbook("--db", str(db), "tag", "rename", "press", "Media", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "outcome": "renamed",
        "tag": "Press",
        "into": "Media",
        "contacts": 1,
    }
    result = netbook("--db", str(db), "tag", "rename", "Customers", "CLIENTS")
    assert result.stdout == "Merged tag “Customers” into “Clients” (1 contact).\n"
    assert _tags(db) == [{"name": "Clients", "contacts": 3}, {"name": "Media", "contacts": 1}]
    result = netbook("--db", str(db), "tag", "merge", "Media", "Clients", "--json")
    assert json.loads(result.stdout)["outcome"] == "merged"
    result = netbook("--db", str(db), "tag", "delete", "clients")
    assert result.stdout == "Deleted tag “Clients” (3 contacts lost it; the contacts stay).\n"
    assert _tags(db) == []
    assert len(netbook("--db", str(db), "list").stdout.splitlines()) == 3


def test_each_change_is_one_undoable_operation(db: Path):
    before = dump_book(db)
    assert netbook("--db", str(db), "tag", "delete", "Clients").returncode == 0
    [newest, *_] = json.loads(netbook("--db", str(db), "history", "--json").stdout)
    assert (newest["label"], newest["origin"]) == ("Delete tag “Clients”", "command line")
    assert netbook("--db", str(db), "undo").stdout == "Undone: Delete tag “Clients”\n"
    assert dump_book(db) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("rename", "Nope", "X"), "netbook: error: no tag named 'Nope'\n"),
        (("rename", "Clients", "  "), "netbook: error: a tag needs a name\n"),
        (
            ("merge", "Clients", "clients"),
            "netbook: error: “Clients” cannot be merged into itself\n",
        ),
        (("delete", "Nope"), "netbook: error: no tag named 'Nope'\n"),
    ],
)
def test_mistakes_are_one_line_and_change_nothing(db: Path, args, message):
    before = dump_book(db)
    result = netbook("--db", str(db), "tag", *args)
    assert (result.returncode, result.stderr, result.stdout) == (1, message, "")
    assert dump_book(db) == before


def test_changes_wait_for_the_book_lock_like_every_writer(db: Path):
    window = BookLock(db, "window")
    window.acquire()
    try:
        result = netbook("--db", str(db), "tag", "rename", "Clients", "Key accounts")
        assert result.returncode == 3  # EXIT_BUSY: the book is in use (cli/errors.py)
        assert "this book is open in a netbook window" in result.stderr
        assert netbook("--db", str(db), "tag", "list").returncode == 0  # readers never wait
    finally:
        window.release()
    assert {"name": "Clients", "contacts": 2} in _tags(db)
