"""The main window's actions, with their standard shortcuts, and the menus and toolbar
that show them. Kept apart from the window so that the window module is about behaviour."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from netbook.ui.window.icons import icon

# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`).
translate = QCoreApplication.translate


@dataclass
class MainActions:
    """Every command of the main window, for menus, toolbar, shortcuts and tests."""

    import_files: QAction
    export: QAction
    quit: QAction
    new_contact: QAction
    edit: QAction
    log_interaction: QAction
    add_opportunity: QAction
    favourite: QAction
    archive: QAction
    delete: QAction
    undo: QAction
    redo: QAction
    find: QAction
    back: QAction
    clear_filters: QAction
    show_contacts: QAction
    show_dashboard: QAction
    find_duplicates: QAction
    settings: QAction
    help: QAction
    about: QAction
    about_qt: QAction


def _action(
    parent: QWidget,
    text: str,
    *,
    icon_name: str | None = None,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str | None = None,
) -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
    return action


def build_actions(window: QMainWindow) -> MainActions:
    # Their texts ("Undo Edit “Ann Lee”") follow the journal: see window/undo_actions.py.
    undo = _action(window, translate("MainWindow", "&Undo"), icon_name="undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = _action(window, translate("MainWindow", "&Redo"), icon_name="redo")
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    actions = MainActions(
        import_files=_action(
            window,
            translate("MainWindow", "&Import…"),
            icon_name="import",
            shortcut="Ctrl+I",
            tip=translate("MainWindow", "Import contacts from vCard or CSV files"),
        ),
        export=_action(
            window,
            translate("MainWindow", "&Export…"),
            icon_name="export",
            shortcut="Ctrl+Shift+E",
            tip=translate("MainWindow", "Export contacts as vCard, CSV or JSON"),
        ),
        quit=_action(
            window, translate("MainWindow", "&Quit"), shortcut=QKeySequence.StandardKey.Quit
        ),
        new_contact=_action(
            window,
            translate("MainWindow", "&New contact…"),
            icon_name="add",
            shortcut=QKeySequence.StandardKey.New,
            tip=translate("MainWindow", "Add a new contact"),
        ),
        edit=_action(
            window,
            translate("MainWindow", "&Edit contact…"),
            icon_name="edit",
            shortcut="Ctrl+E",
            tip=translate("MainWindow", "Edit the selected contact"),
        ),
        log_interaction=_action(
            window,
            translate("MainWindow", "&Log interaction…"),
            icon_name="clock",
            shortcut="Ctrl+L",
            tip=translate(
                "MainWindow", "Note a call, meeting or message with the selected contacts"
            ),
        ),
        add_opportunity=_action(
            window,
            translate("MainWindow", "Add &opportunity…"),
            shortcut="Ctrl+Shift+O",
            tip=translate(
                "MainWindow", "Note a job offer, partnership, interview… from the shown contact"
            ),
        ),
        favourite=_action(
            window,
            translate("MainWindow", "&Favourite"),
            icon_name="favourite",
            shortcut="Ctrl+D",
            tip=translate("MainWindow", "Mark or unmark the selected contacts as favourites"),
        ),
        archive=_action(
            window,
            translate("MainWindow", "&Archive"),
            icon_name="archive",
            shortcut="Ctrl+Shift+A",
            tip=translate("MainWindow", "Archive the selected contacts (hidden, kept in history)"),
        ),
        delete=_action(
            window,
            translate("MainWindow", "&Delete…"),
            icon_name="delete",
            shortcut=QKeySequence.StandardKey.Delete,
            tip=translate("MainWindow", "Delete the selected contacts (Edit > Undo restores)"),
        ),
        undo=undo,
        redo=redo,
        find=_action(
            window,
            translate("MainWindow", "&Find"),
            icon_name="search",
            shortcut=QKeySequence.StandardKey.Find,
            tip=translate("MainWindow", "Search the book"),
        ),
        back=_action(
            window,
            translate("MainWindow", "&Back"),
            icon_name="back",
            shortcut=QKeySequence.StandardKey.Back,
            tip=translate("MainWindow", "Back to the contact you came from"),
        ),
        clear_filters=_action(
            window,
            translate("MainWindow", "C&lear Filters"),
            shortcut="Esc",
            tip=translate("MainWindow", "Show every active contact again"),
        ),
        show_contacts=_action(
            window,
            translate("MainWindow", "&Contacts"),
            icon_name="people",
            shortcut="Ctrl+1",
            tip=translate("MainWindow", "Show the contact list"),
        ),
        show_dashboard=_action(
            window,
            translate("MainWindow", "&Dashboard"),
            icon_name="dashboard",
            shortcut="Ctrl+2",
            tip=translate("MainWindow", "Show the network dashboard"),
        ),
        find_duplicates=_action(
            window,
            translate("MainWindow", "Find &duplicates…"),
            tip=translate("MainWindow", "Find contacts that are one person and merge them"),
        ),
        settings=_action(
            window,
            translate("MainWindow", "&Settings…"),
            shortcut=QKeySequence.StandardKey.Preferences,
            tip=translate("MainWindow", "Where the book lives, export, reach-out and theme"),
        ),
        help=_action(
            window,
            translate("MainWindow", "netbook &Help"),
            shortcut=QKeySequence.StandardKey.HelpContents,
            tip=translate("MainWindow", "Open the user guide (works offline)"),
        ),
        about=_action(window, translate("MainWindow", "&About netbook")),
        about_qt=_action(window, translate("MainWindow", "About &Qt")),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    if actions.settings.shortcut().isEmpty():  # no platform standard (most Linux desktops)
        actions.settings.setShortcut(QKeySequence("Ctrl+,"))
    actions.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    actions.favourite.setCheckable(True)
    pages = QActionGroup(window)
    for action in (actions.show_contacts, actions.show_dashboard):
        action.setCheckable(True)
        pages.addAction(action)
    actions.show_contacts.setChecked(True)
    return actions


def shortcuts(actions: MainActions) -> list[tuple[str, str]]:
    """(what it does, keys) for every command with a shortcut, for Help's table."""
    found = []
    for field in fields(actions):
        action: QAction = getattr(actions, field.name)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not keys:
            continue
        if action in (actions.undo, actions.redo):  # their text names the next change
            words = (
                translate("MainWindow", "Undo")
                if action is actions.undo
                else translate("MainWindow", "Redo")
            )
        else:
            words = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        found.append((words.rstrip("…"), keys))
    return found


def build_menus(window: QMainWindow, actions: MainActions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.setObjectName("fileMenu")
    file_menu.addActions([actions.import_files, actions.export])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.setObjectName("editMenu")
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions(
        [
            actions.new_contact,
            actions.edit,
            actions.log_interaction,
            actions.add_opportunity,
            actions.favourite,
            actions.archive,
            actions.delete,
        ]
    )
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.settings)
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.setObjectName("viewMenu")
    view_menu.addActions([actions.show_contacts, actions.show_dashboard])
    view_menu.addSeparator()
    view_menu.addActions([actions.back, actions.clear_filters])
    tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
    tools_menu.setObjectName("toolsMenu")
    tools_menu.addAction(actions.find_duplicates)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    help_menu.addAction(actions.help)
    help_menu.addSeparator()
    help_menu.addActions([actions.about, actions.about_qt])


def build_toolbar(window: QMainWindow, actions: MainActions, search: QWidget) -> QToolBar:
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(translate("MainWindow", "Main toolbar"))
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.addAction(actions.back)
    toolbar.addSeparator()
    toolbar.addActions([actions.new_contact, actions.edit, actions.favourite, actions.archive])
    toolbar.addSeparator()
    toolbar.addActions([actions.import_files, actions.export])
    toolbar.addSeparator()
    toolbar.addAction(actions.show_dashboard)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(search)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
