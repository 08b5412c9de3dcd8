"""Links in contact data: which ones netbook will open, and a label to click them with.

Contact data comes from untrusted files, so a value is never handed to the desktop as it is:
an email address becomes a `mailto:` URL, a phone number a `tel:` URL of its digits, a web
address an `http(s):` URL, and anything else (`file:`, `javascript:`, `smb:`, custom
handlers) is shown as plain text and never opened.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget
from typing_extensions import override

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_HOST_LIKE = re.compile(r"^[\w.\-]+\.[a-z]{2,}([/?#:]\S*)?$", re.IGNORECASE | re.UNICODE)
_EMAIL = re.compile(r"^[^\s@<>()\[\]\\,;:\"]+@[^\s@<>()\[\]\\,;:\"]+$")


def is_safe(url: QUrl) -> bool:
    """True for valid http(s), mailto and tel URLs: the only ones netbook opens."""
    return url.isValid() and url.scheme().lower() in SAFE_SCHEMES


def email_url(value: str) -> QUrl | None:
    address = value.strip().removeprefix("mailto:")
    if not _EMAIL.match(address):
        return None
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(address)
    return url if is_safe(url) else None


def phone_url(value: str) -> QUrl | None:
    text = value.strip().removeprefix("tel:")
    digits = re.sub(r"\D", "", text)
    if len(digits) < 3:
        return None
    url = QUrl(f"tel:{'+' if text.startswith('+') else ''}{digits}")
    return url if is_safe(url) else None


def web_url(value: str) -> QUrl | None:
    """An http(s) URL for a web address or profile; None for other schemes and handles."""
    text = value.strip()
    scheme = _SCHEME.match(text)
    if scheme is None:
        if not _HOST_LIKE.match(text):
            return None  # "@handle", a bare name: not something to open
        text = f"https://{text}"
    elif scheme.group(1).lower() not in ("http", "https"):
        return None
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    return url if is_safe(url) and url.host() else None


def open_url(url: QUrl) -> bool:
    """Open a safe URL with the desktop's handler; refuse anything else."""
    if not is_safe(url):
        return False
    return QDesktopServices.openUrl(url)


class LinkLabel(QLabel):
    """A plain-text label that opens a safe URL (or runs an action) when clicked or activated.

    A QLabel with rich text and an <a href> would interpret the contact's text as markup;
    this one never does. It takes keyboard focus, so Tab reaches it and Enter or Space
    activates it.
    """

    activated = Signal()

    def __init__(self, text: str, url: QUrl | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.url = url
        self.setWordWrap(False)  # a URL broken after "https://" reads badly
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setForegroundRole(QPalette.ColorRole.Link)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.setAccessibleName(text)
        if url is not None:
            self.setToolTip(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
            self.activated.connect(lambda: open_url(url))

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            event.accept()
            return
        super().keyPressEvent(event)
