"""Shared fixtures: every test gets real SQLite files in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Qt must never try to open a real screen in tests (set before PySide6 is imported anywhere).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETBOOK_NO_ERROR_DIALOGS", "1")

from netbook.model.values import Address, ContactRecord, HowMet, LabelledValue
from netbook.services.address_book import AddressBook
from netbook.store.database import Database
from netbook.store.opening import open_database

DATA = Path(__file__).parent / "data"
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vcards"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep platformdirs (settings, default book) out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log file
    monkeypatch.delenv("NETBOOK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "book" / "netbook.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def book(database: Database) -> AddressBook:
    return AddressBook(database)


def person(given: str, family: str, **extra: object) -> ContactRecord:
    """A small, valid person record for tests."""
    record = ContactRecord(given_name=given, family_name=family)
    for key, value in extra.items():
        setattr(record, key, value)
    return record


@pytest.fixture
def make_book(tmp_path: Path) -> Iterator[Callable[[int], AddressBook]]:
    """A book with `n` numbered people (p0 ... pN-1), for list and paging tests."""
    opened: list[Database] = []

    def make(n: int) -> AddressBook:
        db = open_database(tmp_path / f"book-{len(opened)}" / "netbook.sqlite3")
        opened.append(db)
        book = AddressBook(db)
        book.add_many(
            [
                ContactRecord(
                    given_name=f"Person{i:05d}",
                    family_name=f"Family{i % 97:02d}",
                    organization=f"Org {i % 13}",
                    emails=[LabelledValue(f"p{i}@example.com", "work")],
                    phones=[LabelledValue(f"+1 617 555 {i % 10000:04d}", "cell")],
                    addresses=[Address(locality="Boston", country="USA")],
                    how_met=HowMet(channel="linkedin"),
                )
                for i in range(n)
            ]
        )
        return book

    yield make
    for db in opened:
        db.close()
