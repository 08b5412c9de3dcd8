"""The window's File commands: Import… (and the welcome page's LinkedIn import), Export…,
the sample book, and the files dropped on the window or named on the command line.

An import is previewed first and undone like any change; the dialogs are imported on first
use and open window-modal without blocking, through the window's `_open`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from netbook.services.contact_filter import ContactFilter, View
from netbook.ui.importable_files import importable
from netbook.ui.window import change_labels, filter_words

if TYPE_CHECKING:
    from netbook.ui.window.main_window import MainWindow

# Called by this name (and in the window's context, where these texts always were) so that
# pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def dropped_paths(event: QDropEvent) -> list[Path]:
    """The local files a drag brings that netbook can import."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return importable([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])


class FileActions(QObject):
    """Import and export for the window: files in, contacts out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # -- import ----------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        from netbook.ui.dialogs.import_preview import choose_import_files

        paths = choose_import_files(self.window)
        if paths:
            self.import_files(paths)

    def choose_linkedin_and_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("MainWindow", "Import LinkedIn data"),
            "",
            # The archive as LinkedIn's "Get a copy of your data" sends it, or one of its CSVs.
            translate("MainWindow", "LinkedIn data (*.zip *.csv);;All files (*)"),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: Sequence[Path]) -> None:
        """Preview and import files (File > Import, a drop, or the command line)."""
        window = self.window
        wanted = importable(paths)
        if not wanted:
            window.show_message(
                translate("MainWindow", "Nothing to import: netbook reads .vcf and .csv files.")
            )
            return
        from netbook.ui.dialogs.import_preview import ImportDialog

        dialog = ImportDialog(window.app.importer(), wanted, window)
        dialog.imported.connect(lambda _report: window._on_change([]))
        dialog.undone.connect(lambda: window._on_change([]))
        window._open(dialog)

    def load_sample_book(self) -> None:
        """Import the sample book, dated as if written today (undoable like any import)."""
        from netbook.services.sample_book import sample_file

        window = self.window
        importer = window.app.importer()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with sample_file(window.app.network.today()) as path:
                report = importer.run([path], label=change_labels.import_files(path.name))
        finally:
            QApplication.restoreOverrideCursor()
        window._on_change([])
        # Counts in plain names: lupdate skips a translate() whose arguments call anything.
        loaded = report.imported
        window.show_message(translate("MainWindow", "Loaded %Ln sample contact(s).", "", loaded))

    # -- export ----------------------------------------------------------------------------
    def export_scopes(self) -> list[tuple[str, list[int]]]:
        """What File > Export offers: the selection, the list as filtered, the whole book."""
        window = self.window
        scopes: list[tuple[str, list[int]]] = []
        selected = window.selected_ids()
        if selected:
            chosen = len(selected)
            scopes.append((translate("MainWindow", "Selection (%Ln)", "", chosen), selected))
        where = window.current_filter()
        if where != ContactFilter():
            ids = window.book.ids(where)
            tag = window.sidebar.tag_name(where.tag_id) if where.tag_id is not None else None
            scopes.append((filter_words.scope_label(where, len(ids), tag), ids))
        everyone = window.book.ids(ContactFilter(view=View.EVERYONE))  # archived too
        total = len(everyone)
        scopes.append((translate("MainWindow", "All contacts (%Ln)", "", total), everyone))
        return scopes

    def export(self) -> None:
        from netbook.ui.dialogs.export import ExportDialog

        window = self.window
        dialog = ExportDialog(
            window.book,
            self.export_scopes(),
            window,
            fmt=window.preferences.export_format,
            folder=window.preferences.export_start_folder(),
        )
        dialog.exported.connect(lambda path, _count: self._remember_export_folder(path))
        window._open(dialog)

    def _remember_export_folder(self, path: Path) -> None:
        window = self.window
        window.preferences.export_folder = str(Path(path).parent)
        window.preferences.save(window.settings)
