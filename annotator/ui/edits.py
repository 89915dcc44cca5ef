"""Every edit as an undoable command, run by one controller that says what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from annotator.domain.model import Article, Claim, Source
from annotator.errors import UserError
from annotator.services import anchors
from annotator.services import claims as claim_service
from annotator.services.changes import Changes
from annotator.services.workspace import Store
from annotator.ui.commands import (
    AddSourceCommand,
    AnchorCommand,
    DeleteClaimCommand,
    EditSourceCommand,
    MarkClaimCommand,
    RemoveSourceCommand,
    ServiceCommand,
    SetClaimFieldCommand,
)
from annotator.ui.notices import Notices
from annotator.ui.terms import Terms, short_words


class EditController(QObject):
    """Runs edits as commands on the undo stack and broadcasts what each write changed.

    What it edits comes from callables: `article()` and `claim()` (the article shown,
    the selected claim as the window holds it), `claim_now()` (that claim as the
    database has it), `selected_span()` (the words selected in the article),
    `source(row)` (a source of the claim shown; None: the selected one) and
    `ask_source(source)` (the source dialog's fields, or None when cancelled).
    """

    # Changes, and the claim to show after them (or None): every pane refreshes from it.
    changes_applied = Signal(object, object)
    claim_marked = Signal(int)  # a new claim, to rate now
    span_used = Signal()  # the words selected in the article became a claim's place
    conflict_found = Signal(object)  # a Conflict: another desk changed what this one did

    def __init__(
        self,
        store: Callable[[], Store],
        terms: Terms,
        notices: Notices,
        *,
        article: Callable[[], Article | None],
        claim: Callable[[], Claim | None],
        claim_now: Callable[[], Claim | None],
        selected_span: Callable[[], tuple[int, int] | None],
        source: Callable[[int | None], Source | None],
        ask_source: Callable[[Source | None], dict[str, Any] | None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._store = store
        self._terms = terms
        self._notices = notices
        self._article = article
        self._claim = claim
        self._claim_now = claim_now
        self._selected_span = selected_span
        self._source = source
        self._ask_source = ask_source
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")

    # --- the commands' desk (commands.Desk) ------------------------------------------

    @property
    def store(self) -> Store:
        return self._store()

    def push(self, command: ServiceCommand, *, rebased: bool = False) -> bool:
        """Run a command's first write, then put it on the stack; a refused edit is shown."""
        try:
            changes = command.first_run()
        except claim_service.ClaimChangedError as exc:
            return self._changed_meanwhile(command, exc, rebased)
        except UserError as exc:
            self._notices.error(self._notices.describe(exc))
            return False
        self.undo_stack.push(command)
        self.changes_applied.emit(changes, command.reveal())
        return True

    def _changed_meanwhile(
        self, command: ServiceCommand, error: claim_service.ClaimChangedError, rebased: bool
    ) -> bool:
        """Another desk changed the claim since the window showed it. An edit that takes
        nothing of theirs is made on top of their revision; else the panes show theirs
        and the user is asked (a conflict) or told (a message)."""
        try:
            now = claim_service.get_claim(self.store, error.claim_id)
        except UserError as exc:  # deleted meanwhile
            self._notices.error(self._notices.describe(exc))
            self.changes_applied.emit(Changes(unknown=True), None)
            return False
        if not rebased and command.rebase(now):
            return self.push(command, rebased=True)
        self.changes_applied.emit(Changes(articles={now.article_id}, claims={now.id or 0}), None)
        conflict = command.conflict(now)
        if conflict is not None:
            self.conflict_found.emit(conflict)
        else:
            self._notices.error(self._notices.describe(error))
        return False

    def run_service(self, call: Callable[[], Changes], *, reveal: int | None = None) -> None:
        """Undo and redo land here: write, then say what changed."""
        try:
            changes = call()
        except UserError as exc:
            self._notices.error(self._notices.describe(exc))
            return
        self.changes_applied.emit(changes, reveal)

    # --- claims ------------------------------------------------------------------------

    def mark_claim(self) -> None:
        """Mark the words selected in the article as a claim; then rate it."""
        article = self._article()
        if article is None or article.id is None:
            self._notices.status(self.tr("Open an article first."))
            return
        span = self._selected_span()
        if span is None:
            self._notices.status(self.tr("Select the words of the claim in the article first."))
            return
        start, end = span
        quote = article.body[start:end]
        command = MarkClaimCommand(
            self, self.tr("Mark claim “{}”").format(short_words(quote)),
            article_id=article.id, start=start, end=end,
        )  # fmt: skip
        if self.push(command):
            self.span_used.emit()
            assert command.claim_id is not None
            self.claim_marked.emit(command.claim_id)

    def delete_claim(self) -> None:
        claim = self._claim()
        if claim is None or claim.id is None:
            self._notices.status(self.tr("Select a claim first."))
            return
        text = self.tr("Delete claim “{}”").format(short_words(claim.exact))
        self.push(DeleteClaimCommand(self, text, claim_id=claim.id, revision=claim.revision))

    def edit_claim_field(
        self, claim_id: int, field: str, value: Any, mergeable: bool = False
    ) -> None:
        """An edit from the inspector: one undoable command, saved now."""
        current = self._claim()
        claim = current if current and current.id == claim_id else None
        if claim is None:
            try:
                claim = claim_service.get_claim(self._store(), claim_id)
            except UserError as exc:
                self._notices.error(self._notices.describe(exc))
                return
        on_review = field in claim_service.REVIEW_FIELDS
        before = getattr(claim.review if on_review else claim, field)
        if isinstance(value, str) and not value.strip():
            value = None
        if (before or None) == (value or None):
            return
        names = {
            "claim_reviewed": self.tr("Edit claim reviewed"),
            "claimant": self.tr("Edit claimant"),
            "claim_date": self.tr("Edit claim date"),
            "explanation": self.tr("Edit explanation"),
            "correction": self.tr("Edit correction"),
        }
        if field == "verdict":
            text = self.tr("Set verdict to {}").format(self._terms.verdict_label(value))
        elif field == "status":
            text = self.tr("Set status to {}").format(self._terms.status_label(value))
        else:
            text = names.get(field, field)
        self.push(
            SetClaimFieldCommand(
                self, text, claim_id=claim_id, field=field, before=before, after=value,
                mergeable=mergeable, revision=claim.revision,
            )
        )  # fmt: skip

    # --- anchors -----------------------------------------------------------------------

    def accept_anchor(self) -> None:
        """Accept the place a new version proposes for the selected claim."""
        self._settle_anchor(
            AnchorCommand.ACCEPT,
            self.tr("The selected claim has no proposed place to accept."),
            self.tr("Accept the new place of “{}”"),
        )

    def reject_anchor(self) -> None:
        """Reject the proposed place: the claim becomes an orphan, to anchor by hand."""
        self._settle_anchor(
            AnchorCommand.REJECT,
            self.tr("The selected claim has no proposed place to reject."),
            self.tr("Reject the new place of “{}”"),
        )

    def _settle_anchor(self, action: str, none_message: str, label: str) -> None:
        claim = self._claim_now()
        if claim is None or claim.anchor != anchors.NEEDS_REVIEW:
            self._notices.status(none_message)
            return
        text = label.format(short_words(claim.exact))
        self.push(AnchorCommand(self, text, claim=claim, action=action))

    def anchor_here(self) -> None:
        """Anchor the selected claim (an orphan, most often) on the selected words."""
        claim = self._claim_now()
        if claim is None or claim.id is None:
            self._notices.status(self.tr("Select a claim first."))
            return
        span = self._selected_span()
        article = self._article()
        if span is None or article is None:
            self._notices.status(self.tr("Select the words of the claim in the article first."))
            return
        start, end = span
        command = AnchorCommand(
            self, self.tr("Anchor “{}” here").format(short_words(article.body[start:end])),
            claim=claim, action=AnchorCommand.MOVE, span=span,
        )  # fmt: skip
        if self.push(command):
            self.span_used.emit()

    # --- sources -----------------------------------------------------------------------

    def add_source(self) -> None:
        claim = self._claim()
        if claim is None or claim.id is None:
            self._notices.status(self.tr("Select a claim first."))
            return
        values = self._ask_source(None)
        if not values:
            return
        host = urlsplit(str(values.get("url") or "")).netloc or str(values.get("url"))
        text = self.tr("Add source {}").format(host)
        self.push(AddSourceCommand(self, text, claim_id=claim.id, fields=values))

    def edit_source(self, row: int | None = None) -> None:
        """Edit a source of the claim in the source dialog (None or -1: the selected one)."""
        claim = self._claim()
        source = self._source(None if row is None or row < 0 else row)
        if claim is None or claim.id is None or source is None:
            return
        values = self._ask_source(source)
        if not values:
            return
        after = {k: v for k, v in values.items() if v != getattr(source, k)}
        if after:
            self.push(
                EditSourceCommand(
                    self,
                    self.tr("Edit source"),
                    claim_id=claim.id,
                    source=source,
                    after=after,
                    revision=claim.revision,
                )
            )

    def edit_source_field(self, source_id: int, field: str, value: str) -> None:
        claim = self._claim()
        source = next((s for s in (claim.sources if claim else []) if s.id == source_id), None)
        if claim is None or claim.id is None or source is None:
            return
        self.push(
            EditSourceCommand(
                self, self.tr("Edit source"), claim_id=claim.id, source=source,
                after={field: value.strip() or (None if field != "url" else "")},
                revision=claim.revision,
            )
        )  # fmt: skip

    def remove_source(self) -> None:
        claim = self._claim()
        source = self._source(None)
        if claim is None or claim.id is None or source is None or source.id is None:
            return
        host = urlsplit(source.url).netloc or source.url
        self.push(
            RemoveSourceCommand(
                self, self.tr("Remove source {}").format(host), claim_id=claim.id,
                source=source, revision=claim.revision,
            )
        )  # fmt: skip
