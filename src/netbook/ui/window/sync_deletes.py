"""Contacts deleted here that are on the server: asked once, "Delete on the server too?".

A sync reports the cards whose contact was deleted here since it was synced (the engine
never deletes them by itself). The window names them (the first few, "and N more") and
asks; Delete on Server runs a sync that deletes exactly those cards. The answer is
remembered for this session: the same cards are not asked about again, however many timed
syncs follow (kept ones, or one the server refused to delete), until the waiting set holds
one not asked about (a new delete), when the question names them all again. A later
session asks once more (docs/sync.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:  # the sync services load after the first paint
    from netbook.services.sync.accounts import PendingDelete

# How many names the question shows before "and N more".
NAMES_SHOWN = 5

translate = QCoreApplication.translate

# The question's seam: the names, and the answer (True: delete them on the server).
Confirm = Callable[[Sequence[str]], bool]


def named(names: Sequence[str]) -> str:
    """ "Ann Lee, Bob Day and 3 more": the first few names, and how many are left."""
    shown = ", ".join(names[:NAMES_SHOWN])
    rest = len(names) - NAMES_SHOWN
    if rest <= 0:
        return shown
    return translate("SyncDeletes", "%1 and %n more", "", rest).replace("%1", shown)


def ask_delete_on_server(parent: QWidget, names: Sequence[str]) -> bool:
    """The question as a message box; True when the user chose Delete on Server."""
    box = QMessageBox(parent)
    box.setObjectName("deleteOnServerQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("SyncDeletes", "Delete on the server too?"))
    count = len(names)  # a plain name: lupdate skips a translate() that calls a function
    box.setText(
        translate(
            "SyncDeletes", "You deleted %n contact(s) that are also on the server: %1.", "", count
        ).replace("%1", named(names))
    )
    box.setInformativeText(
        translate(
            "SyncDeletes",
            "Delete them on the server too? Your phone and other clients then lose them; "
            "a delete on the server cannot be undone from here. Kept on the server, they "
            "stay there and do not come back into this book.",
        )
    )
    delete = box.addButton(
        translate("SyncDeletes", "&Delete on Server"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        translate("SyncDeletes", "&Keep on Server"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete


class DeleteQuestion:
    """What was asked about this session, and whether a sync's waiting deletes need asking."""

    def __init__(self, confirm: Confirm) -> None:
        self.confirm = confirm
        self.asking = False  # the question is on screen: no sync starts meanwhile
        self._answered: set[tuple[str, str]] = set()  # (account, href)

    def ask(self, pending: Sequence[PendingDelete]) -> dict[str, list[str]]:
        """The hrefs to delete on the server, by account: empty when nothing is asked (all
        asked about before) or the user keeps them."""
        keys = {(p.account, p.href) for p in pending}
        if not keys or keys <= self._answered:
            return {}
        self.asking = True
        try:
            delete = self.confirm(sorted({p.name for p in pending}, key=str.casefold))
        finally:
            self.asking = False
        self._answered |= keys
        if not delete:
            return {}
        chosen: dict[str, list[str]] = {}
        for p in pending:
            chosen.setdefault(p.account, []).append(p.href)
        return chosen
