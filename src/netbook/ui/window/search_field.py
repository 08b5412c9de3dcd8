"""The search field: filters the list as you type, a few milliseconds after the last key.

The pause (`delay_ms`) lets a fast typist's burst become one query instead of five; it stays
well under the 150 ms at which a delay starts to be noticed, and is zero for small books,
where a query costs nothing. Esc clears the field; Down or Enter moves to the results.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget
from typing_extensions import override

from netbook.ui.window.icons import icon

MAX_DELAY_MS = 150


class SearchField(QLineEdit):
    """objectName "searchField"; `search_changed(text)` once typing pauses."""

    search_changed = Signal(str)
    results_requested = Signal()  # Down or Enter: the user wants to move into the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setAccessibleName(self.tr("Search contacts"))
        self.setPlaceholderText(self.tr("Search names, companies, emails, phones, places, tags…"))
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(280)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._emit)
        self._sent = ""
        self.textEdited.connect(self._edited)

    @property
    def delay_ms(self) -> int:
        return self._timer.interval()

    def set_delay(self, milliseconds: int) -> None:
        self._timer.setInterval(max(0, min(milliseconds, MAX_DELAY_MS)))

    def flush(self) -> None:
        """Send a pending search now (before acting on the results)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    def set_search(self, text: str) -> None:
        """Show `text` and search for it now."""
        self.setText(text)
        self._timer.stop()
        self._emit()

    def clear_search(self) -> None:
        self.set_search("")

    def _edited(self, _text: str) -> None:
        if self._timer.interval() == 0:
            self._emit()
        else:
            self._timer.start()

    def _emit(self) -> None:
        text = self.text()
        if text != self._sent:
            self._sent = text
            self.search_changed.emit(text)

    @override
    def event(self, event: QEvent) -> bool:
        # Escape with text clears the search alone: claim the key before the window's Clear
        # Filters shortcut (Esc) sees it. Empty, the field lets Esc clear every filter.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.text()
        ):
            event.accept()
            return True
        return super().event(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear_search()
            event.accept()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            self.results_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
