"""What the user chose in Settings: theme, export defaults, the new contact's reminder, and
when the window syncs by itself (never, by default: netbook is offline until asked).

Kept in the window's INI file (window/settings.py) under "preferences/", read once when the
window opens and written when Settings is accepted. A value the file holds but this version
does not know (hand-edited, a later version) falls back to the default rather than failing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from netbook.ui.window.settings import UiSettings

EXPORT_FORMATS = ("vcard3", "vcard4", "csv", "json")
MAX_SYNC_MINUTES = 24 * 60  # a timed sync at least once a day


class Theme(enum.Enum):
    SYSTEM = "system"  # follow the desktop, and its changes
    LIGHT = "light"
    DARK = "dark"


@dataclass
class Preferences:
    theme: Theme = Theme.SYSTEM
    export_format: str = "vcard3"
    export_folder: str = ""  # the last folder exported to; "" until the first export
    new_contact_cadence_days: int | None = None  # the reminder a new contact starts with
    sync_on_start: bool = False
    sync_every_minutes: int | None = None  # None: no timed sync

    @classmethod
    def load(cls, settings: UiSettings) -> Preferences:
        theme = settings.text("preferences/theme", Theme.SYSTEM.value)
        fmt = settings.text("preferences/exportFormat", "vcard3")
        cadence = settings.text("preferences/newContactCadenceDays", "")
        every = settings.text("preferences/syncEveryMinutes", "")
        return cls(
            theme=Theme(theme) if theme in {t.value for t in Theme} else Theme.SYSTEM,
            export_format=fmt if fmt in EXPORT_FORMATS else "vcard3",
            export_folder=settings.text("preferences/exportFolder", ""),
            new_contact_cadence_days=int(cadence) if cadence.isdigit() and cadence != "0" else None,
            sync_on_start=settings.text("preferences/syncOnStart", "false") == "true",
            sync_every_minutes=_minutes(every),
        )

    def save(self, settings: UiSettings) -> None:
        settings.set_text("preferences/theme", self.theme.value)
        settings.set_text("preferences/exportFormat", self.export_format)
        settings.set_text("preferences/exportFolder", self.export_folder)
        days = self.new_contact_cadence_days
        settings.set_text("preferences/newContactCadenceDays", str(days) if days else "")
        settings.set_text("preferences/syncOnStart", "true" if self.sync_on_start else "false")
        every = self.sync_every_minutes
        settings.set_text("preferences/syncEveryMinutes", str(every) if every else "")
        settings.sync()

    def export_start_folder(self) -> Path | None:
        """The folder the export dialog starts in: the last one used, while it still exists."""
        folder = Path(self.export_folder).expanduser() if self.export_folder else None
        return folder if folder is not None and folder.is_dir() else None


def _minutes(text: str) -> int | None:
    """A timed sync's interval as the file holds it; anything else (0, text) is "off"."""
    if not text.isdigit() or int(text) == 0:
        return None
    return min(int(text), MAX_SYNC_MINUTES)
