"""Keyboard, screen readers and dark palettes in the editor and the dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QWidget,
)

from netbook.model.values import LabelledValue
from netbook.services.address_book import AddressBook
from netbook.ui.dialogs.export import ExportDialog
from netbook.ui.editor.editor import ContactEditorDialog
from tests.conftest import person

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton, QTableWidget)


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed_inputs(dialog: QWidget) -> list[str]:
    """Inputs a screen reader could not name: no accessible name and no text of their own."""
    missing = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUTS):
            continue
        # Parts of composite Qt widgets are named by the widget they belong to.
        if _inside(widget, (QComboBox, QCalendarWidget, QAbstractSpinBox, QTabBar, QLineEdit)):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (a table's corner button)
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _editor(qtbot, book: AddressBook, record=None) -> ContactEditorDialog:
    dialog = ContactEditorDialog(book, record)
    # At the end the dialog goes without its "save the changes?" question (no one to answer).
    qtbot.addWidget(dialog, before_close_func=lambda w: QDialog.done(w, 0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_editor_input_has_an_accessible_name(qtbot, book: AddressBook):
    cid = book.add(person("Ada", "Lovelace"))
    dialog = _editor(qtbot, book, book.get(cid))
    dialog.emails.add_empty_row()
    dialog.addresses.add_empty_row()
    dialog.social.add_empty_row()
    assert _unnamed_inputs(dialog) == []
    row = dialog.emails.rows[0]
    assert row.value.accessibleName() == "Email 1"
    assert row.remove.accessibleName() == "Remove Email 1"


def test_export_dialog_inputs_have_accessible_names(qtbot, book: AddressBook):
    dialog = ExportDialog(book, [("All", [])])
    qtbot.addWidget(dialog)
    assert _unnamed_inputs(dialog) == []


def test_keyboard_alone_fills_a_new_contact_and_saves(qtbot, book: AddressBook):
    dialog = _editor(qtbot, book)
    dialog.activateWindow()  # mnemonics work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.fields["given_name"]
    qtbot.keyClicks(dialog.focusWidget(), "Grace")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to Middle names
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to Family name
    qtbot.keyClicks(dialog.focusWidget(), "Hopper")
    # A mnemonic jumps to a field: Alt+O is "Organisation".
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.fields["organization"]
    qtbot.keyClicks(dialog.focusWidget(), "Navy")
    # Ctrl+Tab goes to the next tab; the Add button there is reachable by its mnemonic.
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # "Add &email"
    qtbot.waitUntil(lambda: bool(dialog.emails.rows))  # a mnemonic clicks after a moment
    assert dialog.focusWidget() is dialog.emails.rows[0].value
    qtbot.keyClicks(dialog.focusWidget(), "grace@example.org")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # the default button: Save
    record = dialog.result_record()
    assert (record.given_name, record.family_name, record.organization) == (
        "Grace",
        "Hopper",
        "Navy",
    )
    assert [e.value for e in record.emails] == ["grace@example.org"]


def test_messages_follow_a_dark_palette(qtbot, book: AddressBook):
    dialog = _editor(qtbot, book)
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    dialog.fields["given_name"].setText("Ada")
    dialog.birthday.set_text("1815-13-01")
    message = dialog._date_checks[0][1]

    def colour(label) -> str:
        return label.palette().color(QPalette.ColorRole.WindowText).name()

    assert colour(message) == "#b00020"  # dark red on the light palette
    dialog.setPalette(dark)
    assert colour(message) == "#ff8a80"  # light red once the palette turns dark
    assert colour(dialog.problems) == "#ff8a80"
    assert colour(dialog.fields["given_name"].parentWidget()) == "#e8eaed"
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.layout().activate()
    assert dialog.grab().save(str(SCREENSHOTS / "editor-dark.png"))


def _tab_path(qtbot, dialog: ContactEditorDialog, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from `start`, as a keyboard user would see them."""
    start.setFocus()
    seen = []
    for _ in range(steps):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    return seen


def test_tab_from_an_added_email_runs_on_in_reading_order(qtbot, book: AddressBook):
    record = person(
        "Ada",
        "Lovelace",
        emails=[LabelledValue("ada@example.org", "work")],
        phones=[LabelledValue("+44 20 7946 0412", "cell")],
    )
    dialog = _editor(qtbot, book, record)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentIndex(1)
    first, added = dialog.emails.rows[0], dialog.emails.add_empty_row()
    qtbot.keyClicks(added.value, "ada@work.example")
    path = _tab_path(qtbot, dialog, added.value, 4)
    phone = dialog.phones.rows[0]
    assert path == [added.remove, dialog.emails.add_button, phone.label, phone.value]
    # and the row that was there first leads into the new one
    assert _tab_path(qtbot, dialog, first.value, 3) == [first.remove, added.label, added.value]
    # an added phone too: Tab from it reaches Add phone, not the tab bar
    new_phone = dialog.phones.add_empty_row()
    assert _tab_path(qtbot, dialog, new_phone.value, 2) == [
        new_phone.remove,
        dialog.phones.add_button,
    ]
    # removing a row keeps the order of the rest
    qtbot.mouseClick(added.remove, Qt.MouseButton.LeftButton)
    assert _tab_path(qtbot, dialog, first.value, 2) == [first.remove, dialog.emails.add_button]
