"""`make bench`: every measurement beside its peer from the same run, in one table.

Each figure is the median of `--runs` runs (at least 3), each run in a fresh subprocess, so
memory is that process's own peak RSS (`VmHWM`, reset after the setup so that only the
measured work counts) and nothing is shared between runs. Times are wall clock and CPU time
(user + system) of the measured work; the ratio column divides CPU times, because on a shared
machine wall time measures the neighbours as much as the program.

A row is a `Row` in a `bench_*.py` module of this folder: what is measured, the netbook
measurement, the peer measurement (or None), the target in words, and the sizes it runs at.
A measurement is a function `(Context) -> Callable[[], object]` registered with `@measure`:
it does its setup (never timed) and returns the work to time. Files it needs come from
`Context.corpus(...)`, generated once per `make bench` into the work folder.

    .venv/bin/python benchmarks/benchkit.py [--sizes 10000 100000] [--runs 3] [--only WORD]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if __name__ == "__main__":
    # The row modules import `benchkit`: let them find this very module and its registry.
    sys.modules.setdefault("benchkit", sys.modules[__name__])

Work = Callable[[], object]
Measurement = Callable[["Context"], Work]
MEASUREMENTS: dict[str, Measurement] = {}


def measure(name: str) -> Callable[[Measurement], Measurement]:
    """Register a measurement under `name` (rows name it)."""

    def register(function: Measurement) -> Measurement:
        MEASUREMENTS[name] = function
        return function

    return register


@dataclass(frozen=True)
class Row:
    what: str  # "import {n} vCards": {n} becomes the size
    ours: str  # measurement name
    peer: str | None  # measurement name of the peer, or None
    peer_label: str = ""  # "vobject parse", "raw sqlite3"
    target: str = ""  # "<= 0.25x peer, <= 20 s, <= 350 MB"
    sizes: tuple[int, ...] = ()  # the sizes it makes sense at; () = every --sizes


@dataclass
class Context:
    """What a measurement gets: the size, the work folder, and corpora made once."""

    size: int
    folder: Path
    extra: dict[str, str] = field(default_factory=dict)

    def corpus(self, kind: str, size: int | None = None) -> Path:
        """A generated input file of `kind` ("vcards", "google-csv", "linkedin-csv")."""
        from corpora import make_corpus

        return make_corpus(kind, size or self.size, self.folder)

    def scratch(self, name: str) -> Path:
        """A fresh path in this run's own folder (removed with the work folder)."""
        path = self.folder / "runs" / f"{os.getpid()}-{name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        return path


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak_rss() -> None:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")  # resets VmHWM to the current RSS (Linux >= 4.0)
    except OSError:
        pass


def _child(name: str, size: int, folder: Path) -> None:
    """Runs in the measuring subprocess: setup, reset the peak, time the work, print JSON."""
    _load_rows()
    work = MEASUREMENTS[name](Context(size, folder))
    _reset_peak_rss()
    before = _cpu_seconds()
    start = time.perf_counter()
    work()
    wall = time.perf_counter() - start
    cpu = _cpu_seconds() - before
    # A measurement that starts processes (the command line's start-up) counts their CPU
    # time, and the peak of the largest of them.
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"wall": wall, "cpu": cpu, "rss": max(_peak_rss_mb(), children_peak)}))


def _cpu_seconds() -> float:
    """User + system time of this process and of the processes it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass
class Figure:
    wall: float
    cpu: float
    rss: float

    def text(self) -> str:
        return f"{self.wall:7.2f} s {self.cpu:7.2f} s cpu {self.rss:6.0f} MB"


def run_measurement(name: str, size: int, folder: Path, runs: int) -> Figure:
    """The median of `runs` fresh subprocesses of measurement `name`."""
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                name,
                "--size",
                str(size),
                "--folder",
                str(folder),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"{name} at {size} failed:\n{done.stderr[-3000:]}")
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return Figure(
        statistics.median(r["wall"] for r in results),
        statistics.median(r["cpu"] for r in results),
        statistics.median(r["rss"] for r in results),
    )


def _load_rows() -> list[Row]:
    rows: list[Row] = []
    for module_path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(module_path.stem)
        rows.extend(getattr(module, "ROWS", []))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="run the rows whose description contains this word")
    parser.add_argument("--folder", type=Path, help="work folder (kept); a temp one otherwise")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.size, args.folder)
        return
    if args.runs < 3:
        parser.error("--runs: medians need at least 3 runs")
    rows = [r for r in _load_rows() if not args.only or args.only.lower() in r.what.lower()]
    with tempfile.TemporaryDirectory(prefix="netbook-bench-") as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(
            f"netbook benchmarks: median of {args.runs} runs, each in its own process; "
            f"ratio = netbook CPU / peer CPU; {os.cpu_count()} CPUs, "
            f"load {os.getloadavg()[0]:.1f}\n"
        )
        print(
            "| what | netbook: wall, CPU, peak RSS | peer | peer: wall, CPU, peak RSS "
            "| ratio | target |"
        )
        print("|---|---|---|---|---|---|")
        for row in rows:
            for size in row.sizes or tuple(args.sizes):
                ours = run_measurement(row.ours, size, folder, args.runs)
                if row.peer is not None:
                    peer = run_measurement(row.peer, size, folder, args.runs)
                    peer_text, ratio = peer.text(), f"{ours.cpu / peer.cpu:.2f}x"
                else:
                    peer_text, ratio = "—", "—"
                what = row.what.format(n=f"{size:,}")
                print(
                    f"| {what} | {ours.text()} | {row.peer_label or '—'} | {peer_text} "
                    f"| {ratio} | {row.target} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
