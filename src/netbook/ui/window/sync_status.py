"""Sync in the window: File > Accounts… and Sync now, the sync on a worker, a status-bar line,
the syncs of Settings (on start, every N minutes: sync_schedule) and the question about
contacts deleted here (sync_deletes).

The line says when the book last synced ("Synced 2 minutes ago"), what a sync is doing
("Syncing… 120 of 500"), or the last error in words. A password the keyring does not hold
is asked once per session. The window stays responsive: the sync runs on the thread pool
with its own connections, and the list is refreshed when it is done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMainWindow, QMenu

from netbook.ui.window.first_paint import AfterFirstPaint
from netbook.ui.window.preferences import Preferences
from netbook.ui.window.sync_deletes import DeleteQuestion, ask_delete_on_server
from netbook.ui.window.sync_schedule import SyncSchedule
from netbook.ui.window.workers import IsCancelled, Progress, Task

if TYPE_CHECKING:  # the sync services (http, ssl, the importer) load after the first paint
    from netbook.services.application import Application
    from netbook.services.sync.accounts import PendingDelete, SyncService
    from netbook.services.sync.report import SyncReport

REFRESH_MS = 30_000


class SyncController(QObject):
    """The window's sync: two actions, one status-bar label, at most one sync at a time."""

    def __init__(
        self,
        window: QMainWindow,
        services: Callable[[], Application],
        on_change: Callable[[], None],
        after_first_paint: AfterFirstPaint,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._services = services  # the window's, built just after its first paint
        self._service: SyncService | None = None
        self._on_change = on_change
        self._task: Task | None = None
        self._last_synced: dt.datetime | None = None
        self._last_error: str | None = None
        self._skipped: str | None = None  # a sync by itself left out an account (password)
        self._pending: list[PendingDelete] = []  # what the last sync found deleted here
        self.deletes = DeleteQuestion(lambda names: ask_delete_on_server(window, names))
        self.schedule = SyncSchedule(self.sync_by_itself, self)
        self.accounts_action = QAction(self.tr("&Accounts…"), window)
        self.accounts_action.setObjectName("accountsAction")
        self.accounts_action.triggered.connect(self.open_accounts)
        self.sync_action = QAction(self.tr("S&ync Now"), window)
        self.sync_action.setObjectName("syncNowAction")
        self.sync_action.setStatusTip(self.tr("Sync with your CardDAV accounts"))
        self.sync_action.triggered.connect(self.sync_now)
        self.label = QLabel(window)
        self.label.setObjectName("syncStatus")
        window.statusBar().addPermanentWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._show)
        self._timer.start()
        self.label.setVisible(False)
        # Reading the accounts loads the sync's modules (keyring, ssl: 50-80 ms).
        after_first_paint.run(self._read_last_sync)
        preferences = preferences or Preferences()
        self.schedule.use(preferences)
        self.schedule.start_of_session(preferences, after_first_paint)

    @property
    def service(self) -> SyncService:
        if self._service is None:
            self._service = self._services().sync()
        return self._service

    def add_to(self, menu: QMenu, before: QAction) -> None:
        """Put Accounts… and Sync now in the File menu, above `before` (Quit)."""
        menu.insertActions(before, [self.accounts_action, self.sync_action])
        menu.insertSeparator(before)

    def _read_last_sync(self) -> None:
        stamps = [
            dt.datetime.fromisoformat(str(b["last_synced_at"]).removesuffix("Z"))
            for a in self.service.accounts()
            for b in a.address_books
            if b["last_synced_at"]
        ]
        self._last_synced = max(stamps) if stamps else None
        self._show()

    # -- the line ----------------------------------------------------------------------
    def _show(self) -> None:
        if self._task is not None:
            return
        if self._last_error:
            self.label.setText(self.tr("Sync failed: %1").replace("%1", self._last_error))
            self.label.setToolTip(self._last_error)
        elif self._last_synced is not None:
            self.label.setText(self._ago(self._last_synced))
            self.label.setToolTip("")
        else:
            self.label.setText("")
        self.label.setVisible(bool(self.label.text()))

    def _ago(self, when: dt.datetime) -> str:
        minutes = int((dt.datetime.now(dt.UTC).replace(tzinfo=None) - when).total_seconds() // 60)
        if minutes < 1:
            return self.tr("Synced just now")
        if minutes < 120:
            return self.tr("Synced %n minute(s) ago", "", minutes)
        return self.tr("Synced %n hour(s) ago", "", minutes // 60)

    # -- actions -----------------------------------------------------------------------
    def open_accounts(self) -> None:
        from netbook.ui.dialogs.accounts import AccountsDialog

        dialog = AccountsDialog(self.service, self.window, self.is_syncing)
        dialog.changed.connect(self._read_last_sync)
        dialog.open()

    def use_preferences(self, preferences: Preferences) -> None:
        self.schedule.use(preferences)

    def busy(self) -> bool:
        """A sync runs, or the question about deletes waits for an answer."""
        return self._task is not None or self.deletes.asking

    def sync_by_itself(self) -> None:
        """A sync nobody clicked (on start, every N minutes): nothing while one runs or
        without accounts, and no password box out of the blue: an account whose password
        is not at hand is left out, and the status line says so."""
        if self.busy():
            return
        names = self.service.account_names()
        ready = [n for n in names if not self.service.needs_password(n)]
        missing = [n for n in names if n not in ready]
        self._skipped = (
            self.tr("no password for %1 (File > Sync Now asks for it)").replace(
                "%1", ", ".join(missing)
            )
            if missing
            else None
        )
        if ready:
            self._start(ready)
        elif missing:
            self._last_error = self._skipped
            self._show()

    def sync_now(self) -> None:
        """File > Sync Now: every account, asking the passwords the keyring lacks."""
        if self.busy():
            return
        self._skipped = None
        names = self.service.account_names()
        if not names:
            self.open_accounts()
            return
        for name in names:
            if self.service.needs_password(name):
                password, ok = QInputDialog.getText(
                    self.window,
                    self.tr("Password"),
                    self.tr("Password for %1 (kept until netbook closes):").replace("%1", name),
                    QLineEdit.EchoMode.Password,
                )
                if not ok or not password:
                    return
                self.service.remember_password(name, password)
        self._start(names)

    def _start(self, names: Sequence[str], deletes: dict[str, list[str]] | None = None) -> None:
        """Sync these accounts on the worker; `deletes`: the cards the user said to delete
        on the server, by account."""
        from netbook.services.sync.report import SyncReport

        confirmed = deletes or {}

        def job(
            progress: Progress, is_cancelled: IsCancelled
        ) -> tuple[SyncReport, list[PendingDelete]]:
            total = SyncReport()
            pending: list[PendingDelete] = []
            for name in names:
                report = self.service.sync(
                    name,
                    push_deletes=name in confirmed,
                    confirmed_deletes=confirmed.get(name),
                    progress=lambda _, done, n: progress(done, n),
                )
                for key in ("pulled", "pushed", "updated_local", "updated_remote", "archived"):
                    setattr(total, key, getattr(total, key) + getattr(report, key))
                total.conflicts.extend(report.conflicts)
                total.errors.extend(report.errors)
                if report.pending_deletes:
                    pending.extend(self.service.pending_deletes(name))
            return total, pending

        task = Task(job)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._synced)
        task.failed.connect(self._failed)
        task.done.connect(self._finished)
        self._task = task
        self.sync_action.setEnabled(False)
        self.label.setText(self.tr("Syncing…"))
        self.label.setVisible(True)
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.label.setText(
            self.tr("Syncing… %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _synced(self, result: object) -> None:
        from netbook.services.sync.report import SyncReport

        assert isinstance(result, tuple)
        report, self._pending = result
        assert isinstance(report, SyncReport)
        self._last_synced = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self._last_error = report.errors[0] if report.errors else self._skipped
        # Contacts sent for the first time now sync somewhere: their card says so.
        changed = report.pulled + report.updated_local + report.archived + report.pushed
        self.window.statusBar().showMessage(
            self.tr("Sync: %1 new here, %2 new there, %3 updated here, %4 there, %5 conflict(s)")
            .replace("%1", str(report.pulled))
            .replace("%2", str(report.pushed))
            .replace("%3", str(report.updated_local))
            .replace("%4", str(report.updated_remote))
            .replace("%5", str(len(report.conflicts))),
            10_000,
        )
        if changed:
            self._on_change()

    def _failed(self, message: str) -> None:
        self._last_error = message

    def _finished(self) -> None:
        self._task = None
        self.sync_action.setEnabled(True)
        self._show()
        if self._pending:
            # Asked once this slot has returned: the question's own event loop must not run
            # inside the task's signal.
            QTimer.singleShot(0, self._ask_about_deletes)

    def _ask_about_deletes(self) -> None:
        pending, self._pending = self._pending, []
        if self.busy():
            return
        confirmed = self.deletes.ask(pending)
        if confirmed and not self.busy():
            self._start(list(confirmed), confirmed)

    def is_syncing(self) -> bool:
        return self._task is not None
