"""Sync in the window, against a real Radicale: File > Accounts… adds (and tests) an account
on a worker, Sync now brings the server's contacts in without blocking, the status bar says
when; pictures of the dialog in light and dark palettes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from netbook.services.address_book import AddressBook
from netbook.ui.dialogs.accounts import AccountsDialog
from netbook.ui.window.application import apply_color_scheme
from netbook.ui.window.workers import running_tasks
from tests.sync.servers import DavServer
from tests.sync.support import Phone, card
from tests.ui.window_support import SCREENSHOTS, open_window


def _dialog(window: object) -> AccountsDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, AccountsDialog)]
    assert found
    return found[-1]


def test_add_an_account_and_sync_from_the_window(
    qtbot, book: AddressBook, tmp_path: Path, radicale: DavServer
) -> None:
    Phone(radicale).put("ann.vcf", card("Ann", "Lee"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    file_menu = window.commands.quit.associatedObjects()[0]
    assert window.sync.accounts_action in file_menu.actions()
    assert window.sync.sync_action in file_menu.actions()

    window.sync.accounts_action.trigger()
    dialog = _dialog(window)
    dialog.name.setText("home")
    dialog.url.setText(radicale.book_url)
    dialog.username.setText(radicale.user)
    dialog.password.setText("wrong")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Not added"), timeout=30_000)
    assert "password was refused" in dialog.message.text()
    assert dialog.accounts.count() == 0
    # The failure is told before the task's end re-enables the button (two queued signals).
    qtbot.waitUntil(dialog.add_button.isEnabled)

    dialog.password.setText(radicale.password)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.accounts.count() == 1, timeout=30_000)
    assert dialog.message.text().startswith("Added home")
    assert dialog.password.text() == ""
    dialog.close()

    window.sync.sync_action.trigger()
    assert window.sync.is_syncing()
    qtbot.waitUntil(lambda: not window.sync.is_syncing(), timeout=60_000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.sync.label.text() == "Synced just now"
    assert "1 new here" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: running_tasks() == 0)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_screenshot(qtbot, book: AddressBook, tmp_path: Path, scheme: Qt.ColorScheme) -> None:
    from netbook.services.sync.accounts import SyncService

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_color_scheme(app, scheme)
    try:
        dialog = AccountsDialog(SyncService(book.database))
        qtbot.addWidget(dialog)
        dialog.name.setText("Home server")
        dialog.url.setText("https://dav.example.com")
        dialog.username.setText("ann")
        dialog.message.setText("Not added: https://dav.example.com: cannot reach the server")
        dialog.resize(560, 480)
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.grab().toImage()
        name = "accounts-dark.png" if scheme == Qt.ColorScheme.Dark else "accounts.png"
        SCREENSHOTS.mkdir(exist_ok=True)
        assert image.save(str(SCREENSHOTS / name))
        lightness = QColor(image.pixel(image.width() // 2, image.height() - 8)).lightness()
        assert lightness < 80 if scheme == Qt.ColorScheme.Dark else lightness > 180
    finally:
        apply_color_scheme(app, Qt.ColorScheme.Light)
