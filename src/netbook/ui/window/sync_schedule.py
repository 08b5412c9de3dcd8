"""Syncs nobody clicks: when netbook starts, and every N minutes (Settings > Sync).

Both are off by default (netbook is offline until asked). The timer only asks the window's
sync to start: that one knows whether a sync is running (then the tick is skipped, never
queued), whether there are accounts (none: nothing happens), and runs it on the worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from netbook.ui.window.first_paint import AfterFirstPaint
from netbook.ui.window.preferences import Preferences

MINUTE_MS = 60_000


class SyncSchedule(QObject):
    """The timer of "Sync every N minutes", and the sync when the window opens."""

    def __init__(self, start_sync: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._start_sync = start_sync
        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.timeout.connect(start_sync)

    def use(self, preferences: Preferences) -> None:
        """Follow Settings: the timer restarts with the interval chosen, or stops."""
        minutes = preferences.sync_every_minutes
        if minutes is None:
            self.timer.stop()
            return
        self.timer.start(minutes * MINUTE_MS)

    def start_of_session(
        self, preferences: Preferences, after_first_paint: AfterFirstPaint
    ) -> None:
        """Sync once the window is up, when Settings says so (after the first paint)."""
        if preferences.sync_on_start:
            after_first_paint.run(self._start_sync)
