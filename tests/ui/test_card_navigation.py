"""From the card itself: Log interaction…, and Back after following a link to someone else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.conftest import person
from tests.ui.window_support import open_window


def _chain(book):
    """Maya introduced Jonas, who introduced Hannah."""
    maya = book.add(person("Maya", "Lindqvist", uid="urn:uuid:maya"))
    jonas = book.add(
        person("Jonas", "Weber", uid="urn:uuid:jonas", introduced_by_uid="urn:uuid:maya")
    )
    hannah = book.add(person("Hannah", "Becker", introduced_by_uid="urn:uuid:jonas"))
    return maya, jonas, hannah


def test_back_returns_along_the_links_followed(qtbot, book, tmp_path):
    maya, jonas, hannah = _chain(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    back = window.commands.back
    assert window.list_view.select_contact(hannah)
    assert not back.isEnabled()  # nowhere to go back to yet
    window.card.contact_requested.emit("urn:uuid:jonas")  # her introducer, on her card
    assert window.card.record.id == jonas
    window.card.contact_id_requested.emit(maya)  # and his
    assert window.card.record.id == maya
    assert back.isEnabled()
    assert "Back to Jonas Weber" in back.toolTip()
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.card.record.id == jonas
    back.trigger()
    assert window.card.record.id == hannah
    assert not back.isEnabled()


def test_back_skips_a_contact_deleted_since(qtbot, book, tmp_path):
    _maya, jonas, hannah = _chain(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.list_view.select_contact(hannah)
    window.card.contact_requested.emit("urn:uuid:jonas")
    window.card.contact_requested.emit("urn:uuid:maya")
    book.delete([jonas])
    window.commands.back.trigger()
    assert window.card.record.id == hannah


def test_a_link_to_someone_missing_leaves_no_trail(qtbot, book, tmp_path):
    _maya, _jonas, hannah = _chain(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.list_view.select_contact(hannah)
    window.card.contact_requested.emit("urn:uuid:nobody")
    assert window.card.record.id == hannah
    assert not window.commands.back.isEnabled()


def test_log_interaction_from_the_card_logs_with_the_contact_shown(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    grace = book.add(person("Grace", "Hopper"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.list_view.select_contacts([ada, grace])  # a selection of two, Ada on the card
    window.list_view.setCurrentIndex(window.model.index(window.model.row_of(ada)))
    button = window.card.widget().findChild(QPushButton, "logInteraction")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window._dialogs if d.objectName() == "logInteraction")
    qtbot.keyClicks(dialog.summary, "Lunch")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    shown = window.card.record.id
    assert [i.summary for i in book.get(shown).interactions] == ["Lunch"]
    other = grace if shown == ada else ada
    assert book.get(other).interactions == []  # the card's contact only
    assert window.commands.undo.text() == "&Undo Log an interaction with 1 contact"
