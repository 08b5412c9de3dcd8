"""The story on the card, through the window: add, edit and remove opportunities and
interactions with undo; the outcome in two clicks; the status bar; aligned labels; pictures."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolButton

from netbook.services.network import NetworkService
from netbook.ui.window.application import apply_color_scheme
from netbook.ui.window.main_window import MainWindow
from tests.conftest import person
from tests.ui.window_support import SCREENSHOTS, open_window, storied_person


def _dialog(window: MainWindow, name: str):
    found = [d for d in window._dialogs if d.objectName() == name]
    assert found, f"no {name} open"
    return found[-1]


def _texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.card.widget().findChildren(QLabel)]


def _row_menu(window: MainWindow, name: str, row: int = 0):
    buttons = window.card.widget().findChildren(QToolButton, name)
    assert buttons, f"no {name} on the card"
    button = buttons[row]
    assert button.accessibleName().startswith("Actions for")
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    return {a.objectName(): a for a in button.menu().actions() if a.objectName()}


@pytest.fixture
def window(qtbot, book, tmp_path):
    return open_window(qtbot, book, tmp_path / "ui.ini")


def _shown(qtbot, book, tmp_path, record):
    contact_id = book.add(record)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.list_view.select_contact(contact_id)
    return window, contact_id


def test_add_opportunity_in_a_few_keystrokes_with_undo(qtbot, book, tmp_path):
    anke = book.add(person("Anke", "Meier"))
    window, ada = _shown(qtbot, book, tmp_path, person("Ada", "Lovelace"))
    action = window.commands.add_opportunity
    assert action.isEnabled()
    assert "Add opportunity…" in [
        a.text().replace("&", "") for a in window.menuBar().actions()[1].menu().actions()
    ]
    shortcuts = [a.shortcut() for a in window.findChildren(type(action)) if a is not action]
    assert action.shortcut() not in shortcuts
    qtbot.keyClick(
        window.list_view,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = _dialog(window, "opportunityDialog")
    assert "From Ada Lovelace" in [label.text() for label in dialog.findChildren(QLabel)]
    for field in (dialog.kind, dialog.title, dialog.date, dialog.outcome, dialog.note):
        assert field.accessibleName()
    assert dialog.via.edit.accessibleName() == "Via (introducer)"
    qtbot.waitUntil(lambda: dialog.title.hasFocus())
    qtbot.keyClicks(dialog.title, "Radio interview")
    dialog.kind.setCurrentIndex(dialog.kind.findData("interview"))
    dialog.date.setDate(QDate(2025, 6, 1))
    dialog.via.edit.setText("Anke")
    assert dialog.via.search("Anke") == 1
    dialog.via.pick_row(0)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    [entry] = NetworkService(book.database).opportunities(ada)
    assert (entry.kind, entry.title, entry.occurred_on, entry.outcome) == (
        "interview",
        "Radio interview",
        dt.date(2025, 6, 1),
        "open",
    )
    assert entry.introducer is not None
    assert entry.introducer.id == anke
    assert any(t.startswith("Radio interview — ") and t.endswith("open") for t in _texts(window))
    window.commands.undo.trigger()
    assert book.get(ada).opportunities == []
    assert not any(t.startswith("Radio interview") for t in _texts(window))
    window.commands.redo.trigger()
    assert len(book.get(ada).opportunities) == 1


def test_an_unpicked_introducer_is_refused_with_a_reason(qtbot, book, tmp_path):
    window, ada = _shown(qtbot, book, tmp_path, person("Ada", "Lovelace"))
    window.card.findChild(QPushButton, "addOpportunity").click()
    dialog = _dialog(window, "opportunityDialog")
    dialog.title.setText("Keynote")
    dialog.via.edit.setText("Somebody not in the book")
    dialog.accept()
    assert dialog.isVisible()
    assert "Pick the introducer" in dialog.problem.text()
    assert book.get(ada).opportunities == []
    dialog.via.edit.clear()
    dialog.accept()
    assert [o.title for o in book.get(ada).opportunities] == ["Keynote"]


def test_outcome_from_the_row_menu_reaches_card_and_stats(qtbot, book, tmp_path):
    window, ada = _shown(qtbot, book, tmp_path, person("Ada", "Lovelace"))
    network = NetworkService(book.database)
    network.add_opportunity(ada, "client", "Website", dt.date(2025, 1, 2))
    window._on_change([ada])
    actions = _row_menu(window, "opportunityActions")
    assert actions["outcome_open"].isChecked()
    actions["outcome_won"].trigger()
    assert network.stats()["opportunities"]["by_outcome"] == {"won": 1}
    assert any(t.startswith("Website — ") and t.endswith("won") for t in _texts(window))
    assert window.undo_redo.undo_text() == "Mark “Website” as won"
    window.commands.undo.trigger()
    assert network.stats()["opportunities"]["by_outcome"] == {"open": 1}
    assert any(t.startswith("Website — ") and t.endswith("open") for t in _texts(window))


def test_edit_and_remove_an_opportunity_from_the_card(qtbot, book, tmp_path):
    window, jurgen = _shown(qtbot, book, tmp_path, storied_person())
    _row_menu(window, "opportunityActions")["editOpportunity"].trigger()
    dialog = _dialog(window, "opportunityDialog")
    assert dialog.title.text() == "Keynote at Data Days"
    assert dialog.outcome.currentData() == "accepted"
    assert dialog.date.date() == QDate(2024, 5, 1)
    dialog.title.setText("Keynote at Data Days 2024")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("declined"))
    dialog.accept()
    [changed] = book.get(jurgen).opportunities
    assert (changed.title, changed.outcome) == ("Keynote at Data Days 2024", "declined")
    _row_menu(window, "opportunityActions")["removeOpportunity"].trigger()
    assert book.get(jurgen).opportunities == []
    assert "Edit > Undo" in window.statusBar().currentMessage()
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    [back] = book.get(jurgen).opportunities
    assert (back.title, back.outcome) == ("Keynote at Data Days", "accepted")


def test_edit_and_remove_an_interaction_from_the_card(qtbot, book, tmp_path):
    window, jurgen = _shown(qtbot, book, tmp_path, storied_person())
    # The timeline is newest first: row 0 is the call of 5 January 2024.
    _row_menu(window, "interactionActions", 0)["editInteraction"].trigger()
    dialog = _dialog(window, "logInteraction")
    assert dialog.windowTitle() == "Edit interaction"
    assert dialog.summary.text() == "Catch-up about the book"
    assert dialog.kind.currentData() == "call"
    dialog.summary.setText("Catch-up about the second book")
    dialog.accept()
    summaries = sorted(i.summary for i in book.get(jurgen).interactions)
    assert summaries == ["Catch-up about the second book", "Lunch in Hamburg"]
    assert "Call: Catch-up about the second book" in _texts(window)
    _row_menu(window, "interactionActions", 1)["removeInteraction"].trigger()
    assert [i.summary for i in book.get(jurgen).interactions] == ["Catch-up about the second book"]
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    summaries = sorted(i.summary for i in book.get(jurgen).interactions)
    assert summaries == ["Catch-up about the book", "Lunch in Hamburg"]
    window.commands.redo.trigger()
    assert "Call: Catch-up about the second book" in _texts(window)


def test_status_bar_says_how_many_are_archived(qtbot, book, tmp_path):
    ids = [book.add(person("P", str(n))) for n in range(5)]
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.counts_label.text() == "5 contacts"
    assert window.list_view.select_contact(ids[0])
    window.commands.archive.trigger()
    window.list_view.clearSelection()
    assert window.counts_label.text() == "4 contacts · 1 archived"
    window.commands.undo.trigger()
    window.list_view.clearSelection()
    assert "archived" not in window.counts_label.text()


def test_every_section_lines_its_values_up(qtbot, book, tmp_path):
    window, _ = _shown(qtbot, book, tmp_path, storied_person())
    window.card.widget().layout().activate()
    QApplication.processEvents()
    keys = [k for k in window.card.widget().findChildren(QLabel, "cardKey") if k.text()]
    assert len(keys) > 10
    page = window.card.widget()
    rights = {k.mapTo(page, k.rect().topRight()).x() for k in keys}
    assert len(rights) == 1, rights


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_card_with_opportunities_and_the_dialog(qtbot, book, tmp_path, scheme):
    app = QApplication.instance()
    dark = scheme == "dark"
    if dark:
        apply_color_scheme(app, Qt.ColorScheme.Dark)
    try:
        record = storied_person()
        window, jurgen = _shown(qtbot, book, tmp_path, record)
        network = NetworkService(book.database)
        network.add_opportunity(jurgen, "client", "Search consulting", dt.date(2025, 2, 3), "won")
        network.add_opportunity(jurgen, "job_offer", "Head of Search", dt.date(2025, 9, 1))
        window._on_change([jurgen])
        window.resize(1180, 900)
        window.layout().activate()
        QApplication.processEvents()
        SCREENSHOTS.mkdir(exist_ok=True)
        image = window.grab().toImage()
        assert image.save(str(SCREENSHOTS / f"card-opportunities-{scheme}.png"))
        lightness = QColor(image.pixel(image.width() - 40, image.height() // 2)).lightness()
        assert (lightness < 80) if dark else (lightness > 200)
        _row_menu(window, "opportunityActions")["editOpportunity"].trigger()
        dialog = _dialog(window, "opportunityDialog")
        with qtbot.waitExposed(dialog):
            dialog.show()
        dialog.layout().activate()
        QApplication.processEvents()
        assert dialog.grab().toImage().save(str(SCREENSHOTS / f"opportunity-dialog-{scheme}.png"))
        dialog.reject()
    finally:
        if dark:
            apply_color_scheme(app, Qt.ColorScheme.Light)
