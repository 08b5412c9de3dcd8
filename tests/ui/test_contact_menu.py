"""The contacts' context menu through the window on a real book: on a right-clicked row, the
Menu key or Shift+F10, and the card's header; the window's own actions in it; Add tag ▸
(check marks, New tag…, taking a tag away), Copy as vCard, Show QR code…, Open in new window;
multi-selections where they make sense; every change undone by Edit > Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from netbook.services.address_book import View
from tests.book_dump import dump_book
from tests.conftest import person
from tests.ui.window_support import open_window

MENU = [
    "Open in new window",
    "Edit contact…",
    "Log interaction…",
    "Add tag",
    "Favourite",
    "Archive",
    "Export…",
    "Copy as vCard",
    "Show QR code…",
    "Delete…",
]


@pytest.fixture
def people(book) -> dict[str, int]:
    return {
        "ada": book.add(person("Ada", "Lovelace", tags=["Pioneers", "Navy"])),
        "grace": book.add(person("Grace", "Hopper", organization="US Navy", tags=["Navy"])),
        "kay": book.add(person("Kay", "Antonelli")),
    }


@pytest.fixture
def window(qtbot, book, people, tmp_path):
    return open_window(qtbot, book, tmp_path / "ui.ini")


def _row_point(window, contact_id: int) -> QPoint:
    view = window.list_view
    return view.visualRect(window.model.index(window.model.row_of(contact_id))).center()


def _right_click(qtbot, window, contact_id: int):
    view = window.list_view
    where = _row_point(window, contact_id)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=where)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(view.viewport(), event)
    return _shown_menu(window)


def _shown_menu(window):
    menu = window.contact_menu.menu
    assert menu is not None
    assert menu.isVisible()
    return menu


def _texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def _action(menu, text: str):
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, _texts(menu)
    return found[0]


def _dialog(window, name: str):
    found = [d for d in window._dialogs if d.objectName() == name]
    assert found, f"no {name} open"
    return found[-1]


def _select(window, *ids: int) -> None:
    window.list_view.select_contacts(list(ids))
    assert sorted(window.selected_ids()) == sorted(ids)


def _sidebar_tags(window) -> list[str]:
    tags = window.sidebar._tags
    return [tags.child(i).text(0) for i in range(tags.childCount())]


def test_right_click_selects_the_row_and_offers_the_window_actions(qtbot, window, people):
    _select(window, people["ada"])
    menu = _right_click(qtbot, window, people["kay"])
    assert window.selected_ids() == [people["kay"]]
    assert _texts(menu) == MENU
    a = window.commands
    for action in (a.edit, a.log_interaction, a.favourite, a.archive, a.export, a.delete):
        assert action in menu.actions()  # the same actions: shortcuts, undo labels
    assert all(action.isEnabled() for action in menu.actions() if action.text())
    menu.close()


def test_on_a_multi_selection_one_contact_commands_are_off(qtbot, window, people):
    _select(window, people["ada"], people["grace"])
    menu = _right_click(qtbot, window, people["grace"])  # part of the selection: kept
    assert sorted(window.selected_ids()) == sorted([people["ada"], people["grace"]])
    off = {a.text().replace("&", "") for a in menu.actions() if a.text() and not a.isEnabled()}
    assert off == {"Open in new window", "Show QR code…"}
    menu.close()


def test_the_menu_key_and_shift_f10_open_it_under_the_current_row(qtbot, window, people):
    view = window.list_view
    _select(window, people["grace"])
    view.setFocus()
    for key, modifier in (
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ):
        window.contact_menu.menu = None
        qtbot.keyClick(view, key, modifier)
        menu = _shown_menu(window)
        row = view.visualRect(view.currentIndex())
        assert view.viewport().mapFromGlobal(menu.pos()).y() == row.bottom()
        menu.close()


def test_add_tag_checks_what_everyone_has_and_toggles_it(qtbot, window, people):
    path = window.book.database.path
    before = dump_book(path)
    _select(window, people["ada"], people["grace"])
    tags = _action(_right_click(qtbot, window, people["ada"]), "Add tag").menu()
    assert _texts(tags) == ["Navy", "Pioneers", "New tag…"]
    assert [a.isChecked() for a in tags.actions() if a.isCheckable()] == [True, False]
    _action(tags, "Pioneers").trigger()
    assert window.commands.undo.text() == "&Undo Add tag “Pioneers” to 2 contacts"
    assert "Pioneers  (2)" in _sidebar_tags(window)
    # Now everyone has both: choosing one takes it away; from its last contacts, it goes.
    tags = _action(_right_click(qtbot, window, people["ada"]), "Add tag").menu()
    assert [a.isChecked() for a in tags.actions() if a.isCheckable()] == [True, True]
    _action(tags, "Navy").trigger()
    assert window.commands.undo.text() == "&Undo Remove tag “Navy” from 2 contacts"
    assert _sidebar_tags(window) == ["Pioneers  (2)"]
    assert window.card.record.tags == ["Pioneers"]
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert dump_book(path) == before


def test_new_tag_tags_the_selection_and_undo_leaves_no_empty_tag(qtbot, window, people):
    _select(window, people["grace"], people["kay"])
    tags = _action(_right_click(qtbot, window, people["kay"]), "Add tag").menu()
    _action(tags, "New tag…").trigger()
    dialog = _dialog(window, "newTag")
    assert dialog.labelText() == "Tag the 2 selected contacts with:"
    dialog.setTextValue("  Suppliers ")
    dialog.accept()
    assert "Suppliers  (2)" in _sidebar_tags(window)
    window.commands.undo.trigger()
    assert not any("Suppliers" in t for t in _sidebar_tags(window))
    assert window.app.tags.find("Suppliers") is None


def test_archive_and_unarchive_from_the_menu(qtbot, window, people):
    _action(_right_click(qtbot, window, people["kay"]), "Archive").trigger()
    assert window.book.get(people["kay"]).archived
    window.sidebar.choose(View.ARCHIVED)
    menu = _right_click(qtbot, window, people["kay"])
    assert "Unarchive" in _texts(menu)
    _action(menu, "Unarchive").trigger()
    assert not window.book.get(people["kay"]).archived


def test_export_offers_the_selection_first(qtbot, window, people):
    _select(window, people["ada"], people["kay"])
    _action(_right_click(qtbot, window, people["kay"]), "Export…").trigger()
    dialog = _dialog(window, "exportDialog")
    label, ids = dialog.scopes[0]
    assert label == "Selection (2)"
    assert sorted(ids) == sorted([people["ada"], people["kay"]])
    dialog.reject()


def test_copy_as_vcard_puts_the_cards_on_the_clipboard_as_text(qtbot, window, people):
    _select(window, people["ada"], people["grace"])
    _action(_right_click(qtbot, window, people["ada"]), "Copy as vCard").trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert text.count("BEGIN:VCARD") == 2
    assert "FN:Ada Lovelace" in text
    assert "FN:Grace Hopper" in text
    assert window.statusBar().currentMessage() == "Copied 2 contacts as vCard."


def test_show_qr_code_opens_the_share_dialog(qtbot, window, people):
    _action(_right_click(qtbot, window, people["grace"]), "Show QR code…").trigger()
    dialog = _dialog(window, "shareContact")
    assert dialog.windowTitle() == "Share “Grace Hopper”"
    assert b"FN:Grace Hopper" in dialog.vcard
    dialog.reject()


def test_log_interaction_from_the_menu_asks_about_the_selection(qtbot, window, people):
    _select(window, people["ada"], people["kay"])
    _action(_right_click(qtbot, window, people["ada"]), "Log interaction…").trigger()
    dialog = _dialog(window, "logInteraction")
    dialog.reject()


def test_open_in_new_window_follows_the_book_and_closes_with_the_contact(qtbot, window, people):
    _action(_right_click(qtbot, window, people["grace"]), "Open in new window").trigger()
    opened = _dialog(window, "contactCardWindow")
    assert opened.isVisible()
    assert opened.windowTitle() == "Grace Hopper"
    assert opened.card.record.organization == "US Navy"
    _select(window, people["ada"])  # the main card moves on; the window stays on Grace
    window.commands.favourite.trigger()
    assert opened.card.record.display_name == "Grace Hopper"
    # Its header has Grace's menu: she becomes the main list's selection first.
    opened.card.findChild(QWidget, "cardHeader").customContextMenuRequested.emit(QPoint(5, 5))
    assert window.selected_ids() == [people["grace"]]
    _shown_menu(window).close()
    window.commands.archive.trigger()
    assert opened.card.record.archived  # refreshed after the change
    window.book.delete([people["grace"]])
    window._on_change([people["grace"]])
    qtbot.waitUntil(lambda: not any(d.objectName() == "contactCardWindow" for d in window._dialogs))


def test_the_card_header_has_the_menu_of_the_card_contact(qtbot, window, people):
    _select(window, people["ada"], people["grace"])
    assert window.card.record is not None
    shown = window.card.record.id
    header = window.card.findChild(QWidget, "cardHeader")
    header.customContextMenuRequested.emit(QPoint(10, 10))
    menu = _shown_menu(window)
    assert window.selected_ids() == [shown]  # the menu acts on the card's contact alone
    assert _texts(menu) == MENU
    menu.close()
