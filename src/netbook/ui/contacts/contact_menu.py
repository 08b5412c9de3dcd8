"""The contacts' context menu: on the list's selection (right-click, the Menu key, Shift+F10)
and on the card's header.

It is made of the window's own actions (Edit contact…, Log interaction…, Favourite,
Archive/Unarchive, Export…, Delete…: the same commands, shortcuts and undo labels as the menu
bar) and of what only a menu of one contact offers: Open in new window, Copy as vCard, Show QR
code…, and Add tag ▸ (the book's tags, checked when every selected contact has it: choosing a
checked tag takes it away; New tag… makes one). Tag, archive, favourite, export, copy and log
act on the whole selection; open, edit and the QR code on one contact.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from netbook.ui.contacts.list_model import MAX_DRAGGED
from netbook.ui.window import change_labels

if TYPE_CHECKING:
    from netbook.ui.window.main_window import MainWindow

# Above this many selected contacts the tag menu shows no check marks (counting them would
# delay the menu); choosing a tag then adds it.
MAX_CHECKED_SELECTION = 5000


class ContactMenu(QObject):
    """Builds and shows the menu; its own actions are `open_window`, `copy_vcard`, `show_qr`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None  # the last menu shown (tests look at it)
        self.open_window = QAction(self.tr("&Open in new window"), window)
        self.open_window.triggered.connect(self.open_in_window)
        self.copy_vcard = QAction(self.tr("&Copy as vCard"), window)
        self.copy_vcard.triggered.connect(self.copy_as_vcard)
        self.show_qr = QAction(self.tr("Show &QR code…"), window)
        self.show_qr.triggered.connect(self.show_qr_code)
        window.list_view.menu_requested.connect(self.show_menu)
        window.card.header_menu_requested.connect(self._card_menu)

    def _card_menu(self, where: QPoint) -> None:
        record = self.window.card.record
        if record is not None and record.id is not None:
            self.show_for(record.id, where)

    def show_for(self, contact_id: int, where: QPoint) -> None:
        """The menu of one contact (a card's header): it becomes the selection first, so the
        window's actions act on it and nobody else."""
        if self.window.selected_ids() != [contact_id]:
            self.window.select_contact(contact_id)
        if self.window.selected_ids() == [contact_id]:
            self.show_menu(where)

    def show_menu(self, where: QPoint) -> None:
        ids = self.window.selected_ids()
        if not ids:
            return
        a = self.window.commands
        one = len(ids) == 1
        self.open_window.setEnabled(one)
        self.show_qr.setEnabled(one)
        self.copy_vcard.setEnabled(len(ids) <= MAX_DRAGGED)
        menu = QMenu(self.window)
        menu.setObjectName("contactMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions([self.open_window, a.edit, a.log_interaction])
        menu.addSeparator()
        menu.addMenu(self._tag_menu(menu, ids))
        menu.addActions([a.favourite, a.archive])
        menu.addSeparator()
        menu.addActions([a.export, self.copy_vcard, self.show_qr])
        menu.addSeparator()
        menu.addAction(a.delete)
        self.menu = menu
        menu.popup(where)

    # -- tags ------------------------------------------------------------------------------
    def _tag_menu(self, parent: QMenu, ids: list[int]) -> QMenu:
        tags = self.window.app.tags
        menu = QMenu(self.tr("Add &tag"), parent)
        menu.setObjectName("addTagMenu")
        carried = tags.carried_by(ids) if len(ids) <= MAX_CHECKED_SELECTION else {}
        for tag in tags.all():
            # A name as an action's text: "&" would mark a shortcut, so it is doubled.
            action = menu.addAction(tag.name.replace("&", "&&"))
            action.setCheckable(True)
            everyone = carried.get(tag.id, 0) == len(ids)
            action.setChecked(everyone)
            action.triggered.connect(
                lambda _=False, t=tag.id, n=tag.name, on=everyone: self._toggle(ids, t, n, on)
            )
        if menu.actions():
            menu.addSeparator()
        menu.addAction(self.tr("&New tag…"), lambda: self.new_tag(ids))
        return menu

    def _toggle(self, ids: list[int], tag_id: int, name: str, everyone: bool) -> None:
        tags = self.window.app.tags
        if everyone:
            label = change_labels.remove_tag(name, len(ids))
            self._tagged(lambda: tags.remove(ids, tag_id, label=label), ids)
        else:
            self._add(ids, name)

    def new_tag(self, ids: list[int]) -> None:
        dialog = QInputDialog(self.window)
        dialog.setObjectName("newTag")
        dialog.setWindowTitle(self.tr("New tag"))
        dialog.setLabelText(self.tr("Tag the %Ln selected contact(s) with:", "", len(ids)))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(lambda name: self._add(ids, name))
        self.window._open(dialog)

    def _add(self, ids: list[int], name: str) -> None:
        if not name.strip():
            return  # an empty field is no tag: nothing to do
        label = change_labels.add_tag(" ".join(name.split()), len(ids))
        self._tagged(lambda: self.window.app.tags.add(ids, name, label=label), ids)

    def _tagged(self, change: Callable[[], object], ids: list[int]) -> None:
        from netbook.services.tags import TagError  # the services load after the first paint

        try:
            change()
        except TagError as exc:
            self._say(str(exc))
            return
        self.window._on_change(ids)

    # -- one contact, or the selection as vCard --------------------------------------------
    def _one(self) -> int | None:
        ids = self.window.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def open_in_window(self) -> None:
        contact_id = self._one()
        if contact_id is None:
            return
        from netbook.ui.contacts.card_window import ContactCardWindow

        self.window._open(ContactCardWindow(self.window, contact_id))

    def show_qr_code(self) -> None:
        contact_id = self._one()
        record = self.window.book.get(contact_id) if contact_id is not None else None
        if record is None:
            return
        from netbook.ui.dialogs.share import ShareContactDialog

        self.window._open(ShareContactDialog(record, self.window))

    def copy_as_vcard(self) -> None:
        """The selected contacts as vCard 3.0 text on the clipboard, for a mail or a chat.

        WORKAROUND: only text, as the Share dialog does: a QMimeData handed to the clipboard
        (to offer text/vcard too) crashes PySide6 6.11 at exit on the offscreen platform.
        """
        ids = self.window.selected_ids()
        if not ids or len(ids) > MAX_DRAGGED:
            return
        from netbook.services.exporting import render

        data = render(self.window.book.get_many(ids), "vcard3")
        QGuiApplication.clipboard().setText(data.decode("utf-8"))
        self._say(self.tr("Copied %Ln contact(s) as vCard.", "", len(ids)))

    def _say(self, text: str) -> None:
        from netbook.ui.window.main_window import STATUS_MESSAGE_MS

        self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
