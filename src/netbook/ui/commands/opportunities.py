"""Undoable changes to a contact's opportunities: add, edit (the outcome too), remove.

Like ui/commands/contact_commands.py, the commands follow the contact by UID, since undoing a delete
restores it under a new id. An opportunity is found again by what it says (kind, title, date,
outcome, note) among its contact's opportunities, preferring the id the command saw last:
re-adding one on undo, or restoring its contact, gives it a new id as well.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from typing_extensions import override

from netbook.model.values import OpportunityValue
from netbook.services.address_book import AddressBook
from netbook.services.network import NetworkService
from netbook.services.opportunities import OPEN, OpportunityEntry
from netbook.ui.commands.contact_command import ContactCommand, OnChange
from netbook.ui.labels import opportunity_label, outcome_word

# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`).
translate = QCoreApplication.translate

_Key = tuple[str, str, object, str, str | None]


def value_key(value: OpportunityValue) -> _Key:
    """What an opportunity says, as the book stores it (no outcome is "open")."""
    return (value.kind, value.title.strip(), value.occurred_on, value.outcome or OPEN, value.note)


def entry_key(entry: OpportunityEntry) -> _Key:
    return (entry.kind, entry.title, entry.occurred_on, entry.outcome, entry.note)


def _name(value: OpportunityValue) -> str:
    return value.title.strip() or opportunity_label(value.kind)


class _OpportunityCommand(ContactCommand):
    """A change to the opportunities of one contact, known by UID."""

    def __init__(
        self, network: NetworkService, book: AddressBook, contact_id: int, on_change: OnChange
    ) -> None:
        super().__init__(network, book, contact_id, on_change)
        self.opportunity_id: int | None = None  # the id last seen, a hint for finding it

    def find(self, contact_id: int, value: OpportunityValue) -> int | None:
        """The id of the contact's opportunity that says what `value` says (None: gone)."""
        wanted = value_key(value)
        same = [
            entry.id
            for entry in self.network.opportunities(contact_id)
            if entry.contact is not None
            and entry.contact.id == contact_id
            and entry_key(entry) == wanted
        ]
        if self.opportunity_id in same:
            return self.opportunity_id
        return max(same) if same else None

    def fields(self, value: OpportunityValue) -> dict[str, Any]:
        """The service's arguments for `value` (an introducer deleted meanwhile is left out)."""
        introducer_id = None
        if value.introducer_uid:
            uid = value.introducer_uid
            introducer_id = self.book.ids_for_uids([uid]).get(uid)
        return {
            "kind": value.kind,
            "title": value.title,
            "occurred_on": value.occurred_on,
            "outcome": value.outcome or OPEN,
            "note": value.note,
            "introducer_id": introducer_id,
        }

    def add(self, value: OpportunityValue) -> None:
        cid = self.contact_id()
        if cid is None:
            return
        self.opportunity_id = self.network.add_opportunity(cid, **self.fields(value))
        self.on_change([cid])

    def remove(self, value: OpportunityValue) -> None:
        cid = self.contact_id()
        if cid is None:
            return
        found = self.find(cid, value)
        if found is not None:
            self.network.remove_opportunity(found)
        self.on_change([cid])

    def change(self, before: OpportunityValue, after: OpportunityValue) -> None:
        cid = self.contact_id()
        if cid is None:
            return
        found = self.find(cid, before)
        if found is not None:
            self.network.update_opportunity(found, **self.fields(after))
            self.opportunity_id = found
        self.on_change([cid])


class AddOpportunityCommand(_OpportunityCommand):
    """Note an opportunity that came from a contact; undo removes it again."""

    def __init__(
        self,
        network: NetworkService,
        book: AddressBook,
        contact_id: int,
        value: OpportunityValue,
        on_change: OnChange,
    ) -> None:
        super().__init__(network, book, contact_id, on_change)
        self.value = value
        self.setText(
            translate("OpportunityCommands", "Add opportunity “%1”").replace("%1", _name(value))
        )

    @override
    def redo(self) -> None:
        self.add(self.value)

    @override
    def undo(self) -> None:
        self.remove(self.value)


class EditOpportunityCommand(_OpportunityCommand):
    """Change an opportunity (Edit… or a new outcome); undo puts back what it said before."""

    def __init__(
        self,
        network: NetworkService,
        book: AddressBook,
        contact_id: int,
        before: OpportunityValue,
        after: OpportunityValue,
        on_change: OnChange,
    ) -> None:
        super().__init__(network, book, contact_id, on_change)
        self.before = before
        self.after = after
        only_outcome = value_key(before)[:3] == value_key(after)[:3] and (
            before.note == after.note and before.introducer_uid == after.introducer_uid
        )
        if only_outcome:
            text = translate("OpportunityCommands", "Mark “%1” as %2")
            text = text.replace("%2", outcome_word(after.outcome or OPEN))
        else:
            text = translate("OpportunityCommands", "Edit opportunity “%1”")
        self.setText(text.replace("%1", _name(after)))

    @override
    def redo(self) -> None:
        self.change(self.before, self.after)

    @override
    def undo(self) -> None:
        self.change(self.after, self.before)


class RemoveOpportunityCommand(_OpportunityCommand):
    """Remove an opportunity; undo notes it again, introducer included."""

    def __init__(
        self,
        network: NetworkService,
        book: AddressBook,
        contact_id: int,
        value: OpportunityValue,
        on_change: OnChange,
    ) -> None:
        super().__init__(network, book, contact_id, on_change)
        self.value = value
        self.setText(
            translate("OpportunityCommands", "Remove opportunity “%1”").replace("%1", _name(value))
        )

    @override
    def redo(self) -> None:
        self.remove(self.value)

    @override
    def undo(self) -> None:
        self.add(self.value)
