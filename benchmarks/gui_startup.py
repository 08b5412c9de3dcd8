"""How fast the window opens, scrolls and searches, empty and at 100,000 contacts.

    .venv/bin/python benchmarks/gui_startup.py [--count 100000] [--runs 5] [--screenshots DIR]
        [--book PATH] [--search-only] [--rounds 3]

Prints, offscreen:

- time to first paint (wall, and the CPU time the process used, which a busy machine
  disturbs less): from process start (`netbook --db BOOK`, through `netbook.app.main`,
  in a fresh subprocess) until the main window has painted, for an empty book and for the
  large one (median of --runs), and the process's memory (RSS) at that moment; then the CPU
  time when the window has its services (loaded just after that paint: services/first_page.py);
- search as you type: for each keystroke of a few words ("m", "ma", "mar", "mari", "maria",
  ...), the time from the query being sent (the end of the debounce pause) until the list has
  repainted with the first results (wall, and the CPU time this process spent on it);
  p50 / p95 / max, and how many keystrokes fit in a frame; the CPU time again by the length
  of the query (1, 2, 3+ letters; "cleared" is the empty search after each word), and for
  the same words typed with a contact selected (kept while the search finds it);
- scrolling: page-down steps and jumps through the whole list, each until the view repainted;
- memory after all that.

The large book is built once by `generate_book.py` in the temp folder and reused.
`--search-only` skips the first paints (search and scrolling only). The script imports netbook
from wherever Python finds it, so `PYTHONPATH=OTHER_TREE/src` measures another tree with the
same script (docs/performance.md compares trees that way, runs alternating).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_book import cached_book

FRAME_MS = 1000 / 60
WORDS = ("maria", "jurg", "boston", "nakamura", "acme", "lefe", "5550")

# Runs inside a fresh interpreter: the real entry point, plus a filter that notes the first
# paint of the main window and quits once that paint is done.
FIRST_PAINT_CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
import netbook.ui.window.application as application
from netbook import app

def rss_mb(field="VmRSS"):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType()
                and obj.window().objectName() == "mainWindow"):
            self.done = True
            QTimer.singleShot(0, self.report)  # runs once the whole window has painted
        return False
    def report(self):
        window = [w for w in application.QApplication.topLevelWidgets()
                  if w.objectName() == "mainWindow"][0]
        print(json.dumps({"painted": time.time(), "cpu": time.process_time(),
                          "rss_mb": rss_mb(), "peak_mb": rss_mb("VmHWM"),
                          "rows": window.model.rowCount()}), flush=True)
        self.window = window
        self.ready()

    def ready(self):
        # A window started on a StartingBook loads its services just after the paint: the
        # second line says when it has them (at once for a window built over them).
        starting = getattr(self.window, "_starting", None)
        if starting is not None and not starting.loaded:
            QTimer.singleShot(5, self.ready)
            return
        print(json.dumps({"ready": time.time(), "ready_cpu": time.process_time(),
                          "ready_rss_mb": rss_mb()}), flush=True)
        application.QApplication.instance().quit()

watcher = FirstPaint()
create = application.create_application
def create_and_watch(argv):
    qt_app = create(argv)
    qt_app.installEventFilter(watcher)
    return qt_app
application.create_application = create_and_watch
sys.exit(app.main(sys.argv[1:]))
"""


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env.pop("NETBOOK_COLOR_SCHEME", None)
    return env


def first_paint(book: Path, home: Path) -> dict[str, float]:
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_CHILD, "--db", str(book)],
        capture_output=True,
        text=True,
        env=child_env(home),
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or len(lines) < 2:
        raise SystemExit(f"the window did not open:\n{result.stdout}\n{result.stderr}")
    found = {**json.loads(lines[-2]), **json.loads(lines[-1])}
    found["seconds"] = found.pop("painted") - started
    found["ready_seconds"] = found.pop("ready") - started
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def describe(values: list[float]) -> str:
    in_frame = sum(v <= FRAME_MS for v in values) / len(values)
    return (
        f"p50 {statistics.median(values):5.1f} ms  p95 {percentile(values, 0.95):5.1f} ms  "
        f"max {max(values):5.1f} ms  within a frame: {in_frame:.0%}"
    )


def rss_mb(field: str = "VmRSS") -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def query_length(prefix: str) -> str:
    """The group a search's figures are reported under."""
    if not prefix:
        return "cleared"
    return "3+ letters" if len(prefix) >= 3 else f"{len(prefix)} letter" + ("s" * (len(prefix) > 1))


def measure_in_window(
    book_path: Path, home: Path, screenshots: Path | None, rounds: int = 3
) -> None:
    """Search and scroll timings in a window on the large book (this process)."""
    os.environ.update(child_env(home))
    from PySide6.QtWidgets import QApplication

    from netbook.services.application import Application, Origin
    from netbook.store.opening import open_database
    from netbook.ui.window.application import apply_color_scheme, create_application
    from netbook.ui.window.main_window import MainWindow
    from netbook.ui.window.settings import UiSettings

    app = create_application(["netbook"])
    database = open_database(book_path)
    services = Application(database, Origin.WINDOW)
    window = MainWindow(services, settings=UiSettings(home / "bench.ini"))
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    view = window.list_view

    cpu_spent: list[float] = []  # the CPU time of each shown_after, which load disturbs less

    def shown_after(action) -> float:
        started, cpu_started = time.perf_counter(), time.process_time()
        action()
        view.viewport().repaint()  # paints the visible rows, reading them from the model
        cpu_spent.append((time.process_time() - cpu_started) * 1000)
        return (time.perf_counter() - started) * 1000

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field = window.search_field

    def typed(key: str) -> float:
        """Key press to repainted results, through the real path (debounce included)."""
        wanted = field.text() + key if key != "\b" else field.text()[:-1]
        started = time.perf_counter()
        if key == "\b":
            QTest.keyClick(field, Qt.Key.Key_Backspace)
        else:
            QTest.keyClick(field, key)
        while window.model.contact_filter.query != wanted.strip():
            app.processEvents()
        view.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    per_prefix: dict[str, list[float]] = {}
    direct: list[float] = []
    direct_cpu: list[float] = []
    cpu_by_length: dict[str, list[float]] = {}
    keys: list[float] = []
    field.setFocus()
    for _round in range(rounds):
        for word in WORDS:
            for end in range(1, len(word) + 1):
                prefix = word[:end]
                took = shown_after(lambda p=prefix: field.set_search(p))
                per_prefix.setdefault(prefix, []).append(took)
                direct.append(took)
                direct_cpu.append(cpu_spent[-1])
                cpu_by_length.setdefault(query_length(prefix), []).append(cpu_spent[-1])
            direct.append(shown_after(lambda: field.set_search("")))
            direct_cpu.append(cpu_spent[-1])
            cpu_by_length.setdefault(query_length(""), []).append(cpu_spent[-1])
        for word in WORDS:
            for key in word:
                keys.append(typed(key))
            for _ in word:
                keys.append(typed("\b"))
    print(f"\nsearch as you type ({window.model.rowCount():,} contacts):")
    for prefix in [w[:e] for w in WORDS[:2] for e in range(1, len(w) + 1)]:
        times = per_prefix[prefix]
        field.set_search(prefix)
        print(
            f"  {prefix!r:12} {statistics.median(times):5.1f} ms   "
            f"({window.model.rowCount():,} found)"
        )
    print(f"  query sent -> results painted ({len(direct)}): {describe(direct)}")
    print(f"    the same, CPU time of this process:   {describe(direct_cpu)}")
    for group in ("1 letter", "2 letters", "3+ letters", "cleared"):
        times = cpu_by_length[group]
        print(f"      CPU, {group + f' ({len(times)})':16} {describe(times)}")
    print(f"  key pressed -> results painted ({len(keys)}), debounce included: {describe(keys)}")

    # The same keystrokes with a contact selected first (the 41st of the whole list): the
    # list keeps the current contact while the search still finds it, which costs a lookup.
    selected_cpu: list[float] = []
    for word in WORDS:
        field.set_search("")
        view.select_contact(window.model.contact_id(40) or 0)
        for end in range(1, len(word) + 1):
            shown_after(lambda p=word[:end]: field.set_search(p))
            selected_cpu.append(cpu_spent[-1])
    print(f"  with a contact selected, CPU ({len(selected_cpu)}):   {describe(selected_cpu)}")
    field.set_search("")

    bar = view.verticalScrollBar()
    steps = [shown_after(lambda: bar.setValue(bar.value() + bar.pageStep())) for _ in range(300)]
    jumps = []
    for fraction in (0.5, 1.0, 0.25, 0.75, 0.1, 0.9, 0.0):
        jumps.append(shown_after(lambda f=fraction: bar.setValue(round(bar.maximum() * f))))
    print("\nscrolling:")
    print(f"  page down x300:   {describe(steps)}")
    print(f"  jumps anywhere:   {describe(jumps)}")
    print(
        f"\nmemory after searching and scrolling: {rss_mb():.0f} MB (peak {rss_mb('VmHWM'):.0f} MB)"
    )

    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
        window.search_field.set_search("")
        view.select_contact(window.model.contact_id(2) or 0)
        app.processEvents()
        window.grab().save(str(screenshots / "main-window-100k.png"))
        apply_color_scheme(app, Qt.ColorScheme.Dark)
        app.processEvents()
        window.search_field.set_search("maria")
        view.select_contact(window.model.contact_id(0) or 0)
        app.processEvents()
        window.grab().save(str(screenshots / "main-window-100k-dark-search.png"))
        print(f"\nscreenshots in {screenshots}")
    window.close()
    database.close()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshots", type=Path)
    parser.add_argument("--book", type=Path, help="an existing large book (else one is built)")
    parser.add_argument(
        "--search-only", action="store_true", help="skip the first paints: search and scroll"
    )
    parser.add_argument("--rounds", type=int, default=3, help="times each word is searched")
    args = parser.parse_args()

    large = args.book or cached_book(args.count)
    home = Path(tempfile.mkdtemp(prefix="netbook-bench-home-"))
    if args.search_only:
        measure_in_window(large, home, args.screenshots, args.rounds)
        return 0
    empty = home / "empty" / "netbook.sqlite3"
    from netbook.store.opening import open_database

    open_database(empty).close()  # created and migrated now, not while timed

    first_paint(empty, home)  # warm the file cache once for each book
    first_paint(large, home)
    results: dict[str, list[dict[str, float]]] = {"empty": [], "large": []}
    for _ in range(args.runs):  # interleaved, so background load hits both alike
        results["empty"].append(first_paint(empty, home))
        results["large"].append(first_paint(large, home))
    print(f"first paint after process start (median of {args.runs}, offscreen):")
    medians = {}
    for name, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        medians[name] = seconds
        cpu = statistics.median(r["cpu"] for r in runs)
        rss = statistics.median(r["rss_mb"] for r in runs)
        rows = int(runs[0]["rows"])
        spread = ", ".join(f"{r['seconds']:.2f}" for r in runs)
        ready_cpu = statistics.median(r["ready_cpu"] for r in runs)
        ready_rss = statistics.median(r["ready_rss_mb"] for r in runs)
        print(
            f"  {name:6} book ({rows:>7,} rows): {seconds:.3f} s ({cpu:.3f} s CPU)"
            f"   RSS {rss:.0f} MB   [{spread}]"
            f"\n         services loaded after it: {ready_cpu:.3f} s CPU, RSS {ready_rss:.0f} MB"
        )
    print(f"  ratio large / empty: {medians['large'] / medians['empty']:.2f}")

    measure_in_window(large, home, args.screenshots, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
