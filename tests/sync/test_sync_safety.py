"""Never lose a thing: guards, stale etags, duplicate UIDs, bad tokens, a server killed
mid-sync. Against a real Radicale."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import update

from netbook.model.values import HowMet, InteractionValue
from netbook.services.sync import state
from netbook.services.sync.engine import SyncEngine
from netbook.services.sync.transport import HttpClient, Response
from tests.sync.servers import DavServer, start_radicale
from tests.sync.support import Phone, Synced, card, synced_book


def _account(synced: Synced) -> state.AccountState:
    with synced.book.database.reading() as conn:
        return state.account(conn, synced.account)


def _engine(synced: Synced, client: HttpClient, **options: Any) -> SyncEngine:
    return SyncEngine(synced.book.database, _account(synced), client, **options)


def _seed(phone: Phone, n: int) -> None:
    for i in range(n):
        phone.put(f"p{i}.vcf", card(f"Person{i:03d}", "Seed", uid=f"seed-{i}"))


def test_an_empty_listing_stops_the_sync(synced: Synced, phone: Phone) -> None:
    _seed(phone, 2)
    synced.sync()
    for name in phone.names():
        phone.delete(name)

    report = synced.sync()

    assert report.archived == 0
    assert "lists no cards" in report.errors[0]
    assert "--force" in report.errors[0]
    assert synced.book.count() == 2
    assert synced.sync(force=True).archived == 2


def test_losing_more_than_a_third_stops_the_sync(synced: Synced, phone: Phone) -> None:
    _seed(phone, 9)
    synced.sync()
    for i in range(4):
        phone.delete(f"p{i}.vcf")

    report = synced.sync()

    assert report.archived == 0
    assert "no longer has 4 of the 9" in report.errors[0]
    assert synced.book.count() == 9
    # Asked again and told to go on: archived, never deleted.
    assert synced.sync(force=True).archived == 4
    assert synced.book.count() == 5
    assert len(synced.book.page(0, 100)) == 5


def test_a_forged_token_falls_back_to_a_full_listing(synced: Synced, phone: Phone) -> None:
    _seed(phone, 3)
    synced.sync()
    with synced.book.database.transaction() as conn:
        conn.execute(update(state.book_t).values(sync_token="http://radicale.org/ns/sync/forged"))
    phone.put("new.vcf", card("Nia", "New"))

    report = synced.sync()

    assert (report.pulled, report.errors) == (1, [])
    assert synced.book.count() == 4


class _Racing(HttpClient):
    """A client during whose first PUT another client edits the same card."""

    def __init__(self, server: DavServer, race: Any) -> None:
        super().__init__(server.url, server.user, server.password)
        self._race = race

    def request(self, method: str, url: str, **kwargs: Any) -> Response:
        if method == "PUT" and self._race is not None:
            race, self._race = self._race, None
            race()
        return super().request(method, url, **kwargs)


def _edited_on_both_sides_soon(synced: Synced, phone: Phone) -> int:
    """Ann, synced, then given a note here (the phone's edit comes during the next sync)."""
    phone.put("ann.vcf", card("Ann", "Lee", uid="ann", TITLE="Engineer"))
    synced.sync()
    ann = synced.contact("Ann Lee")
    record = synced.book.get(ann)
    assert record is not None
    record.note = "from the book"
    synced.book.update(ann, record)
    return ann


def test_a_stale_etag_refetches_and_merges_once(
    synced: Synced, phone: Phone, radicale: DavServer
) -> None:
    ann = _edited_on_both_sides_soon(synced, phone)

    client = _Racing(radicale, lambda: phone.edit("ann.vcf", "TITLE:Engineer", "TITLE:Boss"))
    report = _engine(synced, client).run()

    assert report.errors == []
    text, _ = phone.get("ann.vcf")
    assert "TITLE:Boss" in text
    assert "from the book" in text
    merged = synced.book.get(ann)
    assert merged is not None
    assert (merged.title, merged.note) == ("Boss", "from the book")


def test_a_stale_etag_that_keeps_changing_is_left_for_the_next_sync(
    synced: Synced, phone: Phone, radicale: DavServer
) -> None:
    _edited_on_both_sides_soon(synced, phone)
    titles = iter(["T1", "T2", "T3", "T4"])

    class Busy(HttpClient):
        previous = "Engineer"

        def request(self, method: str, url: str, **kwargs: Any) -> Response:
            if method == "PUT":  # the phone edits before every write of ours
                title = next(titles)
                phone.edit("ann.vcf", f"TITLE:{self.previous}", f"TITLE:{title}")
                self.previous = title
            return super().request(method, url, **kwargs)

    report = _engine(synced, Busy(radicale.url, radicale.user, radicale.password)).run()

    assert len(report.errors) == 1
    assert "changed again while syncing" in report.errors[0]
    # The next sync merges it without a fight.
    report = synced.sync()
    assert report.errors == []
    text, _ = phone.get("ann.vcf")
    assert "from the book" in text


def test_a_server_killed_mid_sync_resumes_without_duplicates(
    tmp_path: Path, own_radicale: DavServer
) -> None:
    phone = Phone(own_radicale)
    _seed(phone, 25)
    synced = synced_book(tmp_path / "book.sqlite3", own_radicale)
    fetched = 0

    class Dying(HttpClient):
        def request(self, method: str, url: str, **kwargs: Any) -> Response:
            nonlocal fetched
            if method == "REPORT" and b"addressbook-multiget" in kwargs.get("body", b""):
                fetched += 1
                if fetched == 2:
                    own_radicale.stop()
            return super().request(method, url, **kwargs)

    client = Dying(own_radicale.url, own_radicale.user, own_radicale.password)
    report = _engine(synced, client, batch=10).run()

    assert len(report.errors) == 1
    assert "127.0.0.1" in report.errors[0]
    # The cards are applied in one operation once all are fetched: nothing of this sync
    # reached the book (no token either), and nothing of it is in the history.
    assert synced.book.count() == 0
    assert [op.origin for op in synced.book.journal.history()] == []

    restarted = start_radicale(own_radicale.root, own_radicale.port)
    try:
        report = synced.sync()
        assert report.errors == []
        assert synced.book.count() == 25
        assert len(set(synced.names())) == 25
        assert len(phone.names()) == 25
    finally:
        restarted.stop()
        synced.book.database.close()


def test_two_books_on_one_server_see_each_others_story(tmp_path: Path, radicale: DavServer) -> None:
    laptop = synced_book(tmp_path / "laptop.sqlite3", radicale)
    desktop = synced_book(tmp_path / "desktop.sqlite3", radicale)
    try:
        from tests.conftest import person

        laptop.book.add(
            person(
                "Dana",
                "Scully",
                how_met=HowMet(channel="event", place="Washington; DC", context="a, b"),
                met_in_person=True,
            )
        )
        laptop.sync()
        desktop.sync()
        dana = desktop.book.get(desktop.contact("Dana Scully"))
        assert dana is not None
        assert dana.how_met == HowMet(channel="event", place="Washington; DC", context="a, b")
        assert dana.met_in_person

        import datetime as dt

        dana.interactions = [
            InteractionValue(occurred_on=dt.date(2026, 5, 1), kind="call", summary="catch-up")
        ]
        assert dana.id is not None
        desktop.book.update(dana.id, dana)
        desktop.sync()
        laptop.sync()
        back = laptop.book.get(laptop.contact("Dana Scully"))
        assert back is not None
        assert [(i.kind, i.summary) for i in back.interactions] == [("call", "catch-up")]
        assert laptop.sync().conflicts == []
    finally:
        laptop.book.database.close()
        desktop.book.database.close()
