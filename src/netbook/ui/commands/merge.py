"""Merging duplicates as an undoable command for the main window's QUndoStack.

The command follows the contacts by UID: a merge deletes the others and undo brings them back
with new ids, so ids are looked up again on every redo. What undo needs is captured by the
merge itself (services.merge_undo), in the merge's transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from netbook.services.address_book import AddressBook
from netbook.services.duplicates import merge_undoably
from netbook.services.merge_undo import MergeUndo, unmerge
from netbook.ui.commands.contact_command import OnChange

log = logging.getLogger(__name__)


# Called by this name so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


class MergeCommand(QUndoCommand):
    """Merge `other_ids` into `keep_id`; undo gives every contact back as it was."""

    def __init__(
        self, book: AddressBook, keep_id: int, other_ids: Sequence[int], on_change: OnChange
    ) -> None:
        super().__init__()
        self.book = book
        self.on_change = on_change
        uids = book.uids([keep_id, *other_ids])
        self.keep_uid = uids[keep_id]
        self.other_uids = [uids[i] for i in other_ids if i in uids and i != keep_id]
        self.undo_info: MergeUndo | None = None
        self.failure: str | None = None
        # A plain name as the count: lupdate skips a call whose argument is an expression.
        count = len(self.other_uids) + 1
        self.setText(translate("MergeCommand", "Merge %n duplicate(s)", "", count))

    @override
    def redo(self) -> None:
        found = self.book.ids_for_uids([self.keep_uid, *self.other_uids])
        try:
            if self.keep_uid not in found or any(u not in found for u in self.other_uids):
                raise LookupError("a contact to merge is no longer in the book")
            merged, self.undo_info = merge_undoably(
                self.book.database, found[self.keep_uid], [found[u] for u in self.other_uids]
            )
        except LookupError as exc:
            # Nothing was written (one transaction); the command drops off the stack.
            log.warning("merge not done: %s", exc)
            self.failure = str(exc)
            self.setObsolete(True)
            return
        assert merged.id is not None
        self.on_change([merged.id])

    @override
    def undo(self) -> None:
        if self.undo_info is None:
            return
        try:
            ids = unmerge(self.book.database, self.undo_info)
        except LookupError as exc:
            log.warning("merge not undone: %s", exc)
            self.failure = str(exc)
            return
        self.on_change(ids)
