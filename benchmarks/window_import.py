"""The window's import of one file, as its dialog does it: `Importer.preview`, then `Importer.run`.

Both in one process (the dialog runs them one after the other on its worker), into a fresh
copy of an empty book, so the peak RSS is that of the whole preview + import, as the window
would reach it. Prints the CPU time (user + system) and the peak RSS after the preview and
after the import, per run; with `--before TREE`, runs that tree's code too, the two trees
alternating (A B A B ...), and then the medians side by side.

    .venv/bin/python benchmarks/window_import.py [--before /work/main] [--runs 3] FILE
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(path: Path, empty: Path) -> None:
    """One preview + import in this process, with the tree on sys.path; prints JSON."""
    from netbook.services.address_book import AddressBook
    from netbook.services.importer import Importer
    from netbook.store.opening import open_database

    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "book.sqlite3"
        shutil.copyfile(empty, book)
        database = open_database(book)
        try:
            importer = Importer(AddressBook(database))
            start, wall = _cpu(), time.monotonic()
            preview = importer.preview([path])
            preview_cpu, preview_peak = _cpu() - start, _peak_mb()
            del preview
            report = importer.run([path])
            total_cpu, total_wall = _cpu() - start, time.monotonic() - wall
        finally:
            database.close()
    print(
        json.dumps(
            {
                "preview_cpu": preview_cpu,
                "preview_peak_mb": preview_peak,
                "total_cpu": total_cpu,
                "total_wall": total_wall,
                "peak_mb": _peak_mb(),
                "imported": report.imported,
            }
        )
    )


def _run(src: Path, path: Path, empty: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(empty), str(path)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--before", type=Path, help="another tree, run alternating with this")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.file.resolve(), args.child)
        return 0
    trees = {"this tree": HERE / "src"}
    if args.before is not None:
        trees = {"before": before_source(parser, args.before), **trees}
    figures: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.sqlite3"
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from netbook.store.opening import "
                "open_database; open_database(Path(sys.argv[1])).close()",
                str(empty),
            ],
            env={**os.environ, "PYTHONPATH": str(HERE / "src")},
            check=True,
        )
        for run in range(args.runs):
            for name, src in trees.items():
                got = _run(src, args.file.resolve(), empty)
                figures[name].append(got)
                print(
                    f"run {run + 1} {name}: preview {got['preview_cpu']:.1f} s CPU,"
                    f" peak {got['preview_peak_mb']:.0f} MB; preview + import"
                    f" {got['total_cpu']:.1f} s CPU ({got['total_wall']:.1f} s wall),"
                    f" peak {got['peak_mb']:.0f} MB; {got['imported']:.0f} imported",
                    flush=True,
                )
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {args.runs} runs:")
    for name, runs in figures.items():

        def median(key: str, runs: list[dict[str, float]] = runs) -> float:
            return statistics.median(r[key] for r in runs)

        print(
            f"  {name}: preview {median('preview_cpu'):.1f} s CPU,"
            f" {median('preview_peak_mb'):.0f} MB; preview + import"
            f" {median('total_cpu'):.1f} s CPU, peak {median('peak_mb'):.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
