"""A tag's menu in the sidebar, through the window on a real book: Rename… (onto another
tag's name: a merge, asked first), Merge into ▸, Delete… (asked, naming the tag and how many
lose it), Export…; each undone by Edit > Undo. Empty tags never linger in the sidebar."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from netbook.services.address_book import View
from tests.book_dump import dump_book
from tests.conftest import person
from tests.ui.window_support import open_window


@pytest.fixture
def window(qtbot, book, tmp_path):
    book.add(person("Ada", "Lovelace", tags=["Pioneers", "Navy"]))
    book.add(person("Grace", "Hopper", tags=["Pioneers", "navy"]))
    book.add(person("Kay", "Antonelli", tags=["ENIAC"]))
    return open_window(qtbot, book, tmp_path / "ui.ini")


def _sidebar_tags(window) -> list[str]:
    tags = window.sidebar._tags
    return [tags.child(i).text(0) for i in range(tags.childCount())]


def _tag_id(window, name: str) -> int:
    found = window.app.tags.find(name)
    assert found is not None
    return found.id


def _right_click_tag(window, name: str):
    sidebar = window.sidebar
    item = sidebar.tag_item(_tag_id(window, name))
    where = sidebar.visualItemRect(item).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, sidebar.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(sidebar.viewport(), event)
    menu = window.tag_actions.menu
    assert menu is not None
    assert menu.isVisible()
    return menu


def _action(menu, text: str):
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def _dialog(window, name: str):
    found = [d for d in window._dialogs if d.objectName() == name]
    assert found, f"no {name} open"
    return found[-1]


def _status(window) -> str:
    return window.statusBar().currentMessage()


def test_right_click_on_a_tag_opens_its_menu(window):
    menu = _right_click_tag(window, "Pioneers")
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts == ["Rename…", "Merge into", "Delete…", "Export…"]
    merge = _action(menu, "Merge into").menu()
    assert [a.text() for a in merge.actions()] == ["ENIAC", "Navy"]
    menu.close()


def test_the_menu_key_and_shift_f10_open_it_from_the_keyboard(qtbot, window):
    sidebar = window.sidebar
    sidebar.setFocus()
    sidebar.setCurrentItem(sidebar.tag_item(_tag_id(window, "ENIAC")))
    for key, modifier in (
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ):
        qtbot.keyClick(sidebar, key, modifier)
        menu = window.tag_actions.menu
        assert menu is not None
        qtbot.waitUntil(menu.isVisible)
        # It opens under the tag, not wherever the mouse happens to be.
        item = sidebar.visualItemRect(sidebar.currentItem())
        assert sidebar.viewport().mapFromGlobal(menu.pos()).y() == item.bottom()
        menu.close()
    sidebar.setCurrentItem(sidebar.topLevelItem(0))  # All contacts: no tag, no menu
    window.tag_actions.menu = None
    qtbot.keyClick(sidebar, Qt.Key.Key_Menu)
    assert window.tag_actions.menu is None


def test_rename_then_undo(window):
    before = dump_book(window.book.database.path)
    _action(_right_click_tag(window, "ENIAC"), "Rename…").trigger()
    dialog = _dialog(window, "renameTag")
    assert dialog.textValue() == "ENIAC"
    assert "“ENIAC”" in dialog.labelText()
    dialog.setTextValue("Programmers")
    dialog.accept()
    assert "Programmers  (1)" in _sidebar_tags(window)
    assert window.card.record is None or "Programmers" in window.card.record.tags
    assert "Renamed the tag “ENIAC” to “Programmers” (1 contact)." in _status(window)
    assert window.commands.undo.text() == "&Undo Rename tag “ENIAC” to “Programmers”"
    window.commands.undo.trigger()
    assert "ENIAC  (1)" in _sidebar_tags(window)
    assert dump_book(window.book.database.path) == before


def test_renaming_onto_another_tag_asks_then_merges(window):
    _action(_right_click_tag(window, "ENIAC"), "Rename…").trigger()
    dialog = _dialog(window, "renameTag")
    dialog.setTextValue("pioneers")
    dialog.accept()
    box = _dialog(window, "mergeTagConfirmation")
    assert box.text() == (
        "A tag called “Pioneers” exists already. Renaming “ENIAC” to it merges the two: "
        "its 1 contact get “Pioneers”. Edit > Undo takes it back."
    )
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).click()
    assert _sidebar_tags(window) == ["Navy  (2)", "Pioneers  (3)"]
    assert window.commands.undo.text() == "&Undo Merge tag “ENIAC” into “Pioneers”"


def test_merge_into_a_shown_tag_shows_the_tag_that_stays(window):
    sidebar = window.sidebar
    sidebar.choose(View.ALL, _tag_id(window, "ENIAC"))
    assert window.model.rowCount() == 1
    menu = _right_click_tag(window, "ENIAC")
    merge = _action(menu, "Merge into").menu()
    _action(merge, "Navy").trigger()
    assert _sidebar_tags(window) == ["Navy  (3)", "Pioneers  (2)"]
    assert sidebar.choice() == (View.ALL, _tag_id(window, "Navy"))
    assert window.model.rowCount() == 3
    assert "Merged the tag “ENIAC” into “Navy” (1 contact)." in _status(window)


def test_delete_asks_naming_the_tag_and_its_contacts_then_undo(window):
    before = dump_book(window.book.database.path)
    _action(_right_click_tag(window, "Pioneers"), "Delete…").trigger()
    box = _dialog(window, "deleteTagConfirmation")
    assert box.text() == (
        "Delete the tag “Pioneers”? 2 contacts lose it; the contacts themselves stay. "
        "Edit > Undo brings it back."
    )
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert "Pioneers  (2)" in _sidebar_tags(window)  # cancelled: nothing changed
    _action(_right_click_tag(window, "Pioneers"), "Delete…").trigger()
    box = _dialog(window, "deleteTagConfirmation")
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Delete"
    box.button(QMessageBox.StandardButton.Ok).click()
    assert _sidebar_tags(window) == ["ENIAC  (1)", "Navy  (2)"]
    assert window.model.rowCount() == 3  # the contacts stay
    window.commands.undo.trigger()
    assert dump_book(window.book.database.path) == before
    assert "Pioneers  (2)" in _sidebar_tags(window)


def test_export_offers_the_tags_contacts(window):
    _action(_right_click_tag(window, "Navy"), "Export…").trigger()
    dialog = _dialog(window, "exportDialog")
    [(scope, ids)] = dialog.scopes
    assert scope == "Tag “Navy” (2)"
    assert sorted(r.given_name for r in window.book.get_many(ids)) == ["Ada", "Grace"]
    dialog.reject()


def test_a_tag_leaves_the_sidebar_with_its_last_active_contact(window):
    book = window.book
    [kay_id] = [r.id for r in book.get_many(book.ids()) if r.tags == ["ENIAC"]]
    record = book.get(kay_id)
    book.update(kay_id, dataclasses.replace(record, tags=[]))
    window._on_change([kay_id])
    assert _sidebar_tags(window) == ["Navy  (2)", "Pioneers  (2)"]
    window.commands.undo.trigger()
    assert "ENIAC  (1)" in _sidebar_tags(window)
    # Carried only by archived contacts: hidden, since its list would be empty.
    assert window.list_view.select_contact(kay_id)
    window.commands.archive.trigger()
    assert "ENIAC  (1)" not in _sidebar_tags(window)
    assert not any(text.endswith("(0)") for text in _sidebar_tags(window))
