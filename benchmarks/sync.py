"""How long CardDAV sync takes against a local Radicale, beside Radicale's own listing time.

A Radicale on 127.0.0.1 (a subprocess, temporary storage) is seeded with N realistic cards in
one collection PUT (benchmarks/generate_vcards.py). Then, each the best of `--repeat` runs:

- Radicale alone: one PROPFIND listing every card's etag, and one addressbook-query
  returning every card (what any client must at least wait for);
- netbook's first sync into an empty book (listing, multiget in batches, import pipeline);
- netbook's sync with nothing to do (the requests it sends, and the time).

    .venv/bin/python benchmarks/sync.py [--cards 5000] [--repeat 3]
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

from netbook.services.sync import state
from netbook.services.sync.discovery import discover
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


def first_sync(server: DavServer, folder: Path, n: int) -> SyncReport:
    database = open_database(folder / f"book-{n}.sqlite3")
    try:
        client = HttpClient(server.url, server.user, server.password, timeout=600)
        found = discover(client, server.book_url)
        with database.transaction() as conn:
            state.add_account(conn, "bench", server.url, server.user, found.address_books)
        with database.reading() as conn:
            account = state.account(conn, "bench")
        return SyncEngine(database, account, client).run()
    finally:
        database.close()


def again(server: DavServer, path: Path) -> SyncReport:
    database = open_database(path)
    try:
        with database.reading() as conn:
            account = state.account(conn, "bench")
        client = HttpClient(
            server.url, server.user, server.password, auth_scheme="basic", timeout=600
        )
        return SyncEngine(database, account, client).run()
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = start_radicale(folder / "radicale")
        try:
            server.make_book()
            seed(server, args.cards)
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
            runs = iter(range(args.repeat))
            initial, report = best(args.repeat, lambda: first_sync(server, folder, next(runs)))
            assert isinstance(report, SyncReport)
            if report.errors or report.pulled == 0:
                raise SystemExit(f"the first sync failed: {report.errors[:3]}")
            path = folder / "book-0.sqlite3"
            again(server, path)  # the uploads of the first sync come back once
            quiet, quiet_report = best(args.repeat, lambda: again(server, path))
            assert isinstance(quiet_report, SyncReport)
        finally:
            server.stop()
    print(f"{args.cards} cards on a local Radicale (best of {args.repeat})")
    print(f"  Radicale: PROPFIND listing of every etag      {listing:8.2f} s")
    print(f"  Radicale: addressbook-query of every card     {query:8.2f} s")
    print(
        f"  netbook: first sync into an empty book        {initial:8.2f} s"
        f"  ({report.pulled} contacts, {report.requests} requests)"
    )
    print(
        f"  netbook: sync with nothing to do              {quiet:8.2f} s"
        f"  ({quiet_report.requests} requests)"
    )


if __name__ == "__main__":
    main()
