"""A service run in the background: its own connection, a progress dialog, failures said."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.services.workspace import Store, Workspace
from annotator.ui.jobs import Job, Progress

T = TypeVar("T")


class JobRunner(QObject):
    """Starts jobs for a window; each runs `work(store, progress)` in a worker thread."""

    def __init__(
        self,
        window: QWidget,
        workspace: Callable[[], Workspace],
        on_failure: Callable[[BaseException], None],
    ):
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._on_failure = on_failure
        self._jobs: list[Job] = []

    def start(
        self,
        label: str,
        work: Callable[[Store, Progress], T],
        *,
        report_errors: bool = True,
    ) -> Job:
        """Run `work` on a connection of its own (the store's policy: never the file by
        path), opened here and closed in the worker when the work is done; WAL lets the
        window keep reading meanwhile. A UserError is said unless `report_errors` is False."""
        worker = self._workspace().open_worker()

        def run(progress: Progress) -> T:
            with worker:
                return work(worker.store, progress)

        job = Job(run, self._window)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle("Annotator")
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)

        def on_progress(done: int, total: int, current: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if current:
                dialog.setLabelText(f"{label}\n{Path(current).name}  ({done}/{total})")

        def on_end(*_args: object) -> None:
            dialog.canceled.disconnect(job.cancel)
            dialog.close()
            dialog.deleteLater()
            if job in self._jobs:
                self._jobs.remove(job)

        job.progressed.connect(on_progress)
        job.finished.connect(on_end)
        job.failed.connect(on_end)
        if report_errors:
            job.failed.connect(self._on_failure)
        self._jobs.append(job)
        job.progress_dialog = dialog  # type: ignore[attr-defined]
        return job.start()

    def running(self) -> list[Job]:
        return list(self._jobs)

    def stop_all(self) -> None:
        """Cancel every job and wait for it; its results would land on a closed database."""
        for job in list(self._jobs):
            job.cancel()
        for job in list(self._jobs):
            job.wait()
            job.blockSignals(True)
            job.progress_dialog.close()  # type: ignore[attr-defined]
        self._jobs.clear()
