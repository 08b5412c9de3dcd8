"""Clean up: the groups of contacts that look like one person, side by side, merged on request.

The scan runs on a worker thread (a 100,000-contact book takes a moment); a merge is one
journal operation, so Edit > Undo takes it back. "Not duplicates" hides a group until the
dialog is closed. Any change the window makes (a merge, an undo) starts a fresh scan
(`book_changed`), so the list never offers contacts that are gone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netbook.model.values import ContactRecord
from netbook.services.application import Application
from netbook.services.duplicates import DuplicateGroup, best_to_keep
from netbook.ui.window import change_labels
from netbook.ui.window.workers import IsCancelled, Progress, Task

# Called by this name so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate

_GROUP_ROLE = Qt.ItemDataRole.UserRole


def reason_text(reason: str) -> str:
    """A reason from services.duplicates ("same email ann@x.example") in the user's language."""
    kinds: dict[str, Callable[[str], str]] = {
        "same email ": lambda v: translate("DuplicatesDialog", "same email %1").replace("%1", v),
        "same phone ": lambda v: translate("DuplicatesDialog", "same phone %1").replace("%1", v),
        "same profile ": lambda v: translate("DuplicatesDialog", "same profile %1").replace(
            "%1", v
        ),
        # The value is the folded sort key ("lee ann"): the names are shown beside it.
        "same name ": lambda _v: translate("DuplicatesDialog", "same name"),
        "similar names ": lambda v: translate("DuplicatesDialog", "similar names %1").replace(
            "%1", v
        ),
    }
    for prefix, render in kinds.items():
        if reason.startswith(prefix):
            return render(reason.removeprefix(prefix))
    return reason


def _lines(values: Sequence[str]) -> str:
    return "\n".join(v for v in values if v)


def _fields(record: ContactRecord) -> list[tuple[str, str]]:
    """The rows of the side-by-side view: the fields that tell two people apart."""
    t = translate
    return [
        (t("DuplicatesDialog", "Name"), record.best_display_name()),
        (t("DuplicatesDialog", "Organisation"), record.organization or ""),
        (t("DuplicatesDialog", "Title"), record.title or ""),
        (t("DuplicatesDialog", "Email"), _lines([e.value for e in record.emails])),
        (t("DuplicatesDialog", "Phone"), _lines([p.value for p in record.phones])),
        (
            t("DuplicatesDialog", "Address"),
            _lines([", ".join(x for x in (a.locality, a.country) if x) for a in record.addresses]),
        ),
        (t("DuplicatesDialog", "Profiles"), _lines([s.value for s in record.social_profiles])),
        (t("DuplicatesDialog", "Tags"), ", ".join(record.tags)),
        (t("DuplicatesDialog", "Birthday"), record.birthday or ""),
        (
            t("DuplicatesDialog", "Interactions"),
            str(len(record.interactions)) if record.interactions else "",
        ),
        (
            t("DuplicatesDialog", "Opportunities"),
            str(len(record.opportunities)) if record.opportunities else "",
        ),
        (t("DuplicatesDialog", "Note"), (record.note or "").strip().split("\n", 1)[0][:120]),
        (
            t("DuplicatesDialog", "Archived"),
            t("DuplicatesDialog", "yes") if record.archived else "",
        ),
    ]


class DuplicatesDialog(QDialog):
    """Find duplicates, compare a group side by side, merge it (undoably) or set it aside."""

    scanned = Signal(int)  # how many groups are shown after a scan

    def __init__(
        self,
        app: Application,
        on_change: Callable[[list[int]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.book = app.book
        self.on_change = on_change
        self.groups: list[DuplicateGroup] = []
        self.hidden: set[tuple[int, ...]] = set()
        self.records: list[ContactRecord] = []
        self._task: Task | None = None
        self._rescan_wanted = False
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.setAccessibleName(self.tr("Find duplicates"))
        self.resize(900, 560)
        self._build()
        # A burst of changes (merge, then undo) gives one scan.
        self._rescan_timer = QTimer(self)
        self._rescan_timer.setSingleShot(True)
        self._rescan_timer.setInterval(150)
        self._rescan_timer.timeout.connect(self.scan)
        self.scan()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.status = QLabel(self)
        self.status.setObjectName("duplicatesStatus")
        self.status.setWordWrap(True)

        self.group_list = QListWidget(self)
        self.group_list.setObjectName("duplicateGroups")
        self.group_list.setAccessibleName(self.tr("Groups of possible duplicates"))
        self.group_list.setWordWrap(True)
        self.group_list.setAlternatingRowColors(True)
        self.group_list.setSpacing(3)
        self.group_list.currentRowChanged.connect(self._show_group)

        self.reasons = QLabel(self)
        self.reasons.setObjectName("duplicateReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(self)
        self.table.setObjectName("duplicateComparison")
        self.table.setAccessibleName(self.tr("The contacts side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().sectionClicked.connect(self._keep_column)

        self.keep_choice = QComboBox(self)
        self.keep_choice.setObjectName("keepChoice")
        self.keep_choice.setAccessibleName(self.tr("Contact to keep"))
        self.keep_choice.currentIndexChanged.connect(self._mark_kept)
        keep_form = QFormLayout()
        keep_label = QLabel(self.tr("&Keep:"), self)
        keep_label.setBuddy(self.keep_choice)
        keep_form.addRow(keep_label, self.keep_choice)
        hint = QLabel(
            self.tr(
                "The kept contact's fields win; every email, phone, tag, interaction and "
                "opportunity of the others is added to it, and their differing names and "
                "details go into its note. Edit > Undo takes the merge back."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("mergeHint")

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reasons)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(keep_form)
        right_layout.addWidget(hint)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.group_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge_current)
        self.not_duplicates_button = QPushButton(self.tr("&Not duplicates"), self)
        self.not_duplicates_button.setObjectName("notDuplicatesButton")
        self.not_duplicates_button.setToolTip(self.tr("Hide this group until the dialog is closed"))
        self.not_duplicates_button.clicked.connect(self.hide_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.not_duplicates_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        # When nothing is found the panes would be empty boxes: the message takes their place.
        self.nothing_found = QLabel(
            self.tr(
                "Nobody in the book looks like someone else: no email, phone or LinkedIn "
                "profile is shared, and no name is written two ways. This window looks again "
                "after every change while it is open."
            ),
            self,
        )
        self.nothing_found.setObjectName("noDuplicates")
        self.nothing_found.setWordWrap(True)
        self.nothing_found.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_found.hide()
        layout.addWidget(self.nothing_found, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.setTabOrder(self.group_list, self.keep_choice)
        self.setTabOrder(self.keep_choice, self.merge_button)
        self.setTabOrder(self.merge_button, self.not_duplicates_button)
        self._set_busy(True)

    # -- scanning --------------------------------------------------------------------------
    def book_changed(self) -> None:
        """The book changed (a merge, an undo in the window): scan again shortly."""
        self._rescan_timer.start()

    def scan(self) -> None:
        """Look for duplicates again on a worker thread (once more later if one is running)."""
        if self._task is not None and self._task.is_running():
            self._rescan_wanted = True
            return
        self._rescan_wanted = False
        app = self.app

        def job(_progress: Progress, _is_cancelled: IsCancelled) -> object:
            return app.find_duplicates()

        self._task = Task(job)
        self._task.succeeded.connect(self._scanned)
        self._task.failed.connect(self._scan_failed)
        self._task.done.connect(self._scan_done)
        if not self.groups:
            self.status.setText(self.tr("Looking for duplicates…"))
        self._task.start()

    def _scan_done(self) -> None:
        if self._rescan_wanted:
            QTimer.singleShot(0, self.scan)

    def _scan_failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not look for duplicates: %1").replace("%1", message))
        self._set_busy(False)

    def _scanned(self, groups: object) -> None:
        assert isinstance(groups, list)
        current = self.current_group()
        self.groups = [g for g in groups if g.ids not in self.hidden]
        self.group_list.blockSignals(True)
        self.group_list.clear()
        row_to_select = 0
        for row, group in enumerate(self.groups):
            item = QListWidgetItem(
                ", ".join(group.names) + "\n" + "; ".join(reason_text(r) for r in group.reasons)
            )
            item.setData(_GROUP_ROLE, row)
            item.setToolTip("\n".join(reason_text(r) for r in group.reasons))
            self.group_list.addItem(item)
            if current is not None and group.ids == current.ids:
                row_to_select = row
        self.group_list.blockSignals(False)
        self._update_status()
        if self.groups:
            self.group_list.setCurrentRow(row_to_select)
            self._show_group(row_to_select)
        else:
            self._show_group(-1)
        self.scanned.emit(len(self.groups))

    def _update_status(self) -> None:
        count = len(self.groups)
        for part in (self.splitter, self.merge_button, self.not_duplicates_button):
            part.setVisible(count > 0)
        self.nothing_found.setVisible(count == 0)
        self.status.setText(
            self.tr("%n group(s) of contacts that may be one person.", "", count)
            if count
            else self.tr("No duplicates found.")
        )

    # -- one group -------------------------------------------------------------------------
    def current_group(self) -> DuplicateGroup | None:
        row = self.group_list.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def _show_group(self, row: int) -> None:
        group = self.groups[row] if 0 <= row < len(self.groups) else None
        self.records = self.book.get_many(list(group.ids)) if group else []
        self.reasons.setText(
            self.tr("Why: %1").replace("%1", "; ".join(reason_text(r) for r in group.reasons))
            if group
            else ""
        )
        self.table.clear()
        self.table.setColumnCount(len(self.records))
        self.keep_choice.blockSignals(True)
        self.keep_choice.clear()
        for record in self.records:
            self.keep_choice.addItem(record.best_display_name(), record.id)
        self.keep_choice.blockSignals(False)
        if self.records:
            rows = [_fields(r) for r in self.records]
            self.table.setRowCount(len(rows[0]))
            self.table.setVerticalHeaderLabels([label for label, _ in rows[0]])
            for column, fields in enumerate(rows):
                for row_index, (_label, value) in enumerate(fields):
                    self.table.setItem(row_index, column, QTableWidgetItem(value))
            self.table.resizeRowsToContents()
            self.keep_choice.setCurrentIndex(best_to_keep(self.records))
        else:
            self.table.setRowCount(0)
        self._mark_kept(self.keep_choice.currentIndex())
        self._set_busy(False)

    def _keep_column(self, column: int) -> None:
        self.keep_choice.setCurrentIndex(column)

    def _mark_kept(self, index: int) -> None:
        labels = [
            (
                self.tr("Keep: %1").replace("%1", r.best_display_name())
                if i == index
                else r.best_display_name()
            )
            for i, r in enumerate(self.records)
        ]
        self.table.setHorizontalHeaderLabels(labels)
        for column in range(self.table.columnCount()):
            for row in range(self.table.rowCount()):
                item = self.table.item(row, column)
                if item is not None:
                    font = item.font()
                    font.setBold(column == index)
                    item.setFont(font)

    def _set_busy(self, busy: bool) -> None:
        has_group = not busy and self.current_group() is not None
        self.merge_button.setEnabled(has_group and len(self.records) > 1)
        self.not_duplicates_button.setEnabled(has_group)
        self.keep_choice.setEnabled(has_group)

    # -- acting ----------------------------------------------------------------------------
    def kept_id(self) -> int | None:
        data = self.keep_choice.currentData()
        return int(data) if data is not None else None

    def merge_current(self) -> None:
        """Merge the shown group into the chosen contact (one operation, undoable)."""
        group = self.current_group()
        keep = self.kept_id()
        if group is None or keep is None:
            return
        others = [r.id for r in self.records if r.id is not None and r.id != keep]
        try:
            merged = self.app.merge(keep, others, label=change_labels.merge(len(others) + 1))
        except LookupError as exc:  # nothing was written (one transaction)
            self.status.setText(self.tr("Not merged: %1").replace("%1", str(exc)))
        else:
            self.on_change([merged.id] if merged.id is not None else [])
        self._drop_current()

    def hide_current(self) -> None:
        """ "Not duplicates": set the group aside until the dialog is closed."""
        group = self.current_group()
        if group is not None:
            self.hidden.add(group.ids)
            self._drop_current()

    def _drop_current(self) -> None:
        row = self.group_list.currentRow()
        if 0 <= row < len(self.groups):
            self.groups.pop(row)
            self.group_list.takeItem(row)
        self._update_status()
        next_row = min(row, len(self.groups) - 1)
        self.group_list.setCurrentRow(next_row)
        self._show_group(next_row)
