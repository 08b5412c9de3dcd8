"""Rows of `make bench` for the window: netbook's first paint, empty and at 100,000 contacts,
beside a bare PySide6 window (a QMainWindow with one label) painting once.

Each run is a fresh process started the way a user starts it (`python -m netbook --db BOOK`),
offscreen, with a filter that ends it once the main window has painted; the bare window's
process does the same. The CPU and peak RSS are those processes'. What happens after the first
paint (the services loading, search, scrolling) is `benchmarks/gui_startup.py`'s.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench_import import imported_book
from benchkit import Context, Row, Work, measure

ROWS = [
    Row(
        "first paint of the window, {n} contacts",
        "netbook-first-paint",
        "pyside6-bare-window",
        "a bare PySide6 window's first paint",
        "<= 0.6 s",
        sizes=(0, 100_000),
    ),
    Row(
        "the window ready, its services loaded after the paint, {n} contacts",
        "netbook-window-ready",
        "pyside6-bare-window",
        "a bare PySide6 window's first paint",
        "GUI peak RSS <= 200 MB at 100k (after search and scrolling: gui_startup.py)",
        sizes=(0, 100_000),
    ),
]

# Ends the process on the event loop's next turn once a widget of the main window has painted
# (that paint done): what comes after the paint, and the tidying up of a normal exit, is not
# the first paint's.
_QUIT_AFTER_PAINT = r"""
import os
from PySide6.QtCore import QEvent, QObject, QTimer

class QuitAfterPaint(QObject):
    def __init__(self, name, wait_for_services=False):
        super().__init__()
        self.name, self.wait, self.done = name, wait_for_services, False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType()
                and obj.window().objectName() == self.name):
            self.done = True
            self.window = obj.window()
            QTimer.singleShot(0, self.end)
        return False
    def end(self):
        # A window started on a StartingBook loads its services just after the paint.
        starting = getattr(self.window, "_starting", None)
        if self.wait and starting is not None and not starting.loaded:
            QTimer.singleShot(2, self.end)
            return
        os._exit(0)
"""

_NETBOOK_CHILD = (
    _QUIT_AFTER_PAINT
    + r"""
import sys
import netbook.ui.window.application as application
from netbook import app

wait = sys.argv.pop(1) == "--wait-for-services"
create = application.create_application
def create_and_watch(argv):
    qt_app = create(argv)
    qt_app.watcher = QuitAfterPaint("mainWindow", wait)
    qt_app.installEventFilter(qt_app.watcher)
    return qt_app
application.create_application = create_and_watch
sys.exit(app.main(sys.argv[1:]))
"""
)

_BARE_CHILD = (
    _QUIT_AFTER_PAINT
    + r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

qt_app = QApplication(sys.argv)
window = QMainWindow()
window.setObjectName("mainWindow")
window.setCentralWidget(QLabel("netbook"))
window.resize(1200, 800)
watcher = QuitAfterPaint("mainWindow")
qt_app.installEventFilter(watcher)
window.show()
sys.exit(qt_app.exec())
"""
)


def _window(ctx: Context, child: str, *args: str) -> Work:
    home = ctx.scratch("home")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)}
    env.pop("NETBOOK_COLOR_SCHEME", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    command = [sys.executable, "-c", child, *args]
    # The first start writes the bytecode caches and the settings, as an installed app has.
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True, timeout=300)

    def work() -> None:
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True, timeout=300)

    return work


def _book(ctx: Context) -> Path:
    if ctx.size:
        return imported_book(ctx)
    from netbook.store.opening import open_database

    empty = ctx.folder / "empty" / "netbook.sqlite3"
    if not empty.exists():
        open_database(empty).close()
    return empty


@measure("netbook-first-paint")
def netbook_first_paint(ctx: Context) -> Work:
    return _window(ctx, _NETBOOK_CHILD, "--paint", "--db", str(_book(ctx)))


@measure("netbook-window-ready")
def netbook_window_ready(ctx: Context) -> Work:
    return _window(ctx, _NETBOOK_CHILD, "--wait-for-services", "--db", str(_book(ctx)))


@measure("pyside6-bare-window")
def bare_window(ctx: Context) -> Work:
    return _window(ctx, _BARE_CHILD)
