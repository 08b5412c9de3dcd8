"""The editor's warning that an email or phone typed is already someone else's.

"ada@example.org is already on Ada Lovelace's card." comes before a second copy of a person
is made; the name is a link that shows that contact's card in a window of its own, so the
edit in progress is not lost. The check runs as values change (two indexed lookups).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from netbook.services.address_book import AddressBook
from netbook.services.shared_values import Holder
from netbook.ui.editor.checks import Severity
from netbook.ui.editor.fields import paint_message

LINK_PREFIX = "contact:"


class ReuseNotice(QLabel):
    """objectName "reuseNotice"; hidden while nothing typed is anyone else's."""

    def __init__(
        self,
        book: AddressBook,
        excluding: int | None,
        values: Callable[[], tuple[Sequence[str], Sequence[str]]],
        parent: QWidget | None = None,
    ) -> None:
        """`values()` gives the (emails, phones) as they stand in the editor."""
        super().__init__(parent)
        self.setObjectName("reuseNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)  # our words; names and values escaped
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(self._open)
        self.book = book
        self.excluding = excluding
        self._values = values
        self.holders: list[Holder] = []
        self._card: QDialog | None = None
        self.hide()

    def refresh(self) -> None:
        emails, phones = self._values()
        self.holders = self.book.who_else_has(emails, phones, self.excluding)
        if not self.holders:
            self.clear()
            self.hide()
            return
        lines = []
        for holder in self.holders:
            link = f'<a href="{LINK_PREFIX}{holder.contact_id}">{escape(holder.name)}</a>'
            text = (
                self.tr("%1 is already on the card of %2 (archived).")
                if holder.archived
                else self.tr("%1 is already on the card of %2.")
            )
            lines.append(text.replace("%1", escape(holder.value)).replace("%2", link))
        hint = self.tr("Is this the same person? Then add to that card instead.")
        self.setText("<br>".join([*lines, escape(hint)]))
        self.setAccessibleName(self.tr("Warning: already in the book"))
        paint_message(self, Severity.WARNING)
        self.show()

    def _open(self, link: str) -> None:
        """Show the other contact's card beside the editor (read-only, the edit stays open)."""
        from netbook.ui.contacts.card import ContactCard

        if not link.startswith(LINK_PREFIX) or not link[len(LINK_PREFIX) :].isdigit():
            return
        record = self.book.get(int(link[len(LINK_PREFIX) :]))
        if record is None:
            return
        dialog = QDialog(self.window())
        dialog.setObjectName("otherContactCard")
        dialog.setWindowTitle(record.best_display_name())
        card = ContactCard(dialog)
        card.show_contact(record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(card, 1)
        layout.addWidget(buttons)
        dialog.resize(520, 600)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._card = dialog
        dialog.show()
