"""Import files: preview what would change, import on a worker with Cancel, then a summary.

The dialog goes through these steps, each on a worker thread so the window stays responsive
with a 100,000-card file:

1. preview: `Importer.preview` reads and matches, writes nothing; the table says per file how
   many contacts are new, updates or unchanged, and lists every problem; a CSV file whose
   layout netbook does not know offers "Map columns…" and is previewed again with the mapping;
   every value a file spells otherwise than the book (a name, an organisation...) is listed
   per contact, old → new, with a choice: keep the book's (the default) or take the file's;
2. import: `Importer.run` in one journal operation with those choices, with a progress bar;
   Cancel rolls it back;
3. summary: the counts and every problem; "Undo import" takes the whole import back (the
   journal's undo of the import's operation, so Edit > Redo can bring it back).

`imported(report)` is emitted when the summary is dismissed with the import kept (Close,
Escape, the window's close button); `undone()` when the user chose "Undo import".
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netbook.formats.parsed import Problem
from netbook.services.import_plan import FileImportResult
from netbook.services.importer import Importer, ImportReport
from netbook.services.incoming_merge import MergeChoices
from netbook.ui.dialogs.column_mapping import ColumnMappingDialog
from netbook.ui.dialogs.import_differences import DifferencesView
from netbook.ui.window import change_labels
from netbook.ui.window.workers import IsCancelled, Job, Progress, Task

# Formats whose counts are not contacts, and what the preview calls them.
_ARCHIVE_MESSAGES = "linkedin-messages"

# Bytes read to offer a column mapping for a file the importer could not read (a header row).
_HEADER_BYTES = 256 * 1024


def choose_import_files(parent: QWidget | None = None) -> list[Path]:
    """Ask for vCard and CSV files to import (an empty list when the user cancels)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QGuiApplication.translate("ImportDialog", "Import contacts"),
        "",
        QGuiApplication.translate(
            "ImportDialog",
            "Contacts (*.vcf *.vcard *.csv *.zip);;vCard (*.vcf *.vcard);;CSV (*.csv);;"
            "LinkedIn archive (*.zip);;All files (*)",
        ),
    )
    return [Path(name) for name in names]


def _file_label(result: FileImportResult) -> str:
    """The file's name; for a file inside an archive, "archive.zip / messages.csv"."""
    return f"{result.path.name} / {result.part}" if result.part else result.path.name


class Step(enum.Enum):
    PREVIEWING = "previewing"
    PREVIEWED = "previewed"
    IMPORTING = "importing"
    IMPORTED = "imported"
    CANCELLED = "cancelled"
    FAILED = "failed"
    UNDOING = "undoing"
    UNDONE = "undone"


@dataclass(frozen=True, slots=True)
class _Preview:
    report: ImportReport
    unknown_csv: dict[Path, list[str]]


def _unknown_csv_headers(paths: Sequence[Path], report: ImportReport) -> dict[Path, list[str]]:
    """Header rows of the files that are CSV netbook could not place (runs on the worker)."""
    from netbook.formats.csv.reading import csv_headers, looks_like_csv

    found: dict[Path, list[str]] = {}
    for result in report.files:
        if result.error is None:
            continue
        try:
            with result.path.open("rb") as handle:
                head = handle.read(_HEADER_BYTES)
        except OSError:
            continue
        if looks_like_csv(head):
            headers = csv_headers(head)
            if headers:
                found[result.path] = headers
    return found


class ImportDialog(QDialog):
    """Preview, import with progress and Cancel, summary with Undo import."""

    imported = Signal(object)  # ImportReport, once the import is kept (see module docstring)
    undone = Signal()
    previewed = Signal(object)  # ImportReport of the preview (for tests and the status bar)
    step_changed = Signal(object)  # Step

    def __init__(
        self, importer: Importer, paths: list[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.importer = importer
        self.paths = list(paths)
        self.mapping: dict[str, str] | None = None
        self.choices: MergeChoices | None = None  # the differences the user took, once importing
        self.step = Step.PREVIEWING
        self.preview_report: ImportReport | None = None
        self.report: ImportReport | None = None
        self.unknown_csv: dict[Path, list[str]] = {}
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.error: str | None = None
        self._task: Task | None = None
        self._close_when_done = False
        self._announced = False

        self.heading = QLabel(self)
        self.heading.setObjectName("importHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)

        self.files_table = self._table(
            [
                self.tr("File"),
                self.tr("Format"),
                self.tr("New"),
                self.tr("Updates"),
                self.tr("Unchanged"),
                self.tr("Problems"),
            ],
            self.tr("Files to import"),
            stretch=0,
        )
        self.differences_label = QLabel(self)
        self.differences_label.setWordWrap(True)
        self.differences = DifferencesView(self)
        self.differences_label.setBuddy(self.differences)
        self.keep_all_button = QPushButton(self.tr("&Keep all mine"), self)
        self.keep_all_button.setObjectName("keepAllMine")
        self.keep_all_button.clicked.connect(lambda: self.differences.take_all(False))
        self.take_all_button = QPushButton(self.tr("&Take all theirs"), self)
        self.take_all_button.setObjectName("takeAllTheirs")
        self.take_all_button.clicked.connect(lambda: self.differences.take_all(True))
        self.problems_label = QLabel(self.tr("Problems"), self)
        self.problems_table = self._table(
            [
                self.tr("File"),
                self.tr("Card/row"),
                self.tr("Line"),
                self.tr("Problem"),
                self.tr("Result"),
            ],
            self.tr("Problems found in the files"),
            stretch=3,
        )
        self.problems_label.setBuddy(self.problems_table)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 0)

        # Off by default (privacy): only a one-line summary of each conversation day is kept.
        self.keep_text_box = QCheckBox(self.tr("&Keep message text"), self)
        self.keep_text_box.setObjectName("keepMessageText")
        self.keep_text_box.setToolTip(
            self.tr(
                "Store the words of your LinkedIn messages in the book, not only a one-line "
                "summary of each conversation day."
            )
        )
        self.keep_text_box.setVisible(False)
        self.map_button = QPushButton(self.tr("&Map columns…"), self)
        self.map_button.clicked.connect(self.open_mapping)
        self.copy_button = QPushButton(self.tr("Cop&y problems"), self)
        self.copy_button.clicked.connect(self.copy_problems)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(self.start_import)
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.undo_button = QPushButton(self.tr("&Undo import"), self)
        self.undo_button.clicked.connect(self.undo_import)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        self.buttons = QDialogButtonBox(self)
        for button, role in (
            (self.import_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.undo_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.close_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            self.buttons.addButton(button, role)
        extra = QHBoxLayout()
        extra.addWidget(self.keep_text_box)
        extra.addWidget(self.map_button)
        extra.addWidget(self.copy_button)
        extra.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addWidget(self.files_table)
        layout.addWidget(self.differences_label)
        choose = QHBoxLayout()
        choose.addWidget(self.differences, 1)
        choose_buttons = QVBoxLayout()
        choose_buttons.addWidget(self.keep_all_button)
        choose_buttons.addWidget(self.take_all_button)
        choose_buttons.addStretch(1)
        choose.addLayout(choose_buttons)
        layout.addLayout(choose, 2)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(extra)
        layout.addWidget(self.buttons)
        self.resize(820, 600)
        self.start_preview()

    def _table(self, headers: list[str], name: str, stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        return table

    # -- steps -----------------------------------------------------------------------------
    def _set_step(self, step: Step) -> None:
        self.step = step
        busy = step in (Step.PREVIEWING, Step.IMPORTING, Step.UNDOING)
        self.progress.setVisible(busy)
        self.import_button.setVisible(step in (Step.PREVIEWING, Step.PREVIEWED))
        self.import_button.setEnabled(step is Step.PREVIEWED and self._something_to_import())
        self.cancel_button.setVisible(step in (Step.PREVIEWING, Step.PREVIEWED, Step.IMPORTING))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.undo_button.setVisible(
            step is Step.IMPORTED
            and self.report is not None
            and self.report.operation_id is not None
        )
        self.close_button.setVisible(
            step in (Step.IMPORTED, Step.CANCELLED, Step.FAILED, Step.UNDONE)
        )
        self.map_button.setVisible(step is Step.PREVIEWED and bool(self.unknown_csv))
        self.keep_text_box.setVisible(self._has_messages())
        self.keep_text_box.setEnabled(step is Step.PREVIEWED)
        listed = self.differences.topLevelItemCount() > 0
        for widget in (self.differences_label, self.differences):
            widget.setVisible(listed)
        for button in (self.keep_all_button, self.take_all_button):
            button.setVisible(listed and step is Step.PREVIEWED)
        self.copy_button.setEnabled(self.problems_table.rowCount() > 0)
        for button in (self.import_button, self.close_button):
            if button.isVisible() and button.isEnabled():
                button.setDefault(True)
                button.setFocus()
        self.step_changed.emit(step)

    def _story_counts(self, report: ImportReport) -> str:
        """For a LinkedIn archive, what the new items are: " (3 contacts, 9 interactions, 2
        how we met)"; "" for files of contacts only."""
        if all(f.items == "contacts" for f in report.files):
            return ""
        contacts = sum(f.imported for f in report.files if f.items == "contacts")
        interactions = sum(f.imported for f in report.files if f.items == "interactions")
        how_met = sum(f.updated for f in report.files if f.items == "how we met")
        return (
            self.tr(" (%1 contacts, %2 interactions, %3 how we met)")
            .replace("%1", str(contacts))
            .replace("%2", str(interactions))
            .replace("%3", str(how_met))
        )

    def _has_messages(self) -> bool:
        report = self.preview_report
        return report is not None and any(f.format == _ARCHIVE_MESSAGES for f in report.files)

    def _something_to_import(self) -> bool:
        """New or changed contacts, or a difference the user may choose to take."""
        report = self.preview_report
        if report is None:
            return False
        choosable = any(d.may_take for f in report.files for d in f.differences)
        return (report.imported + report.updated) > 0 or choosable

    def _run(
        self, job: Job, on_success: Callable[[object], None], *, progress: bool = False
    ) -> None:
        task = Task(job)
        task.succeeded.connect(on_success)
        task.failed.connect(self._failed)
        if progress:
            task.progressed.connect(self._progressed)
        self._task = task
        task.start()

    def start_preview(self) -> None:
        self.heading.setText(self.tr("Reading %n file(s)…", "", len(self.paths)))
        self.detail.setText(self.tr("Nothing is written until you choose Import."))
        self.progress.setRange(0, 0)
        self._set_step(Step.PREVIEWING)
        importer, paths, mapping = self.importer, list(self.paths), self.mapping

        def preview(_progress: Progress, is_cancelled: IsCancelled) -> object:
            # Closing the dialog cancels the task: a long preview stops at its next batch.
            report = importer.preview(paths, mapping, is_cancelled=is_cancelled)
            return _Preview(report, _unknown_csv_headers(paths, report))

        self._run(preview, self._previewed)

    def _previewed(self, result: object) -> None:
        if self.step is not Step.PREVIEWING:
            return  # the user cancelled meanwhile
        assert isinstance(result, _Preview)
        report = result.report
        self.preview_report = report
        self.unknown_csv = result.unknown_csv
        self._show_files(report)
        self._show_problems(report)
        self._show_differences(report, chosen=False)
        if self._something_to_import():
            self.heading.setText(
                self.tr("Ready to import: %1 new, %2 to update, %3 already in the book")
                .replace("%1", str(report.imported))
                .replace("%2", str(report.updated))
                .replace("%3", str(report.unchanged))
                + self._story_counts(report)
            )
            self.detail.setText(
                self.tr(
                    "A backup of the book is made first. You can undo the whole import afterwards."
                )
            )
        elif any(f.error is None for f in report.files):
            self.heading.setText(self.tr("Nothing to import: everything is already in the book."))
            self.detail.setText("")
        else:
            self.heading.setText(self.tr("These files cannot be imported."))
            self.detail.setText("")
        if self.unknown_csv:
            names = ", ".join(p.name for p in self.unknown_csv)
            self.detail.setText(
                self.tr(
                    "netbook does not know the columns of %1: choose “Map columns…” to say what "
                    "they hold."
                ).replace("%1", names)
            )
        elif self.mapping:
            self.detail.setText(
                self.tr("The column mapping is used for every CSV file of this import.")
            )
        self._set_step(Step.PREVIEWED)
        self.previewed.emit(report)

    def start_import(self) -> None:
        if self.step is not Step.PREVIEWED or not self._something_to_import():
            return
        self.heading.setText(self.tr("Importing…"))
        self.detail.setText(self.tr("Cancel leaves the book exactly as it was."))
        self.progress.setRange(0, 0)  # reading and the backup come before the first count
        self._set_step(Step.IMPORTING)
        importer, paths, mapping = self.importer, list(self.paths), self.mapping
        keep_text = self.keep_text_box.isChecked()
        choices = self.choices = self.differences.choices()
        self.differences.set_locked(True)
        label = change_labels.import_files(", ".join(p.name for p in paths))

        def run(progress: Progress, is_cancelled: IsCancelled) -> object:
            return importer.run(
                paths,
                progress=progress,
                is_cancelled=is_cancelled,
                mapping=mapping,
                keep_message_text=keep_text,
                choices=choices,
                label=label,
            )

        self._run(run, self._import_finished, progress=True)

    def _progressed(self, done: int, total: int) -> None:
        if self.step is Step.IMPORTING and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(
                self.tr("%p%") if self._has_messages() else self.tr("%v of %m contacts")
            )

    def _import_finished(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        self.report = result
        if result.cancelled:
            self.heading.setText(self.tr("Import cancelled: the book is unchanged."))
            self.detail.setText("")
            self._set_step(Step.CANCELLED)
            if self._close_when_done:
                super().reject()
            return
        self._show_files(result)
        self._show_problems(result)
        self._show_differences(result, chosen=True)
        self.heading.setText(
            self.tr("Imported: %1 new, %2 updated, %3 unchanged")
            .replace("%1", str(result.imported))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
            + self._story_counts(result)
        )
        count = result.problem_count + sum(1 for f in result.files if f.error)
        self.detail.setText(
            self.tr("%n problem(s), listed below.", "", count) if count else self.tr("No problems.")
        )
        self._set_step(Step.IMPORTED)

    def _failed(self, message: str) -> None:
        self.error = message
        if self.step is Step.UNDOING:
            self.heading.setText(self.tr("The import could not be undone."))
            self.detail.setText(message)
            self._set_step(Step.IMPORTED)
            return
        self.heading.setText(self.tr("The import failed; the book is unchanged."))
        self.detail.setText(message)
        self._set_step(Step.FAILED)

    def cancel(self) -> None:
        """Cancel button: stop the import (rolled back), or leave before importing."""
        if self.step is Step.IMPORTING:
            if self._task is not None:
                self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))
            self.heading.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def undo_import(self) -> None:
        if self.step is not Step.IMPORTED or self.report is None:
            return
        self.heading.setText(self.tr("Undoing the import…"))
        self.progress.setRange(0, 0)
        self._set_step(Step.UNDOING)
        journal, operation_id = self.importer.book.journal, self.report.operation_id

        def undo(progress: Progress, _is_cancelled: IsCancelled) -> object:
            journal.undo(progress, expected=operation_id)
            return None

        self._run(undo, self._undone)

    def _undone(self, _result: object) -> None:
        self.heading.setText(self.tr("The import was undone: the book is as it was before."))
        self._set_step(Step.UNDONE)
        self.undone.emit()
        self.accept()

    # -- mapping -----------------------------------------------------------------------------
    def open_mapping(self) -> ColumnMappingDialog | None:
        """Offer the column mapping for the first CSV netbook could not place."""
        if not self.unknown_csv:
            return None
        path, headers = next(iter(self.unknown_csv.items()))
        dialog = ColumnMappingDialog(headers, path.name, self, initial=self.mapping)
        dialog.accepted.connect(lambda: self.apply_mapping(dialog.mapping()))
        dialog.finished.connect(dialog.deleteLater)
        self.mapping_dialog = dialog
        dialog.open()
        return dialog

    def apply_mapping(self, mapping: dict[str, str]) -> None:
        self.mapping_dialog = None
        self.mapping = mapping or None
        self.start_preview()

    # -- tables ------------------------------------------------------------------------------
    def _show_files(self, report: ImportReport) -> None:
        table = self.files_table
        table.setRowCount(len(report.files))
        for row, result in enumerate(report.files):
            cells = [
                _file_label(result),
                self._format_name(result),
                str(result.imported) if result.error is None else "",
                str(result.updated) if result.error is None else "",
                str(result.unchanged) if result.error is None else "",
                str(len(result.problems)) if result.error is None else self.tr("not read"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(result.path) if column == 0 else (result.error or ""))
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.setFixedHeight(
            table.horizontalHeader().height()
            + 4
            # An archive lists its files: up to nine rows show without scrolling.
            + sum(table.rowHeight(r) for r in range(min(table.rowCount(), 9)))
        )

    def _show_differences(self, report: ImportReport, *, chosen: bool) -> None:
        found = [d for result in report.files for d in result.differences]
        self.differences.show_differences(found)
        self.differences.set_locked(chosen)
        if chosen:
            taken = sum(d.taken for contact in found for d in contact.fields)
            text = self.tr(
                "&Values that differ: %1 taken from the files, %2 kept as the book had them"
            )
            text = text.replace("%1", str(taken))
            text = text.replace("%2", str(sum(len(c.fields) for c in found) - taken))
        else:
            text = self.tr(
                "&Values that differ (%n contact(s)): the book keeps its value unless you tick "
                "“Take the file's”.",
                "",
                len(found),
            )
        self.differences_label.setText(text)

    def _format_name(self, result: FileImportResult) -> str:
        names = {
            "vcard": self.tr("vCard"),
            "linkedin-csv": self.tr("LinkedIn CSV"),
            "google-csv": self.tr("Google CSV"),
            "outlook-csv": self.tr("Outlook CSV"),
            "csv": self.tr("CSV (mapped columns)"),
            "linkedin-archive": self.tr("LinkedIn archive"),
            "linkedin-profile": self.tr("LinkedIn profile"),
            "linkedin-invitations": self.tr("LinkedIn invitations"),
            "linkedin-messages": self.tr("LinkedIn messages"),
            "linkedin-recommendations-received": self.tr("Recommendations received"),
            "linkedin-recommendations-given": self.tr("Recommendations given"),
            "linkedin-endorsements-received": self.tr("Endorsements received"),
            "linkedin-endorsements-given": self.tr("Endorsements given"),
        }
        items = {
            "how we met": self.tr("how we met"),
            "interactions": self.tr("interactions"),
            "owner": self.tr("whose archive"),
            "files": self.tr("files"),
        }
        if result.error is not None:
            return self.tr("unreadable")
        name = names.get(result.format or "", result.format or "")
        if result.items in items:
            return f"{name}: {items[result.items]}"
        return name

    def _show_problems(self, report: ImportReport) -> None:
        rows: list[tuple[str, str, str, str, str]] = []
        for result in report.files:
            if result.error is not None:
                rows.append((result.path.name, "", "", result.error, self.tr("file not read")))
            name = _file_label(result)
            for problem in result.problems:
                found = self._problem_cells(problem)
                if result.items != "contacts":  # an archive's files: rows, not cards
                    outcome = self.tr("left out") if problem.dropped else self.tr("note")
                    found = (*found[:3], outcome)
                rows.append((name, *found))
        table = self.problems_table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(text)
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        self.problems_label.setText(self.tr("&Problems (%1)").replace("%1", str(len(rows))))
        self.copy_button.setEnabled(bool(rows))

    def _problem_cells(self, problem: Problem) -> tuple[str, str, str, str]:
        return (
            str(problem.card) if problem.card is not None else "",
            str(problem.line) if problem.line is not None else "",
            problem.message,
            self.tr("skipped") if problem.dropped else self.tr("card imported"),
        )

    def problems_text(self) -> str:
        """Every problem as tab-separated lines, the way "Copy problems" puts them."""
        table = self.problems_table
        lines = [
            "\t".join(
                table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
                for c in range(table.columnCount())
            )
        ]
        for row in range(table.rowCount()):
            lines.append(
                "\t".join(
                    (table.item(row, c).text() if table.item(row, c) else "")  # type: ignore[union-attr]
                    for c in range(table.columnCount())
                )
            )
        return "\n".join(lines)

    def copy_problems(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.problems_text())

    # -- closing -----------------------------------------------------------------------------
    @override
    def done(self, result: int) -> None:
        if self.step is Step.IMPORTING:
            # Closing the window while importing means Cancel; it closes once rolled back.
            self._close_when_done = True
            self.cancel()
            return
        if self.step is Step.UNDOING:
            return  # a moment: the undo is one transaction and must finish
        if self.step is Step.PREVIEWING and self._task is not None:
            self._task.cancel()  # preview writes nothing; its result is ignored
            self.step = Step.CANCELLED
        if self.step is Step.IMPORTED and self.report is not None and not self._announced:
            self._announced = True
            self.imported.emit(self.report)
        super().done(result)
