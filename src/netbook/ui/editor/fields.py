"""Small input widgets the contact editor is built from.

- `KeyedCombo`: an editable combo whose items show translated words but stand for stored keys
  ("Mobile" stands for "cell"); any other text is kept as typed, so an unusual label from an
  imported card survives an edit unchanged.
- `DateField`: a date typed as text (keyboard first) with a calendar button.
- `FieldMessage`: the inline warning or error under a field, in colours that read on light
  and dark palettes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)
from typing_extensions import override

from netbook.ui.dates import medium_date, partial_date, read_typed_date
from netbook.ui.editor.checks import Check, Severity


def stripped_or_none(text: str) -> str | None:
    value = text.strip()
    return value or None


class KeyedCombo(QComboBox):
    """An editable combo of (key, shown text) items that also accepts free text."""

    def __init__(
        self,
        items: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setEditable(editable)
        if editable:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, shown in items:
            self.addItem(shown, key)

    def set_key(self, key: str | None) -> None:
        """Show the item standing for `key`, or `key` itself as typed text."""
        index = self.findData(key) if key is not None else self.findData("")
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.isEditable():
            self.setCurrentIndex(-1)
            self.setEditText(key or "")
        else:
            self.setCurrentIndex(0)

    def key(self) -> str | None:
        """The key of the item shown, or the typed text; None when empty."""
        if not self.isEditable():
            data = self.currentData()
            return str(data) if data else None
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        return text


class DateField(QWidget):
    """A date typed as the user writes dates ("12 March 1992", "12/03/1992", "1992-03-12";
    without the year where it is optional), plus a calendar."""

    text_changed = Signal(str)

    def __init__(
        self, accessible_name: str, *, yearless: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        example = medium_date(dt.date(1992, 3, 12))
        self.edit.setPlaceholderText(
            self.tr("e.g. %1 or %2").replace("%1", example).replace("%2", partial_date("--03-12"))
            if yearless
            else self.tr("e.g. %1").replace("%1", example)
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.text_changed)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar…"))
        self.button.setToolTip(self.tr("Pick the date on a calendar"))
        self.button.setAccessibleName(
            self.tr("Pick %1 on a calendar").replace("%1", accessible_name)
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Fusion draws the menu arrow over the end of the text ("Calendar…⌄"); the ellipsis
        # already says that the button opens something.
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._show_current)
        self.button.setMenu(menu)
        self._menu = menu
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def _show_current(self) -> None:
        """Open the calendar on the typed date (yearless: this year), else today."""
        try:
            typed = read_typed_date(self.edit.text())
        except ValueError:
            typed = None
        if typed is None:
            self.calendar.setSelectedDate(QDate.currentDate())
            return
        year = typed.year or dt.date.today().year
        date = QDate(year, typed.month, typed.day)
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())

    def _picked(self, date: QDate) -> None:
        self.edit.setText(medium_date(dt.date(date.year(), date.month(), date.day())))
        self._menu.close()
        self.edit.setFocus()


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# Dark red and amber on light windows, light red and amber on dark ones: both readable.
_COLOURS = {
    (Severity.ERROR, False): "#b00020",
    (Severity.ERROR, True): "#ff8a80",
    (Severity.WARNING, False): "#8a5300",
    (Severity.WARNING, True): "#ffd180",
}


def paint_message(label: QLabel, severity: Severity) -> None:
    """Colour a message label for its severity and the palette it sits on.

    Through the palette, not a style sheet: a styled widget stops following its parent's
    palette, so it would miss a switch to dark mode.
    """
    palette = label.palette()
    colour = QColor(_COLOURS[(severity, is_dark(palette))])
    if palette.color(QPalette.ColorRole.WindowText) != colour:  # setPalette would loop back
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)


class FieldMessage(QLabel):
    """An inline warning or error below a field; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.check: Check | None = None
        self.hide()

    def show_check(self, check: Check | None, *, prefix: bool = True) -> None:
        """Show the check's message (with "Error:"/"Warning:" unless `prefix` is False)."""
        self.check = check
        if check is None:
            self.clear()
            self.hide()
            return
        self._colour()
        word = self.tr("Error:") if check.severity is Severity.ERROR else self.tr("Warning:")
        self.setText(f"{word} {check.message}" if prefix else check.message)
        self.setAccessibleName(self.text())
        self.show()

    def _colour(self) -> None:
        if self.check is not None:
            paint_message(self, self.check.severity)

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between light and dark palettes while the dialog is open."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()

    def is_error(self) -> bool:
        return self.check is not None and self.check.severity is Severity.ERROR
