"""The contact list widget: photo, name, organisation and title per row, drag out, selection.

A QTableView with fixed row heights: its vertical header keeps the rows' positions as one
run of equal sections, so a reset to 100,000 rows costs nothing per row, and the view only
paints (and so only reads) the rows on screen. (A QListView, even with uniform item sizes,
walks every row after each reset: 1.1 million rowCount() calls, 150 ms, per keystroke.)
Column 0 is the contact, painted by ContactDelegate (contacts/contact_delegate.py); the
optional columns (company, email, ...) are plain text. The column header shows the order;
its menu and clicks choose order and columns (contacts/list_options.py).

The selection is remembered by contact id across resets: after an edit the same people stay
selected; while searching, a selected contact that is still among the first rows stays
selected (looking further would cost a query per keystroke).

A right-click, the Menu key or Shift+F10 asks for the selection's menu (`menu_requested`;
contacts/contact_menu.py builds it).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from netbook.ui.contacts.contact_delegate import AVATAR, PADDING, ContactDelegate
from netbook.ui.contacts.list_model import ContactIdRole, ContactListModel
from netbook.ui.menu_keys import is_menu_key, menu_is_open, menu_position

AnyIndex = QModelIndex | QPersistentModelIndex
_SECONDARY_TEXT = QPalette.ColorRole.PlaceholderText
# A selection larger than this is not carried across a reset (it would cost a lookup per id).
MAX_KEPT_SELECTION = 500
# Widths of the contact's column beside optional ones, and of each optional column.
CONTACT_COLUMN_WIDTH = 260
OTHER_COLUMN_WIDTH = 140
# The key of the contact's own column among the remembered widths (the others: ListColumn values).
CONTACT_COLUMN = "contact"


class ContactListView(QTableView):
    """The list of contacts (objectName "contactList")."""

    current_contact_changed = Signal(object)  # int | None
    selection_changed = Signal()
    # Enter or a double click on a contact. Not Qt's `activated`, which some desktops emit on
    # a single click and which fires together with `doubleClicked` on others.
    open_requested = Signal()
    # The selection's context menu, to show at this point on screen.
    menu_requested = Signal(QPoint)
    # The user resized a column (`column_widths` has the new widths).
    column_widths_changed = Signal()

    def __init__(self, model: ContactListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactList")
        self.setAccessibleName(self.tr("Contacts"))
        columns = self.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setSectionsClickable(True)
        columns.setHighlightSections(False)
        columns.setSortIndicatorShown(True)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setDefaultSectionSize(OTHER_COLUMN_WIDTH)
        columns.setMinimumSectionSize(48)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        line = self.fontMetrics().height()
        rows.setDefaultSectionSize(max(AVATAR + PADDING, 2 * line + PADDING + 4))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in any other widget
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegateForColumn(0, ContactDelegate(self))
        self._kept_ids: list[int] = []
        self._kept_current: int | None = None
        self._thorough = True
        self._announced: int | None = None
        self._empty_text = ""
        self.setModel(model)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        model.modelReset.connect(self._fit_columns)
        # Widths the user gave columns, by column ("contact" or a ListColumn's value): a
        # column keeps its width when others come or go, and across restarts (ListOptions).
        self._widths: dict[str, int] = {}
        self._shown_columns: tuple[str, ...] = ()
        self._fitting = False
        columns.sectionResized.connect(self._section_resized)
        self._fit_columns()
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # After a reset the model first reads only what fits on screen: the view's height
        # (the viewport is a little lower), a row cut at the top and one at the bottom.
        rows = self.height() // max(1, self.verticalHeader().defaultSectionSize()) + 2
        self.contact_model().set_rows_on_screen(rows)

    def set_empty_text(self, text: str) -> None:
        """What the list says when it shows nobody (no search result, an empty view)."""
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._empty_text or self.model().rowCount() > 0:
            return
        # An empty white box reads as "broken" or "still loading": say why it is empty.
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(_SECONDARY_TEXT))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        painter.drawText(area, flags, self._empty_text)  # plain text: it may quote a search
        painter.end()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id() is not None:
            self.open_requested.emit()
            event.accept()
            return
        if is_menu_key(event):
            event.accept()
            self._request_menu(None)
            return
        super().keyPressEvent(event)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        # On a row, the press has selected it already (or kept the selection it is part of).
        if mouse and not self.indexAt(event.pos()).isValid():
            return
        self._request_menu(event.globalPos() if mouse else None)

    def _request_menu(self, where: QPoint | None) -> None:
        """Ask for the menu at `where`, or (from the keyboard) under the current row."""
        if menu_is_open() or self.selected_count() == 0:
            return
        if where is None:
            index: AnyIndex = self.currentIndex()
            if not index.isValid() or not self.selectionModel().isSelected(index):
                index = self.selectionModel().selection().at(0).topLeft()  # not every index
            self.scrollTo(index)
            where = menu_position(self.viewport(), self.visualRect(index))
        self.menu_requested.emit(where)

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        if self.indexAt(event.position().toPoint()).isValid():
            self.open_requested.emit()

    def contact_model(self) -> ContactListModel:
        model = self.model()
        assert isinstance(model, ContactListModel)
        return model

    # -- what is selected ------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected contacts' ids in list order (reads ranges, not every index)."""
        model = self.contact_model()
        ids: list[int] = []
        selection = self.selectionModel().selection()
        ranges = sorted((selection.at(i) for i in range(selection.count())), key=lambda r: r.top())
        for selected in ranges:
            ids.extend(model.ids_in_rows(selected.top(), selected.bottom()))
        return list(dict.fromkeys(ids))

    def selected_count(self) -> int:
        selection = self.selectionModel().selection()
        return sum(selection.at(i).height() for i in range(selection.count()))

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        value = index.data(ContactIdRole)
        return int(value) if value is not None else None

    def select_contact(self, contact_id: int) -> bool:
        """Select and show one contact; False when the current filter leaves it out."""
        row = self.contact_model().row_of(contact_id)
        if row is None:
            return False
        self._select_rows([row], row)
        return True

    def select_contacts(self, contact_ids: list[int]) -> None:
        """Select those of these contacts the list shows (the first one becomes current)."""
        model = self.contact_model()
        rows = [r for r in (model.row_of(cid) for cid in contact_ids) if r is not None]
        if rows:
            self._select_rows(rows, rows[0])

    def _select_rows(self, rows: list[int], current: int | None) -> None:
        model = self.contact_model()
        selection = QItemSelection()
        for row in rows:
            index = model.index(row)
            selection.select(index, index)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().select(selection, flags)
        if current is not None:
            index = model.index(current)
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(index)

    def column_widths(self) -> dict[str, int]:
        """The widths the user gave columns, by column key (see `_column_keys`)."""
        return dict(self._widths)

    def set_column_widths(self, widths: dict[str, int]) -> None:
        """Widths to give columns when they are shown (remembered ones, at start-up)."""
        least = self.horizontalHeader().minimumSectionSize()
        self._widths = {k: w for k, w in widths.items() if w >= least}
        self._shown_columns = ()
        self._fit_columns()

    def _column_keys(self) -> tuple[str, ...]:
        return (CONTACT_COLUMN, *(c.value for c in self.contact_model().columns))

    def _fit_columns(self) -> None:
        """When columns come or go: each takes the width the user last gave it, else the
        contact's column a readable one and the others the default; the last fills the rest
        (none is sized to its contents, which would read every row)."""
        keys = self._column_keys()
        if keys == self._shown_columns:
            return
        self._shown_columns = keys
        columns = self.horizontalHeader()
        self._fitting = True
        try:
            for section, key in enumerate(keys[:-1]):
                default = CONTACT_COLUMN_WIDTH if section == 0 else OTHER_COLUMN_WIDTH
                columns.resizeSection(section, self._widths.get(key, default))
        finally:
            self._fitting = False

    def _section_resized(self, section: int, _old: int, new: int) -> None:
        """A column the user dragged keeps its width. The last one stretches with the
        window, so its width is not a choice."""
        keys = self._shown_columns
        if self._fitting or not 0 <= section < len(keys) - 1:
            return
        if self._widths.get(keys[section]) != new:
            self._widths[keys[section]] = new
            self.column_widths_changed.emit()

    # -- keeping the selection across resets -----------------------------------------------
    def set_thorough_reselect(self, thorough: bool) -> None:
        """Whether the next reset looks selected contacts up anywhere in the list (after an
        edit) or only among the rows already read (while typing a search)."""
        self._thorough = thorough

    def _remember_selection(self) -> None:
        self._kept_current = self.current_id()
        self._kept_ids = self.selected_ids() if self.selected_count() <= MAX_KEPT_SELECTION else []
        if self._kept_current is not None and self._kept_current not in self._kept_ids:
            self._kept_current = None
        if self._kept_ids:  # looked for among the rows read: a whole block, not a screenful
            self.contact_model().read_whole_first_block()

    def _restore_selection(self) -> None:
        model = self.contact_model()
        rows: list[int] = []
        current_row: int | None = None
        for contact_id in self._kept_ids:
            # While typing, only the current contact is worth a lookup beyond the rows read:
            # the one being looked at stays selected as long as the search still finds it.
            thorough = self._thorough or contact_id == self._kept_current
            row = model.row_of(contact_id) if thorough else model.cached_row_of(contact_id)
            if row is not None:
                rows.append(row)
                if contact_id == self._kept_current:
                    current_row = row
        self._kept_ids, self._kept_current, self._thorough = [], None, True
        # After a reset the row may hold a changed contact (an edit): announce it again.
        self._announced = None
        if rows:
            self._select_rows(rows, current_row if current_row is not None else rows[0])
        else:
            self.current_contact_changed.emit(None)
            self.selection_changed.emit()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._announce_current()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()
        self._announce_current()

    def _announce_current(self) -> None:
        """Emit `current_contact_changed` when the selected current contact is another one.

        Both signals can change it: the current index moves, or the row it is on becomes
        (de)selected while the index stays (focus gives the first row a current index
        without selecting it).
        """
        current = self.current_id()
        if current != self._announced:
            self._announced = current
            self.current_contact_changed.emit(current)
