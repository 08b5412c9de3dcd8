"""The window's remembered state (geometry, splitters, last view, the list's order and columns).

An INI file in the platform's user config folder (`~/.config/netbook/netbook.ini` on Linux),
written through QSettings so Qt's own state blobs (`saveGeometry`, `saveState`) round-trip
unchanged. The book itself never lives here: its path is resolved in `app.py`.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "netbook.ini"


def default_settings_path() -> Path:
    return platformdirs.user_config_path("netbook", appauthor=False) / SETTINGS_FILE


class UiSettings:
    """Named values of the user interface's state, read and written through one INI file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def state(self, key: str) -> QByteArray | None:
        """A state blob saved with `set_state` (window geometry, splitter sizes)."""
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        """Write to disk now (Qt also writes when the object goes away)."""
        self._settings.sync()
