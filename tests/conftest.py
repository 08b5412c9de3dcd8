"""Shared fixtures: every test gets real SQLite files in its own temporary folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Qt must never try to open a real screen in tests (set before PySide6 is imported anywhere).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETBOOK_NO_ERROR_DIALOGS", "1")

# The user's own folders are never touched by the suite: before anything (platformdirs, Qt's
# QStandardPaths, a CLI subprocess, which inherits this environment) resolves a path, HOME and
# every per-user XDG folder point into one temporary folder for the whole session. The
# system-wide XDG_DATA_DIRS/XDG_CONFIG_DIRS are read-only search paths and stay as they are.
# tests/safety/test_isolation.py proves that a run writes nothing into the real HOME.
REAL_HOME = os.environ.get("HOME", "")
SESSION_HOME = Path(tempfile.mkdtemp(prefix="netbook-tests-home-"))
USER_DIR_VARIABLES = {
    "HOME": "",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CONFIG_HOME": ".config",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
    "XDG_RUNTIME_DIR": "run",
    "XDG_DOCUMENTS_DIR": "Documents",
    "XDG_DOWNLOAD_DIR": "Downloads",
    "XDG_DESKTOP_DIR": "Desktop",
}


def _point_user_dirs_at(home: Path, setenv: Callable[[str, str], object]) -> None:
    for variable, relative in USER_DIR_VARIABLES.items():
        folder = home / relative
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        setenv(variable, str(folder))


_point_user_dirs_at(SESSION_HOME, os.environ.__setitem__)
atexit.register(shutil.rmtree, SESSION_HOME, ignore_errors=True)

# netbook is imported only now, after the folders above are set (hence the noqa).
from netbook.model.values import Address, ContactRecord, HowMet, LabelledValue  # noqa: E402
from netbook.services.address_book import AddressBook  # noqa: E402
from netbook.store.database import Database  # noqa: E402
from netbook.store.opening import open_database  # noqa: E402

DATA = Path(__file__).parent / "data"
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vcards"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test its own fresh user folders (settings, default book, log), inside the session's."""
    _point_user_dirs_at(tmp_path_factory.mktemp("home"), monkeypatch.setenv)
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
