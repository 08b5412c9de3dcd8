"""`netbook stats` and `netbook duplicates` timed with two source trees, side by side.

Each run is a fresh process: the command line (`netbook --db BOOK stats --json`, `duplicates
--json`), or the service alone in a process that has opened the book and imported everything
first (`stats()`, `find_duplicates()`, timed twice: the first call and a second, warm one).
The runs alternate between the trees (A B A B ...), since the load of a shared machine moves
while they run. Prints the median and the range of the CPU time (user + system) and of the
peak RSS of each, per book. Each tree reads a copy of its own of each book (made in the temp
folder, taken away after): a tree with a newer schema upgrades its copy on the first, untimed
run, and the older tree would refuse a book the newer one has stamped.

    .venv/bin/python benchmarks/stats_two_trees.py --before /tmp/before \\
        --book 1k=/tmp/book-1k.sqlite3 --book 100k=/tmp/book-100k.sqlite3 [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]
TODAY = "2026-06-15"

# In the child: open the book, import what the work needs, then time the work twice.
_IN_PROCESS = """
import datetime as dt, json, resource, sys, time
from pathlib import Path
from netbook.services.duplicates import find_duplicates
from netbook.services.network import NetworkService
from netbook.store.opening import open_database
database = open_database(Path(sys.argv[1]))
today = dt.date.fromisoformat(sys.argv[3])
work = {
    "stats": lambda: NetworkService(database).stats(today),
    "duplicates": lambda: find_duplicates(database),
}[sys.argv[2]]
times = []
for _ in range(2):
    started = time.process_time()
    work()
    times.append(time.process_time() - started)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"first": times[0], "warm": times[1], "peak_mb": peak}))
"""


def _environment(src: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(src))
    # Bytecode cached (as an installed netbook has it), kept apart from both trees.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(os.environ.get("TMPDIR", "/tmp")) / "pyc"))
    return env


def _command(src: Path, argv: list[str]) -> dict[str, float]:
    """CPU time and peak RSS of one `netbook` process (its own rusage, from wait4)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "netbook", *argv],
        env=_environment(src),
        stdout=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise SystemExit(f"netbook {' '.join(argv)} failed ({status})")
    return {"cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024}


def _in_process(src: Path, book: Path, work: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS, str(book), work, TODAY],
        env=_environment(src),
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _measures(book: Path) -> dict[str, object]:
    """Name -> function of the tree's src that runs once and returns its figures."""
    return {
        "netbook stats --json": lambda src, book=book: _command(
            src, ["--db", str(book), "stats", "--json", "--today", TODAY]
        ),
        "netbook duplicates --json": lambda src, book=book: _command(
            src, ["--db", str(book), "duplicates", "--json"]
        ),
        "stats() in process": lambda src, book=book: _in_process(src, book, "stats"),
        "find_duplicates() in process": lambda src, book=book: _in_process(src, book, "duplicates"),
    }


def _copy(book: Path, folder: Path) -> Path:
    """`book` (and its write-ahead log) copied into `folder`, a folder of its own."""
    folder.mkdir(parents=True)
    target = folder / book.name
    shutil.copy2(book, target)
    wal = Path(f"{book}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{target}-wal"))
    return target


def _summary(runs: list[dict[str, float]], key: str, unit: str, scale: float = 1.0) -> str:
    values = [run[key] * scale for run in runs]
    return f"{statistics.median(values):.2f}{unit} ({min(values):.2f}-{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="the tree before the change (ROOT or src/)")
    parser.add_argument("--book", action="append", default=[], help="NAME=PATH, a book to read")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    trees = {"before": before_source(parser, args.before), "after": HERE / "src"}
    print(f"load average at the start: {os.getloadavg()[0]:.2f}")
    for item in args.book:
        name, _, path = item.partition("=")
        with tempfile.TemporaryDirectory() as folder:
            books = {tree: _copy(Path(path), Path(folder) / tree) for tree in trees}
            for label in _measures(Path(path)):
                runs: dict[str, list[dict[str, float]]] = {tree: [] for tree in trees}
                measures = {tree: _measures(books[tree])[label] for tree in trees}
                for tree, src in trees.items():
                    # A first run writes the bytecode caches (and upgrades an older copy).
                    measures[tree](src)  # type: ignore[operator]
                for _ in range(args.runs):
                    for tree, src in trees.items():
                        runs[tree].append(measures[tree](src))  # type: ignore[operator]
                for tree in trees:
                    keys = ["cpu"] if "cpu" in runs[tree][0] else ["first", "warm"]
                    figures = ", ".join(f"{key} {_summary(runs[tree], key, ' s')}" for key in keys)
                    peak = _summary(runs[tree], "peak_mb", " MB")
                    print(f"{name:>5} {label:<30} {tree:<6} {figures}, peak {peak}", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
