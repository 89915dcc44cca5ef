"""Long work (import, export) in a worker thread that reports progress and can be cancelled."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from annotator.errors import UserError

Progress = Callable[[int, int, str], bool]
Work = Callable[[Progress], Any]

_RUNNING: set[Job] = set()
# At most this often a progress report crosses to the GUI thread: 10,000
# queued signals would stall the event loop more than the work itself.
_REPORT_EVERY = 0.05


def running_jobs() -> list[Job]:
    return [job for job in _RUNNING if job.is_running()]


class _Worker(QThread):
    reported = Signal(int, int, str)
    succeeded = Signal(object)
    refused = Signal(object)  # a UserError: shown to the user
    crashed = Signal(object)  # anything else: a bug, raised again in the GUI thread

    def __init__(self, work: Work, cancel: threading.Event):
        super().__init__()
        self._work = work
        self._cancel = cancel
        self._last = 0.0

    def _progress(self, done: int, total: int, current: str) -> bool:
        now = time.monotonic()
        if done == 0 or done >= total or now - self._last >= _REPORT_EVERY:
            self._last = now
            self.reported.emit(done, total, current)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except UserError as exc:
            self.refused.emit(exc)
        except BaseException as exc:
            self.crashed.emit(exc)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """Runs `work(progress)` in its own thread; `progress` returns False once cancelled.

    Results come back as signals in the GUI thread, after the thread has ended,
    so a test that waits for `finished` leaves no thread behind. The work must
    not touch widgets and must open its own database connection.
    """

    progressed = Signal(int, int, str)  # done, total, current item
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the UserError that stopped it

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._worker = _Worker(work, self._cancel)
        self._worker.reported.connect(self.progressed)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.refused.connect(self._on_worker_refused)
        self._worker.crashed.connect(self._on_worker_crashed)

    def start(self) -> Job:
        _RUNNING.add(self)
        self._worker.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._worker.isRunning()

    def wait(self, milliseconds: int = 60_000) -> bool:
        finished = self._worker.wait(milliseconds)
        if finished:
            _RUNNING.discard(self)
        return finished

    def _end(self) -> None:
        self._worker.wait()  # run() has returned; this only joins the thread
        _RUNNING.discard(self)

    def _on_worker_succeeded(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    def _on_worker_refused(self, error: object) -> None:
        self._end()
        self.failed.emit(error)

    def _on_worker_crashed(self, error: object) -> None:
        self._end()
        assert isinstance(error, BaseException)
        raise error
