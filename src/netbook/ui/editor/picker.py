"""Pick another contact by typing: "introduced by" links to a person in the book.

The popup lists the book's search results as the user types (the same FTS search as the main
window, so a few letters of a name, company or email are enough). Picking one links that
contact by UID; typing a name that is not picked keeps it as free text, for introducers who
are not in the book.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from netbook.services.address_book import AddressBook

RESULTS = 12
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class ContactPicker(QWidget):
    """A line edit with search-as-you-type over the book; links a contact or keeps text."""

    changed = Signal()

    def __init__(
        self,
        book: AddressBook,
        accessible_name: str,
        *,
        exclude_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.exclude_id = exclude_id
        self._uid: str | None = None
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(self.tr("Type to search the book, or write a name"))
        self.edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(_NAME_ROLE)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._edited)
        self._show_status()

    # -- value -----------------------------------------------------------------------------
    def set_value(self, uid: str | None, name: str | None) -> None:
        self._uid = uid
        self.edit.setText(name or "")
        self._show_status()

    def uid(self) -> str | None:
        """The linked contact's UID, or None when the text is free (or empty)."""
        return self._uid

    def name(self) -> str:
        return self.edit.text().strip()

    # -- searching ---------------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        # Typing after a pick makes the text free again: it no longer names that contact.
        self._uid = None
        self._show_status()
        self.search(text)
        self.changed.emit()

    def search(self, text: str) -> int:
        """Fill the popup with the contacts matching `text`; returns how many."""
        self.model.clear()
        if not text.strip():
            self._hide_popup()
            return 0
        for summary in self.book.search(text, limit=RESULTS + 1):
            if summary.id == self.exclude_id:
                continue
            shown = summary.display_name
            details = ", ".join(p for p in (summary.title, summary.organization) if p)
            item = QStandardItem(f"{shown} — {details}" if details else shown)
            item.setData(summary.id, _ID_ROLE)
            item.setData(shown, _NAME_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
            if self.model.rowCount() >= RESULTS:
                break
        if self.model.rowCount():
            self.completer.complete()
        else:
            self._hide_popup()
        return self.model.rowCount()

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def pick_row(self, row: int) -> None:
        """Link the contact shown in popup row `row` (what activating it does)."""
        self._activated(self.model.index(row, 0))

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        contact_id = index.data(_ID_ROLE)
        if contact_id is None:
            return
        uid = self.book.uids([int(contact_id)]).get(int(contact_id))
        self._uid = uid
        self.edit.setText(str(index.data(_NAME_ROLE)))
        self._hide_popup()
        self._show_status()
        self.changed.emit()

    def _show_status(self) -> None:
        if self._uid is not None:
            self.status.setText(self.tr("✓ in the book"))
            self.status.setToolTip(self.tr("Linked to this contact in the book"))
        elif self.edit.text().strip():
            self.status.setText(self.tr("not linked"))
            self.status.setToolTip(
                self.tr("Kept as a name; pick a contact from the list to link them")
            )
        else:
            self.status.clear()
            self.status.setToolTip("")
        self.edit.setAccessibleDescription(self.status.toolTip())
