"""Undoable changes to an interaction already on a contact's timeline: edit and remove.

(Logging a new one is LogInteractionCommand in commands/contact_commands.py.) An interaction may
have several participants; editing or removing it changes it for all of them, as the timeline
shows one shared entry. It is found again by date, kind and summary among the contact's
timeline, preferring the id last seen (a delete and restore of its contact renumbers it).

A "met" entry marks its people as met in person (the service's rule), so each command keeps
what every participant said about meeting before it ran, and its undo puts that back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from typing_extensions import override

from netbook.model.values import InteractionValue
from netbook.services.address_book import AddressBook
from netbook.services.interactions import InteractionEntry
from netbook.services.network import NetworkService
from netbook.ui.commands.contact_command import ContactCommand, MetInPersonMemory, OnChange
from netbook.ui.labels import interaction_label

# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`).
translate = QCoreApplication.translate


def _key(occurred_on: dt.date, kind: str, summary: str) -> tuple[dt.date, str, str]:
    return (occurred_on, kind.strip().lower(), summary.strip())


def _name(value: InteractionValue) -> str:
    return value.summary.strip() or interaction_label(value.kind)


class _InteractionCommand(ContactCommand):
    def __init__(
        self, network: NetworkService, book: AddressBook, contact_id: int, on_change: OnChange
    ) -> None:
        super().__init__(network, book, contact_id, on_change)
        self.interaction_id: int | None = None
        self.met = MetInPersonMemory()

    def find(self, contact_id: int, value: InteractionValue) -> InteractionEntry | None:
        wanted = _key(value.occurred_on, value.kind, value.summary)
        same = [
            entry
            for entry in self.network.timeline(contact_id)
            if _key(entry.occurred_on, entry.kind, entry.summary) == wanted
        ]
        for entry in same:
            if entry.id == self.interaction_id:
                return entry
        return max(same, key=lambda e: e.id) if same else None

    def participant_ids(self, entry: InteractionEntry) -> list[int]:
        return [p.id for p in entry.participants]


class EditInteractionCommand(_InteractionCommand):
    """Change an interaction's date, kind and summary; undo puts back the old ones."""

    def __init__(
        self,
        network: NetworkService,
        book: AddressBook,
        contact_id: int,
        before: InteractionValue,
        after: InteractionValue,
        on_change: OnChange,
    ) -> None:
        super().__init__(network, book, contact_id, on_change)
        self.before = before
        self.after = after
        self.setText(
            translate("InteractionCommands", "Edit interaction “%1”").replace("%1", _name(after))
        )

    def _change(self, old: InteractionValue, new: InteractionValue, *, undoing: bool) -> None:
        cid = self.contact_id()
        if cid is None:
            return
        entry = self.find(cid, old)
        ids = [cid]
        if entry is not None:
            ids = self.participant_ids(entry)
            if not undoing:
                self.met.remember(self.book, ids)
            self.network.update_interaction(
                entry.id, occurred_on=new.occurred_on, kind=new.kind, summary=new.summary
            )
            self.interaction_id = entry.id
            if undoing:
                self.met.restore(self.book, self.network)
        self.on_change(ids)

    @override
    def redo(self) -> None:
        self._change(self.before, self.after, undoing=False)

    @override
    def undo(self) -> None:
        self._change(self.after, self.before, undoing=True)


class RemoveInteractionCommand(_InteractionCommand):
    """Remove an interaction (for every participant); undo logs it again with the same people."""

    def __init__(
        self,
        network: NetworkService,
        book: AddressBook,
        contact_id: int,
        value: InteractionValue,
        on_change: OnChange,
    ) -> None:
        super().__init__(network, book, contact_id, on_change)
        self.value = value
        self.participant_uids: list[str] = []
        self.setText(
            translate("InteractionCommands", "Remove interaction “%1”").replace("%1", _name(value))
        )

    @override
    def redo(self) -> None:
        cid = self.contact_id()
        if cid is None:
            return
        entry = self.find(cid, self.value)
        ids = [cid]
        if entry is not None:
            ids = self.participant_ids(entry)
            uids = self.book.uids(ids)
            self.participant_uids = [uids[i] for i in ids if i in uids]
            self.met.remember(self.book, ids)
            self.network.remove_interaction(entry.id)
        self.on_change(ids)

    @override
    def undo(self) -> None:
        found = self.book.ids_for_uids(self.participant_uids)
        ids = [found[u] for u in self.participant_uids if u in found]
        if not ids:
            return
        self.interaction_id = self.network.log_interaction(
            ids, self.value.occurred_on, self.value.kind, self.value.summary
        )
        self.met.restore(self.book, self.network)
        self.on_change(ids)
