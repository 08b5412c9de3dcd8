"""The window paints first, and only then does what its first paint does not show.

Each start runs the real entry point (`netbook --db BOOK`) in a fresh process, offscreen, with
an application-wide filter that notes which modules were loaded when the main window first
painted, and what happened after.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from netbook.services.address_book import AddressBook
from netbook.store.backup import list_backups
from netbook.store.migrate import alembic_config, head_revision
from netbook.store.opening import open_database
from netbook.ui.window.first_paint import WAIT_MS, AfterFirstPaint
from tests.conftest import person

# Loaded by the window's start-up, but only once it has painted: SQLAlchemy, the schema's
# mapping and the services too (a current book's first paint is read with sqlite3).
AFTER_THE_PAINT = (
    "keyring",
    "netbook.services.sync.accounts",
    "PySide6.QtNetwork",
    "sqlalchemy",
    "netbook.model.tables",
    "netbook.services.application",
)

CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
import netbook.ui.window.application as application
from netbook import app

WATCHED = json.loads(sys.argv.pop())

def main_window():
    return next(w for w in application.QApplication.topLevelWidgets()
                if w.objectName() == "mainWindow")

class Watch(QObject):
    at_paint = None
    def eventFilter(self, obj, event):
        if (self.at_paint is None and event.type() == QEvent.Type.Paint
                and obj.isWidgetType() and obj.window().objectName() == "mainWindow"):
            self.at_paint = [name for name in WATCHED if name in sys.modules]
            QTimer.singleShot(0, self.after_paint)
        return False
    def after_paint(self):
        # The window's own work for after its first paint runs next; then look again.
        QTimer.singleShot(0, self.report)
    def report(self):
        from netbook.ui.window.single_instance import LaunchServer
        window = main_window()
        print(json.dumps({
            "at_paint": self.at_paint,
            "after": [name for name in WATCHED if name in sys.modules],
            "rows": window.model.rowCount(),
            "serving_later_launches": window.findChild(LaunchServer) is not None,
        }), flush=True)
        window.close()

watch = Watch()
# The app's own QApplication, made first: run_gui's create_application then returns it.
application.create_application(sys.argv[:1]).installEventFilter(watch)
sys.exit(app.main(sys.argv[1:]))
"""


def start_window(book: Path, watched: tuple[str, ...]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", str(book), json.dumps(watched)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    [line] = [line for line in done.stdout.splitlines() if line.startswith("{")]
    found: dict[str, object] = json.loads(line)
    return found


def test_a_current_book_paints_before_sync_launch_server_and_services_and_without_alembic(
    tmp_path: Path,
):
    book = tmp_path / "book.sqlite3"
    AddressBook(database := open_database(book)).add_many(
        [person(f"Given{i}", "Family") for i in range(70)]
    )
    database.close()  # created at head (with Alembic) in this process
    seen = start_window(book, (*AFTER_THE_PAINT, "alembic", "mako"))
    assert seen["at_paint"] == []
    assert seen["after"] == list(AFTER_THE_PAINT)  # still done, just after the paint
    assert seen["serving_later_launches"] is True
    assert seen["rows"] == 70


def test_a_new_book_is_created_before_the_window_shows(tmp_path: Path):
    book = tmp_path / "new" / "book.sqlite3"
    seen = start_window(book, ("sqlalchemy",))
    assert seen["at_paint"] == ["sqlalchemy"]  # Application.open made it, as before
    assert seen["rows"] == 0
    with sqlite3.connect(book) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )


def test_an_old_book_is_still_upgraded_with_a_backup_before_the_window_shows(tmp_path: Path):
    book = tmp_path / "book.sqlite3"
    engine = create_engine(f"sqlite:///{book}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")  # the first schema netbook shipped
    engine.dispose()
    seen = start_window(book, ("alembic",))
    assert seen["at_paint"] == ["alembic"]  # the upgrade ran before the window painted
    assert seen["rows"] == 0
    with sqlite3.connect(book) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    [made] = list_backups(book)
    assert "before-upgrade" in made.name


def test_work_waits_for_the_first_paint_and_later_work_runs_at_once(qtbot):
    from PySide6.QtWidgets import QLabel

    window = QLabel("first paint")
    qtbot.addWidget(window)
    after = AfterFirstPaint(window)
    done: list[str] = []
    after.run(lambda: done.append("queued before the paint"))
    qtbot.wait(50)  # zero timers and posted events run: still nothing before a paint
    assert done == []
    window.show()
    qtbot.waitUntil(lambda: done == ["queued before the paint"])
    after.run(lambda: done.append("queued after the paint"))
    qtbot.waitUntil(lambda: len(done) == 2)
    assert done[-1] == "queued after the paint"


def test_a_window_that_never_paints_still_gets_its_work_once(qtbot):
    from PySide6.QtWidgets import QLabel

    window = QLabel("never shown")  # as a window started minimised
    qtbot.addWidget(window)
    after = AfterFirstPaint(window)
    done: list[str] = []
    after.run(lambda: done.append("files given on the command line"))
    qtbot.waitUntil(lambda: done == ["files given on the command line"], timeout=WAIT_MS + 2000)
    window.show()  # the paint that comes late runs nothing twice
    qtbot.wait(100)
    assert done == ["files given on the command line"]


def test_work_that_fails_after_the_paint_is_reported_and_the_rest_still_runs(qtbot):
    from PySide6.QtWidgets import QLabel

    window = QLabel("first paint")
    qtbot.addWidget(window)
    after = AfterFirstPaint(window)
    done: list[str] = []

    def services_that_cannot_load() -> None:
        raise OSError("the book's disk went away")

    after.run(services_that_cannot_load)
    after.run(lambda: done.append("files given on the command line"))
    with qtbot.captureExceptions() as exceptions:
        window.show()
        qtbot.waitUntil(lambda: done == ["files given on the command line"])
    assert [str(e[1]) for e in exceptions] == ["the book's disk went away"]
