"""Work the window's first paint does not need, run just after that paint.

`QTimer.singleShot(0, ...)` from a window's constructor is not enough: Qt fires zero timers
before it delivers the paint the window's `show()` asked for, so such work (reading the sync
accounts loads keyring, ssl and the sync services: 50-80 ms) delayed the first paint.
Here the work waits for the window's own first paint event, then runs on the next turn of the
event loop, once the whole window is on screen. A window that does not paint soon (started
minimised, or on a display that never exposes it) still gets that work after WAIT_MS: the
files given to it and the server for later launches cannot wait for a paint that may not come.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from typing_extensions import override

# Longer than a first paint takes on a loaded machine (about 0.1 s after the window is built).
WAIT_MS = 1500


class AfterFirstPaint(QObject):
    """Holds the work for after `window`'s first paint; later work runs on the next turn."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[Callable[[], object]] | None = []
        window.installEventFilter(self)
        QTimer.singleShot(WAIT_MS, self, self._run_waiting)

    def run(self, work: Callable[[], object]) -> None:
        """Run `work` once the window has painted (at once, on the next turn, if it has)."""
        if self._waiting is None:
            QTimer.singleShot(0, work)
        else:
            self._waiting.append(work)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._run_waiting)
        return False

    def _run_waiting(self) -> None:
        # Once: after the paint or after WAIT_MS, whichever comes first.
        waiting, self._waiting = self._waiting or [], None
        for work in waiting:
            # Each on its own: one that fails (reported as any slot's error is) must not
            # keep the files given to the window or the later launches' server from running.
            try:
                work()
            except Exception:
                sys.excepthook(*sys.exc_info())
