"""Note (or change) what came of a connection: a job offer, a partnership, an interview...

Edit > Add opportunity… (Ctrl+Shift+O), type a title, Enter: the kind is a job offer, the
date today and the outcome open unless changed. "Via" links the introducer it came through,
picked from the book as the editor's "introduced by" is. The dialog only collects the values;
the window writes them as one journal operation each (ui/contacts/card_actions.py).
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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netbook.model.values import OpportunityValue
from netbook.model.vocabulary import OPPORTUNITY_KINDS, OUTCOMES
from netbook.services.address_book import AddressBook
from netbook.ui.editor.picker import ContactPicker
from netbook.ui.labels import opportunity_label, outcome_label

# The date edit's lowest date stands for "no date" (an opportunity's date is optional).
NO_DATE = QDate(1900, 1, 1)


class OpportunityDialog(QDialog):
    """Kind, title, date, outcome, note and introducer of an opportunity from `who`.

    `value` prefills the dialog (Edit…); `via_name` is the introducer's name shown in the picker.
    `contact_id` is the contact it comes from: they cannot be their own introducer.
    """

    def __init__(
        self,
        book: AddressBook,
        who: str,
        contact_id: int | None,
        value: OpportunityValue | None = None,
        via_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("opportunityDialog")
        editing = value is not None
        self.setWindowTitle(self.tr("Edit opportunity") if editing else self.tr("Add opportunity"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for key in OPPORTUNITY_KINDS:
            self.kind.addItem(opportunity_label(key), key)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("What it is, e.g. Radio interview on Morning Show"))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("No date"))
        self.date.setAccessibleName(self.tr("Date"))
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        titles = {
            "open": self.tr("Open (still in play)"),
            "accepted": self.tr("Accepted (an offer you took)"),
            "declined": self.tr("Declined (an offer you turned down)"),
            "won": self.tr("Won (it happened)"),
            "lost": self.tr("Lost (it did not)"),
        }
        for key in OUTCOMES:
            self.outcome.addItem(titles.get(key, outcome_label(key)), key)
        self.via = ContactPicker(book, self.tr("Via (introducer)"), exclude_id=contact_id)
        self.via.setParent(self)
        # Only a contact in the book can be linked (a typed name alone is refused on Save).
        self.via.edit.setPlaceholderText(self.tr("Type to search the book (optional)"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        for caption, field in (
            (self.tr("&Title:"), self.title),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Date:"), self.date),
            (self.tr("&Outcome:"), self.outcome),
            (self.tr("&Via:"), self.via),
            (self.tr("&Note:"), self.note),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)
            form.addRow(label, field)
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # names are contact data
        heading.setText(self.tr("From %1").replace("%1", who))
        heading.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("opportunityProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save") if editing else self.tr("&Add"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._introducer_uid: str | None = None
        if value is not None:
            self._fill(value, via_name)
        self.title.setFocus()

    def _fill(self, value: OpportunityValue, via_name: str | None) -> None:
        kind = self.kind.findData(value.kind)
        if kind < 0:  # a word from a file: kept as written
            self.kind.addItem(opportunity_label(value.kind), value.kind)
            kind = self.kind.count() - 1
        self.kind.setCurrentIndex(kind)
        self.title.setText(value.title)
        if value.occurred_on is None:
            self.date.setDate(NO_DATE)
        else:
            day = value.occurred_on
            self.date.setDate(QDate(day.year, day.month, day.day))
        outcome = self.outcome.findData(value.outcome or "open")
        self.outcome.setCurrentIndex(max(outcome, 0))
        self.note.setPlainText(value.note or "")
        if value.introducer_uid:
            self.via.set_value(value.introducer_uid, via_name or "")

    @override
    def accept(self) -> None:
        # An opportunity links its introducer to a contact in the book; a typed name that was
        # not picked from the list would be silently dropped, so say so instead.
        if self.via.name() and self.via.uid() is None:
            self.problem.setText(
                self.tr(
                    "Pick the introducer from the list that opens as you type: an opportunity "
                    "links to a contact in the book. Clear the field for none."
                )
            )
            self.problem.show()
            self.via.setFocus()
            return
        super().accept()

    def opportunity(self) -> OpportunityValue:
        picked = self.date.date()
        occurred_on = (
            None if picked == NO_DATE else dt.date(picked.year(), picked.month(), picked.day())
        )
        note = self.note.toPlainText().strip()
        return OpportunityValue(
            kind=str(self.kind.currentData()),
            title=self.title.text().strip(),
            occurred_on=occurred_on,
            outcome=str(self.outcome.currentData()),
            note=note or None,
            introducer_uid=self.via.uid() if self.via.name() else None,
        )
