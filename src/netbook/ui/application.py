"""The QApplication: names, icon, palette, and how start-up errors reach the user."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from netbook import APP_ID, APP_NAME, __version__


def create_application(argv: Sequence[str]) -> QApplication:
    """The one QApplication, named before anything reads settings."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("netbook")
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setDesktopFileName(APP_ID)
    return QApplication(list(argv))


def show_startup_error(message: str) -> None:
    """Tell the user why the book cannot be opened (skipped when no one can see a dialog)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    QMessageBox.critical(None, QApplication.translate("startup", "netbook cannot open the book"), message)
