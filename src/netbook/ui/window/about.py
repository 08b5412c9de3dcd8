"""Help > About: what netbook is, its version and licence, and the Qt it runs on."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from netbook import __version__
from netbook.ui.window.icons import app_icon

translate = QCoreApplication.translate  # by this name for pyside6-lupdate


def about_text() -> str:
    """The About box's text (our own words, so rich text is safe here)."""
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
        + "</p><p>"
        + translate("About", "Licence: GNU General Public License, version 3 or later.")
        + "</p><p><small>"
        + f"Qt {qVersion()} · PySide {PySide6.__version__} · Python {platform.python_version()}"
        + "</small></p>"
    )


def show_about(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About netbook"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setObjectName("aboutBox")
    box.open()
