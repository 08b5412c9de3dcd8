"""How long the network's numbers take on a large book (100,000 contacts by default).

Builds (once, cached in the temp folder) a book with generate_book.py's contacts plus a
network: one contact in five introduced by another, cadences, birthdays and anniversaries,
two interactions per contact on average (some shared), and opportunities; then times
`stats`, the Reach out list and view, upcoming dates, "who can introduce me?" and the
dashboard's click filters. Prints the median of several runs of each.

    .venv/bin/python benchmarks/network_stats.py [--count N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select, update

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_book import build_book

from netbook.model.tables import (
    interaction_participant,
    new_uid,
)
from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.services.network import Facet, NetworkService
from netbook.store.core_tables import contact_t, interaction_t, opportunity_t
from netbook.store.opening import open_database
from netbook.store.revisions import head_revision

TODAY = dt.date(2026, 6, 15)
KINDS = ("job_offer", "partnership", "interview", "speaking", "client", "other")
OUTCOMES = (None, "accepted", "declined", "won", "lost")


def add_network(path: Path, seed: int = 11) -> None:
    """Introductions, cadences, dates, interactions and opportunities, written with Core."""
    rng = random.Random(seed)
    database = open_database(path)
    try:
        with database.transaction() as conn:
            ids = list(conn.execute(select(contact_t.c.id)).scalars())
            for cid in ids:
                values: dict[str, object] = {}
                if rng.random() < 0.2:
                    values["introduced_by_id"] = rng.choice(ids[:5000])
                if rng.random() < 0.2:
                    values["keep_in_touch_days"] = rng.choice((30, 91, 182, 365))
                month_day = f"{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                if rng.random() < 0.5:
                    values["birthday"] = f"{rng.randrange(1950, 2000)}-{month_day}"
                elif rng.random() < 0.2:
                    values["anniversary"] = f"--{month_day}"
                if values.get("introduced_by_id") == cid:
                    del values["introduced_by_id"]
                if values:
                    conn.execute(update(contact_t).where(contact_t.c.id == cid).values(**values))
            interactions = []
            participants = []
            for n in range(len(ids) * 2):
                interactions.append(
                    {
                        "id": n + 1,
                        "uid": new_uid(),
                        "kind": rng.choice(("call", "email", "met")),
                        "occurred_on": TODAY - dt.timedelta(days=rng.randrange(0, 2000)),
                        "summary": "",
                    }
                )
                people = {rng.choice(ids)} | ({rng.choice(ids)} if rng.random() < 0.2 else set())
                participants.extend({"interaction_id": n + 1, "contact_id": p} for p in people)
            for start in range(0, len(interactions), 5000):
                conn.execute(insert(interaction_t), interactions[start : start + 5000])
            for start in range(0, len(participants), 5000):
                conn.execute(insert(interaction_participant), participants[start : start + 5000])
            conn.execute(
                insert(opportunity_t),
                [
                    {
                        "uid": new_uid(),
                        "kind": rng.choice(KINDS),
                        "title": "Deal",
                        "occurred_on": TODAY - dt.timedelta(days=rng.randrange(0, 2000)),
                        "outcome": rng.choice(OUTCOMES),
                        "contact_id": rng.choice(ids),
                        "introducer_id": rng.choice(ids) if rng.random() < 0.5 else None,
                    }
                    for _ in range(len(ids) // 20)
                ],
            )
    finally:
        database.close()


def cached_network_book(count: int) -> Path:
    """The book of `count` contacts with a network, built once per schema revision: opening
    a book made at an older one would upgrade it, and that tree could no longer read it."""
    folder = f"network-{count}-schema-{head_revision()}"
    path = Path(tempfile.gettempdir()) / "netbook-bench" / folder / "netbook.sqlite3"
    if not path.exists():
        building = path.with_name("building.sqlite3")
        for leftover in building.parent.glob("building.sqlite3*"):
            leftover.unlink()
        print(f"building a {count:,}-contact network in {path.parent} ...", file=sys.stderr)
        seconds = build_book(building, count)
        started = time.perf_counter()
        add_network(building)
        print(
            f"  contacts {seconds:.1f} s, network {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
        building.rename(path)
        for suffix in ("-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
    return path


def timed(label: str, runs: int, work: Callable[[], object]) -> None:
    times = []
    result: object = None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    size = len(result) if isinstance(result, (list, set, frozenset)) else ""
    print(
        f"{label:<44} median {statistics.median(times) * 1000:8.1f} ms"
        f"   max {max(times) * 1000:8.1f} ms   {size}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = cached_network_book(args.count)
    database = open_database(path)
    try:
        network = NetworkService(database, today=lambda: TODAY)
        book = AddressBook(database)
        stats = network.stats()
        print(
            f"{stats['total']:,} contacts, {stats['interactions']:,} interactions, "
            f"{stats['opportunities']['total']:,} opportunities; reach out "
            f"{stats['reach_out_due']:,}, dormant {stats['dormant']:,}"
        )
        runs = args.runs
        timed("stats()", runs, network.stats)
        timed("reach_out()", runs, network.reach_out)
        timed("reach_out(limit=8)", runs, lambda: network.reach_out(limit=8))
        timed(
            "dashboard data (stats, 8 overdue, upcoming)",
            runs,
            lambda: (network.stats(), network.reach_out(limit=8), network.upcoming()),
        )
        timed("upcoming()", runs, network.upcoming)
        timed("who_can_introduce('acme')", runs, lambda: network.who_can_introduce("acme"))
        timed("who_can_introduce('maria')", runs, lambda: network.who_can_introduce("maria"))
        timed("top_introducers()", runs, network.top_introducers)
        timed(
            "contact_ids(CHANNEL, linkedin)",
            runs,
            lambda: network.contact_ids(Facet.CHANNEL, "linkedin"),
        )
        timed(
            "contact_ids(COUNTRY, Germany)",
            runs,
            lambda: network.contact_ids(Facet.COUNTRY, "Germany"),
        )
        timed("contact_ids(DORMANT)", runs, lambda: network.contact_ids(Facet.DORMANT, ""))
        reach = ContactFilter(view=View.REACH_OUT)
        timed("AddressBook.count(REACH_OUT)", runs, lambda: book.count(reach))
        timed("AddressBook.page(0, 100, REACH_OUT)", runs, lambda: book.page(0, 100, reach))
        linkedin = ContactFilter(ids=network.contact_ids(Facet.CHANNEL, "linkedin"))
        timed("AddressBook.page(0, 100, ids=linkedin)", runs, lambda: book.page(0, 100, linkedin))
    finally:
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
