"""The current article, its claims and the current claim, shown alike in every pane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from annotator.domain.model import Article, Claim
from annotator.errors import UserError
from annotator.services import anchors, browse, search
from annotator.services import articles as article_service
from annotator.services import claims as claim_service
from annotator.services.anchors import AnchorCounts
from annotator.services.changes import Changes
from annotator.services.workspace import Store
from annotator.ui import matches
from annotator.ui.claimlist import ClaimListPane
from annotator.ui.inspector import ClaimInspector
from annotator.ui.notices import Notices
from annotator.ui.readingpane import ReadingPane
from annotator.ui.terms import Terms

SEARCH_MATCHES_SHOWN = 200  # highlighted in the article shown
Brief = Sequence[Any]  # a claim's (id, start, end, verdict, ...): a brief or a ClaimRow


class CurrentArticle(QObject):
    """Shows an article and selects its claims in the reading pane, the claim list and the
    inspector; `apply_changes` is how an edit's changes reach them.

    `attention(article_id)` says whether the list knows of claims to check in an
    article, `search_query()` is the search whose words the article highlights, and
    `reveal_in_list(article_id)` selects an article in the list without showing it.
    """

    article_shown = Signal(int)
    claim_selected = Signal(object)  # claim id or None
    refreshed = Signal()  # the article, its claims or the selection changed: actions follow

    def __init__(
        self,
        store: Callable[[], Store],
        terms: Terms,
        panes: tuple[ReadingPane, ClaimListPane, ClaimInspector],
        notices: Notices,
        *,
        attention: Callable[[int], AnchorCounts | None],
        search_query: Callable[[], str],
        reveal_in_list: Callable[[int], None],
    ):
        super().__init__()
        self._store = store
        self._terms = terms
        self._pane, self._claim_list, self._inspector = panes
        self._view = self._pane.view
        self._notices = notices
        self._attention = attention
        self._search_query = search_query
        self._reveal_in_list = reveal_in_list
        self._article: Article | None = None
        self._claims_by_id: dict[int, Brief] = {}  # (id, start, end, verdict, ...)
        self._current: Claim | None = None  # the selected claim, read whole
        self._claim_id: int | None = None
        self._closed = False
        claim_row = self._claim_list.model.claim_by_id
        self._view.set_describer(lambda span: terms.describe_claim(claim_row(span.claim_id)))
        self._claim_list.claim_chosen.connect(self.select_claim)
        self._view.claim_clicked.connect(lambda claim_id: self.select_claim(claim_id, scroll=False))

    # --- what is shown -----------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    def _shown_id(self) -> int:
        """The id of the article shown (callers know there is one)."""
        assert self._article is not None and self._article.id is not None
        return self._article.id

    def current_article_id(self) -> int | None:
        return self._article.id if self._article is not None else None

    def article_body(self) -> str:
        """The text of the article shown ('' if none)."""
        return self._article.body if self._article is not None else ""

    def current_claim(self) -> Claim | None:
        return self._current

    def claim_now(self) -> Claim | None:
        """The selected claim as the database has it now (what undo puts back)."""
        if self._current is None or self._current.id is None:
            return None
        try:
            return claim_service.get_claim(self._store(), self._current.id)
        except UserError as exc:
            self._notices.error(self._notices.describe(exc))
            return None

    def claim_count(self) -> int:
        return self._claim_list.model.rowCount()

    # --- articles ------------------------------------------------------------------

    def show_article(self, article_id: int | None, *, force: bool = False) -> None:
        """Show an article and its claims (highlights painted as they scroll into view)."""
        if article_id is None:
            return
        if not force and self._article is not None and self._article.id == article_id:
            return
        store = self._store()
        try:
            article = article_service.get_article(store, article_id)
            # Where each claim is and its verdict: the list reads the rest of the
            # rows it shows, so 2,000 claims cost one lean query here.
            claims = browse.claim_briefs(store, article_id)
        except UserError as exc:
            self._notices.error(self._notices.describe(exc))
            return
        self._article = article
        self._claim_id = None
        self._set_claims(claims)
        # Proposed places are looked up only for an article the list says has some.
        counts = self._attention(article_id)
        provisional = (
            anchors.claims_in_state(store, article_id)
            if counts is None or counts.needs_review
            else ()
        )
        self._view.show_article(article.body, claims, self._terms.styles, provisional=provisional)
        self._pane.show_header(article)
        self.select_claim(None)
        self.show_search_matches()
        self.article_shown.emit(article_id)

    def clear(self) -> None:
        """Nothing shown (another database was opened)."""
        self._article = None
        self._claims_by_id = {}
        self._current = None
        self._claim_id = None
        self._view.clear_article()
        self._set_claims([])
        self.select_claim(None)
        self._pane.show_header(None)

    def show_search_matches(self, *_args: object) -> None:
        """Highlight the search's words in the article shown, and scroll to the first."""
        query = self._search_query()
        if self._article is None or not query:
            self._view.set_search_matches([])
            return
        found = matches.find(self._article.body, query, limit=SEARCH_MATCHES_SHOWN)
        self._view.set_search_matches(found, scroll=True)

    def _set_claims(self, claims: Sequence[Brief]) -> None:
        """The shown article's claims, as briefs (id, start, end, verdict) or ClaimRows."""
        self._claims_by_id = {c[0]: c for c in claims}
        load: Callable[[list[int]], list[browse.ClaimRow]] | None = None
        if self._article is not None:
            store, article_id = self._store(), self._shown_id()

            def load_rows(ids: list[int]) -> list[browse.ClaimRow]:
                return browse.claim_rows(store, article_id, set(ids))

            load = load_rows
        self._claim_list.set_claims(claims, load)
        self.show_legend()

    def show_legend(self) -> None:
        self._pane.show_legend(map(itemgetter(3), self._claims_by_id.values()))

    def reload_claims(self) -> None:
        """The shown article's claims read again (and the selected one shown again)."""
        if self._article is None:
            return
        store, article_id = self._store(), self._shown_id()
        claims = browse.claim_briefs(store, article_id)
        self._set_claims(claims)
        self._view.set_claims(claims)
        self._view.set_provisional(anchors.claims_in_state(store, article_id))

    # --- claims --------------------------------------------------------------------

    def select_claim(self, claim_id: int | None, *, scroll: bool = True) -> None:
        """Make a claim of the shown article the current one (None: no claim)."""
        claim: Claim | None = None
        if claim_id is not None and claim_id in self._claims_by_id:
            try:
                claim = claim_service.get_claim(self._store(), claim_id)
            except UserError:
                claim = None  # deleted meanwhile (another window): nothing to show
        changed = (claim.id if claim else None) != self._claim_id
        self._claim_id = claim.id if claim else None
        self._current = claim
        self._claim_list.select(self._claim_id)
        self._view.set_current_claim(
            self._claim_id, scroll=scroll and changed and claim is not None
        )
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self._inspector.isAncestorOf(focus)
        self._inspector.show_claim(claim)
        if claim is None and had_focus:
            # Its field is hidden now (an undone Mark): Qt would hand the focus to the
            # next field in the window, the search field, whose own undo then takes
            # Ctrl+Z and Ctrl+Shift+Z. Back to the text, where the claim was.
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refreshed.emit()
        if changed:
            self.claim_selected.emit(self._claim_id)

    def next_claim(self) -> None:
        self.step_claim(1)

    def previous_claim(self) -> None:
        self.step_claim(-1)

    def step_claim(self, step: int) -> None:
        model = self._claim_list.model
        count = model.rowCount()
        if not count:
            return
        row = model.row_of(self._claim_id)
        row = (0 if step > 0 else count - 1) if row < 0 else (row + step) % count
        claim_id = model.claim_id(row)
        if claim_id is not None:
            self.select_claim(claim_id)

    def reveal_claim(self, claim_id: int) -> None:
        """Show a claim wherever it is: its article first, then the claim."""
        if claim_id not in self._claims_by_id:
            try:
                claim = claim_service.get_claim(self._store(), claim_id)
            except UserError as exc:
                self._notices.error(self._notices.describe(exc))
                return
            self._reveal_in_list(claim.article_id)
            self.show_article(claim.article_id)
        self.select_claim(claim_id)

    def similar_reviews(self, text: str, claim_id: int | None) -> list[search.SimilarReview]:
        """Earlier claims (of other articles: this one's are in its list) and other
        fact-checkers' reviews close to a claim's words."""
        if self._closed:
            return []
        try:
            found = search.similar_reviews(self._store(), text, exclude_claim_id=claim_id)
        except UserError as exc:
            self._notices.status(str(exc))
            return []
        shown = self.current_article_id()
        return [f for f in found if f.kind != "claim" or f.article_id != shown]

    def close(self) -> None:
        """The window closes: nothing more is read."""
        self._closed = True

    # --- after an edit ---------------------------------------------------------------

    def refresh_header(self) -> None:
        """The shown article's details read again (who has it), its text left as it is:
        the reader's place in it is kept."""
        if self._article is None:
            return
        try:
            article = article_service.get_article(self._store(), self._shown_id())
        except UserError:
            return  # gone meanwhile: the list will say so
        if article.body == self._article.body:
            self._article = article
            self._pane.show_header(article)

    def apply_changes(self, changes: Changes, reveal: int | None = None) -> None:
        """Refresh just what a write changed; then select `reveal` (or keep the claim)."""
        if changes.unknown:  # another process changed the file: what, it does not say
            if self._article is not None:
                self.reload_claims()
            target = self._claim_id if self._claim_id in self._claims_by_id else None
            self.select_claim(target, scroll=False)
            return
        if reveal is not None and reveal not in changes.removed_claims:
            if reveal not in self._claims_by_id and reveal not in changes.claims:
                reveal = None
            elif reveal not in self._claims_by_id:
                claim = claim_service.get_claim(self._store(), reveal)
                if self._article is None or claim.article_id != self._article.id:
                    self.reveal_claim(reveal)
                    return
        if self._article is not None and self._article.id in changes.articles:
            known = set(self._claims_by_id)
            if changes.removed_claims & known or not changes.claims <= known:
                self.reload_claims()
            else:
                self._refresh_claims(changes.claims)
        target = reveal if reveal in self._claims_by_id else self._claim_id
        if target not in self._claims_by_id:
            target = None
        self.select_claim(target)

    def _refresh_claims(self, claim_ids: set[int]) -> None:
        model = self._claim_list.model
        rows = browse.claim_rows(self._store(), self._shown_id(), claim_ids)
        for fresh in rows:
            old = self._claims_by_id.get(fresh.id)
            if old is not None and (old[1], old[2]) != (fresh.start, fresh.end):
                self.reload_claims()  # a claim moved: text order, highlights, orphans last
                return
        verdicts_changed = False
        provisional = set(self._view.provisional())
        for fresh in rows:
            old = self._claims_by_id.get(fresh.id)
            verdicts_changed |= old is None or old[3] != fresh.verdict
            self._claims_by_id[fresh.id] = fresh
            model.update_claim(fresh)
            if fresh.anchor == anchors.NEEDS_REVIEW:
                provisional.add(fresh.id)
            else:
                provisional.discard(fresh.id)
        self._view.set_provisional(provisional)
        if verdicts_changed:
            self._view.set_claims(model.claims())
            self.show_legend()
