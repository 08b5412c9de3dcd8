"""The window's commands on contacts: New…, Edit…, Log interaction…, Favourite, Archive,
Delete.

Each change is one service call, so one journal operation with the label Edit > Undo shows
(`change_labels.py`); the window then refreshes as after any change. Dialogs are imported on
first use and open window-modal without blocking, through the window's `_open`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from netbook.model.values import ContactRecord, InteractionValue
from netbook.services.contact_filter import View
from netbook.ui.contacts.list_model import FavouriteRole
from netbook.ui.window import change_labels

if TYPE_CHECKING:
    from netbook.ui.window.main_window import MainWindow

# Called by this name (and in the window's context, where these texts always were) so that
# pyside6-lupdate finds the strings.
translate = QCoreApplication.translate
# A selection larger than this is not looked through for "all favourites".
FAVOURITE_CHECK_LIMIT = 500


class ContactActions(QObject):
    """The Contact menu's commands, on the selected contacts (or the one on the card)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_contact(self) -> None:
        from netbook.ui.editor.editor import ContactEditorDialog

        window = self.window
        start = ContactRecord(keep_in_touch_days=window.preferences.new_contact_cadence_days)
        dialog = ContactEditorDialog(window.book, None, window, start=start)
        dialog.accepted.connect(lambda: self._save_new(dialog.result_record()))
        window._open(dialog)

    def _save_new(self, record: ContactRecord) -> None:
        label = change_labels.add_contact(record.best_display_name())
        contact_id = self.window.book.add(record, label=label)
        self.window._on_change([contact_id])
        self.window.select_contact(contact_id)

    def edit_contact(self) -> None:
        window = self.window
        contact_id = window.list_view.current_id()
        if contact_id is None:
            return
        record = window.book.get(contact_id)
        if record is None:
            return
        from netbook.ui.editor.editor import ContactEditorDialog

        dialog = ContactEditorDialog(window.book, record, window)
        dialog.accepted.connect(lambda: self._save_edit(contact_id, dialog.result_record()))
        window._open(dialog)

    def _save_edit(self, contact_id: int, record: ContactRecord) -> None:
        label = change_labels.edit_contact(record.best_display_name())
        self.window.book.update(contact_id, record, label=label)
        self.window._on_change([contact_id])

    def log_interaction(self) -> None:
        """Ask what happened with the selected contacts and log it (undoable)."""
        ids = self.window.selected_ids()
        if ids:
            self._ask_and_log(ids)

    def log_interaction_with_shown(self) -> None:
        """The card's Log interaction…: with the contact on the card, whatever is selected."""
        record = self.window.card.record
        if record is not None and record.id is not None:
            self._ask_and_log([record.id])

    def _ask_and_log(self, ids: list[int]) -> None:
        from netbook.ui.dialogs.interaction import LogInteractionDialog

        window = self.window
        names = [r.best_display_name() for r in window.book.get_many(ids[:3])]
        # Counts in plain names: lupdate skips a translate() whose arguments call anything.
        more = len(ids) - len(names)
        who = ", ".join(names) + (translate("MainWindow", " and %n more", "", more) if more else "")
        dialog = LogInteractionDialog(who, window)
        dialog.accepted.connect(lambda: self._log(ids, dialog.interaction()))
        window._open(dialog)

    def _log(self, ids: list[int], entry: InteractionValue) -> None:
        label = change_labels.log_interaction(len(ids))
        self.window.app.network.log_interaction(
            ids, entry.occurred_on, entry.kind, entry.summary, label=label
        )
        self.window._on_change(ids)

    def all_selected_favourite(self) -> bool:
        """Whether every selected contact is a favourite (a huge selection counts as not)."""
        list_view = self.window.list_view
        count = list_view.selected_count()
        if count == 0 or count > FAVOURITE_CHECK_LIMIT:
            return False
        indexes = list_view.selectionModel().selectedIndexes()
        return all(bool(i.data(FavouriteRole)) for i in indexes)

    def toggle_favourite(self) -> None:
        ids = self.window.selected_ids()
        if not ids:
            return
        marking = not self.all_selected_favourite()
        self.window.book.set_favourite(
            ids, marking, label=change_labels.favourite(len(ids), marking)
        )
        self.window._on_change(ids)

    def archive_selected(self) -> None:
        """Archive the selection, or bring it back when the list shows the archived."""
        window = self.window
        ids = window.selected_ids()
        if not ids:
            return
        archive = window.sidebar.choice()[0] is not View.ARCHIVED
        label = change_labels.archive(len(ids), archive)
        if archive:
            window.book.archive(ids, label=label)
        else:
            window.book.unarchive(ids, label=label)
        window._on_change(ids)
        count = len(ids)
        done = (
            translate("MainWindow", "Archived %Ln contact(s).", "", count)
            if archive
            else translate("MainWindow", "Brought back %Ln contact(s).", "", count)
        )
        window.show_message(done + " " + translate("MainWindow", "Edit > Undo takes it back."))

    def delete_selected(self) -> None:
        window = self.window
        ids = window.selected_ids()
        if not ids:
            return
        from netbook.ui.dialogs.delete_confirmation import confirm_delete

        names = [r.best_display_name() for r in window.book.get_many(ids[:3])]
        count = len(ids)
        if not confirm_delete(window, names, count):
            return
        window.book.delete(ids, label=change_labels.delete(count))
        window._on_change(ids)
        window.show_message(
            translate("MainWindow", "Deleted %Ln contact(s).", "", count)
            + " "
            + translate("MainWindow", "Edit > Undo takes it back.")
        )
