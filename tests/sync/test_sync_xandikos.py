"""A subset of the scenarios against Xandikos, a second real server with its own ways
(its refused token is a 412, not a 403)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from netbook.services.sync import state
from tests.conftest import person
from tests.sync.servers import DavServer
from tests.sync.support import Phone, Synced, card, synced_book


@pytest.fixture
def synced(tmp_path: Path, xandikos: DavServer) -> Iterator[Synced]:
    result = synced_book(tmp_path / "book.sqlite3", xandikos)
    yield result
    result.book.database.close()


def test_create_edit_delete_on_each_side(synced: Synced, xandikos: DavServer) -> None:
    phone = Phone(xandikos)
    phone.put("ann.vcf", card("Ann", "Lee", uid="ann", TITLE="Engineer"))
    phone.put("bob.vcf", card("Bob", "Ray", uid="bob"))
    synced.book.add(person("Cy", "Twombly"))
    first = synced.sync()
    assert (first.pulled, first.pushed, first.errors) == (2, 1, [])
    assert len(phone.names()) == 3

    phone.edit("ann.vcf", "TITLE:Engineer", "TITLE:Director")
    cy = synced.contact("Cy Twombly")
    record = synced.book.get(cy)
    assert record is not None
    record.title = "Painter"
    synced.book.update(cy, record)
    phone.delete("bob.vcf")
    report = synced.sync()
    assert (report.updated_local, report.updated_remote, report.archived) == (1, 1, 1)
    assert any("TITLE:Painter" in t for t in phone.cards().values())
    ann = synced.book.get(synced.contact("Ann Lee"))
    assert ann is not None
    assert ann.title == "Director"
    assert synced.sync().requests <= 2


def test_a_refused_token_412_falls_back_to_a_full_listing(
    synced: Synced, xandikos: DavServer
) -> None:
    phone = Phone(xandikos)
    phone.put("ann.vcf", card("Ann", "Lee", uid="ann"))
    synced.sync()
    with synced.book.database.transaction() as conn:
        conn.execute(update(state.book_t).values(sync_token="forged"))
    phone.put("bob.vcf", card("Bob", "Ray", uid="bob"))
    report = synced.sync()
    assert (report.pulled, report.errors) == (1, [])
    assert synced.names() == ["Ann Lee", "Bob Ray"]
