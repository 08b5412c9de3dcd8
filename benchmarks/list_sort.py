"""How fast the contact list is in each order, with optional columns, at 100,000 contacts.

    .venv/bin/python benchmarks/list_sort.py [--count 100000] [--book PATH] [--runs 5]

The large book (generate_book.py) gets a story first, in a copy kept beside it: 30,000 people
with one to three interactions (about 60,000) and 10,000 with a keep-in-touch cadence, so last
contact and next reach-out have something to sort. Then, offscreen, it prints for every order
both ways (median of --runs):

- first paint after process start with that order saved in the settings (`netbook --db BOOK`
  in a fresh subprocess, as gui_startup.py measures it; only for the ascending orders);
- choosing the order in the window: the model's reset until the list has repainted;
- refresh after a change (what every edit costs while that order is shown);
- a page down, and jumps anywhere in the list, until repainted;
- finding a contact's row (what keeping the selection across a reset costs).

With the columns Company, Email, Last contact and Tags shown, a last line measures the same.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_book import cached_book
from gui_startup import child_env, first_paint


def storied_copy(book: Path) -> Path:
    """A copy of `book` with interactions and cadences, made once and kept beside it."""
    path = book.parent.with_name(book.parent.name + "-story") / book.name
    if path.exists():
        return path
    from sqlalchemy import insert, update

    from netbook.model.tables import new_uid
    from netbook.services.journal import Journal
    from netbook.store.core_tables import contact_t, interaction_participant, interaction_t
    from netbook.store.opening import open_database

    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name("building.sqlite3")
    shutil.copyfile(book, building)
    rng = random.Random(3)
    database = open_database(building)
    try:
        with Journal(database).operation("Benchmark story") as conn:
            ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM contact")]
            interactions, participants = [], []
            for contact_id in rng.sample(ids, min(30_000, len(ids) // 3)):
                for _ in range(rng.randint(1, 3)):
                    number = len(interactions) + 1
                    day = dt.date(2026, 1, 1) - dt.timedelta(days=rng.randrange(0, 2000))
                    interactions.append(
                        {
                            "id": number,
                            "uid": new_uid(),
                            "occurred_on": day,
                            "kind": rng.choice(["call", "email", "meeting"]),
                            "summary": "",
                            "created_at": dt.datetime(2026, 1, 1),
                        }
                    )
                    participants.append({"interaction_id": number, "contact_id": contact_id})
            conn.execute(insert(interaction_t), interactions)
            conn.execute(insert(interaction_participant), participants)
            cadenced = rng.sample(ids, min(10_000, len(ids) // 10))
            for start in range(0, len(cadenced), 500):
                conn.execute(
                    update(contact_t)
                    .where(contact_t.c.id.in_(cadenced[start : start + 500]))
                    .values(keep_in_touch_days=rng.choice([30, 90, 180]))
                )
    finally:
        database.close()
    building.rename(path)
    return path


def first_paint_with(book: Path, order: str, runs: int) -> float:
    """Median seconds to the first paint with `order` saved as the list's order."""
    home = Path(tempfile.mkdtemp(prefix="netbook-bench-sort-"))
    settings = home / "config" / "netbook" / "netbook.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[list]\nsort={order}\n", encoding="utf-8")
    first_paint(book, home)  # warm the file cache
    return statistics.median(first_paint(book, home)["seconds"] for _ in range(runs))


def median_ms(
    runs: int, step: Callable[[], object], setup: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        started = time.perf_counter()
        step()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure_in_window(book: Path, runs: int) -> None:
    home = Path(tempfile.mkdtemp(prefix="netbook-bench-sort-"))
    os.environ.update(child_env(home))
    from PySide6.QtWidgets import QApplication

    from netbook.services.application import Application, Origin
    from netbook.services.contact_list import ListColumn, ListOrder, SortKey
    from netbook.store.opening import open_database
    from netbook.ui.window.application import create_application
    from netbook.ui.window.main_window import MainWindow
    from netbook.ui.window.settings import UiSettings

    app = create_application(["netbook"])
    database = open_database(book)
    window = MainWindow(Application(database, Origin.WINDOW), settings=UiSettings(home / "b.ini"))
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    view, model = window.list_view, window.model
    bar = view.verticalScrollBar()
    rng = random.Random(5)
    middle = model.contact_id(model.rowCount() // 2)
    assert middle is not None

    def painted(action: Callable[[], object]) -> Callable[[], None]:
        def step() -> None:
            action()
            view.viewport().repaint()

        return step

    def report(label: str, order: ListOrder) -> None:
        other = ListOrder(descending=not order.descending)  # any other order, untimed
        chosen = median_ms(
            runs,
            painted(lambda: model.set_view(order, model.columns)),
            setup=lambda: model.set_view(other, model.columns),
        )
        refresh = median_ms(runs, painted(model.refresh))
        page_down = median_ms(
            runs * 20, painted(lambda: bar.setValue(bar.value() + bar.pageStep()))
        )
        jump = median_ms(
            runs * 4, painted(lambda: bar.setValue(round(bar.maximum() * rng.random())))
        )
        position = median_ms(runs, lambda: model.row_of(middle))
        print(
            f"  {label:34} choose {chosen:7.1f} ms   refresh {refresh:7.1f} ms   "
            f"page down {page_down:5.1f} ms   jump {jump:5.1f} ms   find a row {position:6.1f} ms"
        )

    print(f"\nin the window ({model.rowCount():,} contacts; median of {runs}):")
    for key in SortKey:
        for descending in (False, True):
            label = f"{key.value}{' (descending)' if descending else ''}"
            report(label, ListOrder(key, descending))
    columns = [ListColumn.COMPANY, ListColumn.EMAIL, ListColumn.LAST_CONTACT, ListColumn.TAGS]
    model.set_view(ListOrder(), columns)
    report("name, with 4 columns", ListOrder())
    report("last_contact, with 4 columns", ListOrder(SortKey.LAST_CONTACT, True))
    window.close()
    database.close()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--book", type=Path, help="an existing large book (else one is built)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    book = storied_copy(args.book or cached_book(args.count))
    print(f"first paint after process start, by the order saved (median of {args.runs}):")
    for order in ("name", "added", "company", "last_contact", "next_reach_out"):
        print(f"  {order:16} {first_paint_with(book, order, args.runs):.3f} s")
    measure_in_window(book, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
