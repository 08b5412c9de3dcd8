"""Leaving the editor with changes asks first: Save, Discard or go on editing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from netbook.services.address_book import AddressBook
from netbook.ui.editor.editor import ContactEditorDialog
from tests.conftest import person


def _editor(qtbot, book: AddressBook, record=None) -> ContactEditorDialog:
    dialog = ContactEditorDialog(book, record)
    # At the end the dialog goes without its "save the changes?" question (no one to answer).
    qtbot.addWidget(dialog, before_close_func=lambda w: QDialog.done(w, 0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click `button` in the question once it is up, and remember what it asked."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_leaving_untouched_asks_nothing(qtbot, book):
    cid = book.add(person("Ada", "Lovelace"))
    dialog = _editor(qtbot, book, book.get(cid))
    assert not dialog.has_unsaved_changes()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_escape_with_changes_can_go_on_editing(qtbot, book):
    cid = book.add(person("Ada", "Lovelace"))
    dialog = _editor(qtbot, book, book.get(cid))
    qtbot.keyClicks(dialog.fields["organization"], "Analytical Engines")
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["Save the changes to “Ada Lovelace”?"]
    assert dialog.isVisible()
    assert dialog.fields["organization"].text() == "Analytical Engines"


def test_cancel_with_changes_can_discard_them(qtbot, book):
    cid = book.add(person("Ada", "Lovelace"))
    dialog = _editor(qtbot, book, book.get(cid))
    qtbot.keyClicks(dialog.fields["title"], "Countess")
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.Discard, seen)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert seen
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert book.get(cid).title is None


def test_closing_with_changes_can_save_them(qtbot, book):
    dialog = _editor(qtbot, book)
    qtbot.keyClicks(dialog.fields["given_name"], "Grace")
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.Save, seen)
    dialog.close()
    assert seen == ["Save the changes to “Grace”?"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_record().given_name == "Grace"


def test_an_invalid_form_cannot_be_saved_from_the_question(qtbot, book):
    dialog = _editor(qtbot, book)
    dialog.birthday.edit.setText("31 Februar")  # not a date, and no name yet
    assert dialog.has_unsaved_changes()
    states: list[bool] = []

    def look_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look_and_cancel)
            return
        states.append(box.button(QMessageBox.StandardButton.Save).isEnabled())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, look_and_cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert states == [False]
    assert dialog.isVisible()
