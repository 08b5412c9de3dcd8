"""The sync service's side of the window's choices, against a real Radicale: which address
books an account syncs (changed later), and deleting on the server only the cards named."""

from __future__ import annotations

from netbook.services.sync.accounts import PendingDelete
from netbook.services.sync.discovery import AddressBookInfo
from tests.sync.servers import DavServer
from tests.sync.support import Phone, Synced, card


def test_only_the_confirmed_cards_are_deleted_there(
    synced: Synced, phone: Phone, radicale: DavServer
) -> None:
    phone.put("ann.vcf", card("Ann", "Lee"))
    phone.put("bob.vcf", card("Bob", "Day"))
    synced.sync()
    synced.book.delete([synced.contact("Ann Lee"), synced.contact("Bob Day")])
    assert synced.sync().pending_deletes == 2
    pending = synced.service.pending_deletes("test")
    assert sorted(p.name for p in pending) == ["Ann Lee", "Bob Day"]
    [ann] = [p for p in pending if p.name == "Ann Lee"]
    assert ann == PendingDelete("test", f"{radicale.book_path}ann.vcf", "Ann Lee")

    report = synced.service.sync("test", push_deletes=True, confirmed_deletes=[ann.href])
    assert report.pending_deletes == 1
    assert phone.names() == ["bob.vcf"]
    assert [p.name for p in synced.service.pending_deletes("test")] == ["Bob Day"]


def test_choosing_again_keeps_the_kept_address_book_and_forgets_the_left_out(
    synced: Synced, phone: Phone, radicale: DavServer
) -> None:
    phone.put("ann.vcf", card("Ann", "Lee"))
    synced.sync()
    [kept] = synced.service.accounts()[0].address_books
    found, chosen = synced.service.find_address_books("test")
    assert radicale.book_path in {b.href for b in found}
    assert chosen == [radicale.book_path]
    other = AddressBookInfo(f"/{radicale.user}/elsewhere/", "Elsewhere", ("3.0",), True)
    this = next(b for b in found if b.href == radicale.book_path)
    synced.service.choose_address_books("test", [other, this])
    books = synced.service.accounts()[0].address_books
    # The kept one first, with its state (the next sync is incremental); the new one after.
    assert [b["href"] for b in books] == [radicale.book_path, other.href]
    assert books[0]["last_synced_at"] == kept["last_synced_at"]

    synced.service.choose_address_books("test", [other])
    assert [b["href"] for b in synced.service.accounts()[0].address_books] == [other.href]
    assert synced.names() == ["Ann Lee"]  # the contacts stay in the book
