"""Servers out of the suite's reach, through the in-process address book of fake_dav:
Google's rewritten Location and UID and its 400 on an empty token, iCloud's collection
listed among its own changes, and two cards with one UID (which Radicale refuses to hold)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netbook.services.address_book import AddressBook
from netbook.services.sync import state
from netbook.services.sync.discovery import AddressBookInfo
from netbook.services.sync.engine import SyncEngine
from netbook.services.sync.report import SyncReport
from netbook.store.opening import open_database
from tests.conftest import person
from tests.sync.fake_dav import BOOK, FakeAddressBook, FakeClient
from tests.sync.support import card


@pytest.fixture
def book(tmp_path: Path) -> Iterator[AddressBook]:
    database = open_database(tmp_path / "book.sqlite3")
    with database.transaction() as conn:
        state.add_account(
            conn,
            "fake",
            "https://fake.invalid/",
            "alice",
            [AddressBookInfo(BOOK, "Fake", ("3.0",), True)],
        )
    yield AddressBook(database)
    database.close()


def _sync(book: AddressBook, server: FakeAddressBook) -> SyncReport:
    with book.database.reading() as conn:
        account = state.account(conn, "fake")
    return SyncEngine(book.database, account, FakeClient(server)).run()


def test_google_rewrites_the_href_and_uid_of_a_new_card(book: AddressBook) -> None:
    server = FakeAddressBook(quirks={"google"})
    server.store(f"{BOOK}ann.vcf", card("Ann", "Lee", uid="ann"))
    cy = book.add(person("Cy", "Twombly"))

    first = _sync(book, server)

    assert (first.pulled, first.pushed, first.errors) == (1, 1, [])
    [google_href] = [h for h in server.cards if "google-" in h]
    with book.database.reading() as conn:
        items = state.items(conn, 1)
    assert items[google_href].contact_id == cy
    assert items[google_href].uid == google_href.rsplit("/", 1)[-1]
    # Nothing is sent twice, nothing comes back as new: the rewritten card is known.
    second = _sync(book, server)
    assert (second.pulled, second.pushed, second.updated_remote, second.errors) == (0, 0, 0, [])
    assert len(server.cards) == 2
    assert book.count() == 2
    # An edit here goes to Google's href, with Google's UID.
    record = book.get(cy)
    assert record is not None
    record.note = "painter"
    book.update(cy, record)
    third = _sync(book, server)
    assert third.updated_remote == 1
    assert "painter" in server.cards[google_href].text
    assert f"UID:{items[google_href].uid}" in server.cards[google_href].text


def test_icloud_lists_the_collection_among_its_changes(book: AddressBook) -> None:
    server = FakeAddressBook(quirks={"icloud"})
    server.store(f"{BOOK}ann.vcf", card("Ann", "Lee", uid="ann"))
    report = _sync(book, server)
    assert (report.pulled, report.errors) == (1, [])
    quiet = _sync(book, server)
    assert (quiet.pulled, quiet.errors, quiet.requests) == (0, [], 1)


def test_a_forged_token_lists_everything_once(book: AddressBook) -> None:
    server = FakeAddressBook()
    server.store(f"{BOOK}ann.vcf", card("Ann", "Lee", uid="ann"))
    _sync(book, server)
    with book.database.transaction() as conn:
        conn.execute(state.book_t.update().values(sync_token="forged"))
    server.log.clear()
    report = _sync(book, server)
    assert report.errors == []
    assert [line.split()[0] for line in server.log] == ["REPORT", "PROPFIND"]
    assert book.count() == 1


def test_two_cards_with_one_uid_are_both_kept_and_reported(book: AddressBook) -> None:
    server = FakeAddressBook()
    server.store(f"{BOOK}a.vcf", card("Ann", "Lee", uid="same"))
    server.store(f"{BOOK}b.vcf", card("Bob", "Ray", uid="same"))

    report = _sync(book, server)

    assert sorted(s.display_name for s in book.page(0, 10)) == ["Ann Lee", "Bob Ray"]
    assert [c["kind"] for c in report.conflicts] == ["duplicate_uid"]
    assert len(server.cards) == 2
    bob = next(s.id for s in book.page(0, 10) if s.display_name == "Bob Ray")
    record = book.get(bob)
    assert record is not None
    record.note = "bob's note"
    book.update(bob, record)
    _sync(book, server)
    assert "bob's note" in server.cards[f"{BOOK}b.vcf"].text
    assert "bob's note" not in server.cards[f"{BOOK}a.vcf"].text
    assert "UID:same" in server.cards[f"{BOOK}b.vcf"].text
