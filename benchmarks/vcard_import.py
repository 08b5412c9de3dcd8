"""How long a 10,000-card vCard import takes, against vobject parsing the same file alone.

The budget (issue: vCard format): a full import (parse, match, store, index) costs at most 1.5x
vobject's `readComponents` on the same file. Everything runs in one process, on a file generated
into a temporary folder (benchmarks/generate_vcards.py), and every timing is the best of
`--repeat` runs, because the machines are shared.

    .venv/bin/python benchmarks/vcard_import.py [--cards 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import vobject

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_vcards import generate

from netbook.formats.vcard import read_vcards
from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer
from netbook.store.opening import open_database


def best(runs: int, work: Callable[[], object]) -> tuple[float, object]:
    timings = []
    result: object = None
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        result = work()
        timings.append(time.perf_counter() - start)
    return min(timings), result


def vobject_alone(data: bytes, allow_qp: bool) -> int:
    """What a plain vobject import does before any mapping: decode and parse every card."""
    return sum(
        1 for _ in vobject.readComponents(io.StringIO(data.decode("utf-8")), allowQP=allow_qp)
    )


def full_import(folder: Path, path: Path, run: int) -> int:
    database = open_database(folder / f"book-{run}" / "netbook.sqlite3")
    try:
        report = Importer(AddressBook(database)).run([path])
        return report.imported
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--photo-every", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="netbook-vcard-bench-") as tmp:
        folder = Path(tmp)
        data = generate(args.cards, photo_every=args.photo_every)
        path = folder / "cards.vcf"
        path.write_bytes(data)
        print(
            f"{args.cards} cards, {len(data) / 1e6:.1f} MB, a photo every "
            f"{args.photo_every} cards; best of {args.repeat}"
        )

        vo_all, count = best(args.repeat, lambda: vobject_alone(data, False))
        assert count == args.cards
        vo_qp, _ = best(args.repeat, lambda: vobject_alone(data, True))
        baseline = min(vo_all, vo_qp)
        print(f"vobject readComponents (whole file)     {vo_all:7.2f} s")
        print(f"vobject readComponents (allowQP=True)   {vo_qp:7.2f} s")

        ours, parsed = best(args.repeat, lambda: read_vcards(data))
        assert len(parsed.records) == args.cards, parsed.problems[:3]  # type: ignore[attr-defined]
        print(
            f"netbook read_vcards                     {ours:7.2f} s   "
            f"{ours / baseline:.2f}x vobject"
        )

        runs = iter(range(args.repeat))
        imported, count = best(args.repeat, lambda: full_import(folder, path, next(runs)))
        assert count == args.cards, count
        print(
            f"netbook full import (parse, match, store, index, thumbnails, backup)"
            f"\n                                        {imported:7.2f} s   "
            f"{imported / baseline:.2f}x vobject (budget 1.5x)"
        )


if __name__ == "__main__":
    main()
