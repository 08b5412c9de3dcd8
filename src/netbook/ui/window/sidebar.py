"""The sidebar: the book's fixed lists (All, Favourites, Reach out, Recently added, Archived)
and its tags with how many active contacts carry each."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTreeWidget, QTreeWidgetItem, QWidget

from netbook.services.address_book import TagCount, View
from netbook.ui.window.icons import icon

# What an item selects: (view, tag id); the "Tags" heading selects nothing.
Choice = tuple[View, int | None]
ChoiceRole = Qt.ItemDataRole.UserRole + 1


class Sidebar(QTreeWidget):
    """Lists and tags (objectName "sidebar"); emits `choice_changed` with (view, tag id),
    and `everyone_requested` when the user clicks or activates "All contacts" (even when it
    is already the choice: it is how a list filtered from elsewhere is shown whole again)."""

    choice_changed = Signal(object)  # Choice
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
            for tag in tags:
                item = QTreeWidgetItem(self._tags, [f"{tag.name}  ({locale.toString(tag.count)})"])
                item.setData(0, ChoiceRole, (View.ALL, tag.id))
                item.setData(
                    0,
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Tag %1, %Ln contact(s)", "", tag.count).replace("%1", tag.name),
                )
                self._tag_items[tag.id] = item
                self._tag_names[tag.id] = tag.name
            self._tags.setHidden(not tags)
            self._tags.setExpanded(True)
            self.choose(*chosen, notify=False)
        finally:
            self.blockSignals(False)
        if self._choice != chosen:  # the chosen tag is gone: All is shown instead
            self.choice_changed.emit(self._choice)

    def tag_name(self, tag_id: int) -> str | None:
        return self._tag_names.get(tag_id)

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
