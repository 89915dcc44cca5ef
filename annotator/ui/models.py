"""Thin Qt item models over the services: articles (paged), claims, sources, review hits."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from annotator.domain.model import Source
from annotator.errors import UserError
from annotator.services import anchors, browse, finder
from annotator.services import articles as article_service
from annotator.services.anchors import AnchorCounts
from annotator.services.browse import ArticleFilter, ArticleRow, ClaimBrief, ClaimRow
from annotator.services.claims import SOURCE_FIELDS
from annotator.services.finder import ReviewHit
from annotator.services.workspace import Store
from annotator.ui import matches
from annotator.ui.verdicts import ANCHOR_FILLS, VerdictStyles, anchor_icon

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VERDICTS_ROLE = Qt.ItemDataRole.UserRole + 2
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 6  # a search hit's passage, matches marked
_DISPLAY = Qt.ItemDataRole.DisplayRole
# Looked up once: an enum member costs a descriptor call each time, and views
# ask data() for a dozen roles per visible cell.
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleDescriptionRole
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_CLAIM_ROLES = frozenset(
    int(r) for r in (_DISPLAY, _DECORATION, _TOOLTIP, _FONT, _BACKGROUND, _ACCESSIBLE)
)
_ROOT = QModelIndex()  # the invisible root: these are flat tables


def format_date(value: str | None, locale: QLocale) -> str:
    """'2019-11-27' as '27 nov. 2019' in the interface language; partial dates too."""
    if not value:
        return ""
    parts = value[:10].split("-")
    try:
        if len(parts) == 3:
            return locale.toString(QDate(int(parts[0]), int(parts[1]), int(parts[2])), "d MMM yyyy")
        if len(parts) == 2:
            return locale.toString(QDate(int(parts[0]), int(parts[1]), 1), "MMM yyyy")
    except ValueError:
        pass
    return value


class Labels:
    """Texts the models show, in the interface language (set by the window)."""

    def __init__(self) -> None:
        self.locale = QLocale(QLocale.Language.French)
        self.verdict: Callable[[str | None], str] = lambda key: key or ""
        self.status: Callable[[str], str] = lambda key: key
        self.headers: dict[str, list[str]] = {}


class ArticleListModel(QAbstractTableModel):
    """Latest article versions, newest first; pages are read on demand and few are kept.

    rowCount is the true count, so the scroll bar spans the whole list, while
    memory stays bounded with 100,000 articles. With a search, the list is the
    search's articles in its order (`set_ranked`), filtered by verdict and status.
    Each listed article's needs-review and orphan claims are counted with its page.
    """

    TITLE, DATE, CLAIMS, STATUS = range(4)
    PAGE = 200
    KEEP_PAGES = 12

    def __init__(self, labels: Labels, parent: Any = None):
        super().__init__(parent)
        self._labels = labels
        self._store: Store | None = None
        self._filter = ArticleFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self._ranked_ids: list[int] | None = None  # a search's articles, best first
        self._ranked: list[ArticleRow] = []  # those of them the filter lets through
        self._attention: dict[int, AnchorCounts] = {}  # of the articles read
        self._query = ""  # the search the list shows, for the passage under each hit
        self._snippets: OrderedDict[int, str] = OrderedDict()

    # --- loading ----------------------------------------------------------

    def set_store(self, store: Store | None) -> None:
        """Another database: the whole list (a search's ids belong to the old one)."""
        self._store = store
        self._ranked_ids = None
        self._snippets.clear()
        self.reload()

    @property
    def filter(self) -> ArticleFilter:
        return self._filter

    def set_filter(self, flt: ArticleFilter) -> None:
        self._filter = flt
        self.reload()

    @property
    def ranked(self) -> bool:
        """True when the list is a search's results."""
        return self._ranked_ids is not None

    @property
    def query(self) -> str:
        return self._query if self._ranked_ids is not None else ""

    def set_ranked(
        self, article_ids: list[int] | None, flt: ArticleFilter | None = None, query: str = ""
    ) -> None:
        """List these articles in this order (a search's, for `query`), or the whole
        list (None); with `flt`, change the filter in the same reload."""
        self._ranked_ids = None if article_ids is None else list(article_ids)
        if query != self._query:
            self._snippets.clear()
        self._query = query
        if flt is not None:
            self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._attention.clear()
        if self._store is None:
            self._ranked, self._count = [], 0
        elif self._ranked_ids is not None:
            self._ranked = finder.ranked_rows(self._store, self._ranked_ids, self._filter)
            self._count = len(self._ranked)
            self._count_attention(self._ranked)
        else:
            self._ranked = []
            self._count = browse.count_articles(self._store, self._filter)
        self.endResetModel()

    def _count_attention(self, rows: list[ArticleRow]) -> None:
        assert self._store is not None
        found = anchors.anchor_counts(self._store, [r.id for r in rows])
        for r in rows:
            self._attention[r.id] = found.get(r.id, anchors.NONE)

    def _page(self, number: int) -> list[ArticleRow]:
        page = self._pages.get(number)
        if page is None:
            assert self._store is not None
            page = browse.list_articles(
                self._store, self._filter, limit=self.PAGE, offset=number * self.PAGE
            )
            self._pages[number] = page
            self._count_attention(page)
            while len(self._pages) > self.KEEP_PAGES:
                _number, dropped = self._pages.popitem(last=False)
                for item in dropped:
                    self._attention.pop(item.id, None)
        else:
            self._pages.move_to_end(number)
        return page

    def row(self, row: int) -> ArticleRow | None:
        if not 0 <= row < self._count:
            return None
        if self._ranked_ids is not None:
            return self._ranked[row]
        page = self._page(row // self.PAGE)
        offset = row % self.PAGE
        return page[offset] if offset < len(page) else None

    SNIPPETS_KEPT = 400

    def snippet(self, row: int) -> str:
        """The passage of a search hit's article where the query matched (its title when
        only that matched), matches between MARK_OPEN and MARK_CLOSE; read for the rows
        shown only. '' when not searching."""
        item = self.row(row)
        if item is None or not self.query or self._store is None:
            return ""
        found = self._snippets.get(item.id)
        if found is None:
            try:
                body = article_service.get_article(self._store, item.id).body
            except UserError:
                body = ""
            mark = (MARK_OPEN, MARK_CLOSE)
            found = (
                matches.snippet(body, self._query, mark)
                or matches.snippet(item.title, self._query, mark)
                or ""
            )
            if len(self._snippets) >= self.SNIPPETS_KEPT:
                self._snippets.popitem(last=False)
            self._snippets[item.id] = found
        return found

    def attention(self, article_id: int) -> AnchorCounts | None:
        """The article's needs-review and orphan claims; None if its row was not read."""
        return self._attention.get(article_id)

    def article_id(self, row: int) -> int | None:
        found = self.row(row)
        return found.id if found else None

    def row_of(self, article_id: int) -> int:
        """Row of an article under the current filter, or -1."""
        if self._ranked_ids is not None:
            for row, item in enumerate(self._ranked):
                if item.id == article_id:
                    return row
            return -1
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == article_id:
                    return number * self.PAGE + offset
        if self._store is None:
            return -1
        return browse.article_position(self._store, article_id, self._filter)

    def refresh(self, article_ids: set[int]) -> None:
        """Re-read some rows in place (claim counts, status) after an edit."""
        if not self._store or not article_ids:
            return
        fresh = browse.article_rows(self._store, article_ids)
        counts = anchors.anchor_counts(self._store, list(fresh))
        for article_id in fresh:
            if article_id in self._attention:
                self._attention[article_id] = counts.get(article_id, anchors.NONE)
        if self._ranked_ids is not None:
            for row, item in enumerate(self._ranked):
                if item.id in fresh:
                    self._ranked[row] = fresh[item.id]
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))
            return
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id in fresh:
                    page[offset] = fresh[item.id]
                    row = number * self.PAGE + offset
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))

    # --- Qt model ---------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self.row(index.row())
        if item is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            if column == self.TITLE:
                return item.title
            if column == self.DATE:
                return format_date(item.published, self._labels.locale)
            if column == self.CLAIMS:
                return str(item.claims) if item.claims else ""
            if column == self.STATUS:
                return self._labels.status(item.status)
        elif role == _TOOLTIP:
            if column == self.TITLE and item.assigned_to:
                return f"{item.title}\n" + self.tr("To check by {}").format(item.assigned_to)
            if column == self.TITLE:
                return item.title
            if column == self.CLAIMS and item.verdicts:
                counts: dict[str, int] = {}
                for key in item.verdicts:
                    label = self._labels.verdict(key or None)
                    counts[label] = counts.get(label, 0) + 1
                return "\n".join(f"{label} : {n}" for label, n in counts.items())
        elif role == ID_ROLE:
            return item.id
        elif role == VERDICTS_ROLE:
            return [key or None for key in item.verdicts]
        elif role == STATUS_ROLE:
            return item.status
        elif role == SNIPPET_ROLE:
            return self.snippet(index.row())
        elif role == _FOREGROUND and column in (self.DATE, self.STATUS):
            return QColor("#5f6670")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            headers = self._labels.headers.get("articles", [])
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _READ_ONLY if index.isValid() else _NO_FLAGS


class ClaimListModel(QAbstractTableModel):
    """The claims of the article shown, in text order; fast on thousands of claims.

    The model starts from briefs (id, start, end, verdict): a claim's text,
    status and correction are read for the rows the view shows, a page at a
    time, so an article with 2,000 claims opens without reading them all.
    """

    QUOTE, VERDICT, STATUS = range(3)
    PAGE = 64

    def __init__(self, labels: Labels, styles: VerdictStyles, parent: Any = None):
        super().__init__(parent)
        self._labels = labels
        self._styles = styles
        self._briefs: list[Sequence[Any]] = []  # (id, start, end, verdict, ...) in list order
        self._rows: dict[int, ClaimRow] = {}  # claim id -> its full row, once read
        self._load: Callable[[list[int]], list[ClaimRow]] | None = None

    def set_styles(self, styles: VerdictStyles) -> None:
        self._styles = styles

    def set_claims(
        self,
        claims: Sequence[Sequence[Any]],
        load: Callable[[list[int]], list[ClaimRow]] | None = None,
    ) -> None:
        """ClaimRows, or briefs (id, start, end, verdict) with `load(ids)` to read the
        full rows of some claims when they are first shown."""
        self.beginResetModel()
        self._briefs = list(claims)
        full = bool(claims) and isinstance(claims[0], ClaimRow)
        self._rows = {c.id: c for c in claims} if full else {}  # type: ignore[union-attr]
        self._load = load
        self.endResetModel()

    def claims(self) -> list[ClaimBrief]:
        """Every claim's brief (id, start, end, verdict), in list order."""
        return [ClaimBrief._make(c[:4]) for c in self._briefs]

    def claim_id(self, row: int) -> int | None:
        return self._briefs[row][0] if 0 <= row < len(self._briefs) else None

    def claim(self, row: int) -> ClaimRow | None:
        """The full row (text, status, correction), read with its page if need be."""
        if not 0 <= row < len(self._briefs):
            return None
        claim_id = self._briefs[row][0]
        found = self._rows.get(claim_id)
        if found is None and self._load is not None:
            first = row - row % self.PAGE
            page = [c[0] for c in self._briefs[first : first + self.PAGE]]
            for fresh in self._load([i for i in page if i not in self._rows]):
                self._rows[fresh.id] = fresh
            found = self._rows.get(claim_id)
        return found

    def claim_by_id(self, claim_id: int) -> ClaimRow | None:
        row = self.row_of(claim_id)
        return self.claim(row) if row >= 0 else None

    def row_of(self, claim_id: int | None) -> int:
        if claim_id is None:
            return -1
        for row, claim in enumerate(self._briefs):
            if claim[0] == claim_id:
                return row
        return -1

    def update_claim(self, claim: ClaimRow) -> None:
        row = self.row_of(claim.id)
        if row >= 0:
            self._briefs[row] = claim
            self._rows[claim.id] = claim
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._briefs)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role in (ID_ROLE, VERDICT_ROLE):
            brief = self._briefs[row] if 0 <= row < len(self._briefs) else None
            return None if brief is None else brief[0] if role == ID_ROLE else brief[3]
        if role not in _CLAIM_ROLES:
            return None  # the roles a view asks for and we never answer: no read
        claim = self.claim(row)
        if claim is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            if column == self.QUOTE:
                return " ".join(claim.exact.split())
            if column == self.VERDICT:
                return self._labels.verdict(claim.verdict)
            if column == self.STATUS:
                return self._labels.status(claim.status)
        elif role == _DECORATION and column == self.VERDICT:
            return self._styles.icon(claim.verdict)
        elif role == _DECORATION and column == self.QUOTE and claim.anchor != "exact":
            return anchor_icon(claim.anchor)
        elif role == _BACKGROUND and claim.anchor in ANCHOR_FILLS:
            return QColor(ANCHOR_FILLS[claim.anchor])
        elif role == _ACCESSIBLE and claim.anchor != "exact":
            return self._labels.status("anchor:" + claim.anchor)
        elif role == _TOOLTIP:
            tip = f"« {claim.exact} »\n{self._labels.verdict(claim.verdict)}"
            if claim.correction:
                tip += f" → {claim.correction}"
            if claim.anchor != "exact":
                tip += f"\n{self._labels.status('anchor:' + claim.anchor)}"
            return tip
        elif role == _FONT and column == self.QUOTE and claim.start is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            headers = self._labels.headers.get("claims", [])
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _READ_ONLY if index.isValid() else _NO_FLAGS


class SourcesTableModel(QAbstractTableModel):
    """A claim's sources, a column per field of services.claims.SOURCE_FIELDS (the
    headers follow that order); an edited cell is handed on as an undoable edit."""

    edit_requested = Signal(int, str, str)  # source id, field, new value

    def __init__(self, labels: Labels, parent: Any = None):
        super().__init__(parent)
        self._labels = labels
        self._sources: list[Source] = []

    def set_sources(self, sources: list[Source]) -> None:
        if [s.id for s in sources] == [s.id for s in self._sources]:
            self._sources = list(sources)
            if sources:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(sources) - 1, len(SOURCE_FIELDS) - 1)
                )
            return
        self.beginResetModel()
        self._sources = list(sources)
        self.endResetModel()

    def source(self, row: int) -> Source | None:
        return self._sources[row] if 0 <= row < len(self._sources) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(SOURCE_FIELDS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        source = self.source(index.row())
        if source is None:
            return None
        value = getattr(source, SOURCE_FIELDS[index.column()]) or ""
        if role in (_DISPLAY, Qt.ItemDataRole.EditRole):
            return value
        if role == _TOOLTIP:
            return value or None
        if role == _FOREGROUND and index.column() == 0:
            return QColor("#1a5fb4")
        if role == ID_ROLE:
            return source.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        source = self.source(index.row())
        if source is None or source.id is None:
            return False
        field = SOURCE_FIELDS[index.column()]
        if str(value or "") == (getattr(source, field) or ""):
            return False
        self.edit_requested.emit(source.id, field, str(value or ""))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            headers = self._labels.headers.get("sources", [])
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


HIT_ROLE = Qt.ItemDataRole.UserRole + 5
# The search marks the matched words of a snippet with these (never in stored text).
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"


class ReviewHitsModel(QAbstractListModel):
    """Other fact-checkers' reviews a search found, best first (read-only)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._hits: list[ReviewHit] = []
        # How a hit is said in one line (the window sets it, in the interface language).
        self.describe: Callable[[ReviewHit], str] = lambda hit: hit.title

    def set_hits(self, hits: Sequence[ReviewHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[ReviewHit]:
        return list(self._hits)

    def hit(self, row: int) -> ReviewHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(hit)
        if role == _TOOLTIP:
            return "\n".join(part for part in (hit.checked_by, hit.title, hit.url) if part)
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _READ_ONLY if index.isValid() else _NO_FLAGS
