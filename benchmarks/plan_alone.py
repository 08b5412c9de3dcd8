"""CPU time of an import's plan alone, a source tree before a change against this one.

The importer's `_plan` (matching and merging the file's records, nothing written) on the
records of one generated file of benchmarks/corpora.py, against a fresh book, in a child
process per tree, the trees alternating, with the collector paused as the importer runs it.
Each child reads the file once and plans copies of its records `--repeat` times.

    .venv/bin/python benchmarks/plan_alone.py --before /tmp/before [--kind google-csv]
        [--size 100000] [--runs 3] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]


def _child(src: Path, path: Path, repeat: int) -> None:
    """In the child: the CPU seconds of each plan of `path`'s records, as JSON."""
    sys.path.insert(0, str(src))
    import dataclasses
    import datetime as dt
    import gc
    import time

    from netbook.services import importer
    from netbook.services.incoming_merge import MergeChoices
    from netbook.services.merging import copy_record
    from netbook.store.opening import open_database

    gc.disable()
    parsed = importer.read_file(path)
    spent: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "book.db")
        with database.reading() as conn:
            for _ in range(repeat):
                records = [copy_record(r) for r in parsed.records]
                trial = dataclasses.replace(parsed, records=records, problems=[])
                start = time.process_time()
                importer._plan(conn, trial, dt.date(2026, 1, 1), MergeChoices())
                spent.append(time.process_time() - start)
    print(json.dumps(spent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, help="the tree before the change (root or src)")
    parser.add_argument("--kind", default="google-csv")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--folder", type=Path, help="keep the generated file here")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        src, path, repeat = args.child
        _child(Path(src), Path(path), int(repeat))
        return
    before = before_source(parser, args.before)
    sys.path.insert(0, str(HERE / "benchmarks"))
    import corpora

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp)
        path = corpora.make_corpus(args.kind, args.size, folder)
        print(f"{args.kind} {args.size}, load average {os.getloadavg()[0]:.2f}")
        figures: dict[str, list[float]] = {"before": [], "after": []}
        for _ in range(args.runs):
            for side, src in (("before", before), ("after", HERE / "src")):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", str(src), str(path), str(args.repeat)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                figures[side].extend(json.loads(out.strip().splitlines()[-1]))
        for side, spent in figures.items():
            shown = " ".join(f"{s:.2f}" for s in spent)
            print(f"{side}: plan {statistics.median(spent):.2f} s CPU (median; runs {shown})")
        print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
