"""What the undoable commands about contacts share.

A command follows its contact by UID, not by id: undoing a delete restores the contact with a
new id, and a command further down the undo stack must still find it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from netbook.services.address_book import AddressBook
from netbook.services.network import NetworkService

# Called after a command changed the book, with the ids it touched ([] means "refresh all").
OnChange = Callable[[list[int]], None]


class ContactCommand(QUndoCommand):
    """An undoable change to the story of one contact, known by UID."""

    def __init__(
        self, network: NetworkService, book: AddressBook, contact_id: int, on_change: OnChange
    ) -> None:
        super().__init__()
        self.network = network
        self.book = book
        self.on_change = on_change
        uid = book.uids([contact_id]).get(contact_id)
        if uid is None:
            raise LookupError(f"no contact with id {contact_id}")
        self.contact_uid = uid

    def contact_id(self) -> int | None:
        """The contact's id now, or None when it is no longer in the book."""
        return self.book.ids_for_uids([self.contact_uid]).get(self.contact_uid)
