"""A 1 MB article with 2,000 claims: highlights are painted for the visible text only."""

from __future__ import annotations

import random
import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from annotator.ui import articleview
from annotator.ui.articleview import ArticleView


def big_body() -> str:
    rng = random.Random(7)
    words = [
        "Palantir",
        "DGSI",
        "contrat",
        "renseignement",
        "données",
        "américain",
        "2001",
        "2011",
        "été",
        "à",
        "🇫🇷",
        "😀",
    ]
    paragraphs, size = [], 0
    while size < 1_000_000:
        paragraph = " ".join(rng.choice(words) for _ in range(rng.randint(40, 160)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def test_open_paints_only_what_is_visible(qtbot, monkeypatch, sample_db):
    from annotator.services.settings import rating_scale
    from annotator.store import open_store
    from annotator.ui.verdicts import VerdictStyles

    with open_store(sample_db) as store:
        styles = VerdictStyles(rating_scale(store))
    body = big_body()
    step = len(body) // 2000
    claims = [(n, n * step, n * step + 12, ("false", "true", None)[n % 3]) for n in range(2000)]
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)

    calls = []
    real = ArticleView._rects
    monkeypatch.setattr(
        articleview.ArticleView, "_rects", lambda self, *a: calls.append(a) or real(self, *a)
    )
    started = time.perf_counter()
    view.show_article(body, claims, styles)
    view.viewport().repaint()
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    elapsed = time.perf_counter() - started
    assert len(view.highlight_ranges()) == 2000
    assert 0 < len(calls) < 150, len(calls)  # a screenful of claims, not 2,000
    assert elapsed < 2.0  # generous: the bench measures the real ratio
    # The document itself carries no formats: positions stay the body's.
    assert view.document().toPlainText() == body.replace("\u00a0", " ")
