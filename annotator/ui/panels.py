"""The inspector's panels about other checks and anchors: similar reviews, old and new context."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from PySide6.QtCore import (
    QObject,
    QRectF,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QPainter,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import Claim
from annotator.domain.text import InvalidURLError, check_http_url
from annotator.services.search import SimilarReview
from annotator.ui.verdicts import VerdictStyle, draw_marker

StyleForLabel = Callable[[str | None], VerdictStyle | None]

CONTEXT = 32  # characters of context each side, as a quote selector keeps
SIMILAR_TEXT = 160  # characters of a similar review's claim shown


# --- opening a review in the browser ------------------------------------------------


def is_web_url(url: str | None) -> bool:
    """Only absolute http(s) addresses are opened (never javascript:, file: or others)."""
    if not url:
        return False
    try:
        check_http_url(url)
    except InvalidURLError:
        return False
    return True


def _launch(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def open_web_page(url: str | None) -> bool:
    """Open an http(s) address in the user's browser; anything else is refused."""
    if url is None or not is_web_url(url):
        return False
    return bool(_launch(QUrl(url.strip())))


def iso_date(value: str | None) -> str:
    return (value or "")[:10]


# --- similar claims and reviews, in the inspector ------------------------------------


class SimilarPanel(QFrame):
    """Earlier claims and other fact-checkers' reviews close to the claim shown:
    "Already checked by AFP Factuel — False (2023-05-02)", hidden when there is none."""

    claim_requested = Signal(int)  # jump to an earlier claim of ours

    def __init__(self, style_for_label: StyleForLabel):
        super().__init__()
        self.setObjectName("similarPanel")
        self._style_for_label = style_for_label
        self._found: list[SimilarReview] = []
        self._widgets: list[tuple[QLabel, QLabel, QToolButton | None, QToolButton | None]] = []
        self._entries = QVBoxLayout()
        self._entries.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.addLayout(self._entries)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Similar claims already checked"))
        if self._found:
            self.set_similar(self._found)

    def headline(self, found: SimilarReview) -> str:
        who = found.checked_by or (self.tr("us") if found.kind == "claim" else "?")
        text = self.tr("Already checked by {}").format(who)
        if found.verdict:
            text += f" — {found.verdict}"
        date = iso_date(found.date)
        if date:
            text += f" ({date})"
        return text

    def set_similar(self, found: Sequence[SimilarReview]) -> None:
        """Show these (most similar first); hide the panel when there are none."""
        self._found = list(found)
        while self._entries.count():
            item = self._entries.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._widgets = []
        for index, entry in enumerate(self._found):
            self._entries.addWidget(self._entry(index, entry))
        self.setVisible(bool(self._found))

    def _entry(self, index: int, found: SimilarReview) -> QWidget:
        box = QFrame()
        box.setObjectName("similarEntry")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        marker = QLabel()
        style = self._style_for_label(found.verdict)
        if style is not None:
            marker.setPixmap(self._marker(style))
        marker.setFixedWidth(14)
        headline = QLabel(self.headline(found))
        headline.setObjectName("similarHeadline")
        headline.setTextFormat(Qt.TextFormat.PlainText)
        headline.setWordWrap(True)
        text = " ".join(found.text.split())
        if len(text) > SIMILAR_TEXT:
            text = text[: SIMILAR_TEXT - 1].rstrip() + "…"
        quote = QLabel(f"« {text} »")
        quote.setObjectName("similarText")
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setWordWrap(True)
        quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Compact: the buttons beside the headline, the quote below both.
        grid.addWidget(marker, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(headline, 0, 1)
        grid.addWidget(quote, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        open_button = jump_button = None
        if is_web_url(found.url):
            open_button = QToolButton()
            open_button.setObjectName("similarOpenButton")
            open_button.setText(self.tr("Open"))
            open_button.setToolTip(
                self.tr("Open the review in the web browser: {}").format(found.url)
            )
            open_button.setAccessibleName(self.tr("Open the review"))
            open_button.clicked.connect(lambda _c=False, i=index: self.open_entry(i))
            buttons.addWidget(open_button)
        if found.kind == "claim":
            jump_button = QToolButton()
            jump_button.setObjectName("similarJumpButton")
            jump_button.setText(self.tr("Show"))
            jump_button.setToolTip(self.tr("Show the earlier claim and its review"))
            jump_button.setAccessibleName(self.tr("Go to that claim"))
            jump_button.clicked.connect(lambda _c=False, i=index: self.jump_to_entry(i))
            buttons.addWidget(jump_button)
        if open_button is not None or jump_button is not None:
            grid.addLayout(buttons, 0, 2, Qt.AlignmentFlag.AlignTop)
        box.setAccessibleName(f"{headline.text()}. {quote.text()}")
        self._widgets.append((headline, quote, open_button, jump_button))
        return box

    @staticmethod
    def _marker(style: VerdictStyle) -> QPixmap:
        pixmap = QPixmap(24, 24)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_marker(painter, style, QRectF(1, 1, 10, 10))
        painter.end()
        return pixmap

    def entries(self) -> list[tuple[str, str]]:
        """(headline, text) of each entry shown."""
        return [(headline.text(), quote.text()) for headline, quote, _o, _j in self._widgets]

    def found(self) -> list[SimilarReview]:
        return list(self._found)

    def buttons(self, index: int) -> tuple[QToolButton | None, QToolButton | None]:
        """(open, go to claim) buttons of one entry."""
        _h, _q, open_button, jump_button = self._widgets[index]
        return open_button, jump_button

    def open_entry(self, index: int) -> bool:
        return open_web_page(self._found[index].url) if 0 <= index < len(self._found) else False

    def jump_to_entry(self, index: int) -> None:
        if 0 <= index < len(self._found) and self._found[index].kind == "claim":
            self.claim_requested.emit(self._found[index].id)


class SimilarLookup(QObject):
    """Fills a SimilarPanel for the claim shown: looked up a moment after the claim is
    shown (never in its way), and again only when its text changed or when asked."""

    def __init__(
        self,
        panel: SimilarPanel,
        reviews: Callable[[str, int | None], Sequence[SimilarReview]],
        claim: Callable[[], Claim | None],
        delay_ms: int,
    ):
        super().__init__(panel)
        self._panel = panel
        self._reviews = reviews
        self._claim = claim  # the claim shown, when the lookup runs
        self._key: tuple[int, str] | None = None  # (claim, text) looked up last
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._look_up)

    @staticmethod
    def _text(claim: Claim) -> str:
        return claim.review.claim_reviewed or claim.exact

    def schedule(self, claim: Claim) -> None:
        """Look up similar reviews a moment after the claim is shown (never in its way)."""
        if claim.id is None:
            return
        key = (claim.id, self._text(claim))
        if key == self._key:
            return
        if self._key is None or self._key[0] != claim.id:
            self._panel.set_similar([])  # another claim's: no longer true
            self._key = None
        self._timer.start()

    def _look_up(self) -> None:
        claim = self._claim()
        if claim is None or claim.id is None:
            return
        text = self._text(claim)
        self._key = (claim.id, text)
        self._panel.set_similar(self._reviews(text, claim.id))

    def refresh(self) -> None:
        """Look again (reviews were imported)."""
        self._key = None
        if self._claim() is not None:
            self._timer.start()

    def clear(self) -> None:
        """No claim shown: nothing to look up, and the next claim is looked up anew."""
        self._timer.stop()
        self._key = None

    def stop(self) -> None:
        self._timer.stop()

    def pending(self) -> bool:
        return self._timer.isActive()


# --- a proposed place: old and new context side by side ------------------------------

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def _tokens(parts: tuple[str, str, str]) -> list[tuple[str, bool]]:
    """(token, is in the claim's words) of a prefix, exact and suffix."""
    prefix, exact, suffix = parts
    out: list[tuple[str, bool]] = []
    for text, inside in ((prefix, False), (exact, True), (suffix, False)):
        out += [(token, inside) for token in _TOKEN.findall(text)]
    return out


def _render(tokens: list[tuple[str, bool]], changed: set[int], color: str) -> str:
    out = []
    open_claim = False
    for index, (token, inside) in enumerate(tokens):
        if inside and not open_claim:
            out.append('<b style="background:#fff1d6">')
            open_claim = True
        elif not inside and open_claim:
            out.append("</b>")
            open_claim = False
        text = html.escape(token)
        if index in changed and token.strip():
            text = f'<span style="background:{color}; text-decoration: underline">{text}</span>'
        out.append(text)
    if open_claim:
        out.append("</b>")
    return "…" + "".join(out) + "…"


def contexts_html(old: tuple[str, str, str], new: tuple[str, str, str]) -> tuple[str, str]:
    """Old and new (prefix, exact, suffix) as HTML: the claim's words in bold, the words
    that differ between the two underlined on a tint (red before, green now)."""
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    matcher = SequenceMatcher(
        None, [t for t, _ in old_tokens], [t for t, _ in new_tokens], autojunk=False
    )
    old_changed: set[int] = set()
    new_changed: set[int] = set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            old_changed.update(range(i1, i2))
            new_changed.update(range(j1, j2))
    return (
        _render(old_tokens, old_changed, "#ffd9d6"),
        _render(new_tokens, new_changed, "#d3f2dc"),
    )


def new_context(
    body: str, start: int, end: int, before: int = CONTEXT, after: int = CONTEXT
) -> tuple[str, str, str]:
    """The text around a proposed place: (`before` characters, the words, `after` ones)."""
    return body[max(start - before, 0) : start], body[start:end], body[end : end + after]


class AnchorReviewPanel(QFrame):
    """A claim whose article changed and whose words were found only approximately:
    the reviewed words (old) beside the proposed ones (new), to accept or reject."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("anchorReviewPanel")
        self.title = QLabel()
        self.title.setObjectName("anchorReviewTitle")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.old_title = QLabel()
        self.new_title = QLabel()
        for label in (self.old_title, self.new_title):
            label.setObjectName("fieldLabel")
        self.old_context = QLabel()
        self.old_context.setObjectName("oldContext")
        self.new_context = QLabel()
        self.new_context.setObjectName("newContext")
        for label in (self.old_context, self.new_context):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptAnchorButton")
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("rejectAnchorButton")

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.old_title, 0, 0)
        grid.addWidget(self.new_title, 0, 1)
        grid.addWidget(self.old_context, 1, 0)
        grid.addWidget(self.new_context, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Place to check"))
        self.explanation.setText(
            self.tr(
                "The article changed and the reviewed words were found only approximately. "
                "Compare, then accept the new passage or reject it."
            )
        )
        self.old_title.setText(self.tr("Before (reviewed)"))
        self.new_title.setText(self.tr("Now (proposed)"))
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(
            self.tr("The claim now quotes the new passage; its review is kept")
        )
        self.reject_button.setText(self.tr("Reject"))
        self.reject_button.setToolTip(
            self.tr(
                "The claim becomes an orphan: select the right words in the article, "
                "then choose Anchor here"
            )
        )
        self.old_context.setAccessibleName(self.tr("Context before"))
        self.new_context.setAccessibleName(self.tr("Context now"))
        self.setAccessibleName(self.tr("Place to check"))

    def show_claim(self, claim: Claim | None, body: str) -> None:
        """Show the old and new context of a needs-review claim; hide for any other."""
        proposal = (
            claim is not None
            and claim.anchor == "needs-review"
            and claim.start is not None
            and claim.end is not None
            and claim.end <= len(body)
        )
        if not proposal:
            self.setVisible(False)
            return
        assert claim is not None and claim.start is not None and claim.end is not None
        old = (claim.prefix, claim.exact, claim.suffix)
        new = new_context(
            body, claim.start, claim.end, len(claim.prefix) or CONTEXT, len(claim.suffix) or CONTEXT
        )
        old_html, new_html = contexts_html(old, new)
        self.old_context.setText(old_html)
        self.new_context.setText(new_html)
        self.setVisible(True)

    def texts(self) -> tuple[str, str]:
        """The old and new context as plain text (for tests and screen readers)."""
        document = QTextDocument()
        document.setHtml(self.old_context.text())
        old = document.toPlainText()
        document.setHtml(self.new_context.text())
        return old, document.toPlainText()
