"""Where a whole CSV import's CPU time goes, a source tree before a change against this one.

`netbook --db BOOK import FILE` on the generated files of benchmarks/corpora.py (Google rows
whose phones repeat every 10,000 rows, the same rows with distinct phones, LinkedIn rows),
each run in a child process of its own with a fresh book, the trees alternating. The child
times the phases by wrapping the functions that make them (no profiler, whose overhead
changes the proportions): reading the file, planning it (matching included), writing the
contacts (the search documents also apart). CPU is user + system; peak RSS is the child's.

    .venv/bin/python benchmarks/csv_import_phases.py --before /tmp/before [--runs 3]
        [--only google-csv-distinct:100000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]
_FILES = (
    ("google-csv", 10_000),
    ("google-csv", 100_000),
    ("google-csv-distinct", 100_000),
    ("linkedin-csv", 30_000),
)
# Phase name -> (module, function) wrapped in the child; "search" is inside "write".
_PHASES = {
    "read": ("netbook.services.importer", "read_file"),
    "plan": ("netbook.services.importer", "_plan_file"),
    "write": ("netbook.store.contact_rows", "insert_records"),
    "search": ("netbook.store.search_index", "index_new"),
}


def _child(src: Path, path: Path, book: Path) -> None:
    """In the child: import `path` into `book` and print the phases' CPU seconds as JSON."""
    sys.path.insert(0, str(src))
    import importlib

    spent = dict.fromkeys(_PHASES, 0.0)

    def timed(phase: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[phase] += time.process_time() - start

        return wrapper

    start = time.process_time()
    from netbook import app

    for phase, (module_name, name) in _PHASES.items():
        module = importlib.import_module(module_name)
        setattr(module, name, timed(phase, getattr(module, name)))
    with open(os.devnull, "w") as quiet:
        sys.stdout, saved = quiet, sys.stdout
        try:
            status = app.main(["--db", str(book), "import", str(path)])
        finally:
            sys.stdout = saved
    assert status == 0, status
    usage = resource.getrusage(resource.RUSAGE_SELF)
    spent["whole"] = time.process_time() - start
    spent["rss_mb"] = usage.ru_maxrss / 1024
    print(json.dumps(spent))


def _run(src: Path, path: Path, folder: Path) -> dict[str, float]:
    book = folder / "book.db"
    for leftover in folder.glob("book.db*"):
        leftover.unlink()
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(src), str(path), str(book)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, help="the tree before the change (root or src)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="keep the generated files here")
    parser.add_argument(
        "--only", action="append", help="kind:size, e.g. google-csv-distinct:100000"
    )
    parser.add_argument("--child", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    before = before_source(parser, args.before)
    files = (
        [(kind, int(size)) for kind, size in (o.split(":") for o in args.only)]
        if args.only
        else list(_FILES)
    )
    sys.path.insert(0, str(HERE / "benchmarks"))
    import corpora

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"load average {os.getloadavg()[0]:.2f}")
        for kind, size in files:
            path = corpora.make_corpus(kind, size, folder)
            figures: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
            for _ in range(args.runs):
                for side, src in (("before", before), ("after", HERE / "src")):
                    figures[side].append(_run(src, path, folder))
            for side, runs in figures.items():
                medians = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                shown = "  ".join(
                    f"{k} {v:.0f} MB" if k == "rss_mb" else f"{k} {v:.2f} s"
                    for k, v in medians.items()
                )
                print(f"{kind} {size} {side}: {shown}")
        print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
