"""The main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow

from netbook.services.address_book import AddressBook


class MainWindow(QMainWindow):
    def __init__(self, book: AddressBook, files_to_import: list[Path] | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.book = book
        self.files_to_import = files_to_import or []
        self.setWindowTitle(self.tr("netbook"))
        count = book.count()
        label = QLabel(self.tr("%n contact(s)", "", count))
        self.setCentralWidget(label)
        self.resize(1000, 680)
