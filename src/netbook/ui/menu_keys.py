"""The keyboard's ways to open a context menu, for the widgets that offer one.

The Menu key and Shift+F10 open the menu of the current item. Some platforms turn the Menu key
into a context-menu event themselves and others do not (offscreen, some Wayland setups), so
the widgets read the key too; a platform's own event then arrives while the first menu is
open, and the widgets ignore it then.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def is_menu_key(event: QKeyEvent) -> bool:
    """Whether the key asks for the context menu: Menu, or Shift+F10."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Menu:
        return modifiers == Qt.KeyboardModifier.NoModifier
    return event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier


def menu_position(viewport: QWidget, item: QRect) -> QPoint:
    """Where a menu opened from the keyboard goes: just under the item's start, on screen."""
    return viewport.mapToGlobal(QPoint(item.left() + 8, item.bottom()))


def menu_is_open() -> bool:
    """Whether a menu is showing (a second request, from the platform, is then ignored)."""
    return QApplication.activePopupWidget() is not None
