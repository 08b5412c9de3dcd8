"""The sidebar: the book's fixed lists (All, Favourites, Reach out, Recently added, Archived)
and its tags with how many active contacts carry each.

A tag only archived contacts carry is left out: its list would be empty. A right-click on a
tag (or the Menu key, Shift+F10) asks for the tag's menu (window/tag_actions.py).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTreeWidget, QTreeWidgetItem, QWidget
from typing_extensions import override

from netbook.services.contact_filter import View
from netbook.services.tag_count import TagCount
from netbook.ui.menu_keys import is_menu_key, menu_is_open, menu_position
from netbook.ui.window.icons import icon

# What an item selects: (view, tag id); the "Tags" heading selects nothing.
Choice = tuple[View, int | None]
ChoiceRole = Qt.ItemDataRole.UserRole + 1


class Sidebar(QTreeWidget):
    """Lists and tags (objectName "sidebar"); emits `choice_changed` with (view, tag id),
    and `everyone_requested` when the user clicks or activates "All contacts" (even when it
    is already the choice: it is how a list filtered from elsewhere is shown whole again)."""

    choice_changed = Signal(object)  # Choice
    tag_menu_requested = Signal(int, QPoint)  # the tag's id, where the menu goes on screen
    everyone_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Lists and tags"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setIconSize(QSize(18, 18))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self._tag_items: dict[int, QTreeWidgetItem] = {}
        self._tag_names: dict[int, str] = {}
        self._choice: Choice = (View.ALL, None)
        self._add_view(View.ALL, self.tr("All contacts"), "people")
        self._add_view(View.FAVOURITES, self.tr("Favourites"), "favourite")
        self._add_view(View.REACH_OUT, self.tr("Reach out"), "reach-out")
        self._add_view(View.RECENT, self.tr("Recently added"), "clock")
        self._tags = QTreeWidgetItem(self, [self.tr("Tags")])
        self._tags.setIcon(0, icon("tag"))
        self._tags.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._tags.setExpanded(True)
        self._add_view(View.ARCHIVED, self.tr("Archived"), "archive")
        self._tags.setHidden(True)
        first = self.topLevelItem(0)
        assert first is not None
        self._all: QTreeWidgetItem = first
        self.setCurrentItem(first)
        self.currentItemChanged.connect(self._current_changed)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)

    def _add_view(self, view: View, text: str, icon_name: str) -> None:
        item = QTreeWidgetItem(self, [text])
        item.setIcon(0, icon(icon_name))
        item.setData(0, ChoiceRole, (view, None))

    # -- state -----------------------------------------------------------------------------
    def choice(self) -> Choice:
        """What the list should show: the last list or tag chosen (the heading is not one)."""
        return self._choice

    def choose(self, view: View, tag_id: int | None = None, *, notify: bool = True) -> None:
        """Select the item for (view, tag); All when there is no such item.

        With `notify` False the choice changes without `choice_changed` (the caller applies
        a filter of its own)."""
        target = self._tag_items.get(tag_id) if tag_id is not None else None
        if target is None:
            for n in range(self.topLevelItemCount()):
                item = self.topLevelItem(n)
                if item is not None and item.data(0, ChoiceRole) == (view, None):
                    target = item
        self.blockSignals(not notify)
        try:
            self.setCurrentItem(target or self._all)
        finally:
            self.blockSignals(False)
        if not notify:
            found = (target or self._all).data(0, ChoiceRole)
            self._choice = found if found is not None else (View.ALL, None)

    def set_tags(self, tags: list[TagCount]) -> None:
        """Show these tags with their counts, keeping the selected tag when it still exists."""
        chosen = self.choice()
        self.blockSignals(True)
        try:
            self._tags.takeChildren()
            self._tag_items.clear()
            self._tag_names.clear()
            locale = QLocale()
            shown = [t for t in tags if t.count > 0]
            for tag in shown:
                item = QTreeWidgetItem(self._tags, [f"{tag.name}  ({locale.toString(tag.count)})"])
                item.setData(0, ChoiceRole, (View.ALL, tag.id))
                item.setData(
                    0,
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Tag %1, %Ln contact(s)", "", tag.count).replace("%1", tag.name),
                )
                self._tag_items[tag.id] = item
                self._tag_names[tag.id] = tag.name
            self._tags.setHidden(not shown)
            self._tags.setExpanded(True)
            self.choose(*chosen, notify=False)
        finally:
            self.blockSignals(False)
        if self._choice != chosen:  # the chosen tag is gone: All is shown instead
            self.choice_changed.emit(self._choice)

    def tag_name(self, tag_id: int) -> str | None:
        return self._tag_names.get(tag_id)

    def tag_item(self, tag_id: int) -> QTreeWidgetItem | None:
        return self._tag_items.get(tag_id)

    # -- the tag menu ----------------------------------------------------------------------
    def _tag_of(self, item: QTreeWidgetItem | None) -> int | None:
        found = item.data(0, ChoiceRole) if item is not None else None
        return found[1] if found is not None else None

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if menu_is_open():
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            item = self.itemAt(event.pos())
            where = event.globalPos()
        else:
            item = self.currentItem()
            where = menu_position(self.viewport(), self.visualItemRect(item)) if item else QPoint()
        tag_id = self._tag_of(item)
        if tag_id is not None:
            self.tag_menu_requested.emit(tag_id, where)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        tag_id = self._tag_of(current)
        if is_menu_key(event) and current is not None and tag_id is not None:
            event.accept()
            if not menu_is_open():
                rect = self.visualItemRect(current)
                self.tag_menu_requested.emit(tag_id, menu_position(self.viewport(), rect))
            return
        super().keyPressEvent(event)

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item is self._all:
            self.everyone_requested.emit()

    def _current_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        found = current.data(0, ChoiceRole) if current is not None else None
        if found is not None and found != self._choice:
            self._choice = found
            self.choice_changed.emit(found)
