"""A tag's menu in the sidebar: Rename…, Merge into ▸, Delete…, Export….

Each change is one service call (services/tags.py), so one journal operation with the label
Edit > Undo shows; the window then refreshes as after any change. A rename onto another tag's
name merges the two, and is asked about first, since the user typed a rename. A delete asks
first, naming the tag and how many contacts lose it. Dialogs open window-modal without blocking,
through the window's `_open`, like its other dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox

from netbook.services.contact_filter import ContactFilter, View
from netbook.ui.window import change_labels

# The services' modules load after the window's first paint: their types are named here only,
# and the errors the actions catch are imported when they run.
if TYPE_CHECKING:
    from netbook.services.tags import TagChange, TagInfo, TagService
    from netbook.ui.window.main_window import MainWindow


class TagActions(QObject):
    """Connects the sidebar's tag menu to the tag service and the export dialog."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None  # the last menu shown (tests look at it)
        window.sidebar.tag_menu_requested.connect(self.show_menu)

    def _tags(self) -> TagService:
        return self.window.app.tags

    def show_menu(self, tag_id: int, where: QPoint) -> None:
        tag = self._tags().get(tag_id)
        if tag is None:
            return
        menu = QMenu(self.window)
        menu.setObjectName("tagMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("&Rename…"), lambda: self.rename(tag.id))
        merge = menu.addMenu(self.tr("&Merge into"))
        merge.setObjectName("mergeTagMenu")
        others = [t for t in self._tags().all() if t.id != tag.id]
        for other in others:
            # The name as an action's text: "&" would become a shortcut, so it is doubled.
            target = merge.addAction(other.name.replace("&", "&&"))
            target.triggered.connect(lambda _=False, o=other: self.merge(tag.id, o.id))
        merge.setEnabled(bool(others))
        menu.addAction(self.tr("&Delete…"), lambda: self.delete(tag.id))
        menu.addSeparator()
        menu.addAction(self.tr("&Export…"), lambda: self.export(tag.id))
        self.menu = menu
        menu.popup(where)

    # -- rename ----------------------------------------------------------------------------
    def rename(self, tag_id: int) -> None:
        tag = self._tags().get(tag_id)
        if tag is None:
            return
        dialog = QInputDialog(self.window)
        dialog.setObjectName("renameTag")
        dialog.setWindowTitle(self.tr("Rename tag"))
        dialog.setLabelText(self.tr("New name for “%1”:").replace("%1", tag.name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(tag.name)
        dialog.textValueSelected.connect(lambda name: self._renamed(tag, name))
        self.window._open(dialog)

    def _renamed(self, tag: TagInfo, name: str) -> None:
        if not name.strip():
            return  # an emptied field is no name: nothing to do
        other = self._tags().find(name)
        if other is None or other.id == tag.id:
            label = change_labels.rename_tag(tag.name, " ".join(name.split()))
            self._run(lambda: self._tags().rename(tag.id, name, label=label))
            return
        self._ask(
            "mergeTagConfirmation",
            self.tr("Merge tags"),
            self.tr(
                "A tag called “%2” exists already. Renaming “%1” to it merges the two: "
                "its %Ln contact(s) get “%2”. Edit > Undo takes it back.",
                "",
                tag.contacts,
            ),
            (tag.name, other.name),
            self.tr("Merge"),
            lambda: self.merge(tag.id, other.id),
        )

    # -- merge and delete --------------------------------------------------------------------
    def merge(self, source_id: int, target_id: int) -> None:
        source, target = self._tags().get(source_id), self._tags().get(target_id)
        if source is None or target is None:
            return
        label = change_labels.merge_tag(source.name, target.name)
        showing_source = self.window.sidebar.choice() == (View.ALL, source_id)
        done = self._run(lambda: self._tags().merge(source_id, target_id, label=label))
        if done is not None and showing_source:
            # The list showed the tag that went: show the one its contacts carry now.
            self.window.sidebar.choose(View.ALL, target_id)

    def delete(self, tag_id: int) -> None:
        tag = self._tags().get(tag_id)
        if tag is None:
            return
        label = change_labels.delete_tag(tag.name)
        self._ask(
            "deleteTagConfirmation",
            self.tr("Delete tag"),
            self.tr(
                "Delete the tag “%1”? %Ln contact(s) lose it; the contacts themselves stay. "
                "Edit > Undo brings it back.",
                "",
                tag.contacts,
            ),
            (tag.name,),
            self.tr("Delete"),
            lambda: self._run(lambda: self._tags().delete(tag_id, label=label)),
        )

    def _ask(
        self,
        name: str,
        title: str,
        text: str,
        values: tuple[str, ...],
        yes: str,
        then: Callable[[], object],
    ) -> None:
        """A question with `yes` and Cancel (the default); `then` runs on `yes`."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            change_labels.fill(text, *values),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)  # tag names are the user's text
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        button = box.button(QMessageBox.StandardButton.Ok)
        button.setText(yes)
        box.buttonClicked.connect(lambda clicked: then() if clicked is button else None)
        self.window._open(box)

    def _run(self, change: Callable[[], TagChange]) -> TagChange | None:
        """Make the change, refresh the window and say what happened (or why not)."""
        from netbook.services.tags import TagError

        try:
            done = change()
        except TagError as exc:
            self._say(str(exc))
            return None
        self.window._on_change([])
        self._say(self._said(done) + " " + self.tr("Edit > Undo takes it back."))
        return done

    def _said(self, done: TagChange) -> str:
        n = len(done.contacts)
        texts = {
            "renamed": self.tr("Renamed the tag “%1” to “%2” (%Ln contact(s)).", "", n),
            "merged": self.tr("Merged the tag “%1” into “%2” (%Ln contact(s)).", "", n),
            "deleted": self.tr("Deleted the tag “%1”: %Ln contact(s) lost it.", "", n),
        }
        return change_labels.fill(texts.get(done.outcome, "%1"), done.tag, done.into or "")

    def _say(self, text: str) -> None:
        from netbook.ui.window.main_window import STATUS_MESSAGE_MS

        self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    # -- export ----------------------------------------------------------------------------
    def export(self, tag_id: int) -> None:
        tag = self._tags().get(tag_id)
        if tag is None:
            return
        ids = self.window.book.ids(ContactFilter(tag_id=tag_id))
        scope = self.tr("Tag “%1” (%Ln)", "", len(ids)).replace("%1", tag.name)
        from netbook.ui.dialogs.export import ExportDialog

        self.window._open(ExportDialog(self.window.book, [(scope, ids)], self.window))
