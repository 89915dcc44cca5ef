"""What tests, scripts, the benchmarks and the bundle's launcher call on the main window:
a surface that stays put while the panes and controllers behind it change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from annotator.domain.model import Claim
from annotator.services.anchors import AnchorCounts
from annotator.services.workspace import Store, Workspace
from annotator.ui.articlelist import ArticleListPane
from annotator.ui.current import CurrentArticle
from annotator.ui.jobrunner import JobRunner
from annotator.ui.jobs import Job
from annotator.ui.notices import Notices
from annotator.ui.terms import Terms
from annotator.ui.transfers import Transfers
from annotator.ui.verdicts import VerdictStyles


class WindowSurface:
    """The main window's methods for outside callers, each handing on to the pane or
    controller that does the work; MainWindow (mainwindow.py) makes those."""

    workspace: Workspace
    terms: Terms
    notices: Notices
    transfers: Transfers
    jobs: JobRunner
    current: CurrentArticle
    article_pane: ArticleListPane

    @property
    def store(self) -> Store:
        return self.workspace.store

    @property
    def styles(self) -> VerdictStyles:
        return self.terms.styles

    @property
    def last_message(self) -> QMessageBox | None:
        return self.notices.last_message

    def import_paths(self, paths: list[str] | list[Path]) -> Job:
        return self.transfers.import_paths(paths)

    def import_review_paths(self, paths: list[str] | list[Path]) -> Job:
        return self.transfers.import_review_paths(paths)

    def export_to(self, path: str, *, fmt: str, article_id: int | None = None,
                  status: str = "all", report_errors: bool = True) -> Job:  # fmt: skip
        return self.transfers.export_to(
            path, fmt=fmt, article_id=article_id, status=status, report_errors=report_errors
        )

    def running_jobs(self) -> list[Job]:
        return self.jobs.running()

    def show_article(self, article_id: int | None, *, force: bool = False) -> None:
        self.current.show_article(article_id, force=force)

    def select_article_row(self, row: int) -> None:
        self.article_pane.select_row(row)

    def current_article_id(self) -> int | None:
        return self.current.current_article_id()

    def current_claim(self) -> Claim | None:
        return self.current.current_claim()

    def select_claim(self, claim_id: int | None, *, scroll: bool = True) -> None:
        self.current.select_claim(claim_id, scroll=scroll)

    def reveal_claim(self, claim_id: int) -> None:
        self.current.reveal_claim(claim_id)

    def claim_count_text(self, count: int) -> str:
        return self.terms.claim_count_text(count)

    def attention_texts(self, counts: AnchorCounts) -> list[str]:
        return self.terms.attention_texts(counts)
