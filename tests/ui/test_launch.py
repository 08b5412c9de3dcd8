"""The desktop app starts on a book and shows its window."""

from __future__ import annotations

from pathlib import Path

from netbook.services.address_book import AddressBook
from netbook.ui.window.main_window import MainWindow
from tests.conftest import person
from tests.ui.window_support import window_services

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def test_main_window_opens_on_a_book(qtbot, book: AddressBook):
    book.add(person("Ada", "Lovelace"))
    window = MainWindow(window_services(book))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.objectName() == "mainWindow"
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "main-window.png"))
