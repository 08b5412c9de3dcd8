"""The contact list's order and optional columns, chosen by the user and remembered.

View > Sort by and View > Columns, the list header's own menu (right-click on it) and clicks on
a header (a column's order; again: the other direction) all set the same two things on the
model; the services sort (services/contact_list.py). The choice is kept in the UI settings
(window/settings.py) and restored at the next start. Reach out keeps its own order (most
overdue first), so Sort by is off while it is shown. Column widths the user drags are kept
too, per column, so a column keeps its width when others come or go.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from netbook.services.contact_filter import View
from netbook.services.list_order import ListColumn, ListOrder, SortKey
from netbook.ui.contacts.list_labels import SORT_COLUMNS, column_title, sort_key_title
from netbook.ui.contacts.list_model import ContactListModel
from netbook.ui.contacts.list_view import ContactListView
from netbook.ui.window.settings import UiSettings

SORT_SETTING = "list/sort"
DIRECTION_SETTING = "list/direction"
COLUMNS_SETTING = "list/columns"
WIDTHS_SETTING = "list/widths"
DESCENDING = "descending"


def read_order(settings: UiSettings) -> ListOrder:
    """The order saved in the settings; by name when none (or an unknown one) is."""
    keys = {k.value: k for k in SortKey}
    key = keys.get(settings.text(SORT_SETTING), SortKey.NAME)
    return ListOrder(key, settings.text(DIRECTION_SETTING) == DESCENDING)


def read_widths(settings: UiSettings) -> dict[str, int]:
    """The column widths saved in the settings, "contact=300,company=180" (bad parts skipped)."""
    widths: dict[str, int] = {}
    for part in settings.text(WIDTHS_SETTING).split(","):
        key, _, width = part.partition("=")
        if key and width.isdigit():
            widths[key] = int(width)
    return widths


def read_columns(settings: UiSettings) -> list[ListColumn]:
    """The optional columns saved in the settings (unknown names are skipped)."""
    names = {c.value: c for c in ListColumn}
    saved = settings.text(COLUMNS_SETTING).split(",")
    return [names[n] for n in saved if n in names]


class ListOptions(QObject):
    """Actions for the order and the columns; `header_menu` is the header's last menu."""

    def __init__(
        self,
        model: ContactListModel,
        view: ContactListView,
        settings: UiSettings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.view = view
        self.settings = settings
        self.header_menu: QMenu | None = None
        self.sort_actions: dict[SortKey, QAction] = {}
        keys = QActionGroup(self)
        for key in SortKey:
            action = QAction(sort_key_title(key), self, checkable=True)
            action.triggered.connect(lambda _=False, k=key: self.set_order(k, None))
            keys.addAction(action)
            self.sort_actions[key] = action
        directions = QActionGroup(self)
        self.ascending = QAction(self.tr("A&scending"), self, checkable=True)
        self.descending = QAction(self.tr("D&escending"), self, checkable=True)
        for action, descending in ((self.ascending, False), (self.descending, True)):
            action.triggered.connect(lambda _=False, d=descending: self.set_order(None, d))
            directions.addAction(action)
        self.column_actions: dict[ListColumn, QAction] = {}
        for column in ListColumn:
            action = QAction(column_title(column), self, checkable=True)
            action.toggled.connect(lambda _on=False: self._columns_chosen())
            self.column_actions[column] = action
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_header_menu)
        header.sectionClicked.connect(self._header_clicked)
        model.modelReset.connect(self._show_state)
        view.set_column_widths(read_widths(settings))
        view.column_widths_changed.connect(self._save_widths)
        self._apply(read_order(settings), read_columns(settings), save=False)

    # -- menus -----------------------------------------------------------------------------
    def sort_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Sort by"), parent)
        menu.setObjectName("sortMenu")
        menu.addActions(list(self.sort_actions.values()))
        menu.addSeparator()
        menu.addActions([self.ascending, self.descending])
        return menu

    def columns_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("C&olumns"), parent)
        menu.setObjectName("columnsMenu")
        menu.addActions(list(self.column_actions.values()))
        return menu

    def add_to_view_menu(self, window: QMainWindow) -> None:
        """Sort by ▸ and Columns ▸ at the end of the window's View menu."""
        menu = window.menuBar().findChild(QMenu, "viewMenu")
        assert menu is not None, "build_menus names the View menu"
        menu.addSeparator()
        menu.addMenu(self.sort_menu(menu))
        menu.addMenu(self.columns_menu(menu))

    def _show_header_menu(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(header)
        menu.setObjectName("listHeaderMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addMenu(self.sort_menu(menu))
        menu.addSeparator()
        menu.addActions(list(self.column_actions.values()))
        self.header_menu = menu
        menu.popup(header.mapToGlobal(pos))

    # -- choosing --------------------------------------------------------------------------
    def set_order(self, key: SortKey | None, descending: bool | None) -> None:
        """A new order: `key` and/or direction (None keeps the current one)."""
        current = self.model.order
        order = ListOrder(
            key if key is not None else current.key,
            descending if descending is not None else current.descending,
        )
        self._apply(order, self.model.columns)

    def _columns_chosen(self) -> None:
        chosen = [c for c, action in self.column_actions.items() if action.isChecked()]
        if chosen != self.model.columns:
            self._apply(self.model.order, chosen)

    def _header_clicked(self, section: int) -> None:
        """A click on the name's or a column's header sorts by it; again, the other way."""
        key = SortKey.NAME if section == 0 else self._key_of(section)
        if key is None or self.model.contact_filter.view is View.REACH_OUT:
            self._show_state()  # not an order (email, phone, tags): the indicator stays
            return
        current = self.model.order
        self.set_order(key, not current.descending if current.key is key else False)

    def _key_of(self, section: int) -> SortKey | None:
        columns = self.model.columns
        if not 0 < section <= len(columns):
            return None
        return next((k for k, c in SORT_COLUMNS.items() if c is columns[section - 1]), None)

    def _apply(self, order: ListOrder, columns: list[ListColumn], *, save: bool = True) -> None:
        self.view.set_thorough_reselect(True)  # the selected contacts stay selected
        self.model.set_view(order, columns)
        self._show_state()
        if save:
            self.settings.set_text(SORT_SETTING, order.key.value)
            self.settings.set_text(DIRECTION_SETTING, DESCENDING if order.descending else "")
            self.settings.set_text(COLUMNS_SETTING, ",".join(c.value for c in self.model.columns))

    def _save_widths(self) -> None:
        widths = self.view.column_widths()
        self.settings.set_text(WIDTHS_SETTING, ",".join(f"{k}={w}" for k, w in widths.items()))

    def _show_state(self) -> None:
        """Check marks and the header's sort arrow as the model is (after any reset)."""
        order, columns = self.model.order, self.model.columns
        own_order = self.model.contact_filter.view is View.REACH_OUT
        for key, action in self.sort_actions.items():
            action.setChecked(key is order.key)
            action.setEnabled(not own_order)
        for action in (self.ascending, self.descending):
            action.setEnabled(not own_order)
        self.descending.setChecked(order.descending)
        self.ascending.setChecked(not order.descending)
        for column, action in self.column_actions.items():
            action.blockSignals(True)
            action.setChecked(column in columns)
            action.blockSignals(False)
        shown = SORT_COLUMNS.get(order.key)
        section = 0 if order.key is SortKey.NAME else None
        if shown is not None and shown in columns:
            section = columns.index(shown) + 1
        arrow = Qt.SortOrder.DescendingOrder if order.descending else Qt.SortOrder.AscendingOrder
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1 if section is None or own_order else section, arrow)
