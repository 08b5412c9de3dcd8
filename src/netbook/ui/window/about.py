"""Help > About: what netbook is, its version and licence, where the book lives, and the Qt
it runs on."""

from __future__ import annotations

import platform
from html import escape
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from netbook import __version__
from netbook.ui.window.icons import app_icon

translate = QCoreApplication.translate  # by this name for pyside6-lupdate


def about_text(book_path: Path | None = None) -> str:
    """The About box's text (rich text: our words, and the book's path escaped)."""
    return (
        f"<h3>netbook {__version__}</h3>"
        + "<p>"
        + translate(
            "About",
            "A private, offline address book that keeps the story of every connection: "
            "how you met, who introduced you, and what came of it.",
        )
        + "</p><p>"
        + translate("About", "Your contacts stay in one SQLite file on this computer.")
        + (
            "<br>"
            + translate("About", "This book: %1").replace(
                "%1", f"<tt>{escape(str(book_path))}</tt>"
            )
            if book_path is not None
            else ""
        )
        + "</p><p>"
        + translate("About", "Licence: GNU General Public License, version 3 or later.")
        + "</p><p><small>"
        + f"Qt {qVersion()} · PySide {PySide6.__version__} · Python {platform.python_version()}"
        + "</small></p>"
    )


def show_about(parent: QWidget | None, book_path: Path | None = None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About netbook"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_text(book_path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setObjectName("aboutBox")
    box.open()
