"""What the undoable commands about contacts share.

A command follows its contact by UID, not by id: undoing a delete restores the contact with a
new id, and a command further down the undo stack must still find it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from netbook.services.address_book import AddressBook
from netbook.services.network import NetworkService

# Whether a contact was met in person, and when and where.
MetState = tuple[bool, dt.date | None, str | None]

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


class MetInPersonMemory:
    """What contacts said about meeting in person before a command that may change it.

    Logging or editing a "met" interaction marks its participants as met; undoing it must put
    back exactly what each said before. Kept by UID, like the commands themselves.
    """

    def __init__(self) -> None:
        self._before: dict[str, MetState] = {}

    def remember(self, book: AddressBook, ids: Sequence[int]) -> None:
        self._before = {
            record.uid: (
                record.met_in_person,
                record.met_in_person_date,
                record.met_in_person_place,
            )
            for record in book.get_many(ids)
            if record.uid
        }

    def restore(self, book: AddressBook, network: NetworkService) -> None:
        by_uid = book.ids_for_uids(list(self._before))
        for uid, (met, on, place) in self._before.items():
            if uid in by_uid:
                network.set_met_in_person(by_uid[uid], met, on, place)
