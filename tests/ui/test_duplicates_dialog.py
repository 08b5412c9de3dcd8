"""The duplicates dialog on a real book: scan, compare, merge (one journal operation), undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from netbook.model.values import InteractionValue, LabelledValue, SocialProfileValue
from netbook.services.address_book import AddressBook
from netbook.services.journal import Journal
from netbook.ui.dialogs.duplicates import DuplicatesDialog
from netbook.ui.window.application import apply_color_scheme
from netbook.ui.window.workers import running_tasks
from tests.book_dump import dump_book
from tests.conftest import person
from tests.ui.window_support import SCREENSHOTS, ensure_translations, window_services


def _dump(book: AddressBook) -> dict:
    return dump_book(book.database.path)


@pytest.fixture
def duplicated(book: AddressBook) -> AddressBook:
    book.add(
        person(
            "Ann",
            "Lee",
            uid="ann-1",
            emails=[LabelledValue("ann@x.example", "work")],
            organization="Acme",
        )
    )
    book.add(
        person(
            "Annie",
            "Lee",
            uid="ann-2",
            organization="Acme Corp",
            title="CTO",
            emails=[LabelledValue("ANN@x.example")],
            phones=[LabelledValue("+1 617 555 0100", "cell")],
            tags=["Clients"],
            interactions=[InteractionValue(dt.date(2024, 5, 1), "call", "hi")],
        )
    )
    book.add(
        person(
            "Bob",
            "Ray",
            social_profiles=[SocialProfileValue("linkedin", "https://www.linkedin.com/in/bob/")],
        )
    )
    book.add(
        person(
            "Robert", "Ray", social_profiles=[SocialProfileValue("linkedin", "linkedin.com/in/bob")]
        )
    )
    book.add(person("Solo", "One"))
    return book


def _open(qtbot, book: AddressBook, changes: list[list[int]]) -> tuple[DuplicatesDialog, Journal]:
    ensure_translations()
    app = window_services(book)
    dialog = DuplicatesDialog(app, changes.append)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.scanned, timeout=10_000):
        dialog.show()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    return dialog, app.journal


def test_lists_groups_with_reasons_and_preselects_the_richest(qtbot, duplicated):
    dialog, _stack = _open(qtbot, duplicated, [])
    assert dialog.group_list.count() == 2
    assert "Ann Lee, Annie Lee" in dialog.group_list.item(0).text()
    assert "same email ann@x.example" in dialog.group_list.item(0).text()
    assert "same profile linkedin.com/in/bob" in dialog.group_list.item(1).text()
    assert "2 groups" in dialog.status.text()
    # Annie holds more (title, phone, tag, an interaction): she is the one kept by default.
    assert dialog.keep_choice.currentText() == "Annie Lee"
    assert dialog.table.columnCount() == 2
    assert dialog.table.horizontalHeaderItem(1).text() == "Keep: Annie Lee"
    assert dialog.table.item(0, 0).text() == "Ann Lee"
    assert dialog.merge_button.isEnabled()
    assert dialog.group_list.accessibleName()
    assert dialog.keep_choice.accessibleName()


def test_merge_then_undo_and_redo_through_the_journal(qtbot, duplicated):
    book = duplicated
    before = _dump(book)
    changes: list[list[int]] = []
    dialog, journal = _open(qtbot, book, changes)
    dialog.keep_choice.setCurrentIndex(0)  # keep Ann, not the preselected Annie
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.scanned, timeout=10_000):
        dialog.book_changed()  # what the window tells it after every change
    assert book.count() == 4
    kept = book.get(book.resolve("ann-1"))
    assert kept.title == "CTO"
    assert kept.tags == ["Clients"]
    assert len(kept.interactions) == 1
    assert changes
    assert changes[-1] == [kept.id]
    assert dialog.group_list.count() == 1  # the Rays are left
    assert journal.next_undo().label == "Merge 2 duplicates"
    merged = _dump(book)

    journal.undo()
    with qtbot.waitSignal(dialog.scanned, timeout=10_000):
        dialog.book_changed()
    assert _dump(book) == before
    assert dialog.group_list.count() == 2  # the Lees are offered again
    journal.redo()
    assert _dump(book) == merged
    journal.undo()
    assert _dump(book) == before
    qtbot.waitUntil(lambda: running_tasks() == 0)


def test_not_duplicates_hides_a_group_for_the_session(qtbot, duplicated):
    dialog, _stack = _open(qtbot, duplicated, [])
    before = _dump(duplicated)
    dialog.group_list.setCurrentRow(1)
    qtbot.keyClick(dialog.not_duplicates_button, Qt.Key.Key_Space)
    assert dialog.group_list.count() == 1
    with qtbot.waitSignal(dialog.scanned, timeout=10_000):
        dialog.scan()
    assert dialog.group_list.count() == 1
    assert "Ray" not in dialog.group_list.item(0).text()
    assert _dump(duplicated) == before
    dialog.hide_current()
    assert dialog.group_list.count() == 0
    assert dialog.status.text() == "No duplicates found."
    # The empty panes and the buttons that act on a group give way to a message saying why.
    assert not dialog.merge_button.isEnabled()
    assert not dialog.merge_button.isVisible()
    assert not dialog.splitter.isVisible()
    assert dialog.nothing_found.isVisible()
    assert "no email, phone or LinkedIn profile is shared" in dialog.nothing_found.text()
    qtbot.waitUntil(lambda: running_tasks() == 0)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_screenshot(qtbot, duplicated, scheme):
    app = QApplication.instance()
    apply_color_scheme(app, scheme)
    try:
        dialog, _stack = _open(qtbot, duplicated, [])
        dialog.resize(920, 560)
        dialog.layout().activate()
        QApplication.processEvents()
        image = dialog.grab().toImage()
        name = "duplicates-dark.png" if scheme == Qt.ColorScheme.Dark else "duplicates.png"
        SCREENSHOTS.mkdir(exist_ok=True)
        assert image.save(str(SCREENSHOTS / name))
        lightness = QColor(image.pixel(image.width() // 2, image.height() - 8)).lightness()
        assert lightness < 80 if scheme == Qt.ColorScheme.Dark else lightness > 180
    finally:
        apply_color_scheme(app, Qt.ColorScheme.Light)


def test_tools_menu_opens_the_dialog_and_edit_undo_takes_the_merge_back(
    qtbot, duplicated, tmp_path
):
    from tests.ui.window_support import open_window

    book = duplicated
    before = _dump(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.model.rowCount() == 5
    tools = [m for m in window.menuBar().actions() if m.text() == "&Tools"]
    assert tools
    assert window.commands.find_duplicates in tools[0].menu().actions()
    window.commands.find_duplicates.trigger()
    [dialog] = [d for d in window._dialogs if isinstance(d, DuplicatesDialog)]
    qtbot.waitUntil(lambda: dialog.group_list.count() == 2, timeout=10_000)
    dialog.merge_current()
    assert window.model.rowCount() == 4  # the list refreshed after the merge
    assert window.commands.undo.isEnabled()
    window.commands.undo.trigger()
    assert window.model.rowCount() == 5
    assert _dump(book) == before
    qtbot.waitUntil(lambda: dialog.group_list.count() == 2, timeout=10_000)
    dialog.close()
    qtbot.waitUntil(lambda: running_tasks() == 0)
