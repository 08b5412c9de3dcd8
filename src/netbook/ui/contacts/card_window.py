"""One contact's card in a window of its own (the contact menu's Open in new window), to read
or compare beside the main window.

It follows the book: after every change the window makes (undo included) it shows the contact
as stored, and closes when the contact is gone. Its story rows edit through the same undoable
commands as the main card's (contacts/card_actions.py); the contacts it names are shown in the
main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from netbook.ui.contacts.card import ContactCard
from netbook.ui.contacts.card_actions import CardStoryActions

if TYPE_CHECKING:
    from netbook.ui.window.main_window import MainWindow


class ContactCardWindow(QWidget):
    """objectName "contactCardWindow"; its card is `card`."""

    def __init__(self, window: MainWindow, contact_id: int) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.setObjectName("contactCardWindow")
        self.main_window = window
        self.contact_id = contact_id
        self.card = ContactCard(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        self.story = CardStoryActions(window, self.card)
        self.card.contact_requested.connect(window.show_contact_by_uid)
        self.card.contact_id_requested.connect(window.select_contact)
        self.card.header_menu_requested.connect(
            lambda where: window.contact_menu.show_for(contact_id, where)
        )
        # A bound method: Qt drops the connection when this window is deleted.
        window.book_changed.connect(self.refresh)
        self.resize(560, 720)
        self.refresh()

    def refresh(self) -> None:
        """Show the contact as the book has it now; close when it is gone."""
        record = self.main_window.book.get(self.contact_id)
        if record is None:
            self.close()
            return
        links = self.main_window.app.network.introduction_links(self.contact_id)
        places = self.main_window.app.sync_places(self.contact_id)
        self.card.show_contact(record, links, places)
        self.setWindowTitle(record.best_display_name() or self.tr("(no name)"))
