"""The reading pane: the article's title and details, its text, and the legend below."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.articleview import ArticleView
from annotator.ui.legend import LegendBar
from annotator.ui.models import format_date
from annotator.ui.terms import Terms


class ReadingPane(QWidget):
    """What the centre of the window shows of an article; the rest is `view`'s job."""

    def __init__(self, terms: Terms, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articlePaneCentre")
        self._terms = terms
        self._article: Any = None  # the article in the header
        self.title = QLabel()
        self.title.setObjectName("articleTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a title is text, not HTML
        self.meta = QLabel()
        self.meta.setObjectName("articleMeta")
        self.meta.setWordWrap(True)
        self.meta.setOpenExternalLinks(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        for label in (self.title, self.meta):
            # The pane's width is the splitter's: a new article's title must not make
            # the whole window lay itself out again (only its height counts).
            policy = label.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            label.setSizePolicy(policy)
        # Who checks the article ("à vérifier par …"): a menu of the people to give it to,
        # filled by the team desk when it opens.
        self.assignee = QToolButton()
        self.assignee.setObjectName("assigneeButton")
        self.assignee.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assignee.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.assignee.setAutoRaise(True)
        self.assignee_menu = QMenu(self.assignee)
        self.assignee_menu.setObjectName("assigneeMenu")
        self.assignee.setMenu(self.assignee_menu)
        self.view = ArticleView()
        # The article is what people read: about 45 characters a line at least, the
        # side panels give way (the splitter keeps every pane above its minimum).
        self.view.setMinimumWidth(self.view.readable_width())
        self.legend = LegendBar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 6)
        layout.setSpacing(4)
        heading = QVBoxLayout()
        heading.setContentsMargins(6, 0, 6, 4)
        heading.setSpacing(2)
        heading.addWidget(self.title)
        meta_row = QHBoxLayout()
        meta_row.setSpacing(8)
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(self.assignee, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(meta_row)
        layout.addLayout(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Article text"))
        self.show_header(self._article)

    def show_header(self, article: Any) -> None:
        """Title, date, author, address, version and file of an article (None: how to
        get one)."""
        self._article = article
        if article is None:
            self.title.setText(self.tr("No article"))
            self.meta.setText(self.tr("Import articles with Ctrl+I, or drop files on this window."))
            self.legend.setVisible(False)
            self.assignee.setVisible(False)
            return
        self.legend.setVisible(True)
        self.assignee.setVisible(True)
        who = getattr(article, "assigned_to", None)
        self.assignee.setText(
            self.tr("To check by: {}").format(who) if who else self.tr("To check by: nobody")
        )
        self.assignee.setToolTip(self.tr("Give this article to someone to check"))
        # Room for two lines whatever the title: the article below keeps its place
        # (and its layout) from one article to the next.
        self.title.setMinimumHeight(2 * self.title.fontMetrics().lineSpacing())
        self.title.setText(article.title)
        parts = []
        if article.published:
            parts.append(format_date(article.published, self._terms.labels.locale))
        if article.author:
            parts.append(html.escape(article.author))
        if article.url:
            host = urlsplit(article.url).netloc or article.url
            parts.append(
                f'<a href="{html.escape(article.url, quote=True)}">{html.escape(host)}</a>'
            )
        if article.version > 1:
            parts.append(self.tr("version {}").format(article.version))
        if article.origin:
            parts.append(html.escape(Path(article.origin).name))
        self.meta.setText("  ·  ".join(parts))

    def show_legend(self, verdicts: Iterable[str | None]) -> None:
        """The legend of the scale, with how many claims have each verdict."""
        terms = self._terms
        counts = Counter(verdicts)
        entries = [
            (terms.styles.pixmap(r.key, 14, with_line=True), r.label(terms.language),
             counts.get(r.key, 0))
            for r in terms.scale.ratings
        ]  # fmt: skip
        entries.append(
            (terms.styles.pixmap(None, 14, with_line=True), self.tr("No verdict"),
             counts.get(None, 0))
        )  # fmt: skip
        self.legend.fill(entries, self.tr("Legend"))
