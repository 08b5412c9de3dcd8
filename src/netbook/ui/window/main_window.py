"""The main window: sidebar, contact list, contact card, search, and every command's wiring.

Start-up stays light: the window's first paint needs only the list model's first page, a
count and the tag counts (a few milliseconds at 100,000 contacts). For a current book the
window starts on a `StartingBook` (services/first_page.py), which reads those with sqlite3, and
loads SQLAlchemy and the services (`app`) just after the paint, or as soon as anything else
needs them. Dialogs, the importer, vCard and charts are imported inside the slots that open
them, on first use; what start-up must still do but the first paint does not show (the sync's
accounts, files given on the command line, the server for later launches) waits for
`after_first_paint`.

The window keeps the list, the filter, the pages and the refresh after a change; the
commands are helpers of their own, as the tag menu (`tag_actions.py`) and Undo/Redo are:
`contact_actions.py` (New, Edit, Log interaction, Favourite, Archive, Delete),
`file_actions.py` (Import, Export, the sample book) and `menu_dialogs.py` (Settings, Find
duplicates, Help, About).

Every change is one service call, which the services record as one journal operation with
the label Edit > Undo shows (`window/change_labels.py`); the window then calls
`_on_change(ids)` and refreshes the list (keeping the selection), the sidebar's counts, the
status bar, the card and the Undo/Redo actions (`window/undo_actions.py`, a view of the
journal).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netbook.services.contact_filter import ContactFilter, View
from netbook.services.first_page import StartingBook
from netbook.ui.contacts.card import ContactCard
from netbook.ui.contacts.card_actions import CardStoryActions
from netbook.ui.contacts.contact_menu import ContactMenu
from netbook.ui.contacts.filter_chips import Chip, FilterChips, FilterPart
from netbook.ui.contacts.list_model import ContactListModel
from netbook.ui.contacts.list_options import ListOptions, read_columns, read_order
from netbook.ui.contacts.list_view import ContactListView
from netbook.ui.window import filter_words
from netbook.ui.window.application import NetbookApplication, set_theme, show_startup_error
from netbook.ui.window.card_trail import CardTrail
from netbook.ui.window.contact_actions import ContactActions
from netbook.ui.window.file_actions import FileActions, dropped_paths
from netbook.ui.window.first_paint import AfterFirstPaint
from netbook.ui.window.main_actions import build_actions, build_menus, build_toolbar
from netbook.ui.window.menu_dialogs import MenuDialogs
from netbook.ui.window.preferences import Preferences, Theme
from netbook.ui.window.search_field import SearchField
from netbook.ui.window.settings import UiSettings
from netbook.ui.window.sidebar import Sidebar
from netbook.ui.window.sync_status import SyncController
from netbook.ui.window.tag_actions import TagActions
from netbook.ui.window.undo_actions import UndoRedo
from netbook.ui.window.welcome_panel import WelcomePanel

if TYPE_CHECKING:
    from netbook.services.address_book import AddressBook
    from netbook.services.application import Application

log = logging.getLogger(__name__)

# The pause between the last keystroke and the query (see SearchField): none while searches
# take less than a frame, so results follow each key at once; a short one when they take
# longer (one-letter searches at 100,000 contacts), so a burst of keys costs one search.
SEARCH_DELAY_MS = 40
FAST_SEARCH_S = 0.012
STATUS_MESSAGE_MS = 6000
MAX_RESELECT = 100


class MainWindow(QMainWindow):
    """objectName "mainWindow".

    Signal `book_changed()`: after every change the window made, undo and redo included.
    """

    book_changed = Signal()

    def __init__(
        self,
        app: Application | StartingBook,
        files_to_import: list[Path] | None = None,
        settings: UiSettings | None = None,
    ) -> None:
        """`app`: the book's services, or a `StartingBook` (app.py's start), which reads what
        the first paint shows with sqlite3; the window loads the services just after that
        paint (or at once, as soon as anything else needs them: `app`)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("netbook"))
        self.after_first_paint = AfterFirstPaint(self)  # what the first paint does not need
        self._starting: StartingBook | None = None
        self._app: Application | None = None
        self.book: AddressBook
        if isinstance(app, StartingBook):
            self._starting = app
            # It answers the first paint's reads as an AddressBook does, and hands everything
            # else to the real one (services/first_page.py).
            self.book = cast("AddressBook", app)
            self.after_first_paint.run(self._load_services)
        else:
            self._app = app
            self.book = app.book
        book = self.book
        self.settings = settings or UiSettings()
        self.preferences = Preferences.load(self.settings)
        if self.preferences.theme is not Theme.SYSTEM:  # the system's is on show already
            set_theme(self.preferences.theme.value)
        self.dashboard: QWidget | None = None
        self._dashboard_ids: frozenset[int] | None = None
        self._dashboard_caption = ""  # what the dashboard picked, in words, for its chip
        self._dialogs: list[QWidget] = []  # open non-modal dialogs, kept alive
        self._active_total = 0  # active contacts in the book, counted after every change
        self._archived_total = 0  # archived ones, for the status bar

        self.search_field = SearchField()
        self.sidebar = Sidebar()
        self.model = ContactListModel(
            book, self, order=read_order(self.settings), columns=read_columns(self.settings)
        )
        self.list_view = ContactListView(self.model)
        self.chips = FilterChips()
        self.card = ContactCard()
        self.welcome = WelcomePanel()
        self.commands = build_actions(self)
        journal = self._app.journal if self._app is not None else None  # else after the paint
        self.undo_redo = UndoRedo(journal, self.commands.undo, self.commands.redo, self)
        build_menus(self, self.commands)
        self.list_options = ListOptions(self.model, self.list_view, self.settings, self)
        self.list_options.add_to_view_menu(self)  # Sort by ▸, Columns ▸
        self.toolbar = build_toolbar(self, self.commands, self.search_field)
        self._build_layout()
        self.story = CardStoryActions(self)  # the card's Edit…/Remove, Add opportunity…
        self.tag_actions = TagActions(self)  # a tag's menu in the sidebar
        self.contact_menu = ContactMenu(self)  # the list's and the card's context menu
        self.contact_actions = ContactActions(self)  # New, Edit, Log, Favourite, Archive, Delete
        self.file_actions = FileActions(self)  # Import, Export, the sample book
        self.menu_dialogs = MenuDialogs(self)  # Settings, Find duplicates, Help, About
        self.trail = CardTrail(
            book,
            self.commands.back,
            lambda: self.card.record.id if self.card.record is not None else None,
            self.select_contact,
            self,
        )
        self.counts_label = QLabel()
        self.counts_label.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.sync = SyncController(
            self,
            lambda: self.app,
            lambda: self._on_change([]),
            self.after_first_paint,
            self.preferences,
        )
        file_menu = self.commands.quit.associatedObjects()[0]
        if isinstance(file_menu, QMenu):
            self.sync.add_to(file_menu, self.commands.quit)
        self._connect()
        self.setAcceptDrops(True)
        self.resize(1180, 760)
        self._restore_state()
        self.list_view.set_empty_text(self.empty_list_text(self.current_filter()))
        self._refresh_book_state()
        self._update_actions()
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if files_to_import:
            paths = list(files_to_import)
            self.after_first_paint.run(lambda: self.import_files(paths))

    # -- the book's services ---------------------------------------------------------------
    @property
    def app(self) -> Application:
        """The book's services (loaded now if the window started on a StartingBook)."""
        if self._app is None:
            self._load_services()
        assert self._app is not None
        return self._app

    def _load_services(self) -> None:
        """Load SQLAlchemy and the services once: after the first paint, or when first asked."""
        if self._app is not None or self._starting is None:
            return
        from netbook.services.application import StoreError  # loads with the services

        try:
            app = self._starting.services()
        except StoreError as exc:
            # The book could not be opened after the first page was read (it changed on
            # disk, the disk failed): say so and close, as a start on such a book does.
            show_startup_error(str(exc))
            QTimer.singleShot(0, self.close)
            raise
        self._app = app
        self.book = app.book
        self.undo_redo.attach(app.journal)

    # -- layout ----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.inner_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.inner_splitter.setObjectName("listCardSplitter")
        list_pane = QWidget()
        list_pane.setObjectName("listPane")
        pane_layout = QVBoxLayout(list_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(0)
        pane_layout.addWidget(self.chips)
        pane_layout.addWidget(self.list_view, 1)
        self.inner_splitter.addWidget(list_pane)
        self.inner_splitter.addWidget(self.card)
        self.inner_splitter.setStretchFactor(0, 2)
        self.inner_splitter.setStretchFactor(1, 3)
        self.inner_splitter.setSizes([380, 560])
        self.content = QStackedWidget()
        self.content.addWidget(self.inner_splitter)
        self.content.addWidget(self.welcome)
        self.outer_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.outer_splitter.setObjectName("sidebarSplitter")
        self.outer_splitter.addWidget(self.sidebar)
        self.outer_splitter.addWidget(self.content)
        self.outer_splitter.setStretchFactor(1, 1)
        self.outer_splitter.setSizes([210, 970])
        self.outer_splitter.setCollapsible(1, False)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.outer_splitter)
        self.setCentralWidget(self.pages)
        self.setTabOrder(self.search_field, self.sidebar)
        self.setTabOrder(self.sidebar, self.list_view)
        self.setTabOrder(self.list_view, self.card)

    def _connect(self) -> None:
        a = self.commands
        a.quit.triggered.connect(self.close)
        files, contacts, dialogs = self.file_actions, self.contact_actions, self.menu_dialogs
        a.import_files.triggered.connect(files.choose_and_import)
        a.export.triggered.connect(files.export)
        a.new_contact.triggered.connect(contacts.new_contact)
        a.edit.triggered.connect(contacts.edit_contact)
        a.log_interaction.triggered.connect(contacts.log_interaction)
        a.favourite.triggered.connect(contacts.toggle_favourite)
        a.archive.triggered.connect(contacts.archive_selected)
        a.delete.triggered.connect(contacts.delete_selected)
        a.find.triggered.connect(self.focus_search)
        a.clear_filters.triggered.connect(self.clear_filters)
        a.settings.triggered.connect(dialogs.open_settings)
        a.help.triggered.connect(dialogs.open_help)
        a.show_contacts.triggered.connect(self.show_contacts)
        a.show_dashboard.triggered.connect(self.show_dashboard)
        a.find_duplicates.triggered.connect(dialogs.find_duplicates)
        a.about.triggered.connect(dialogs.about)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        # Delete only acts on the list: in a text field the key deletes text.
        a.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list_view.addAction(a.delete)
        self.search_field.search_changed.connect(self._search_changed)
        self.search_field.results_requested.connect(self._focus_results)
        self.sidebar.choice_changed.connect(self._sidebar_changed)
        self.sidebar.everyone_requested.connect(self.clear_filters)
        self.chips.removed.connect(self.remove_filter)
        self.chips.cleared.connect(self.clear_filters)
        self.list_view.current_contact_changed.connect(self._show_contact)
        self.list_view.selection_changed.connect(self._update_actions)
        self.list_view.open_requested.connect(contacts.edit_contact)
        self.card.contact_requested.connect(
            lambda uid: self.trail.follow(lambda: self.show_contact_by_uid(uid))
        )
        self.card.contact_id_requested.connect(
            lambda contact_id: self.trail.follow(lambda: self.select_contact(contact_id))
        )
        self.card.log_interaction_requested.connect(contacts.log_interaction_with_shown)
        self.welcome.import_vcard_requested.connect(files.choose_and_import)
        self.welcome.import_linkedin_requested.connect(files.choose_linkedin_and_import)
        self.welcome.load_sample_requested.connect(files.load_sample_book)
        self.undo_redo.changed.connect(self._on_change)
        self.undo_redo.refused.connect(
            lambda message: self.statusBar().showMessage(message, STATUS_MESSAGE_MS)
        )
        # "Deleted 1 contact." must not outlive its undo: say what the undo did instead.
        self.undo_redo.done.connect(
            lambda message: self.statusBar().showMessage(message, STATUS_MESSAGE_MS)
        )
        app = QApplication.instance()
        if isinstance(app, NetbookApplication):
            app.file_open_requested.connect(lambda path: self.import_files([path]))

    # -- state kept between sessions -------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.state("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.state("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (
            ("window/sidebarSplitter", self.outer_splitter),
            ("window/listCardSplitter", self.inner_splitter),
        ):
            sizes = self.settings.state(key)
            if sizes is not None:
                splitter.restoreState(sizes)

    def save_state(self) -> None:
        self.settings.set_state("window/geometry", self.saveGeometry())
        self.settings.set_state("window/state", self.saveState())
        self.settings.set_state("window/sidebarSplitter", self.outer_splitter.saveState())
        self.settings.set_state("window/listCardSplitter", self.inner_splitter.saveState())
        self.settings.sync()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    # -- what the list shows ---------------------------------------------------------------
    def current_filter(self) -> ContactFilter:
        view, tag_id = self.sidebar.choice()
        return ContactFilter(
            view=view,
            tag_id=tag_id,
            query=self.search_field.text().strip(),
            ids=self._dashboard_ids,
        )

    def _apply_filter(self, *, thorough: bool = False) -> None:
        self.list_view.set_thorough_reselect(thorough)
        where = self.current_filter()
        self.model.set_filter(where)
        self.list_view.set_empty_text(self.empty_list_text(where))
        self.chips.set_chips(self._chips_for(where))
        self._update_counts()
        self._update_actions()

    def remove_filter(self, part: FilterPart) -> None:
        """Drop one part of the filter (its chip's close button); the others stay."""
        if part in (FilterPart.VIEW, FilterPart.TAG):
            self.sidebar.choose(View.ALL, notify=False)
        elif part is FilterPart.PICKED:
            self._dashboard_ids = None
        elif part is FilterPart.SEARCH:
            self.search_field.clear_search()
            return  # clearing the search applies the filter
        self._apply_filter()

    def clear_filters(self) -> None:
        """Show every active contact: Esc, "Clear all", or a click on "All contacts"."""
        self.show_contacts()
        self._dashboard_ids = None
        self.sidebar.choose(View.ALL, notify=False)
        if self.search_field.text():
            self.search_field.clear_search()  # applies the filter
        else:
            self._apply_filter()

    def empty_list_text(self, where: ContactFilter) -> str:
        return filter_words.empty_list_text(where, len(self._chips_for(where)))

    def _chips_for(self, where: ContactFilter) -> list[Chip]:
        tag = self.sidebar.tag_name(where.tag_id) if where.tag_id is not None else None
        return filter_words.chips_for(where, tag, self._dashboard_caption)

    def _search_changed(self, _text: str) -> None:
        started = time.perf_counter()
        self._apply_filter()
        fast = time.perf_counter() - started < FAST_SEARCH_S
        self.search_field.set_delay(0 if fast else SEARCH_DELAY_MS)

    def _sidebar_changed(self, _choice: object) -> None:
        self._dashboard_ids = None
        self._apply_filter()
        self._update_actions()

    def apply_contact_filter(self, where: ContactFilter, caption: str = "") -> None:
        """Show what `where` selects (the dashboard's "show these people", in `caption`)."""
        self._dashboard_ids = where.ids
        self._dashboard_caption = caption
        self.sidebar.choose(where.view, where.tag_id, notify=False)
        self.search_field.set_search(where.query)
        self.show_contacts()
        self._apply_filter()
        if where.ids is not None:
            self.statusBar().showMessage(
                self.tr("Showing the contacts picked on the dashboard"), STATUS_MESSAGE_MS
            )

    def focus_search(self) -> None:
        self.show_contacts()
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _focus_results(self) -> None:
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.selectionModel().hasSelection() and self.model.rowCount() > 0:
            self.list_view.setCurrentIndex(self.model.index(0))

    # -- refreshing after changes ----------------------------------------------------------
    def _on_change(self, ids: list[int]) -> None:
        """Called after every change the window made (undo too): ids changed ([] = anything)."""
        self.list_view.set_thorough_reselect(True)
        self.model.refresh(ids or None)
        if ids and not self.list_view.selectionModel().hasSelection():
            # Contacts that came back (undo of archive or delete) are shown selected.
            self.list_view.select_contacts(ids[:MAX_RESELECT])
        self._refresh_book_state()
        self._show_contact(self.list_view.current_id())
        self._update_actions()
        refresh = getattr(self.dashboard, "refresh", None)
        if callable(refresh) and self.pages.currentWidget() is self.dashboard:
            refresh()
        self.undo_redo.refresh()
        self.book_changed.emit()

    def _refresh_book_state(self) -> None:
        """Tag counts, welcome page or list, status bar: what depends on the whole book."""
        self.sidebar.set_tags(self.book.tags())
        where = self.model.contact_filter
        # The model has just counted the whole book when it shows all of it.
        self._active_total = (
            self.model.rowCount() if where == ContactFilter() else self.book.count()
        )
        self._archived_total = self.book.count(ContactFilter(view=View.ARCHIVED))
        empty = self._active_total == 0 and self._book_is_empty()
        self.content.setCurrentWidget(self.welcome if empty else self.inner_splitter)
        self._update_counts()

    def _book_is_empty(self) -> bool:
        return self._active_total == 0 and self.book.count(ContactFilter(view=View.ARCHIVED)) == 0

    def _update_counts(self) -> None:
        total = self._active_total
        shown = self.model.rowCount()
        selected = self.list_view.selected_count()
        parts = [self.tr("%Ln contact(s)", "", total)]
        if self._archived_total:  # hidden from every list but Archived: say they exist
            parts.append(self.tr("%Ln archived", "", self._archived_total))
        if self.model.contact_filter != ContactFilter():
            parts.append(self.tr("%Ln shown", "", shown))
        if selected:
            parts.append(self.tr("%Ln selected", "", selected))
        self.counts_label.setText(" · ".join(parts))

    def _update_actions(self) -> None:
        a = self.commands
        count = self.list_view.selected_count()
        on_list = self.pages.currentWidget() is self.outer_splitter
        a.edit.setEnabled(on_list and self.list_view.current_id() is not None)
        a.add_opportunity.setEnabled(on_list and self.card.record is not None)
        a.clear_filters.setEnabled(on_list and self.model.contact_filter != ContactFilter())
        for action in (a.log_interaction, a.favourite, a.archive, a.delete):
            action.setEnabled(on_list and count > 0)
        archived_view = self.sidebar.choice()[0] is View.ARCHIVED
        a.archive.setText(self.tr("Un&archive") if archived_view else self.tr("&Archive"))
        a.favourite.setChecked(count > 0 and self.contact_actions.all_selected_favourite())
        self._update_counts()

    def _show_contact(self, contact_id: object) -> None:
        record = self.book.get(contact_id) if isinstance(contact_id, int) else None
        links = None
        places = []
        if record is not None and record.id is not None:
            links = self.app.network.introduction_links(record.id)
            places = self.app.sync_places(record.id)
        self.card.show_contact(record, links, places)
        self._update_actions()

    def show_contact_by_uid(self, uid: str) -> None:
        """Select a contact the card names (introducer, relation), widening the list if needed."""
        ids = self.book.ids_for_uids([uid])
        contact_id = ids.get(uid)
        if contact_id is None:
            self.statusBar().showMessage(
                self.tr("That contact is not in the book."), STATUS_MESSAGE_MS
            )
            return
        self.select_contact(contact_id)

    def select_contact(self, contact_id: int) -> None:
        """Select `contact_id` in the list, showing all contacts if the filter hides it."""
        self.show_contacts()
        if not self.list_view.select_contact(contact_id):
            record = self.book.get(contact_id)
            self._dashboard_ids = None
            self.search_field.clear_search()
            archived = record is not None and record.archived
            self.sidebar.choose(View.ARCHIVED if archived else View.ALL, notify=False)
            self._apply_filter()
            self.list_view.select_contact(contact_id)
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- pages -----------------------------------------------------------------------------
    def show_contacts(self) -> None:
        self.pages.setCurrentWidget(self.outer_splitter)
        self.commands.show_contacts.setChecked(True)
        self._update_actions()

    def show_dashboard(self) -> None:
        if self.dashboard is None:
            try:
                from netbook.ui.dashboard.view import DashboardWidget
            except ImportError as exc:
                log.warning("the dashboard is not available: %s", exc)
                self.statusBar().showMessage(
                    self.tr("The dashboard is not available."), STATUS_MESSAGE_MS
                )
                self.show_contacts()
                return
            dashboard = DashboardWidget(self.app.network, self)
            dashboard.filter_requested.connect(self.apply_contact_filter)
            self.dashboard = dashboard
            self.pages.addWidget(dashboard)
        else:
            refresh = getattr(self.dashboard, "refresh", None)
            if callable(refresh):
                refresh()
        self.pages.setCurrentWidget(self.dashboard)
        self.commands.show_dashboard.setChecked(True)
        self._update_actions()

    # -- commands --------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return self.list_view.selected_ids()

    # The commands live in their helpers (see the module's docstring); these few stay callable
    # on the window for a drop, a second start (single_instance.py) and the tests.
    def import_files(self, paths: Sequence[Path]) -> None:
        """Preview and import files (File > Import, a drop, the command line, a second start)."""
        self.file_actions.import_files(paths)

    def load_sample_book(self) -> None:
        self.file_actions.load_sample_book()

    def export_scopes(self) -> list[tuple[str, list[int]]]:
        return self.file_actions.export_scopes()

    def about(self) -> None:
        self.menu_dialogs.about()

    def show_message(self, text: str) -> None:
        """A passing word in the status bar (what a command did, why it did nothing)."""
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _open(self, dialog: QWidget) -> None:
        """Show a window-modal dialog without blocking (tests and the event loop go on)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.append(dialog)
        dialog.destroyed.connect(
            lambda: self._dialogs.remove(dialog) if dialog in self._dialogs else None
        )
        open_dialog = getattr(dialog, "open", None)
        if callable(open_dialog):
            open_dialog()
        else:
            dialog.show()

    # -- drag and drop of files onto the window --------------------------------------------
    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is None and dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.source() is None and dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if event.source() is not None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns: the drag source must not wait for our dialog.
        QTimer.singleShot(0, lambda: self.import_files(paths))
