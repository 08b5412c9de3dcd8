"""Whether a change to the network's numbers or the duplicate scan changed what they answer.

Runs `netbook stats --json`, `stats` (text), `reach-out --json` and `duplicates --json` on the
same books with the source tree given as `--before` and with this tree, each command as of
several dates, plus the contacts every dashboard bar of the stats stands for
(`NetworkService.contact_ids`), and compares the bytes. The books are those given with `--book`
(say a 100,000-contact book; they are only read) and small ones made here: the vCards of
tests/data imported, and a generated book whose contacts are full of the cases the numbers
must get right (spellings of channels, blank ones, how-we-met dates after today, archived
contacts, cadences, interactions that are not contacts, dates in the future, odd birthdays).
The small books are made with the `--before` tree, and each tree reads copies of its own: a
tree whose schema is newer upgrades its copies as it opens them (as it would a user's book),
and the older tree would refuse a book stamped by the newer one.

    .venv/bin/python benchmarks/stats_differential.py --before /tmp/before [--book BOOK ...]
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]
DATES = ("2026-06-15", "2024-02-29", "2019-03-01", "2031-01-01")
CHANNELS = (None, "", "  ", "\t", "LinkedIn", " linkedin ", "LINKEDIN", "Twitter/X", "x",
            "Conference", "podcast", "Événement", "ÉVÉNEMENT", "work", "colleague")  # fmt: skip
NAMES = (None, "", "   ", "Gus from the meetup", " Ann ")
KINDS = ("call", "email", "met", "meeting", "changed_job", "endorsement", "recommendation",
         "endorsement_given", "sync_conflict", "message")  # fmt: skip
DAYS = (None, None, None, 0, -3, 1, 14, 30, 91, 365, 1000)
BIRTHDAYS = (None, "1980-06-20", "--06-16", "2000-02-29", "--02-29", "1604-03-01",
             "2020-13-01", "--12-31", "1990-01-01", "garbage", "--03-01")  # fmt: skip


def _child(src: Path, books: list[str]) -> None:
    """In the child: every command on every book, as JSON lines (base64 of stdout)."""
    sys.path.insert(0, str(src))
    from netbook.app import main
    from netbook.services.application import Application, Origin
    from netbook.services.network import Facet

    def command(argv: list[str]) -> str:
        out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
        real = sys.stdout
        sys.stdout = out
        try:
            status = main(argv)
        finally:
            sys.stdout = real
        out.flush()
        return f"{status} " + base64.b64encode(out.buffer.getvalue()).decode()  # type: ignore

    for book in books:
        for day in DATES:
            for argv in (["stats", "--json"], ["stats"], ["reach-out", "--json"]):
                full = ["--db", book, *argv, "--today", day]
                print(json.dumps([book, " ".join(full[2:]), command(full)]))
        print(
            json.dumps([book, "duplicates --json", command(["--db", book, "duplicates", "--json"])])
        )
        print(json.dumps([book, "duplicates", command(["--db", book, "duplicates"])]))
        with Application.open(book, Origin.COMMAND_LINE, writer=False) as app:
            for day in DATES[:2]:
                today = dt.date.fromisoformat(day)
                stats = app.network.stats(today)
                bars: list[tuple[Facet, str, str | None]] = [
                    *((Facet.CHANNEL, k, None) for k in stats["by_channel"]),
                    *((Facet.COUNTRY, k, None) for k in stats["by_country"]),
                    *((Facet.MONTH, g["month"], None) for g in stats["growth"][-30:]),
                    (Facet.MET_IN_PERSON, "yes", None),
                    (Facet.MET_IN_PERSON, "no", None),
                    (Facet.INTRODUCED, "yes", None),
                    (Facet.HAS_OPPORTUNITY, "yes", None),
                    (Facet.DORMANT, "", None),
                    (Facet.REACH_OUT, "", None),
                    *((Facet.INTRODUCER, str(t["id"]), None) for t in stats["top_introducers"]),
                    *((Facet.VOUCHER, str(t["id"]), None) for t in stats["top_vouchers"]),
                ]
                opportunities = stats["opportunities"]
                bars += [(Facet.OPPORTUNITY_KIND, k, None) for k in opportunities["by_kind"]]
                bars += [(Facet.OPPORTUNITY_OUTCOME, k, None) for k in opportunities["by_outcome"]]
                for channel, outcomes in opportunities["by_channel_and_outcome"].items():
                    bars.append((Facet.OPPORTUNITY_CHANNEL, channel, None))
                    bars += [(Facet.OPPORTUNITY_CHANNEL, channel, o) for o in outcomes]
                for facet, key, outcome in bars:
                    ids = sorted(app.network.contact_ids(facet, key, today, outcome))
                    label = f"contact_ids {facet.value} {key!r} {outcome!r} {day}"
                    print(json.dumps([book, label, ids]))


def _odd_book(path: Path, count: int, seed: int = 5) -> None:
    """A book of `count` generated contacts, then rewritten with the odd cases (Core updates)."""
    sys.path.insert(0, str(HERE / "benchmarks"))
    from generate_book import build_book
    from network_stats import add_network
    from sqlalchemy import insert, select, update

    from netbook.model.tables import interaction_participant, new_uid
    from netbook.store.core_tables import contact_t, interaction_t
    from netbook.store.opening import open_database

    build_book(path, count)
    add_network(path, seed)
    rng = random.Random(seed)
    database = open_database(path)
    try:
        with database.transaction() as conn:
            ids = list(conn.execute(select(contact_t.c.id)).scalars())
            for cid in ids:
                met = rng.choice((None, "2018-01-31", "2025-06-15", "2026-06-15", "2026-06-16",
                                  "2030-05-05", "2024-02-29", "2019-03-01"))  # fmt: skip
                created = dt.datetime(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 6000))
                conn.execute(
                    update(contact_t)
                    .where(contact_t.c.id == cid)
                    .values(
                        how_met_channel=rng.choice(CHANNELS),
                        how_met_date=None if met is None else dt.date.fromisoformat(met),
                        introduced_by_name=rng.choice(NAMES),
                        introduced_by_id=rng.choice((None, None, None, rng.choice(ids))),
                        keep_in_touch_days=rng.choice(DAYS),
                        archived_at=created if rng.random() < 0.1 else None,
                        favourite=rng.random() < 0.1,
                        met_in_person=rng.random() < 0.3,
                        created_at=created,
                        birthday=rng.choice(BIRTHDAYS),
                        anniversary=rng.choice(BIRTHDAYS),
                    )
                )
            start = 10_000_000
            for n in range(count):
                day = dt.date(2026, 6, 15) + dt.timedelta(days=rng.randrange(-3000, 2000))
                conn.execute(
                    insert(interaction_t).values(
                        id=start + n,
                        uid=new_uid(),
                        kind=rng.choice(KINDS),
                        occurred_on=day,
                        summary="",
                    )
                )
                conn.execute(
                    insert(interaction_participant).values(
                        interaction_id=start + n, contact_id=rng.choice(ids)
                    )
                )
    finally:
        database.close()


def _small_books(folder: Path) -> list[Path]:
    """The imported test vCards and the odd generated book (made with the running tree)."""
    imported = folder / "vcards.sqlite3"
    cards = sorted(str(p) for p in (HERE / "tests" / "data" / "vcards").glob("*.vcf"))
    for card in cards:  # one at a time: a file that is not a vCard stops an import
        subprocess.run(
            [sys.executable, "-m", "netbook", "--db", str(imported), "import", card],
            check=False,  # broken_cards.vcf has problems, which make the status 1
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    odd = folder / "odd.sqlite3"
    _odd_book(odd, 1500)
    empty = folder / "empty.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "netbook", "--db", str(empty), "stats", "--json"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return [imported, odd, empty]


def _made_with(src: Path, folder: Path) -> list[Path]:
    """The small books, made in a child that runs the tree `src`."""
    done = subprocess.run(
        [sys.executable, __file__, "--small", str(src), str(folder)],
        env=_environment(src),
        check=True,
        capture_output=True,
        text=True,
    )
    return [Path(line) for line in done.stdout.splitlines()]


def _environment(src: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(src))


def _copies(books: list[Path], folder: Path) -> list[Path]:
    """Each book copied (with its write-ahead log) into a folder of its own under `folder`."""
    copied = []
    for index, book in enumerate(books):
        target = folder / str(index) / book.name
        target.parent.mkdir(parents=True)
        shutil.copy2(book, target)
        wal = Path(f"{book}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{target}-wal"))
        copied.append(target)
    return copied


def _run(src: Path, books: list[Path], names: list[Path]) -> list[list[object]]:
    """Every result of the tree `src` on `books`, each labelled with its book's `names`."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(src), *map(str, books)],
        env=_environment(src),
        check=True,
        capture_output=True,
        text=True,
    )
    label = {str(book): str(name) for book, name in zip(books, names, strict=True)}
    results = [json.loads(line) for line in done.stdout.splitlines()]
    return [[label[result[0]], *result[1:]] for result in results]


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]), sys.argv[3:])
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--small":
        sys.path.insert(0, sys.argv[2])
        print("\n".join(map(str, _small_books(Path(sys.argv[3])))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="the tree before the change (ROOT or src/)")
    parser.add_argument("--book", type=Path, action="append", default=[], help="a book to read")
    parser.add_argument("--no-small", action="store_true", help="only the books given")
    args = parser.parse_args()
    before = before_source(parser, args.before)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        small = [] if args.no_small else _made_with(before, folder / "small")
        books = list(args.book) + small
        old = _run(before, _copies(books, folder / "before"), books)
        new = _run(HERE / "src", _copies(books, folder / "after"), books)
    differ = 0
    if len(old) != len(new):
        print(f"different numbers of results: {len(old)} before, {len(new)} after")
        differ += 1
    for a, b in zip(old, new, strict=False):
        if a != b:
            differ += 1
            print(f"DIFFERENT {a[0]} {a[1]}")
    print(f"{len(new)} results compared on {len(books)} books: {differ} different")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
