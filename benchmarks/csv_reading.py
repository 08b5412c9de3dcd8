"""CPU time of the CSV readers alone, a source tree before a change against this one.

`read_csv` on the generated Google (100,000 rows) and LinkedIn (30,000 rows) files of
benchmarks/corpora.py, beside the csv module's bare `csv.reader` over the same decoded text,
its peer. Each reading runs in a child process of its own, the trees alternating, with the
cyclic collector paused as the importer pauses it (services/collector.py) and, with
`--collector`, also running. CPU time is user + system of the reading alone.

    .venv/bin/python benchmarks/csv_reading.py --before /tmp/before/src [--runs 2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]
_FILES = (("google-csv", 100_000), ("linkedin-csv", 30_000))


def _child(src: Path, path: Path, collector: bool) -> None:
    """In the child: the CPU seconds of the bare csv module and of `read_csv` on `path`."""
    sys.path.insert(0, str(src))
    import csv
    import gc
    import io
    import time

    from netbook.formats.csv.reading import read_csv

    data = path.read_bytes()
    if not collector:
        gc.disable()
    start = time.process_time()
    rows = sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    bare = time.process_time() - start
    start = time.process_time()
    result = read_csv(data)
    ours = time.process_time() - start
    print(
        json.dumps(
            {"bare": bare, "read_csv": ours, "rows": rows - 1, "records": len(result.records)}
        )
    )


def _measure(src: Path, path: Path, collector: bool) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(src), str(path), str(int(collector))],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="a source tree (or its src/)")
    parser.add_argument("--runs", type=int, default=2, help="runs of each tree, alternating")
    parser.add_argument("--collector", action="store_true", help="also with the collector on")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(Path(args.child[0]), Path(args.child[1]), args.child[2] == "1")
        return 0
    before_src = before_source(parser, args.before)
    sys.path.insert(0, str(HERE / "benchmarks"))
    import corpora

    trees = (("before", before_src), ("after", HERE / "src"))
    with tempfile.TemporaryDirectory() as tmp:
        for kind, size in _FILES:
            path = corpora.make_corpus(kind, size, Path(tmp))
            for collector in (False, True) if args.collector else (False,):
                for run in range(1, args.runs + 1):
                    for name, src in trees:
                        f = _measure(src, path, collector)
                        print(
                            f"{kind} {size}, collector {'on' if collector else 'paused'}, "
                            f"{name} run {run}: read_csv {f['read_csv']:.2f} s "
                            f"({f['read_csv'] / size * 1e6:.1f} us a row, "
                            f"{f['read_csv'] / f['bare']:.1f}x bare csv.reader's "
                            f"{f['bare']:.2f} s), {f['records']:.0f} records"
                        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
