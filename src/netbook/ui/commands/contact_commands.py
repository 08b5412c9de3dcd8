"""Undoable changes to the book, for the main window's QUndoStack.

Each command writes through AddressBook (or the Importer), one transaction per redo or undo,
and then calls `on_change(ids)` so the window can refresh the rows and card concerned; an
empty list means "anything may have changed" (an import).

Commands follow contacts by UID, not id: undoing a delete restores the contacts with their
UIDs but SQLite gives them new ids, so an id kept by an older command could point at nothing
(or, once ids are reused, at someone else). The ids are looked up again on every redo/undo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from netbook.model.values import ContactRecord, InteractionValue
from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer, ImportReport
from netbook.services.incoming_merge import MergeChoices
from netbook.services.network import NetworkService
from netbook.ui.commands.contact_command import MetInPersonMemory, OnChange

# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`;
# a wrapper such as `_tr(...)` hides them and leaves them out of the translations).
translate = QCoreApplication.translate


class _UidCommand(QUndoCommand):
    """A command over contacts it knows by UID."""

    def __init__(self, book: AddressBook, ids: Sequence[int], on_change: OnChange) -> None:
        super().__init__()
        self.book = book
        self.on_change = on_change
        self.uid_of = book.uids(ids)
        self.uids = [self.uid_of[i] for i in ids if i in self.uid_of]

    def current_ids(self, uids: Sequence[str] | None = None) -> list[int]:
        """The contacts' ids now, in the order the command was given them."""
        wanted = self.uids if uids is None else uids
        found = self.book.ids_for_uids(wanted)
        return [found[u] for u in wanted if u in found]


class ArchiveCommand(_UidCommand):
    """Archive (or bring back) contacts; undo touches only those this command changed."""

    def __init__(
        self, book: AddressBook, ids: Sequence[int], archive: bool, on_change: OnChange
    ) -> None:
        super().__init__(book, ids, on_change)
        self.archive = archive
        states = book.flags(ids)
        # Contacts already in the wanted state are left alone both ways: unarchiving one that
        # was archived before this command would lose its first archive date.
        self.changing = [self.uid_of[i] for i in ids if i in states and states[i][0] != archive]
        count = len(self.uids)
        self.setText(
            translate("UndoCommands", "Archive %n contact(s)", "", count)
            if archive
            else translate("UndoCommands", "Unarchive %n contact(s)", "", count)
        )

    def _apply(self, archive: bool) -> None:
        ids = self.current_ids(self.changing)
        if ids:
            if archive:
                self.book.archive(ids)
            else:
                self.book.unarchive(ids)
        self.on_change(self.current_ids())

    @override
    def redo(self) -> None:
        self._apply(self.archive)

    @override
    def undo(self) -> None:
        self._apply(not self.archive)


class FavouriteCommand(_UidCommand):
    """Mark or unmark favourites; undo restores each contact's own earlier flag."""

    def __init__(
        self, book: AddressBook, ids: Sequence[int], favourite: bool, on_change: OnChange
    ) -> None:
        super().__init__(book, ids, on_change)
        self.favourite = favourite
        states = book.flags(ids)
        self.changing = [self.uid_of[i] for i in ids if i in states and states[i][1] != favourite]
        count = len(self.uids)
        self.setText(
            translate("UndoCommands", "Mark %n contact(s) as favourite", "", count)
            if favourite
            else translate("UndoCommands", "Unmark %n favourite(s)", "", count)
        )

    def _apply(self, favourite: bool) -> None:
        ids = self.current_ids(self.changing)
        if ids:
            self.book.set_favourite(ids, favourite)
        self.on_change(self.current_ids())

    @override
    def redo(self) -> None:
        self._apply(self.favourite)

    @override
    def undo(self) -> None:
        self._apply(not self.favourite)


class DeleteCommand(_UidCommand):
    """Delete contacts for good; undo puts back the very records that were deleted."""

    def __init__(self, book: AddressBook, ids: Sequence[int], on_change: OnChange) -> None:
        super().__init__(book, ids, on_change)
        self.deleted: list[ContactRecord] = []
        # A plain name for the count: lupdate skips a translate() whose arguments call a function.
        count = len(self.uids)
        self.setText(translate("UndoCommands", "Delete %n contact(s)", "", count))

    @override
    def redo(self) -> None:
        ids = self.current_ids()
        self.deleted = self.book.delete(ids)
        self.on_change(ids)

    @override
    def undo(self) -> None:
        restored = self.book.restore(self.deleted)
        self.deleted = []
        self.on_change(restored)


class SaveContactCommand(QUndoCommand):
    """Save the editor's result: a change to a contact, or a new one (contact_id None).

    The first redo() writes. Undo of a change writes `before` back; undo of a new contact
    deletes it, and redo puts the same record back (same UID).
    """

    def __init__(
        self,
        book: AddressBook,
        contact_id: int | None,
        before: ContactRecord | None,
        after: ContactRecord,
        on_change: OnChange,
    ) -> None:
        super().__init__()
        self.book = book
        self.on_change = on_change
        self.is_new = contact_id is None
        if contact_id is not None and before is None:
            before = book.get(contact_id)
            if before is None:
                raise LookupError(f"no contact with id {contact_id}")
        self.before = before
        uid = after.uid or (before.uid if before is not None else None)
        if uid is None:
            # The UID is fixed now so that undo and redo find the same contact again.
            uid = self._fresh_uid()
        self.after = dataclasses.replace(after, uid=uid)
        self.uid = uid
        self.contact_id = contact_id
        self._deleted: list[ContactRecord] = []
        name = self.after.best_display_name()
        self.setText(
            translate("UndoCommands", "Add “%1”").replace("%1", name)
            if self.is_new
            else translate("UndoCommands", "Edit “%1”").replace("%1", name)
        )

    @staticmethod
    def _fresh_uid() -> str:
        from netbook.model.tables import new_uid  # the store's UID form (urn:uuid:...)

        return new_uid()

    def _current_id(self) -> int | None:
        return self.book.ids_for_uids([self.uid]).get(self.uid)

    @override
    def redo(self) -> None:
        if self.is_new:
            if self._deleted:
                ids = self.book.restore(self._deleted)
                self._deleted = []
            else:
                ids = [self.book.add(dataclasses.replace(self.after, id=None))]
            self.contact_id = ids[0]
        else:
            cid = self._current_id()
            if cid is None:
                return
            self.book.update(cid, self.after)
            self.contact_id = cid
        self.on_change([self.contact_id])

    @override
    def undo(self) -> None:
        cid = self._current_id()
        if cid is None:
            return
        if self.is_new:
            self._deleted = self.book.delete([cid])
        else:
            assert self.before is not None
            self.book.update(cid, self.before)
        self.contact_id = cid
        self.on_change([cid])


class ImportCommand(QUndoCommand):
    """An import that already ran: undo takes it back as a whole, redo imports again.

    Redo reads the files again: importing the same files twice changes nothing, so the result
    is the import as it was (unless the files changed meanwhile).
    """

    def __init__(
        self,
        importer: Importer,
        report: ImportReport,
        paths: Sequence[Path],
        on_change: OnChange,
        mapping: dict[str, str] | None = None,
        choices: MergeChoices | None = None,
    ) -> None:
        super().__init__()
        self.importer = importer
        self.report = report
        self.paths = list(paths)
        self.on_change = on_change
        self.mapping = mapping
        self.choices = choices  # which differing values the user took from the files
        self._first = True
        names = ", ".join(p.name for p in self.paths)
        self.setText(translate("UndoCommands", "Import %1").replace("%1", names))

    @override
    def redo(self) -> None:
        if self._first:
            self._first = False  # the dialog ran the import already
            return
        self.report = self.importer.run(self.paths, mapping=self.mapping, choices=self.choices)
        self.on_change([])

    @override
    def undo(self) -> None:
        self.importer.undo(self.report.batch_ids)
        self.on_change([])


class LogInteractionCommand(_UidCommand):
    """Log an interaction (a call, a meeting...) with contacts; undo removes it again.

    A "met" interaction also marks its people as met in person (the service's rule), so undo
    puts back what each contact said about meeting before.
    """

    def __init__(
        self,
        network: NetworkService,
        book: AddressBook,
        ids: Sequence[int],
        entry: InteractionValue,
        on_change: OnChange,
    ) -> None:
        super().__init__(book, ids, on_change)
        self.network = network
        self.entry = entry
        self.interaction_id: int | None = None
        self._met = MetInPersonMemory()
        count = len(self.uids)
        self.setText(translate("UndoCommands", "Log an interaction with %n contact(s)", "", count))

    @override
    def redo(self) -> None:
        ids = self.current_ids()
        if not ids:
            return
        self._met.remember(self.book, ids)
        self.interaction_id = self.network.log_interaction(
            ids, self.entry.occurred_on, self.entry.kind, self.entry.summary
        )
        self.on_change(ids)

    @override
    def undo(self) -> None:
        ids = self.current_ids()
        found = self._logged_id(ids)
        if found is not None:
            self.network.remove_interaction(found)
        self._met.restore(self.book, self.network)
        self.on_change(ids)

    def _logged_id(self, ids: Sequence[int]) -> int | None:
        """The logged interaction now: its id, unless a delete and restore renumbered it."""
        if not ids:
            return None
        same = [
            item.id
            for item in self.network.timeline(ids[0])
            if (item.occurred_on, item.kind, item.summary)
            == (self.entry.occurred_on, self.entry.kind, self.entry.summary.strip())
        ]
        if self.interaction_id in same:
            return self.interaction_id
        return max(same) if same else None
