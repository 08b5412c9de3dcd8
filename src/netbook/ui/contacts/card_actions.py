"""The window's side of the card's story rows: add, edit and remove opportunities and
interactions of the contact shown, each one journal operation (undoable from Edit > Undo).

Kept out of the main window so the window stays about the list and the book; the dialogs are
imported on first use, as the window does with its own dialogs. An opportunity or interaction
is named by its UID, or (for one without) by what it says among the contact's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from netbook.model.values import InteractionValue, OpportunityValue
from netbook.ui.labels import interaction_label, opportunity_label, outcome_word
from netbook.ui.window import change_labels

# The services' modules load after the window's first paint: only their types are named here,
# and what the actions call is imported when they run.
if TYPE_CHECKING:
    from netbook.services.interactions import InteractionEntry
    from netbook.services.network import NetworkService
    from netbook.ui.contacts.card import ContactCard
    from netbook.ui.window.main_window import MainWindow


def _opportunity_key(value: OpportunityValue) -> tuple[object, ...]:
    """What an opportunity says, as the book stores it (no outcome is "open")."""
    from netbook.services.opportunities import OPEN

    return (value.kind, value.title.strip(), value.occurred_on, value.outcome or OPEN, value.note)


def _interaction_key(occurred_on: object, kind: str, summary: str) -> tuple[object, ...]:
    return (occurred_on, kind.strip().lower(), summary.strip())


class CardStoryActions(QObject):
    """Connects a card's requests (the window's own, or one opened in a window of its own)
    and, for the window's card, Edit > Add opportunity… to dialogs and services."""

    def __init__(self, window: MainWindow, card: ContactCard | None = None) -> None:
        super().__init__(card or window)
        self.window = window
        self.card = card = card or window.card
        card.add_opportunity_requested.connect(self.add_opportunity)
        card.opportunity_edit_requested.connect(self.edit_opportunity)
        card.opportunity_remove_requested.connect(self.remove_opportunity)
        card.opportunity_outcome_requested.connect(self.set_outcome)
        card.interaction_edit_requested.connect(self.edit_interaction)
        card.interaction_remove_requested.connect(self.remove_interaction)
        if card is window.card:
            window.commands.add_opportunity.triggered.connect(self.add_opportunity)

    def _shown(self) -> tuple[int, str] | None:
        """The id and name of the contact on the card (None when there is none)."""
        record = self.card.record
        if record is None or record.id is None:
            return None
        return record.id, record.best_display_name()

    def _network(self) -> NetworkService:
        return self.window.app.network

    def _opportunity_id(self, contact_id: int, value: OpportunityValue) -> int | None:
        """The id of the contact's opportunity `value` shows (None: gone meanwhile)."""
        for entry in self._network().opportunities(contact_id):
            if entry.contact is None or entry.contact.id != contact_id:
                continue
            said = (entry.kind, entry.title, entry.occurred_on, entry.outcome, entry.note)
            if said == _opportunity_key(value):
                return entry.id
        return None

    def _interaction(self, contact_id: int, value: InteractionValue) -> InteractionEntry | None:
        wanted = _interaction_key(value.occurred_on, value.kind, value.summary)
        same = [
            entry
            for entry in self._network().timeline(contact_id)
            if _interaction_key(entry.occurred_on, entry.kind, entry.summary) == wanted
        ]
        return max(same, key=lambda e: e.id) if same else None

    def _fields(self, value: OpportunityValue) -> dict[str, Any]:
        """The service's arguments for `value` (an introducer deleted meanwhile is left out)."""
        introducer_id = None
        if value.introducer_uid:
            uid = value.introducer_uid
            introducer_id = self.window.book.ids_for_uids([uid]).get(uid)
        from netbook.services.opportunities import OPEN

        return {
            "kind": value.kind,
            "title": value.title,
            "occurred_on": value.occurred_on,
            "outcome": value.outcome or OPEN,
            "note": value.note,
            "introducer_id": introducer_id,
        }

    # -- opportunities -----------------------------------------------------------------------
    def add_opportunity(self) -> None:
        shown = self._shown()
        if shown is None:
            return
        contact_id, name = shown
        from netbook.ui.dialogs.opportunity import OpportunityDialog

        dialog = OpportunityDialog(self.window.book, name, contact_id, parent=self.card.window())
        dialog.accepted.connect(lambda: self._added(contact_id, dialog.opportunity()))
        self.window._open(dialog)

    def _added(self, contact_id: int, value: OpportunityValue) -> None:
        label = change_labels.add_opportunity(_opportunity_name(value))
        self._network().add_opportunity(contact_id, **self._fields(value), label=label)
        self.window._on_change([contact_id])

    def edit_opportunity(self, value: OpportunityValue) -> None:
        shown = self._shown()
        if shown is None:
            return
        contact_id, name = shown
        from netbook.ui.dialogs.opportunity import OpportunityDialog

        via_name = None
        if value.introducer_uid:
            book = self.window.book
            found = book.ids_for_uids([value.introducer_uid]).get(value.introducer_uid)
            introducer = book.get(found) if found is not None else None
            via_name = introducer.best_display_name() if introducer is not None else None
        dialog = OpportunityDialog(
            self.window.book, name, contact_id, value, via_name, parent=self.card.window()
        )
        dialog.accepted.connect(lambda: self._changed(contact_id, value, dialog.opportunity()))
        self.window._open(dialog)

    def set_outcome(self, value: OpportunityValue, outcome: str) -> None:
        """A new outcome from the row's menu: open -> won in two clicks."""
        shown = self._shown()
        if shown is None or (value.outcome or "open") == outcome:
            return
        from dataclasses import replace

        self._changed(shown[0], value, replace(value, outcome=outcome))

    def _changed(self, contact_id: int, before: OpportunityValue, after: OpportunityValue) -> None:
        found = self._opportunity_id(contact_id, before)
        if found is None:
            return
        only_outcome = _opportunity_key(before)[:3] == _opportunity_key(after)[:3] and (
            before.note == after.note and before.introducer_uid == after.introducer_uid
        )
        name = _opportunity_name(after)
        from netbook.services.opportunities import OPEN

        label = (
            change_labels.mark_opportunity(name, outcome_word(after.outcome or OPEN))
            if only_outcome
            else change_labels.edit_opportunity(name)
        )
        self._network().update_opportunity(found, **self._fields(after), label=label)
        self.window._on_change([contact_id])

    def remove_opportunity(self, value: OpportunityValue) -> None:
        shown = self._shown()
        if shown is None:
            return
        found = self._opportunity_id(shown[0], value)
        if found is not None:
            label = change_labels.remove_opportunity(_opportunity_name(value))
            self._network().remove_opportunity(found, label=label)
        self.window._on_change([shown[0]])
        self._say_undo(self.tr("Removed the opportunity."))

    # -- interactions ------------------------------------------------------------------------
    def edit_interaction(self, value: InteractionValue) -> None:
        shown = self._shown()
        if shown is None:
            return
        contact_id, name = shown
        from netbook.ui.dialogs.interaction import LogInteractionDialog

        dialog = LogInteractionDialog(name, self.card.window())
        dialog.set_interaction(value)
        dialog.accepted.connect(
            lambda: self._interaction_changed(contact_id, value, dialog.interaction())
        )
        self.window._open(dialog)

    def _interaction_changed(
        self, contact_id: int, before: InteractionValue, after: InteractionValue
    ) -> None:
        entry = self._interaction(contact_id, before)
        if entry is None:
            return
        self._network().update_interaction(
            entry.id,
            occurred_on=after.occurred_on,
            kind=after.kind,
            summary=after.summary,
            label=change_labels.edit_interaction(_interaction_name(after)),
        )
        self.window._on_change([p.id for p in entry.participants] or [contact_id])

    def remove_interaction(self, value: InteractionValue) -> None:
        shown = self._shown()
        if shown is None:
            return
        entry = self._interaction(shown[0], value)
        ids = [shown[0]]
        if entry is not None:
            ids = [p.id for p in entry.participants] or ids
            label = change_labels.remove_interaction(_interaction_name(value))
            self._network().remove_interaction(entry.id, label=label)
        self.window._on_change(ids)
        self._say_undo(self.tr("Removed the interaction."))

    def _say_undo(self, done: str) -> None:
        from netbook.ui.window.main_window import STATUS_MESSAGE_MS

        self.window.statusBar().showMessage(
            done + " " + self.tr("Edit > Undo takes it back."), STATUS_MESSAGE_MS
        )


def _opportunity_name(value: OpportunityValue) -> str:
    return value.title.strip() or opportunity_label(value.kind)


def _interaction_name(value: InteractionValue) -> str:
    return value.summary.strip() or interaction_label(value.kind)
