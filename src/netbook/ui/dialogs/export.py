"""Export contacts: which ones (all, the selection, a tag, a search), which format, which file.

The records are read in chunks and rendered on a worker thread, then written by
services.export_target, so a failed or cancelled export never leaves half a file, a target
that is the book, a file beside it or its backups is refused (with the reason shown), and the
window stays responsive for a 100,000-contact book. Archived contacts are written (marked as
archived) unless "Include archived contacts" is unticked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netbook.model.values import ContactRecord
from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.services.export_target import ExportTargetError, Refusal, target_problem, write_export
from netbook.services.exporting import FILE_SUFFIXES, WRITERS, render_batches, write_error
from netbook.ui.window.workers import IsCancelled, Progress, Task

CHUNK = 500
# Formats in the order offered; only those with a writer registered are shown.
FORMAT_ORDER = ("vcard3", "vcard4", "csv", "json")


class ExportCancelledError(Exception):
    """The user cancelled before the file was written; nothing was written."""


class ExportWriteError(Exception):
    """The file could not be written; the message says why in words."""


def export_job(
    book: AddressBook, ids: Sequence[int], fmt: str, path: Path
) -> Callable[[Progress, IsCancelled], int]:
    """The worker's job: read in chunks, render, write atomically; returns how many."""

    book_path = book.path

    def job(progress: Progress, is_cancelled: IsCancelled) -> int:
        total = len(ids)
        done = 0

        def batches() -> Iterator[list[ContactRecord]]:
            nonlocal done
            for batch in book.batches(ids, CHUNK):
                if is_cancelled():  # the half-written temporary file is removed
                    raise ExportCancelledError
                yield batch
                done += len(batch)
                progress(done, total)

        pieces = render_batches(batches(), fmt)
        try:
            write_export(path, pieces, book_path)
        except OSError as exc:  # in words: "the disk is full; ...", not "[Errno 28] ..."
            raise ExportWriteError(write_error(exc)) from exc
        return done

    return job


class ExportDialog(QDialog):
    """Choose scope, format and file; export on a worker; report how many were written."""

    exported = Signal(object, int)  # the file's Path, how many contacts

    def __init__(
        self,
        book: AddressBook,
        scopes: list[tuple[str, list[int]]],
        parent: QWidget | None = None,
        *,
        fmt: str = "vcard3",
        folder: Path | None = None,
    ) -> None:
        """`fmt` and `folder` are where the dialog starts (Settings, the last export)."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export contacts"))
        self.book = book
        self.scopes = scopes
        self.written: int | None = None
        self.error: str | None = None
        self._task: Task | None = None
        self._busy = False

        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Contacts to export"))
        for label, ids in scopes:
            self.scope.addItem(label, ids)
        # Archived contacts are few; their ids are read once to leave them out on request.
        self._archived = frozenset(book.ids(ContactFilter(view=View.ARCHIVED)))
        self.include_archived = QCheckBox(self.tr("Include &archived contacts"), self)
        self.include_archived.setObjectName("includeArchived")
        self.include_archived.setToolTip(
            self.tr(
                "Archived contacts are written too, marked as archived, "
                "so the file is a whole copy of the book."
            )
        )
        self.include_archived.setChecked(True)
        self.include_archived.setVisible(bool(self._archived))
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("File format"))
        names = {
            "vcard3": self.tr("vCard 3.0 (phones, Google, Apple, Outlook)"),
            "vcard4": self.tr("vCard 4.0"),
            "csv": self.tr("CSV (spreadsheets, Google Contacts)"),
            "json": self.tr("JSON (scripts)"),
        }
        for offered in [
            *[f for f in FORMAT_ORDER if f in WRITERS],
            *sorted(f for f in WRITERS if f not in FORMAT_ORDER),
        ]:
            self.format.addItem(names.get(offered, offered), offered)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to write"))
        start = folder if folder is not None and folder.is_dir() else self._default_folder()
        self.path_edit.setText(str(start / f"netbook-contacts{self._suffix()}"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the file to write"))
        self.browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)

        form = QFormLayout()
        for text, widget, buddy in (
            (self.tr("&Contacts:"), self.scope, self.scope),
            (self.tr("&Format:"), self.format, self.format),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(buddy)
            form.addRow(caption, widget)
        file_caption = QLabel(self.tr("F&ile:"), self)
        file_caption.setBuddy(self.path_edit)
        form.addRow(file_caption, path_row)
        form.addRow("", self.include_archived)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.hide()  # after addButton, which shows it

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 220)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.scope.currentIndexChanged.connect(self._update)
        self.path_edit.textChanged.connect(self._update)
        self.include_archived.toggled.connect(self._update)
        self._update()

    # -- choices -------------------------------------------------------------------------------
    @staticmethod
    def _default_folder() -> Path:
        """Documents when it exists (a fresh account may have none: then home)."""
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(location) if location and Path(location).is_dir() else Path.home()

    def fmt(self) -> str:
        return str(self.format.currentData())

    def ids(self) -> list[int]:
        """The ids the chosen scope exports, without the archived when they are left out."""
        data = self.scope.currentData()
        ids = list(data) if data else []
        if not self.include_archived.isChecked():
            ids = [i for i in ids if i not in self._archived]
        return ids

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _suffix(self) -> str:
        return FILE_SUFFIXES.get(self.fmt(), "")

    def set_choice(self, scope: int, fmt: str, path: Path) -> None:
        """Pick scope, format and file in one go (the main window's shortcuts, tests)."""
        self.scope.setCurrentIndex(scope)
        self.format.setCurrentIndex(self.format.findData(fmt))
        self.path_edit.setText(str(path))

    def _format_changed(self) -> None:
        """Give the file the new format's suffix, when it had one of ours."""
        path = self.path()
        suffix = self._suffix()
        if path is not None and suffix and path.suffix.lower() in set(FILE_SUFFIXES.values()):
            self.path_edit.setText(str(path.with_suffix(suffix)))
        self._update()

    def choose_path(self) -> None:
        current = self.path() or self._default_folder()
        suffix = self._suffix()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            str(current),
            self.tr("%1 files (*%2);;All files (*)")
            .replace("%1", self.format.currentText())
            .replace("%2", suffix),
        )
        if name:
            chosen = Path(name)
            if suffix and not chosen.suffix:
                chosen = chosen.with_suffix(suffix)
            self.path_edit.setText(str(chosen))

    def _problem(self) -> str | None:
        path = self.path()
        if not self.ids():
            return self.tr("There are no contacts to export in this choice.")
        if path is None:
            return self.tr("Choose the file to write.")
        refused = target_problem(path, self.book.path)
        return self._refusal_text(refused) if refused is not None else None

    def _refusal_text(self, refused: ExportTargetError) -> str:
        texts = {
            Refusal.THE_BOOK: self.tr(
                "This is the book itself: an export never replaces it. Choose another file."
            ),
            Refusal.BOOK_COMPANION: self.tr(
                "This file belongs to the book (%1): an export never replaces it. "
                "Choose another file."
            ).replace("%1", refused.path.name),
            Refusal.IN_BACKUPS: self.tr(
                "This is inside the book's backups folder. Choose a file elsewhere."
            ),
            Refusal.FOLDER: self.tr("This is a folder; give a file name."),
            Refusal.SPECIAL_FILE: self.tr(
                "This is not a file netbook can write to (a socket or a disk device). "
                "Choose a file."
            ),
            Refusal.NO_FOLDER: self.tr("The folder %1 does not exist.").replace(
                "%1", str(refused.path.parent)
            ),
        }
        return texts[refused.refusal]

    def _update(self) -> None:
        if self._busy:
            return
        problem = self._problem()
        self.export_button.setEnabled(problem is None)
        if problem is not None:
            self.status.setText(problem)
        else:
            ids = self.ids()
            path = self.path()
            exists = path is not None and path.is_file()
            text = self.tr("%n contact(s) will be written.", "", len(ids))
            archived = sum(1 for i in ids if i in self._archived)
            if archived:
                text += " " + self.tr("%n of them archived, marked as such.", "", archived)
            if exists:
                text += " " + self.tr("The existing file will be replaced.")
            self.status.setText(text)

    # -- exporting -----------------------------------------------------------------------------
    def start_export(self) -> None:
        path = self.path()
        if self._busy or self._problem() is not None or path is None:
            return
        self._busy = True
        self.written = None
        self.error = None
        for widget in (
            self.scope,
            self.format,
            self.path_edit,
            self.browse,
            self.include_archived,
            self.export_button,
        ):
            widget.setEnabled(False)
        self.progress.setRange(0, len(self.ids()))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        task = Task(export_job(self.book, self.ids(), self.fmt(), path))
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._written)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _written(self, count: object) -> None:
        self._busy = False
        self.written = int(count)  # type: ignore[call-overload]
        path = self.path()
        self.progress.hide()
        self.status.setText(
            self.tr("Wrote %n contact(s) to %1.", "", self.written).replace("%1", str(path))
        )
        self.export_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.exported.emit(path, self.written)

    def _failed(self, message: str) -> None:
        self._busy = False
        self.progress.hide()
        cancelled = self._task is not None and self._task.is_cancelled()
        self.error = None if cancelled else message
        for widget in (self.scope, self.format, self.path_edit, self.browse, self.include_archived):
            widget.setEnabled(True)
        self._update()
        self.status.setText(
            self.tr("Export cancelled; no file was written.")
            if cancelled
            else self.tr("The export failed; no file was written: %1").replace("%1", message)
        )
        if cancelled and self._close_when_cancelled:
            super().reject()

    _close_when_cancelled = False

    @override
    def reject(self) -> None:
        if self._busy and self._task is not None:
            self._task.cancel()  # closes once the worker has stopped
            self._close_when_cancelled = True
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()
