"""The claim inspector: the selected claim's review; each edit is handed on as it is made."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QScrollArea, QTextEdit, QWidget

from annotator.domain.model import STATUSES, Claim, Source
from annotator.domain.rating import RatingScale
from annotator.domain.text import is_iso_date
from annotator.services.claims import REVIEW_FIELDS
from annotator.services.search import SimilarReview
from annotator.ui.conflict import Conflict, when_text
from annotator.ui.fields import UndoKeys, VerdictModel, mentions_verdict
from annotator.ui.inspectorform import InspectorForm
from annotator.ui.models import VERDICT_ROLE
from annotator.ui.panels import SimilarLookup
from annotator.ui.terms import Terms

__all__ = ["CLAIM_REVIEWED_LIMIT", "ClaimInspector", "VerdictModel", "mentions_verdict"]

CLAIM_REVIEWED_LIMIT = 75  # Google's advice for claimReviewed
SIMILAR_DELAY_MS = 60  # the similar reviews are looked up once the claim is shown


def _one_line(text: str) -> str:
    """Blanks and line breaks as single spaces, the edges kept (a context's spacing)."""
    collapsed = " ".join(text.split())
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}{collapsed}{trail}" if collapsed else lead


class ClaimInspector(InspectorForm):
    """Shows one claim and says what the user asks of it, as signals: each edit becomes
    an undoable command elsewhere (the inspector never writes)."""

    field_edited = Signal(int, str, object, bool)  # claim id, field, value, mergeable
    add_source_requested = Signal()
    source_edit_requested = Signal(int)  # row of the source (-1: the selected one)
    source_field_edited = Signal(int, str, str)  # source id, field, value (a cell edited)
    remove_source_requested = Signal()
    accept_anchor_requested = Signal()
    reject_anchor_requested = Signal()
    anchor_here_requested = Signal()
    claim_requested = Signal(int)  # an earlier claim of ours, to show
    status_message = Signal(str)  # something to say in the status bar

    def __init__(
        self,
        terms: Terms,
        *,
        undo_keys: Callable[[], set[str]],
        article_body: Callable[[], str],
        similar_reviews: Callable[[str, int | None], Sequence[SimilarReview]],
    ):
        super().__init__(terms)
        self.setObjectName("claimInspector")
        self._terms = terms
        self._article_body = article_body
        self._claim: Claim | None = None
        self._loading = False
        self._scale: RatingScale | None = None
        self._may_publish = True  # this login may publish and change a published claim
        self._field_names: dict[str, str] = {}
        self._similar_lookup = SimilarLookup(
            self.similar, similar_reviews, lambda: self._claim, SIMILAR_DELAY_MS
        )

        self._undo_keys = UndoKeys(undo_keys, self)
        for editor in (
            self.claim_reviewed, self.claimant, self.claim_date, self.explanation, self.correction,
        ):  # fmt: skip
            editor.installEventFilter(self._undo_keys)

        self._connect()
        self.show_claim(None)

    # --- wiring -----------------------------------------------------------

    def _connect(self) -> None:
        self.conflict.keep_theirs.connect(self._keep_theirs)
        self.conflict.keep_mine.connect(self._keep_mine)
        self.anchor_here_button.clicked.connect(self.anchor_here_requested)
        self.anchor_review.accept_button.clicked.connect(self.accept_anchor_requested)
        self.anchor_review.reject_button.clicked.connect(self.reject_anchor_requested)
        self.similar.claim_requested.connect(self.claim_requested)
        self.sources_model.edit_requested.connect(self.source_field_edited)
        self.claim_reviewed.textChanged.connect(self._on_claim_reviewed_text_changed)
        self.claim_reviewed.editingFinished.connect(self._on_claim_reviewed_editing_finished)
        self.claimant.textChanged.connect(lambda text: self._edit("claimant", text, merge=True))
        self.claim_date.textChanged.connect(self._on_claim_date_text_changed)
        self.claim_date.editingFinished.connect(self._on_claim_date_editing_finished)
        self.verdict.currentIndexChanged.connect(self._on_verdict_current_index_changed)
        self.status.currentIndexChanged.connect(self._on_status_current_index_changed)
        self.explanation.textChanged.connect(
            lambda: self._edit("explanation", self.explanation.toPlainText(), merge=True)
        )
        self.correction.textChanged.connect(
            lambda: self._edit("correction", self.correction.toPlainText(), merge=True)
        )
        self.sources.selectionModel().selectionChanged.connect(self._update_source_buttons)
        self.sources_model.modelReset.connect(self._update_source_buttons)
        self.sources_section.add_requested.connect(self.add_source_requested)
        self.sources_section.edit_requested.connect(self.source_edit_requested)
        self.sources_section.remove_requested.connect(self.remove_source_requested)

    def retranslate(self) -> None:
        """The texts in the interface language, and the scale and styles of the settings."""
        terms = self._terms
        self._scale = terms.scale
        self.placeholder.setText(
            self.tr("Select a claim in the list or a highlight in the article,\n"
               "or select words in the article and choose Mark claim (Ctrl+M).")
        )  # fmt: skip
        self.reviewed_label.setText(self.tr("Claim as &reviewed (claimReviewed)"))
        self.claim_reviewed.setToolTip(
            self.tr("The claim as readers will see it (claimReviewed): short, about 75 characters, "
               "and never the verdict. Until you write your own, the quote is exported.")
        )  # fmt: skip
        self.reviewed_origin.setText(self.tr("from the quote"))
        self.reviewed_origin.setToolTip(
            self.tr("Nothing written here yet: the export uses the quote. Edit it to write a "
                    "short restatement of the claim.")
        )  # fmt: skip
        self.claimant_label.setText(self.tr("Clai&mant (who said it)"))
        self.claimant.setPlaceholderText(self.tr("Who made the claim"))
        self.date_label.setText(self.tr("&Date of the claim"))
        self.claim_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.claim_date.setToolTip(self.tr("When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD"))
        self.verdict_label.setText(self.tr("&Verdict"))
        self.status_label.setText(self.tr("S&tatus"))
        self.explanation_label.setText(self.tr("E&xplanation"))
        self.explanation.setPlaceholderText(self.tr("Why this verdict: what the sources show"))
        self.correction_label.setText(self.tr("C&orrection"))
        self.correction.setPlaceholderText(self.tr("What is true instead (e.g. 2011)"))
        self.sources_section.title.setText(self.tr("Sources"))
        self.add_source_button.setText(self.tr("Add…"))
        self.edit_source_button.setText(self.tr("Edit…"))
        self.remove_source_button.setText(self.tr("Remove"))
        self.open_source_button.setText(self.tr("Open"))
        self.open_source_button.setToolTip(self.tr("Open the source's address in the web browser"))
        self.anchor_here_button.setText(self.tr("Anchor here"))
        self.anchor_here_button.setToolTip(
            self.tr("Anchor the claim on the words selected in the article")
        )
        self.anchor_review.retranslate()
        self.similar.retranslate()
        for widget, name in (
            (self.claim_reviewed, self.tr("Claim reviewed")),
            (self.claimant, self.tr("Claimant")),
            (self.claim_date, self.tr("Claim date")),
            (self.verdict, self.tr("Verdict")),
            (self.status, self.tr("Review status")),
            (self.explanation, self.tr("Explanation")),
            (self.correction, self.tr("Correction")),
            (self.sources, self.tr("Sources")),
        ):
            widget.setAccessibleName(name)
        self._field_names = {
            "claim_reviewed": self.tr("Claim reviewed"), "claimant": self.tr("Claimant"),
            "claim_date": self.tr("Claim date"), "verdict": self.tr("Verdict"),
            "status": self.tr("Review status"), "explanation": self.tr("Explanation"),
            "correction": self.tr("Correction"),
        }  # fmt: skip
        self.role_note.setText(self.tr("Published: only an editor may change this claim now."))
        self.setAccessibleName(self.tr("Claim inspector"))

        self._loading = True
        try:
            self.verdict_model.fill(
                terms.scale, terms.styles, terms.language, self.tr("— no verdict yet —")
            )
            self.status.clear()
            for key in STATUSES:
                self.status.addItem(terms.status_label(key), key)
            self._apply_publish_right()
        finally:
            self._loading = False
        self.show_claim(self._claim)

    # --- showing a claim --------------------------------------------------

    @property
    def claim(self) -> Claim | None:
        return self._claim

    def show_claim(self, claim: Claim | None) -> None:
        """Show a claim (or none); fields the user is typing in keep their cursor, and
        what they type is never replaced by another desk's change (see `conflict`)."""
        previous, self._claim = self._claim, claim
        self.placeholder.setVisible(claim is None)
        self.body.setVisible(claim is not None)
        keep = None  # the field whose text stays as the user has it
        if claim is not None and previous is not None and previous.id == claim.id:
            keep = self._protect_typing(previous, claim)
        elif self.conflict.conflict is not None:
            self.conflict.dismiss()  # another claim: the choice no longer stands
        self._loading = True
        try:
            if claim is None:
                self.sources_model.set_sources([])
                self._similar_lookup.clear()
                return
            review = claim.review
            self.quote.setText(f"« {' '.join(claim.exact.split())} »")
            self._show_changed_by(claim)
            self._show_anchor(claim)
            self._similar_lookup.schedule(claim)
            if keep != "claim_reviewed":
                self._show_claim_reviewed(
                    claim, another=previous is None or previous.id != claim.id
                )
            if keep != "claimant":
                self._set_line(self.claimant, claim.claimant)
            if keep != "claim_date":
                self._set_line(self.claim_date, claim.claim_date)
                self.claim_date.setProperty("invalid", False)
            self.verdict.setCurrentIndex(self.verdict_model.row_of(review.verdict))
            self.status.setCurrentIndex(max(self.status.findData(review.status), 0))
            if keep != "explanation":
                self._set_text(self.explanation, review.explanation)
            if keep != "correction":
                self._set_text(self.correction, review.correction)
            self.sources_model.set_sources(claim.sources)
            self._update_counter()
            self._lock_if_published(claim)
        finally:
            self._loading = False
        self._update_source_buttons()

    # --- others' changes: who, a conflict, what this login may change ---------------

    def _show_changed_by(self, claim: Claim) -> None:
        if claim.updated_by:
            when = when_text(claim.updated_at, self._terms.labels.locale)
            self.changed_by.setText(
                self.tr("changed by {who}, {when}").format(who=claim.updated_by, when=when)
            )
        self.changed_by.setVisible(bool(claim.updated_by))

    def _text_widgets(self) -> dict[str, QLineEdit | QTextEdit]:
        return {
            "claim_reviewed": self.claim_reviewed, "claimant": self.claimant,
            "claim_date": self.claim_date, "explanation": self.explanation,
            "correction": self.correction,
        }  # fmt: skip

    @staticmethod
    def _value(claim: Claim, field: str) -> Any:
        return getattr(claim.review if field in REVIEW_FIELDS else claim, field)

    def _widget_text(self, field: str) -> str:
        widget = self._text_widgets()[field]
        return widget.toPlainText() if isinstance(widget, QTextEdit) else widget.text()

    def _protect_typing(self, previous: Claim, claim: Claim) -> str | None:
        """The claim shown came back changed: if someone else changed the field the user
        is typing in, keep the user's text and show both (the field's name)."""
        pending = self.conflict.conflict
        if pending is not None:
            return pending.field if pending.field in self._text_widgets() else None
        focus = next((f for f, w in self._text_widgets().items() if w.hasFocus()), None)
        if focus is None:
            return None
        before, now, mine = (
            self._value(previous, focus), self._value(claim, focus), self._widget_text(focus),
        )  # fmt: skip
        if (before or None) == (now or None) or self._same(mine, now):
            return None
        if focus == "claim_reviewed" and not now and mine == claim.reviewed_text:
            return None  # the quote shown for an empty field: nothing of the user's
        self.show_conflict(
            Conflict(claim.id or 0, focus, now, mine, claim.updated_by, claim.updated_at)
        )
        return focus

    def show_conflict(self, conflict: Conflict) -> None:
        """Another desk's value beside the one this desk wanted; one click keeps either."""
        if self._claim is None or self._claim.id != conflict.claim_id:
            return

        def shown(value: Any) -> str:
            if conflict.field == "verdict":
                return self._terms.verdict_label(value)
            if conflict.field == "status":
                return self._terms.status_label(value)
            return "" if value is None else str(value)

        mine = conflict.mine
        widget = self._text_widgets().get(conflict.field)
        if widget is not None:
            if not widget.hasFocus():  # the refresh put theirs there: the field shows yours
                self._loading = True
                try:
                    if isinstance(widget, QTextEdit):
                        widget.setPlainText(mine or "")
                    else:
                        widget.setText(mine or "")
                finally:
                    self._loading = False
            mine = self._widget_text(conflict.field)
        self.conflict.present(
            conflict, self._field_names.get(conflict.field, conflict.field),
            shown(conflict.theirs), shown(mine),
            when_text(conflict.at, self._terms.labels.locale),
        )  # fmt: skip
        self._bring_into_view(self.conflict)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll the inspector's box (a small window scrolls it) so `widget` shows: a
        conflict appears above the field being typed in, out of sight (found at 1024x640)."""
        box = self.parentWidget()
        while box is not None and not isinstance(box, QScrollArea):
            box = box.parentWidget()
        if box is not None:  # once the panel has its place in the layout
            QTimer.singleShot(0, lambda: box.ensureWidgetVisible(widget, 0, 0))

    def _keep_theirs(self) -> None:
        self.conflict.dismiss()
        self.show_claim(self._claim)  # their value, in place of the user's

    def _keep_mine(self) -> None:
        conflict = self.conflict.conflict
        self.conflict.dismiss()
        if conflict is None:
            return
        mine = conflict.mine
        if conflict.field in self._text_widgets():
            mine = self._widget_text(conflict.field)
        # Written from the revision shown (theirs): a change made with theirs in view.
        self.field_edited.emit(conflict.claim_id, conflict.field, mine, False)

    def set_capabilities(self, may_publish: bool) -> None:
        """What this login may do: a checker neither publishes nor changes what is."""
        self._may_publish = may_publish
        self._apply_publish_right()
        if self._claim is not None:
            self._lock_if_published(self._claim)
            self._update_source_buttons()

    def _apply_publish_right(self) -> None:
        row = self.status.findData("published")
        item = self.status.model().item(row) if row >= 0 else None  # type: ignore[attr-defined]
        if item is not None:
            item.setEnabled(self._may_publish)
            item.setToolTip("" if self._may_publish else self.tr("Only an editor may publish."))

    def _locked(self) -> bool:
        claim = self._claim
        return claim is not None and not self._may_publish and claim.review.status == "published"

    def _lock_if_published(self, claim: Claim) -> None:
        locked = self._locked()
        for widget in (
            self.claim_reviewed, self.claimant, self.claim_date, self.verdict, self.status,
            self.explanation, self.correction, self.add_source_button,
        ):  # fmt: skip
            widget.setEnabled(not locked)
        self.role_note.setVisible(locked)

    def _show_claim_reviewed(self, claim: Claim, *, another: bool) -> None:
        """claimReviewed as it will be exported: the user's text, else the quote, marked
        "from the quote" (a field the user is emptying stays empty meanwhile)."""
        own = (claim.review.claim_reviewed or "").strip()
        field = self.claim_reviewed
        quote = claim.reviewed_text
        field.setPlaceholderText(quote)
        emptying = field.hasFocus() and not field.text().strip()
        if own:
            self._set_line(field, claim.review.claim_reviewed)
        elif field.text() != quote and (another or not emptying):
            field.setText(quote)
            field.setCursorPosition(0)
        self._mark_claim_reviewed_origin(from_quote=not own)

    def _mark_claim_reviewed_origin(self, *, from_quote: bool) -> None:
        self.reviewed_origin.setVisible(from_quote)
        if bool(self.claim_reviewed.property("fromQuote")) != from_quote:
            self.claim_reviewed.setProperty("fromQuote", from_quote)
            self.claim_reviewed.style().unpolish(self.claim_reviewed)
            self.claim_reviewed.style().polish(self.claim_reviewed)

    def _show_anchor(self, claim: Claim) -> None:
        notes = {
            "moved": self.tr("This claim moved in a new version of the article."),
            "orphan": self.tr(
                "Orphan: the quoted words are no longer in this version of the article. "
                "Original context: …{prefix}[{exact}]{suffix}…\n"
                "Select the right words in the article, then choose Anchor here."
            ),
        }
        note = notes.get(claim.anchor)
        self.anchor_note.setVisible(note is not None)
        if note:
            self.anchor_note.setText(
                note.format(
                    prefix=_one_line(claim.prefix),
                    exact=_one_line(claim.exact),
                    suffix=_one_line(claim.suffix),
                )
            )
        self.anchor_here_button.setVisible(claim.anchor == "orphan")
        self.anchor_review.show_claim(claim, self._article_body())

    # --- similar claims and reviews (see SimilarLookup) ---------------------

    def refresh_similar(self) -> None:
        """Look again (reviews were imported)."""
        self._similar_lookup.refresh()

    def stop_lookups(self) -> None:
        self._similar_lookup.stop()

    def similar_pending(self) -> bool:
        return self._similar_lookup.pending()

    @staticmethod
    def _same(widget_text: str, stored: str | None) -> bool:
        # The services store blank text as None.
        return (widget_text if widget_text.strip() else None) == (stored or None)

    def _set_line(self, edit: QLineEdit, value: str | None) -> None:
        if not self._same(edit.text(), value):
            edit.setText(value or "")
            edit.setCursorPosition(0)  # show the start of a long text, not its end

    def _set_text(self, edit: QTextEdit, value: str | None) -> None:
        if not self._same(edit.toPlainText(), value):
            edit.setPlainText(value or "")

    def focus_verdict(self) -> None:
        self.verdict.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- edits ------------------------------------------------------------

    def _edit(self, field: str, value: Any, *, merge: bool = False) -> None:
        if self._loading or self._claim is None or self._claim.id is None:
            return
        pending = self.conflict.conflict
        if pending is not None and pending.field == field:
            self.conflict.update_mine(value if isinstance(value, str) else str(value))
            return  # written once the user chose (keep mine), never over theirs unseen
        self.field_edited.emit(self._claim.id, field, value, merge)

    def _on_claim_reviewed_text_changed(self, text: str) -> None:
        self._update_counter()
        claim = self._claim
        if self._loading or claim is None:
            return
        if not (claim.review.claim_reviewed or "").strip() and text == claim.reviewed_text:
            return  # the quote, as shown: nothing of the user's to save yet
        self._edit("claim_reviewed", text, merge=True)

    def _on_claim_reviewed_editing_finished(self) -> None:
        """Left empty: the quote is what will be exported, so it is what the field shows."""
        claim = self._claim
        if claim is not None and not self.claim_reviewed.text().strip():
            self._loading = True
            try:
                self._show_claim_reviewed(claim, another=True)
            finally:
                self._loading = False

    def _update_counter(self) -> None:
        if self._claim is None:
            return
        text = self.claim_reviewed.text().strip() or " ".join(self._claim.exact.split())
        length = len(text)
        warnings = []
        if length > CLAIM_REVIEWED_LIMIT:
            warnings.append(self.tr("longer than about {} characters").format(CLAIM_REVIEWED_LIMIT))
        verdict = mentions_verdict(text, self._scale) if self._scale else None
        if verdict:
            warnings.append(self.tr("contains the verdict “{}”").format(verdict))
        self.counter.setText(f"{length} / {CLAIM_REVIEWED_LIMIT}" + (" ⚠" if warnings else ""))
        self.counter.setProperty("warning", bool(warnings))
        self.counter.setToolTip("\n".join(warnings) or self.tr("Length of the claim as reviewed"))
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    def _on_claim_date_text_changed(self, text: str) -> None:
        valid = not text.strip() or is_iso_date(text.strip())
        self.claim_date.setProperty("invalid", not valid)
        self.claim_date.style().unpolish(self.claim_date)
        self.claim_date.style().polish(self.claim_date)
        if valid:
            self._edit("claim_date", text.strip(), merge=True)

    def _on_claim_date_editing_finished(self) -> None:
        text = self.claim_date.text().strip()
        if text and not is_iso_date(text) and not self._loading:
            self.status_message.emit(
                self.tr("Claim date: not a date like 2019-11-27, 2019-11 or 2019: {}").format(text)
            )

    def _on_verdict_current_index_changed(self, row: int) -> None:
        if row >= 0:
            self._edit("verdict", self.verdict_model.item(row).data(VERDICT_ROLE))

    def _on_status_current_index_changed(self, row: int) -> None:
        if row >= 0:
            self._edit("status", self.status.itemData(row))

    # --- sources (see SourcesSection) ---------------------------------------

    def selected_source_row(self) -> int:
        return self.sources_section.selected_row()

    def _update_source_buttons(self, *args: object) -> None:
        self.sources_section.update_buttons(locked=self._locked())

    def source(self, row: int | None = None) -> Source | None:
        """A source of the claim shown (the selected one by default)."""
        return self.sources_section.source(row)

    def open_source(self, row: int | None = None) -> None:
        self.sources_section.open_source(row)
