"""Settings (theme, export defaults, a new contact's reminder), Help (F1), About's book path,
and the words around delete and undo, through the window on a real book."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netbook.ui.window.application import THEME_PROPERTY, is_dark, set_theme
from netbook.ui.window.main_window import MainWindow
from netbook.ui.window.preferences import Preferences, Theme
from netbook.ui.window.settings import UiSettings
from tests.conftest import person
from tests.ui.window_support import open_window


def _dialog(window: MainWindow, name: str):
    found = [d for d in window._dialogs if d.objectName() == name]
    assert found, f"no {name} open"
    return found[-1]


def _settings_accepting(qtbot, window: MainWindow, **choices: object) -> None:
    window.commands.settings.trigger()
    dialog = _dialog(window, "settingsDialog")
    for name, value in choices.items():
        combo = getattr(dialog, name)
        combo.setCurrentIndex(combo.findData(value))
    dialog.accept()


def test_settings_are_kept_and_applied(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    try:
        _settings_accepting(qtbot, window, theme="dark", export_format="vcard4", cadence=91)
        assert is_dark(QApplication.palette())
        saved = Preferences.load(UiSettings(tmp_path / "ui.ini"))
        assert saved == Preferences(
            theme=Theme.DARK, export_format="vcard4", new_contact_cadence_days=91
        )
        # A new contact starts with the chosen reminder; the export dialog with the format.
        window.commands.new_contact.trigger()
        editor = _dialog(window, "contactEditor")
        assert editor.cadence.currentData() == 91
        editor.reject()
        window.commands.export.trigger()
        assert _dialog(window, "exportDialog").fmt() == "vcard4"
    finally:
        set_theme(Theme.SYSTEM.value)
    assert QApplication.instance().property(THEME_PROPERTY) == "system"
    assert not is_dark(QApplication.palette())  # offscreen's own palette is light


def test_a_file_of_unknown_values_falls_back_to_the_defaults(tmp_path):
    settings = UiSettings(tmp_path / "ui.ini")
    for key, value in (
        ("preferences/theme", "purple"),
        ("preferences/exportFormat", "xls"),
        ("preferences/newContactCadenceDays", "often"),
        ("preferences/syncOnStart", "maybe"),
        ("preferences/syncEveryMinutes", "hourly"),
    ):
        settings.set_text(key, value)
    assert Preferences.load(settings) == Preferences()


def test_settings_show_where_the_book_lives(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.commands.settings.trigger()
    dialog = _dialog(window, "settingsDialog")
    assert dialog.book_path.text() == str(book.database.path)
    dialog.reject()
    assert Preferences.load(UiSettings(tmp_path / "ui.ini")) == Preferences()  # nothing saved


def test_export_starts_in_the_last_folder_used(qtbot, book, tmp_path):
    book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    folder = tmp_path / "exports"
    folder.mkdir()
    window.commands.export.trigger()
    dialog = _dialog(window, "exportDialog")
    assert dialog.path().parent.is_dir()  # the default folder exists, so Export is possible
    assert dialog.export_button.isEnabled()
    dialog.set_choice(0, "vcard3", folder / "ada.vcf")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.start_export()
    dialog.accept()
    window.commands.export.trigger()
    assert _dialog(window, "exportDialog").path().parent == folder
    assert Preferences.load(UiSettings(tmp_path / "ui.ini")).export_folder == str(folder)


def test_f1_opens_the_guide_once_with_the_shortcuts(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = _dialog(window, "helpWindow")
    text = help_window.browser.toPlainText()
    assert "netbook user guide" in text
    assert "Keeping in touch" in text
    find_keys = window.commands.find.shortcut().toString()
    assert find_keys
    assert find_keys in text  # the table is made from the window's actions
    window.commands.help.trigger()
    assert [d.objectName() for d in window._dialogs].count("helpWindow") == 1


def test_about_names_the_book_file(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.about()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None
    assert str(book.database.path) in box.text()
    box.close()


def test_delete_names_the_contact_and_undo_replaces_the_status(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.list_view.select_contact(ada)
    seen: dict[str, str] = {}

    def confirm() -> None:
        box = window.findChild(QMessageBox, "deleteConfirmation")
        seen["text"] = box.text()
        seen["more"] = box.informativeText()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    window.commands.delete.trigger()
    assert seen["text"] == "Delete “Ada Lovelace”?"
    assert "for good" not in seen["text"] + seen["more"]
    assert "Undo" in seen["more"]
    assert window.statusBar().currentMessage().startswith("Deleted 1 contact.")
    window.commands.undo.trigger()
    assert book.get(ada) is not None
    assert window.statusBar().currentMessage() == "Undid “Delete 1 contact”."
    window.commands.redo.trigger()
    assert window.statusBar().currentMessage() == "Redid “Delete 1 contact”."


def test_deleting_several_names_the_first_ones(qtbot, book, tmp_path):
    ids = [book.add(person(f"P{n}", "Person")) for n in range(5)]
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.list_view.select_contacts(ids)
    seen: dict[str, str] = {}

    def cancel() -> None:
        box = window.findChild(QMessageBox, "deleteConfirmation")
        seen["text"] = box.text()
        box.reject()

    QTimer.singleShot(0, cancel)
    window.commands.delete.trigger()
    assert seen["text"].startswith("Delete 5 contacts: “")
    assert seen["text"].endswith(" and 2 more?")
    assert all(book.get(i) is not None for i in ids)
