"""Fixtures of the sync tests: real servers on 127.0.0.1, and a keyring that needs no desktop.

One Radicale serves the whole run (it takes ~3 s to start); each test gets an address book
of its own on it. Tests that stop the server start their own.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.servers import DavServer, start_radicale, start_xandikos
from tests.sync.support import Phone, Synced, synced_book

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def radicale_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DavServer]:
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    yield server
    server.stop()


@pytest.fixture
def radicale(radicale_server: DavServer) -> DavServer:
    """An empty address book of this test's own on the shared Radicale."""
    server = dataclasses.replace(radicale_server, book=f"book{next(_numbers)}")
    server.make_book()
    return server


@pytest.fixture
def own_radicale(tmp_path: Path) -> Iterator[DavServer]:
    """A Radicale of this test's own (for tests that stop it)."""
    server = start_radicale(tmp_path / "radicale")
    server.make_book()
    yield server
    server.stop()


@pytest.fixture
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The test keyring, for this process and for the netbook subprocesses a test starts."""
    import keyring

    from tests.sync.file_keyring import FileKeyring

    store = tmp_path / "keyring.json"
    monkeypatch.setenv("NETBOOK_TEST_KEYRING", str(store))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.sync.file_keyring.FileKeyring")
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine without any keyring netbook may use."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture(scope="session")
def xandikos_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DavServer]:
    server = start_xandikos(tmp_path_factory.mktemp("xandikos"))
    yield server
    server.stop()


@pytest.fixture
def xandikos(xandikos_server: DavServer) -> DavServer:
    """An empty address book of this test's own on the shared Xandikos."""
    server = dataclasses.replace(xandikos_server, book=f"contacts/book{next(_numbers)}")
    server.make_book()
    return server


@pytest.fixture(autouse=True)
def _fresh_session(request: pytest.FixtureRequest) -> Iterator[None]:
    """No password held from another test; the test keyring for the tests that sync."""
    from netbook.services.sync import credentials

    if "no_keyring" not in request.fixturenames:
        request.getfixturevalue("test_keyring")
    credentials.clear_session()
    yield
    credentials.clear_session()


@pytest.fixture
def phone(radicale: DavServer) -> Phone:
    """Another client of the test's address book on Radicale."""
    return Phone(radicale)


@pytest.fixture
def synced(tmp_path: Path, radicale: DavServer) -> Iterator[Synced]:
    """A book with one account on the test's address book on Radicale."""
    result = synced_book(tmp_path / "a" / "book.sqlite3", radicale)
    yield result
    result.book.database.close()
