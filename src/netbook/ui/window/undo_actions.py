"""Edit > Undo and Redo as a view of the book's change journal (services/journal.py).

The actions read their labels from the journal ("Undo Edit “Ann Lee”"), so they show the
same history after a restart as before it. A small undo runs at once; a large one (a 100,000
contact import) runs on a worker while a progress dialog keeps the window painted, and the
window refreshes when it is done. A refused undo says why in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from netbook.ui.window.workers import IsCancelled, Progress, Task

# The journal's module loads after the window's first paint (the window is handed its
# services then): its types are named here only, its errors imported where they are caught.
if TYPE_CHECKING:
    from netbook.services.journal import Journal, OperationSummary

translate = QCoreApplication.translate

# Above this many recorded rows an undo or redo goes to a worker (a few ms per thousand).
BACKGROUND_CHANGES = 5000
# Above this many contacts the window reloads everything rather than named rows.
MAX_NAMED_CONTACTS = 500


class UndoRedo(QObject):
    """Drives the window's Undo and Redo actions from the journal.

    Signals: `changed(ids)` after an undo or redo was committed (ids of the contacts it
    touched; [] means "anything"), `done(message)` with what it did in words ("Undid
    “Delete 1 contact”."), `refused(message)` when the journal said no.
    """

    changed = Signal(list)
    done = Signal(str)
    refused = Signal(str)

    def __init__(
        self, journal: Journal | None, undo: QAction, redo: QAction, window: QMainWindow
    ) -> None:
        """`journal` None: the window's services load after its first paint, and `attach`
        hands it over then; meanwhile both actions are disabled (their menu is not shown)."""
        super().__init__(window)
        self.journal = journal
        self.undo_action = undo
        self.redo_action = redo
        self.window = window
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        undo.triggered.connect(self.undo)
        redo.triggered.connect(self.redo)
        self.refresh()

    def attach(self, journal: Journal) -> None:
        """The book's journal, once the window's services are loaded."""
        self.journal = journal
        self.refresh()

    def refresh(self) -> None:
        """Labels and enabled state from the journal (after every change the window made)."""
        busy = self.task is not None
        for action, op, word in (
            (self.undo_action, self._next_undo(), translate("MainWindow", "&Undo")),
            (self.redo_action, self._next_redo(), translate("MainWindow", "&Redo")),
        ):
            action.setEnabled(op is not None and not busy)
            action.setText(f"{word} {op.label}" if op is not None else word)

    def undo_text(self) -> str:
        """What Undo would take back, as the menu says it without the accelerator."""
        op = self._next_undo()
        return op.label if op is not None else ""

    def redo_text(self) -> str:
        op = self._next_redo()
        return op.label if op is not None else ""

    def _next_undo(self) -> OperationSummary | None:
        return self.journal.next_undo() if self.journal is not None else None

    def _next_redo(self) -> OperationSummary | None:
        return self.journal.next_redo() if self.journal is not None else None

    def undo(self) -> None:
        if self.journal is None:
            return
        self._run(
            self.journal.next_undo(),
            self.journal.undo,
            translate("MainWindow", "Undoing"),
            translate("MainWindow", "Undid “%1”."),
        )

    def redo(self) -> None:
        if self.journal is None:
            return
        self._run(
            self.journal.next_redo(),
            self.journal.redo,
            translate("MainWindow", "Redoing"),
            translate("MainWindow", "Redid “%1”."),
        )

    def is_busy(self) -> bool:
        return self.task is not None

    def _run(
        self,
        op: OperationSummary | None,
        replay: Callable[..., OperationSummary],
        doing: str,
        did: str,
    ) -> None:
        if op is None or self.task is not None:
            return
        from netbook.services.journal import (
            NothingToRedoError,
            NothingToUndoError,
            UnsafeUndoError,
        )

        if op.changes <= BACKGROUND_CHANGES:
            try:
                replay()
            except (NothingToUndoError, NothingToRedoError, UnsafeUndoError) as exc:
                self._refused(str(exc))
                return
            self._done(op, did)
            return

        def job(progress: Progress, _is_cancelled: IsCancelled) -> object:
            return replay(progress)

        dialog = QProgressDialog(f"{doing} “{op.label}”…", "", 0, 0, self.window)
        dialog.setObjectName("undoProgress")
        dialog.setCancelButton(None)  # one transaction: stopping halfway is not offered
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        self.progress = dialog
        task = Task(job)
        task.progressed.connect(lambda done, total: self._progressed(done, total))
        task.succeeded.connect(lambda _result: self._done(op, did))
        task.failed.connect(self._refused)
        task.done.connect(self._finished)
        self.task = task
        self.refresh()
        dialog.show()
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _finished(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.refresh()

    def _done(self, op: OperationSummary, did: str) -> None:
        assert self.journal is not None  # an undo ran on it
        contacts = self.journal.contacts_of(op.id)
        self.refresh()
        self.changed.emit(contacts if len(contacts) <= MAX_NAMED_CONTACTS else [])
        self.done.emit(did.replace("%1", op.label))

    def _refused(self, message: str) -> None:
        self.refresh()
        self.refused.emit(message)
