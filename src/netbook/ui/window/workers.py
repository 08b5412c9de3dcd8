"""Long work off the GUI thread: a job runs on the thread pool, only signals come back.

A job is a plain function `job(progress, is_cancelled) -> result` that knows nothing about Qt.
It runs on a `QThreadPool` worker; the `Task` that started it lives on the GUI thread and
re-emits what the job reports as queued signals, so slots always run on the GUI thread.
Cancellation is a `threading.Event` the job polls through `is_cancelled`: the job decides
where it can stop safely (the importer rolls its transaction back).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from typing_extensions import override

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Job = Callable[[Progress, IsCancelled], object]

# Progress reaches the GUI at most this often: an importer reporting every 200 cards of a
# 100,000-card file would otherwise queue hundreds of repaints.
PROGRESS_INTERVAL_S = 0.05

# Tasks still running, so that one outlives the dialog that started it (its runnable emits
# through it until the job returns). Touched only on the GUI thread.
_running: set[Task] = set()


class _Runnable(QRunnable):
    """The pool's side of a task. Qt deletes it after `run` (auto-delete)."""

    def __init__(self, task: Task, job: Job) -> None:
        super().__init__()
        self._task: Task | None = task
        self._job: Job | None = job
        self._last_progress = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self._task is not None and (
            done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S
        ):
            self._last_progress = now
            self._task.progressed.emit(done, total)

    @override
    def run(self) -> None:
        task, job = self._task, self._job
        assert task is not None
        assert job is not None
        try:
            result = job(self._progress, task.is_cancelled)
        except Exception as exc:  # the job's failure is reported, never raised into Qt
            if task.is_cancelled():
                log.debug("background job stopped after cancel: %r", exc)
            else:
                log.exception("background job failed")
            task.failed.emit(str(exc) or type(exc).__name__)
        else:
            task.succeeded.emit(result)
        finally:
            task.done.emit()
            released = task.released
            # Drop every reference to the task before saying so: the last one must go on the
            # GUI thread, which owns the QObject (see Task._finish).
            del task, job
            self._task = self._job = None
            released.set()


class Task(QObject):
    """One job on the thread pool, seen from the GUI thread.

    Signals: `progressed(done, total)`, then either `succeeded(result)` or `failed(message)`,
    then `done()`.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, job: Job) -> None:
        # No parent: the task must live until its job returns, even if the dialog is closed.
        super().__init__()
        self._job = job
        self._cancel = threading.Event()
        self.released = threading.Event()
        self._running = False
        self.done.connect(self._finish)

    def start(self, pool: QThreadPool | None = None) -> None:
        if self._running:
            raise RuntimeError("the task is already running")
        self._running = True
        self.released.clear()
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self, self._job))

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next `is_cancelled()` check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Thread-safe: called by the job on the worker thread."""
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._running

    @Slot()
    def _finish(self) -> None:
        # `done` is the worker's last signal; it lets go of the task a moment later.
        self.released.wait(timeout=10)
        self._running = False
        _running.discard(self)


def running_tasks() -> int:
    """How many tasks have not finished yet (tests wait for zero before closing a book)."""
    return len(_running)
