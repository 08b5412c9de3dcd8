"""A window started on a StartingBook (app.py's start for a current book) shows what a window
built over the services shows, before its services are loaded and after, and then works as one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from netbook.services.first_page import StartingBook
from netbook.ui.contacts.list_options import COLUMNS_SETTING, DIRECTION_SETTING, SORT_SETTING
from netbook.ui.window.main_window import MainWindow
from netbook.ui.window.settings import UiSettings
from tests.conftest import person
from tests.ui.window_support import ensure_translations, window_services


@pytest.fixture
def filled(book):
    ids = book.add_many(
        [
            person(
                f"Given{i:03d}",
                f"Family{i % 9}",
                organization=f"Company {i % 4}",
                favourite=i % 10 == 0,
                tags=[f"Tag {i % 3}"],
                created_at=dt.datetime(2025, 1, 1) + dt.timedelta(days=i),
            )
            for i in range(150)
        ]
    )
    book.archive(ids[:5])
    return book


def shown(window: MainWindow) -> dict[str, object]:
    """What the window shows: the list's rows, the sidebar, the status bar, Undo."""
    model, sidebar = window.model, window.sidebar
    return {
        "rows": model.rowCount(),
        "names": [model.index(r).data() for r in range(min(model.rowCount(), 64))],
        "columns": model.columnCount(),
        "sidebar": [
            [item.text(0)] + [item.child(j).text(0) for j in range(item.childCount())]
            for item in (sidebar.topLevelItem(i) for i in range(sidebar.topLevelItemCount()))
        ],
        "counts": window.counts_label.text(),
        "welcome": window.content.currentWidget() is window.welcome,
    }


def settings(tmp_path, name: str, order: str, direction: str, columns: str) -> UiSettings:
    found = UiSettings(tmp_path / name)
    found.set_text(SORT_SETTING, order)
    found.set_text(DIRECTION_SETTING, direction)
    found.set_text(COLUMNS_SETTING, columns)
    return found


@pytest.mark.parametrize(
    ("order", "direction", "columns"),
    [
        ("name", "", ""),
        ("added", "descending", "company"),
        ("name", "descending", "email,phone,added,tags"),
        ("company", "", "email"),
        ("name", "", "email,last_contact"),
    ],
)
def test_it_shows_what_a_window_over_the_services_shows(
    qtbot, filled, db_path, tmp_path, order, direction, columns
):
    ensure_translations()
    theirs = MainWindow(
        window_services(filled), settings=settings(tmp_path, "a.ini", order, direction, columns)
    )
    qtbot.addWidget(theirs)
    starting = StartingBook.open(db_path)
    assert starting is not None
    mine = MainWindow(starting, settings=settings(tmp_path, "b.ini", order, direction, columns))
    qtbot.addWidget(mine)
    # The lists no index serves (by company) and the columns of the interactions need the
    # services at once; the others are read with sqlite3 alone.
    assert starting.loaded == (order == "company" or "last_contact" in columns)
    assert shown(mine) == shown(theirs)
    for window in (theirs, mine):
        window.resize(1000, 700)
    assert mine.grab().toImage() == theirs.grab().toImage()
    with qtbot.waitExposed(mine):
        mine.show()
    qtbot.waitUntil(lambda: starting.loaded)  # just after the first paint
    assert shown(mine) == shown(theirs)
    mine.close()
    starting.close()


def test_after_the_paint_it_works_as_a_window_over_the_services(qtbot, filled, db_path, tmp_path):
    ensure_translations()
    starting = StartingBook.open(db_path)
    assert starting is not None
    window = MainWindow(starting, settings=UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    assert not window.commands.undo.isEnabled()  # no journal read before the paint
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: starting.loaded)
    assert window.book is starting.services().book
    assert window.commands.undo.isEnabled()  # the book's history: the adds and the archive
    first = window.model.contact_id(0)
    window.list_view.select_contact(first)
    window.commands.favourite.trigger()
    assert filled.get(first).favourite
    window.commands.undo.trigger()
    assert not filled.get(first).favourite
    window.close()
    starting.close()
    QApplication.processEvents()


def test_a_change_before_the_paint_loads_the_services_first(qtbot, filled, db_path, tmp_path):
    ensure_translations()
    starting = StartingBook.open(db_path)
    assert starting is not None
    window = MainWindow(starting, settings=UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    first = window.model.contact_id(0)
    assert not starting.loaded
    window.list_view.select_contact(first)  # the card reads the contact: the services load
    assert starting.loaded
    window.commands.favourite.trigger()
    assert filled.get(first).favourite
    assert window.commands.undo.isEnabled()
    window.close()
    starting.close()
