"""Help > netbook Help (F1): the user guide, bundled and shown offline.

The guide is an HTML file in `resources/help` shown in a QTextBrowser: no browser, no
network (links to the web are not followed). Its keyboard-shortcut table is made from the
window's own actions when it opens, so it cannot drift from the menus.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from importlib.resources import files

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE = "resources/help/guide.html"
SHORTCUTS_MARK = "<!-- shortcuts -->"


def shortcut_table(shortcuts: Iterable[tuple[str, str]]) -> str:
    """An HTML table of (what it does, keys), as the menus name them."""
    rows = "".join(
        f"<tr><td>{escape(words)}</td><td><b>{escape(keys)}</b></td></tr>"
        for words, keys in shortcuts
    )
    return f"<table cellpadding='3'>{rows}</table>"


def guide_html(shortcuts: Iterable[tuple[str, str]]) -> str:
    text = (files("netbook") / GUIDE).read_text(encoding="utf-8")
    return text.replace(SHORTCUTS_MARK, shortcut_table(shortcuts))


class HelpWindow(QDialog):
    """objectName "helpWindow": the guide, non-modal, beside the main window."""

    def __init__(self, shortcuts: Iterable[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("netbook Help"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # in-page anchors only; nothing is fetched
        self.browser.anchorClicked.connect(
            lambda url: self.browser.scrollToAnchor(url.fragment()) if url.hasFragment() else None
        )
        self.browser.setHtml(guide_html(shortcuts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
