"""The dialogs the Edit, Tools and Help menus open for the window: Settings…, Find
duplicates…, the guide (F1) and About.

Imported on first use, so the window's first paint does not wait for them; they open
window-modal without blocking, through the window's `_open` (the guide, a window of its own,
once however often it is asked for).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from netbook.ui.window.application import set_theme
from netbook.ui.window.main_actions import shortcuts
from netbook.ui.window.preferences import Preferences

if TYPE_CHECKING:
    from netbook.ui.window.main_window import MainWindow


class MenuDialogs(QObject):
    """Opens the window's application-wide dialogs and applies what they change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def open_settings(self) -> None:
        from netbook.ui.dialogs.settings import SettingsDialog

        window = self.window
        dialog = SettingsDialog(window.preferences, window.app.path, window)
        dialog.accepted.connect(lambda: self._use_preferences(dialog.preferences()))
        window._open(dialog)

    def _use_preferences(self, preferences: Preferences) -> None:
        window = self.window
        window.preferences = preferences
        preferences.save(window.settings)
        set_theme(preferences.theme.value)
        window.sync.use_preferences(preferences)

    def find_duplicates(self) -> None:
        """Tools > Find duplicates: each merge is one operation, undone by Edit > Undo."""
        from netbook.ui.dialogs.duplicates import DuplicatesDialog

        window = self.window
        dialog = DuplicatesDialog(window.app, window._on_change, window)
        # A bound method: Qt drops the connection when the dialog is deleted.
        window.book_changed.connect(dialog.book_changed)
        window._open(dialog)

    def open_help(self) -> None:
        """F1: the bundled guide, one window however often it is asked for."""
        from netbook.ui.dialogs.help import HelpWindow

        window = self.window
        for dialog in window._dialogs:
            if isinstance(dialog, HelpWindow):
                dialog.raise_()
                dialog.activateWindow()
                return
        help_window = HelpWindow(shortcuts(window.commands), window)
        help_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window._dialogs.append(help_window)
        help_window.destroyed.connect(
            lambda: window._dialogs.remove(help_window) if help_window in window._dialogs else None
        )
        help_window.show()

    def about(self) -> None:
        from netbook.ui.window.about import show_about

        show_about(self.window, self.window.app.path)
