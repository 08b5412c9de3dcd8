"""How long CardDAV sync takes against a local Radicale, beside Radicale's own listing time.

A Radicale on 127.0.0.1 (a subprocess, temporary storage) is seeded with N realistic cards in
one collection PUT (benchmarks/generate_vcards.py). Then, each the best of `--repeat` runs:

- Radicale alone: one PROPFIND listing every card's etag, and one addressbook-query
  returning every card (what any client must at least wait for);
- netbook's first sync into an empty book (listing, multiget in batches, import pipeline,
  one journal operation);
- netbook's first sync into a book that already holds the same N people (a phone and a
  desktop that knew the same people: every card is matched, nothing should be sent);
- netbook's sync with nothing to do (the requests it sends, and the time);
- with `--upload M`: a book of M contacts synced into an empty address book (one PUT per
  card: this is the server's time, Radicale's PUT grows with the collection).

Discovery (which also makes Radicale build its caches of the collection) is timed apart.

    .venv/bin/python benchmarks/sync.py [--cards 5000] [--repeat 3] [--upload 0]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.sync.servers

from generate_vcards import generate
from tests.sync.servers import DavServer, start_radicale

from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer
from netbook.services.sync import state
from netbook.services.sync.discovery import AddressBookInfo, discover
from netbook.services.sync.engine import SyncEngine, SyncReport
from netbook.services.sync.transport import HttpClient
from netbook.store.opening import open_database

QUERY = (
    b'<?xml version="1.0"?><C:addressbook-query xmlns:D="DAV:"'
    b' xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/><C:address-data/>'
    b"</D:prop></C:addressbook-query>"
)
LISTING = b'<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>'


def best(runs: int, work: Callable[[], object]) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        timings.append(time.perf_counter() - start)
    return min(timings), result


def seed(server: DavServer, cards: int) -> None:
    status, _, body = server.request(
        "PUT", server.book_path, generate(cards), {"Content-Type": "text/vcard"}, timeout=1800
    )
    if status not in (201, 204):
        raise SystemExit(f"seeding failed: {status} {body[:200]!r}")


def _client(server: DavServer) -> HttpClient:
    return HttpClient(server.url, server.user, server.password, auth_scheme="basic", timeout=600)


def sync_into(
    server: DavServer, books: list[AddressBookInfo], path: Path, people: Path | None = None
) -> tuple[float, SyncReport]:
    """A first sync into the book at `path` (made first, with `people` imported if given):
    its time (the sync alone) and report."""
    database = open_database(path)
    try:
        if people is not None:
            Importer(AddressBook(database)).run([people])
        with database.transaction() as conn:
            state.add_account(conn, "bench", server.url, server.user, books)
        with database.reading() as conn:
            account = state.account(conn, "bench")
        client = _client(server)
        start = time.perf_counter()
        report = SyncEngine(database, account, client).run()
        return time.perf_counter() - start, report
    finally:
        database.close()


def again(server: DavServer, path: Path) -> SyncReport:
    database = open_database(path)
    try:
        with database.reading() as conn:
            account = state.account(conn, "bench")
        return SyncEngine(database, account, _client(server)).run()
    finally:
        database.close()


def timed_sync(
    runs: int, work: Callable[[int], tuple[float, SyncReport]]
) -> tuple[float, SyncReport]:
    """Best of `runs` of the sync alone (the book is made before the clock starts)."""
    timings, report = [], None
    for n in range(runs):
        seconds, report = work(n)
        timings.append(seconds)
        if report.errors:
            raise SystemExit(f"the sync failed: {report.errors[:3]}")
    assert report is not None
    return min(timings), report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--upload", type=int, default=0, metavar="M")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        people = folder / "people.vcf"
        people.write_bytes(generate(args.cards))
        server = start_radicale(folder / "radicale")
        try:
            server.make_book()
            seed(server, args.cards)
            start = time.perf_counter()
            books = discover(_client(server), server.book_url).address_books
            discovery = time.perf_counter() - start
            listing, _ = best(
                args.repeat,
                lambda: server.request(
                    "PROPFIND", server.book_path, LISTING, {"Depth": "1"}, timeout=600
                ),
            )
            query, _ = best(
                args.repeat,
                lambda: server.request(
                    "REPORT", server.book_path, QUERY, {"Depth": "1"}, timeout=600
                ),
            )
            initial, report = timed_sync(
                args.repeat, lambda n: sync_into(server, books, folder / f"empty-{n}.sqlite3")
            )
            path = folder / "empty-0.sqlite3"
            again(server, path)  # the uploads of the first sync come back once
            quiet, quiet_report = best(args.repeat, lambda: again(server, path))
            assert isinstance(quiet_report, SyncReport)
            same, same_report = timed_sync(
                args.repeat,
                lambda n: sync_into(server, books, folder / f"same-{n}.sqlite3", people),
            )
            if args.upload:
                server.book = "upload"
                server.make_book()
                mine = folder / "mine.vcf"
                mine.write_bytes(generate(args.upload))
                upload_books = discover(_client(server), server.book_url).address_books
                upload, upload_report = timed_sync(
                    1, lambda n: sync_into(server, upload_books, folder / "up.sqlite3", mine)
                )
        finally:
            server.stop()
    print(f"{args.cards} cards on a local Radicale (best of {args.repeat})")
    print(f"  Radicale: PROPFIND listing of every etag      {listing:8.2f} s")
    print(f"  Radicale: addressbook-query of every card     {query:8.2f} s")
    print(f"  netbook: discovery (Radicale builds caches)   {discovery:8.2f} s")
    print(
        f"  netbook: first sync into an empty book        {initial:8.2f} s"
        f"  ({report.pulled} contacts, {report.requests} requests)"
    )
    print(
        f"  netbook: first sync, the same people here     {same:8.2f} s"
        f"  ({same_report.updated_local} updated here, {same_report.updated_remote} there,"
        f" {same_report.requests} requests)"
    )
    print(
        f"  netbook: sync with nothing to do              {quiet:8.2f} s"
        f"  ({quiet_report.requests} requests)"
    )
    if args.upload:
        print(
            f"  netbook: {args.upload} contacts into an empty address book {upload:8.2f} s"
            f"  ({upload_report.pushed} cards sent, {upload_report.requests} requests)"
        )


if __name__ == "__main__":
    main()
