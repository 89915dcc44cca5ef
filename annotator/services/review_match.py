"""The attach rule of import-reviews: which article a review is about, and where in it.

A review read from a file (ours, another fact-checker's, a Web Annotation) is
matched to an article of the database by the page it names or by its words;
`reviews` then attaches it there, or keeps it as an external review.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urldefrag

from annotator.domain.anchoring import (
    EXACT,
    MOVED,
    ORPHAN,
    Anchor,
    QuoteNotFoundError,
    TextQuoteSelector,
    anchor_in,
    find_quote,
    selector_for,
)
from annotator.domain.model import Article
from annotator.domain.text import strip_xml_illegal
from annotator.store import Store, repo

if TYPE_CHECKING:
    # io is imported when a file is read: lxml stays out of other commands' start.
    from annotator.io.claimreview_import import ReviewRecord


def _latest(store: Store, article: Article | None) -> Article | None:
    if article is None or article.id is None:
        return None
    latest = repo.latest_version_id(store, article.id)
    return article if latest == article.id else repo.get_article(store, latest)


def find_article(store: Store, record: ReviewRecord) -> tuple[Article, Anchor] | None:
    """The article a review is about, and where in it: by the annotated document
    (URL or text hash), the appearance URLs, the fact-check page, then the quote."""
    from annotator.io.web_annotation import ARTICLE_URN

    named: list[Article] = []

    def add(article: Article | None) -> None:
        latest = _latest(store, article)
        if latest is not None and all(a.id != latest.id for a in named):
            named.append(latest)

    target = record.target_source or ""
    if target.startswith(ARTICLE_URN):
        found = repo.article_id_by_hash(store, target[len(ARTICLE_URN) :])
        if found is not None:
            add(repo.get_article(store, found))
    for url in [target, *record.appearance_urls]:
        if url and not url.startswith(ARTICLE_URN):
            add(repo.latest_article_by_url(store, url))
    if record.ours and record.url:
        add(repo.latest_article_by_fact_check_url(store, urldefrag(record.url).url))
    if named:
        located = [(article, _locate(article.body, record)) for article in named]
        for article, anchor in located:
            if anchor.found:
                return article, anchor
        return located[0]  # the article is known; the claim is an orphan in it
    specific = _may_attach_by_quote(record)
    sel = record.selector
    at_offsets = record.ours and sel is not None and sel.start is not None
    if not specific and not at_offsets:
        return None

    # The quote in its context is the narrowest search; the quote alone still
    # finds a text whose context lost characters (our exports drop those XML
    # forbids).
    searches = [
        (lambda p=p: repo.articles_matching(store, p, limit=50))
        for p in dict.fromkeys(
            p
            for p in (_fts_phrase(_searchable(record)), _fts_phrase(claim_quote(record) or ""))
            if p
        )
    ]
    quote = claim_quote(record) or ""
    if record.ours and quote.strip():
        # Our own quote that the index misses (punctuation only, or words that
        # SQLite's tokenizer splits otherwise than Python): read the texts.
        searches.append(lambda: repo.articles_containing(store, quote, limit=50))
    elsewhere = _names_a_page(record)
    best: tuple[tuple[int, int, int, int], Article, Anchor] | None = None
    for order, search in enumerate(searches):
        for rank, article in enumerate(search()):
            if elsewhere and article.url:
                continue  # the review is about another page than this article
            anchor = _locate(article.body, record)
            if not anchor.found:
                continue
            if not specific and (anchor.start, anchor.end) != (sel.start, sel.end):  # type: ignore[union-attr]
                continue  # a short quote of ours counts only where we marked it
            state = {EXACT: 0, MOVED: 1}.get(anchor.state, 2)
            titled = 0 if record.appearance_name and record.appearance_name == article.title else 1
            key = (state, titled, order, rank)
            if best is None or key < best[0]:
                best = (key, article, anchor)
        # A certain place ends the search; a fuzzy proposal may be beaten by
        # the next, wider search.
        if best is not None and best[0][0] < 2:
            break
    return (best[1], best[2]) if best is not None else None


# The attach rule (README, "Reviews from elsewhere"). A review names the article
# it is about by URL (its appearance, its annotation target, or our own
# fact-check page): then it is attached to that article. A review that names
# no article of ours is attached by its words only when they cannot be a
# coincidence: a quote with its context (our exports and Web Annotations carry
# 32 characters on each side) found with that context, or a claim of at least
# MIN_QUOTE_WORDS words and MIN_QUOTE_CHARS characters found whole, on word
# boundaries; or our own export's short quote at the very offsets it gives.
# And never to an article that has a URL of its own other than the one the
# review names: that is another page, however well the words match.
MIN_QUOTE_WORDS = 5
MIN_QUOTE_CHARS = 30


def _names_a_page(record: ReviewRecord) -> bool:
    from annotator.io.web_annotation import ARTICLE_URN

    target = record.target_source or ""
    return bool(record.appearance_urls) or bool(target and not target.startswith(ARTICLE_URN))


def _may_attach_by_quote(record: ReviewRecord) -> bool:
    sel = record.selector
    if sel is not None and sel.exact and (sel.prefix or sel.suffix):
        return True
    quote = " ".join((claim_quote(record) or "").split())
    return len(quote.split()) >= MIN_QUOTE_WORDS and len(quote) >= MIN_QUOTE_CHARS


def _searchable(record: ReviewRecord) -> str:
    """The text to look for: the quote in its context when the file gives it."""
    sel = record.selector
    if sel is not None and sel.exact:
        return f"{sel.prefix}{sel.exact}{sel.suffix}"
    return record.claim_reviewed or ""


def _fts_phrase(text: str) -> str | None:
    """The words to look for, as a phrase, in text that may start or end inside a word.

    A selection can cut a word at either end: the first word is left out and
    the last is a prefix (the store's phrase search). The candidates are then
    checked in their text.
    """
    words = list(re.finditer(r"\w+", text))
    if not words:
        return None
    first = words[1] if len(words) > 2 else words[0]
    return text[first.start() : words[-1].end()]


def claim_quote(record: ReviewRecord) -> str | None:
    """The words of the claim: the quote the file selects, else its claimReviewed."""
    if record.selector is not None and record.selector.exact:
        return record.selector.exact
    return record.claim_reviewed


def _locate(body: str, record: ReviewRecord) -> Anchor:
    """Where the claim is in `body`: by its selectors, else by its wording."""
    sel = record.selector
    if sel is not None and sel.exact:
        quote = TextQuoteSelector(sel.exact, sel.prefix, sel.suffix)
        start, end = sel.start, sel.end
        # The offsets are the fast path. Our exports leave out characters XML
        # forbids: text that differs only by those is the same text.
        if (
            start is not None
            and end is not None
            and end <= len(body)
            and strip_xml_illegal(body[start:end]) == sel.exact
            and strip_xml_illegal(body[max(0, start - 64) : start]).endswith(sel.prefix)
            and strip_xml_illegal(body[end : end + 64]).startswith(sel.suffix)
        ):
            return Anchor(start, end, EXACT, selector_for(body, start, end))
        return anchor_in(body, quote, start, end)
    if (
        sel is not None
        and sel.start is not None
        and sel.end is not None
        and sel.end <= len(body)
        and body[sel.start : sel.end].strip()
    ):
        return Anchor(sel.start, sel.end, EXACT, selector_for(body, sel.start, sel.end))
    quote_text = record.claim_reviewed or ""
    try:
        # Whole words only: "v" is not the v of "services".
        start, end = find_quote(body, quote_text, whole_words=True)
    except QuoteNotFoundError:
        return Anchor(None, None, ORPHAN, TextQuoteSelector(quote_text))
    return Anchor(start, end, EXACT, selector_for(body, start, end))
