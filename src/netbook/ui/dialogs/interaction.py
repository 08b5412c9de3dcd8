"""Log an interaction with the selected contacts in a few keystrokes.

Ctrl+L, type what happened, Enter: the date is today and the kind a call unless changed.
The dialog only collects the values; the main window writes them as one journal operation
(undoable from Edit > Undo).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netbook.model.values import InteractionValue
from netbook.model.vocabulary import INTERACTION_KINDS
from netbook.ui.labels import interaction_label


class LogInteractionDialog(QDialog):
    """Date, kind and a line of summary for an interaction with `who` (names, for the title)."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logInteraction")
        self.setWindowTitle(self.tr("Log an interaction"))
        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("What happened, e.g. Coffee about the new role"))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for key in INTERACTION_KINDS:  # "met" also marks meeting in person
            self.kind.addItem(interaction_label(key), key)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date"))
        form = QFormLayout()
        for caption, field in (
            (self.tr("&Summary:"), self.summary),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Date:"), self.date),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)
            form.addRow(label, field)
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # names are contact data
        heading.setText(self.tr("With %1").replace("%1", who))
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok = ok
        ok.setText(self.tr("&Log"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.summary.setFocus()

    def set_interaction(self, value: InteractionValue) -> None:
        """Prefill the dialog with an interaction on the timeline (the card's Edit…)."""
        self.setWindowTitle(self.tr("Edit interaction"))
        self.ok.setText(self.tr("&Save"))
        kind = self.kind.findData(value.kind)
        if kind < 0:  # a kind from a file is kept as written
            self.kind.addItem(interaction_label(value.kind), value.kind)
            kind = self.kind.count() - 1
        self.kind.setCurrentIndex(kind)
        day = value.occurred_on
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.summary.setText(value.summary)

    def interaction(self) -> InteractionValue:
        picked = self.date.date()
        return InteractionValue(
            occurred_on=dt.date(picked.year(), picked.month(), picked.day()),
            kind=str(self.kind.currentData()),
            summary=self.summary.text().strip(),
        )
