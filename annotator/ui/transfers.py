"""Import and export from the window: file pickers, background jobs, what they report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotator.errors import UserError
from annotator.services import articles as article_service
from annotator.services import exporting, files
from annotator.services import reviews as review_service
from annotator.services.workspace import Store
from annotator.ui.jobrunner import JobRunner
from annotator.ui.jobs import Job, Progress
from annotator.ui.notices import Notices

# The article files the import reads. No service names them yet (the list is
# io.importers.supported_suffixes()); tests/ui/test_transfers.py keeps this copy equal.
ARTICLE_SUFFIXES = (".atom", ".htm", ".html", ".json", ".jsonl", ".markdown", ".md", ".ndjson",
                    ".rdf", ".rss", ".shtml", ".text", ".txt", ".xhtml", ".xml")  # fmt: skip


class Transfers(QObject):
    """Imports articles and reviews and exports reviews, each in a job; says the outcome."""

    import_finished = Signal(object)  # ImportReport
    import_failed = Signal(object)  # the UserError that stopped it (whole batches may be in)
    reviews_imported = Signal(object)  # ReviewImportReport

    def __init__(self, window: QWidget, jobs: JobRunner, notices: Notices):
        super().__init__(window)
        self._window = window
        self._jobs = jobs
        self._notices = notices

    # --- articles -----------------------------------------------------------

    def import_files_dialog(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import articles"), "",
            self.tr("Articles ({})").format(patterns),
        )  # fmt: skip
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import a folder"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str] | list[Path]) -> Job:
        """Import files and folders in a worker thread, with a progress dialog."""
        targets = [str(p) for p in paths]

        def work(store: Store, progress: Progress) -> article_service.ImportReport:
            return article_service.import_paths(store, targets, progress=progress)

        job = self._jobs.start(self.tr("Importing articles…"), work)
        job.finished.connect(self._on_import_finished)
        job.failed.connect(self.import_failed)
        return job

    def _on_import_finished(self, report: article_service.ImportReport) -> None:
        summary = self.tr("Imported {}, duplicates {}, failed {}").format(
            report.imported, report.duplicates, len(report.failed)
        )
        if report.cancelled:
            summary += " " + self.tr("(cancelled)")
        self._notices.status(summary)
        # Failures first, then what was imported with a repair (bytes replaced...).
        details = "\n".join(
            [f"{source}: {reason}" for source, reason in report.failed]
            + [f"warning: {source}: {message}" for source, message in report.warnings]
        )
        if report.failed:
            self._notices.error(
                self.tr(
                    "%n file(s) could not be imported; the others were.", "", len(report.failed)
                ),
                details,
            )
        elif report.warnings:
            self._notices.error(
                self.tr(
                    "%n file(s) imported with a repair (see the details).",
                    "",
                    len({source for source, _message in report.warnings}),
                ),
                details,
            )
        self.import_finished.emit(report)

    # --- reviews ------------------------------------------------------------

    def import_reviews_dialog(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(review_service.REVIEW_SUFFIXES))
        paths, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import reviews (ClaimReview)"), "",
            self.tr("ClaimReview files ({})").format(patterns),
        )  # fmt: skip
        if paths:
            self.import_review_paths(paths)

    def import_review_paths(self, paths: list[str] | list[Path]) -> Job:
        """Import ClaimReview files in a worker thread, with a progress dialog."""
        targets = [str(p) for p in paths]

        def work(store: Store, progress: Progress) -> review_service.ReviewImportReport:
            return review_service.import_review_files(store, targets, progress=progress)

        job = self._jobs.start(self.tr("Importing reviews…"), work)
        job.finished.connect(self._on_reviews_imported)
        return job

    def _on_reviews_imported(self, report: review_service.ReviewImportReport) -> None:
        summary = self.tr(
            "Reviews imported: {} attached to articles, {} external (other fact-checkers), "
            "{} failed"
        ).format(report.attached, report.external, len(report.failed))
        if report.duplicates:
            summary += " " + self.tr("({} were already there)").format(report.duplicates)
        if report.cancelled:
            summary += " " + self.tr("(cancelled)")
        self._notices.status(summary)
        lines = [f"{source}: {reason}" for source, reason in report.failed]
        if report.notes:
            lines += ["", *(f"{source}: {note}" for source, note in report.notes)]
        box = QMessageBox(
            QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information,
            "Annotator", summary, parent=self._window,
        )  # fmt: skip
        box.setObjectName("reviewImportSummary")
        if report.failed:
            box.setInformativeText(
                self.tr(
                    "%n review(s) or file(s) could not be read (see the details); "
                    "the others were imported.", "", len(report.failed),
                )
            )  # fmt: skip
        if any(lines):
            box.setDetailedText("\n".join(lines).strip())
        self._notices.show(box)
        self.reviews_imported.emit(report)

    # --- export -------------------------------------------------------------

    def export_to(self, path: str, *, fmt: str, article_id: int | None = None,
                  status: str = "all", report_errors: bool = True) -> Job:  # fmt: skip
        """Export in a worker thread; the file is replaced only by a complete, valid export.

        A failure is shown in a message unless `report_errors` is False (the export
        dialog lists the problems itself)."""
        cancelled = self.tr("Export cancelled; nothing was written.")

        def work(store: Store, progress: Progress) -> exporting.ExportResult:
            progress(0, 1, path)
            files.check_output_path(path)
            result = exporting.export(store, fmt=fmt, article_id=article_id, status=status)
            if progress(1, 1, path) is False:
                raise _Cancelled(cancelled)
            files.write_atomically(path, result.data)
            return result

        job = self._jobs.start(self.tr("Exporting reviews…"), work, report_errors=report_errors)
        job.finished.connect(
            lambda result: self._notices.status(
                self.tr("Exported %n review(s) to {}.", "", result.count).format(path)
            )
        )
        return job


class _Cancelled(UserError):
    """The user cancelled a job."""
