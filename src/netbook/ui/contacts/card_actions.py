"""The window's side of the card's story rows: add, edit and remove opportunities and
interactions of the contact shown, each through an undoable command on the window's stack.

Kept out of the main window so the window stays about the list and the book; the dialogs and
commands are imported on first use, as the window does with its own dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from netbook.model.values import InteractionValue, OpportunityValue

if TYPE_CHECKING:
    from netbook.services.network import NetworkService
    from netbook.ui.window.main_window import MainWindow


class CardStoryActions(QObject):
    """Connects the card's requests and Edit > Add opportunity… to dialogs and commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        card = window.card
        card.add_opportunity_requested.connect(self.add_opportunity)
        card.opportunity_edit_requested.connect(self.edit_opportunity)
        card.opportunity_remove_requested.connect(self.remove_opportunity)
        card.opportunity_outcome_requested.connect(self.set_outcome)
        card.interaction_edit_requested.connect(self.edit_interaction)
        card.interaction_remove_requested.connect(self.remove_interaction)
        window.commands.add_opportunity.triggered.connect(self.add_opportunity)

    def _shown(self) -> tuple[int, str] | None:
        """The id and name of the contact on the card (None when there is none)."""
        record = self.window.card.record
        if record is None or record.id is None:
            return None
        return record.id, record.best_display_name()

    def _network(self) -> NetworkService:
        from netbook.services.network import NetworkService

        return NetworkService(self.window.book.database)

    # -- opportunities -----------------------------------------------------------------------
    def add_opportunity(self) -> None:
        shown = self._shown()
        if shown is None:
            return
        contact_id, name = shown
        from netbook.ui.dialogs.opportunity import OpportunityDialog

        dialog = OpportunityDialog(self.window.book, name, contact_id, parent=self.window)
        dialog.accepted.connect(lambda: self._added(contact_id, dialog.opportunity()))
        self.window._open(dialog)

    def _added(self, contact_id: int, value: OpportunityValue) -> None:
        from netbook.ui.commands.opportunities import AddOpportunityCommand

        book = self.window.book
        command = AddOpportunityCommand(
            self._network(), book, contact_id, value, self.window._on_change
        )
        self.window.push(command)

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
            self.window.book, name, contact_id, value, via_name, parent=self.window
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
        from netbook.ui.commands.opportunities import EditOpportunityCommand

        book = self.window.book
        self.window.push(
            EditOpportunityCommand(
                self._network(), book, contact_id, before, after, self.window._on_change
            )
        )

    def remove_opportunity(self, value: OpportunityValue) -> None:
        shown = self._shown()
        if shown is None:
            return
        from netbook.ui.commands.opportunities import RemoveOpportunityCommand

        book = self.window.book
        self.window.push(
            RemoveOpportunityCommand(self._network(), book, shown[0], value, self.window._on_change)
        )
        self._say_undo(self.tr("Removed the opportunity."))

    # -- interactions ------------------------------------------------------------------------
    def edit_interaction(self, value: InteractionValue) -> None:
        shown = self._shown()
        if shown is None:
            return
        contact_id, name = shown
        from netbook.ui.dialogs.interaction import LogInteractionDialog

        dialog = LogInteractionDialog(name, self.window)
        dialog.set_interaction(value)
        dialog.accepted.connect(
            lambda: self._interaction_changed(contact_id, value, dialog.interaction())
        )
        self.window._open(dialog)

    def _interaction_changed(
        self, contact_id: int, before: InteractionValue, after: InteractionValue
    ) -> None:
        from netbook.ui.commands.interactions import EditInteractionCommand

        book = self.window.book
        self.window.push(
            EditInteractionCommand(
                self._network(), book, contact_id, before, after, self.window._on_change
            )
        )

    def remove_interaction(self, value: InteractionValue) -> None:
        shown = self._shown()
        if shown is None:
            return
        from netbook.ui.commands.interactions import RemoveInteractionCommand

        book = self.window.book
        self.window.push(
            RemoveInteractionCommand(self._network(), book, shown[0], value, self.window._on_change)
        )
        self._say_undo(self.tr("Removed the interaction."))

    def _say_undo(self, done: str) -> None:
        from netbook.ui.window.main_window import STATUS_MESSAGE_MS

        self.window.statusBar().showMessage(
            done + " " + self.tr("Edit > Undo takes it back."), STATUS_MESSAGE_MS
        )
