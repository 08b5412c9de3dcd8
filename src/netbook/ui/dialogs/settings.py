"""Edit > Settings: where the book lives, export defaults, the new contact's reminder, when
the window syncs by itself, theme.

The book's location is shown, not changed here: the window holds the book's lock for its
whole life, so another book is opened by starting netbook on it (`--db PATH`, or
`NETBOOK_DB`), which the dialog says. Sync accounts are in File > Accounts…; here is only
when the window syncs without being asked (off by default: netbook is offline until then).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netbook.ui.cadence_names import cadences
from netbook.ui.window.preferences import MAX_SYNC_MINUTES, Preferences, Theme

# What "Sync every" offers when it is first ticked.
DEFAULT_SYNC_MINUTES = 30


class SettingsDialog(QDialog):
    """objectName "settingsDialog"; `preferences()` gives the choices once accepted."""

    def __init__(
        self, preferences: Preferences, book_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._original = preferences

        book = QGroupBox(self.tr("Book"), self)
        book_layout = QVBoxLayout(book)
        book_form = QFormLayout()
        book_layout.addLayout(book_form)
        # A read-only field, not a label: a long path (no spaces to wrap at) scrolls in it
        # and can be selected and copied whole; a wrapped label cut it off.
        self.book_path = QLineEdit(str(book_path), book)
        self.book_path.setObjectName("settingsBookPath")
        self.book_path.setReadOnly(True)
        self.book_path.setCursorPosition(0)
        self.book_path.setToolTip(str(book_path))
        show = QPushButton(self.tr("Show in &Folder"), book)
        show.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(book_path.parent)))
        )
        path_row = QHBoxLayout()
        path_row.addWidget(self.book_path, 1)
        path_row.addWidget(show)
        book_form.addRow(self.tr("Location:"), path_row)
        hint = QLabel(
            self.tr(
                "One file holds the whole book; copy it to keep a backup. To open another "
                "book, start netbook with --db PATH (or set NETBOOK_DB)."
            ),
            book,
        )
        hint.setWordWrap(True)
        book_layout.addWidget(hint)

        export = QGroupBox(self.tr("Export"), self)
        export_form = QFormLayout(export)
        self.export_format = QComboBox(export)
        self.export_format.setObjectName("settingsExportFormat")
        for key, text in (
            ("vcard3", self.tr("vCard 3.0 (phones, Google, Apple, Outlook)")),
            ("vcard4", self.tr("vCard 4.0")),
            ("csv", self.tr("CSV (spreadsheets, Google Contacts)")),
            ("json", self.tr("JSON (scripts)")),
        ):
            self.export_format.addItem(text, key)
        self.export_format.setCurrentIndex(
            max(0, self.export_format.findData(preferences.export_format))
        )
        format_caption = QLabel(self.tr("Default &format:"), export)
        format_caption.setBuddy(self.export_format)
        export_form.addRow(format_caption, self.export_format)
        self.export_folder = QLineEdit(preferences.export_folder, export)
        self.export_folder.setObjectName("settingsExportFolder")
        self.export_folder.setPlaceholderText(self.tr("Documents (the last folder used)"))
        browse = QPushButton(self.tr("&Browse…"), export)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)
        folder_caption = QLabel(self.tr("F&older:"), export)
        folder_caption.setBuddy(self.export_folder)
        export_form.addRow(folder_caption, folder_row)

        keep = QGroupBox(self.tr("Keep in touch"), self)
        keep_form = QFormLayout(keep)
        self.cadence = QComboBox(keep)
        self.cadence.setObjectName("settingsNewContactCadence")
        for days, shown in cadences():
            self.cadence.addItem(shown, days)
        found = self.cadence.findData(preferences.new_contact_cadence_days)
        self.cadence.setCurrentIndex(max(0, found))
        cadence_caption = QLabel(self.tr("New contacts get the &reminder:"), keep)
        cadence_caption.setBuddy(self.cadence)
        keep_form.addRow(cadence_caption, self.cadence)

        sync = QGroupBox(self.tr("Sync"), self)
        sync_layout = QVBoxLayout(sync)
        self.sync_on_start = QCheckBox(self.tr("Sync when netbook &starts"), sync)
        self.sync_on_start.setObjectName("settingsSyncOnStart")
        self.sync_on_start.setChecked(preferences.sync_on_start)
        self.sync_every = QCheckBox(self.tr("Sync &every"), sync)
        self.sync_every.setObjectName("settingsSyncEvery")
        self.sync_every.setChecked(preferences.sync_every_minutes is not None)
        self.sync_minutes = QSpinBox(sync)
        self.sync_minutes.setObjectName("settingsSyncMinutes")
        self.sync_minutes.setRange(1, MAX_SYNC_MINUTES)
        self.sync_minutes.setSuffix(self.tr(" minutes"))
        self.sync_minutes.setAccessibleName(self.tr("Minutes between syncs"))
        self.sync_minutes.setValue(preferences.sync_every_minutes or DEFAULT_SYNC_MINUTES)
        self.sync_minutes.setEnabled(self.sync_every.isChecked())
        self.sync_every.toggled.connect(self.sync_minutes.setEnabled)
        every_row = QHBoxLayout()
        every_row.addWidget(self.sync_every)
        every_row.addWidget(self.sync_minutes)
        every_row.addStretch(1)
        sync_hint = QLabel(
            self.tr(
                "Syncs the accounts of File > Accounts… (without one, nothing happens). "
                "File > Sync Now syncs at any time."
            ),
            sync,
        )
        sync_hint.setWordWrap(True)
        sync_layout.addWidget(self.sync_on_start)
        sync_layout.addLayout(every_row)
        sync_layout.addWidget(sync_hint)

        look = QGroupBox(self.tr("Appearance"), self)
        look_form = QFormLayout(look)
        self.theme = QComboBox(look)
        self.theme.setObjectName("settingsTheme")
        for theme, text in (
            (Theme.SYSTEM, self.tr("As the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(text, theme.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme.value)))
        theme_caption = QLabel(self.tr("&Theme:"), look)
        theme_caption.setBuddy(self.theme)
        look_form.addRow(theme_caption, self.theme)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in (book, export, keep, sync, look):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(580, self.sizeHint().height())

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export to the folder"), self.export_folder.text() or str(Path.home())
        )
        if folder:
            self.export_folder.setText(folder)

    def preferences(self) -> Preferences:
        """The choices as they stand in the dialog."""
        cadence = self.cadence.currentData()
        return replace(
            self._original,
            theme=Theme(self.theme.currentData()),
            export_format=str(self.export_format.currentData()),
            export_folder=self.export_folder.text().strip(),
            new_contact_cadence_days=int(cadence) if isinstance(cadence, int) else None,
            sync_on_start=self.sync_on_start.isChecked(),
            sync_every_minutes=self.sync_minutes.value() if self.sync_every.isChecked() else None,
        )
