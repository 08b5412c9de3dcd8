"""Export contacts: which ones (all, the selection, a tag, a search), which format, which file.

The records are read in chunks and rendered on a worker thread, then written atomically
(services.exporting.write_atomically), so a failed or cancelled export never leaves half a
file and the window stays responsive for a 100,000-contact book.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
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
from netbook.services.address_book import AddressBook
from netbook.services.exporting import FILE_SUFFIXES, WRITERS, render, write_atomically
from netbook.ui.window.workers import IsCancelled, Progress, Task

CHUNK = 500
# Formats in the order offered; only those with a writer registered are shown.
FORMAT_ORDER = ("vcard3", "vcard4", "csv", "json")


class ExportCancelledError(Exception):
    """The user cancelled before the file was written; nothing was written."""


def export_job(
    book: AddressBook, ids: Sequence[int], fmt: str, path: Path
) -> Callable[[Progress, IsCancelled], int]:
    """The worker's job: read in chunks, render, write atomically; returns how many."""

    def job(progress: Progress, is_cancelled: IsCancelled) -> int:
        records: list[ContactRecord] = []
        total = len(ids)
        for start in range(0, total, CHUNK):
            if is_cancelled():
                raise ExportCancelledError
            records.extend(book.get_many(ids[start : start + CHUNK]))
            progress(len(records), total)
        data = render(records, fmt)
        if is_cancelled():
            raise ExportCancelledError
        write_atomically(path, data)
        return len(records)

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
        data = self.scope.currentData()
        return list(data) if data else []

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
        if path.is_dir():
            return self.tr("This is a folder; give a file name.")
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        return None

    def _update(self) -> None:
        if self._busy:
            return
        problem = self._problem()
        self.export_button.setEnabled(problem is None)
        if problem is not None:
            self.status.setText(problem)
        else:
            count = len(self.ids())
            path = self.path()
            exists = path is not None and path.exists()
            text = self.tr("%n contact(s) will be written.", "", count)
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
        for widget in (self.scope, self.format, self.path_edit, self.browse, self.export_button):
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
        for widget in (self.scope, self.format, self.path_edit, self.browse):
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
