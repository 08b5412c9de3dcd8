"""Back after following a link on a card: the contacts left behind, newest last.

A click on an introducer, a relation or someone introduced moves the card to that person;
Back (Alt+Left, the toolbar's arrow) returns to the contact the link was on, and again to
the one before. A contact deleted since is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:  # the services load after the window's first paint
    from netbook.services.address_book import AddressBook

MAX_TRAIL = 50  # contacts Back remembers

translate = QCoreApplication.translate


class CardTrail(QObject):
    def __init__(
        self,
        book: AddressBook,
        back: QAction,
        shown: Callable[[], int | None],
        select: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        """`shown()` is the id of the contact on the card; `select(id)` shows another."""
        super().__init__(parent)
        self.book = book
        self.back_action = back
        self._shown = shown
        self._select = select
        self._left: list[int] = []
        back.triggered.connect(self.back)
        self.refresh()

    def follow(self, go: Callable[[], None]) -> None:
        """Follow a link (`go`), remembering the contact it was on when the card moved."""
        left = self._shown()
        go()
        if left is not None and self._shown() != left:
            self._left = [*self._left, left][-MAX_TRAIL:]
        self.refresh()

    def back(self) -> None:
        while self._left:
            contact_id = self._left.pop()
            if self.book.get(contact_id) is not None:
                self._select(contact_id)
                break
        self.refresh()

    def refresh(self) -> None:
        """Enable Back when there is somewhere to go, and name it in the tooltip."""
        action = self.back_action
        record = self.book.get(self._left[-1]) if self._left else None
        action.setEnabled(record is not None)
        if record is None:
            action.setToolTip(action.statusTip())
            return
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(
            translate("MainWindow", "Back to %1 (%2)")
            .replace("%1", record.best_display_name())
            .replace("%2", keys)
        )
