"""Use case: full-text search over articles, claims and external reviews; similar reviews."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from annotator.services import settings as settings_service
from annotator.store import Store, repo

KINDS = ("article", "claim", "review")
_INDEXES = {"article": "articles", "claim": "claims", "review": "reviews"}
MAX_TERMS = 32
TITLE_LENGTH = 90


@dataclass(frozen=True)
class Hit:
    """One search result; `score` is higher for a better match (bm25, negated)."""

    kind: str  # article, claim or review (an external review)
    id: int
    title: str
    snippet: str  # the matching passage, matches between the `mark` strings
    score: float
    article_id: int | None = None  # the article, for an article or a claim
    verdict: str | None = None  # the verdict's label, for a claim or a review
    checked_by: str | None = None  # who published the review (external, or imported)
    url: str | None = None  # the article's URL, or the review's


@dataclass(frozen=True)
class SimilarReview:
    """An earlier claim or another fact-checker's review close to a new claim."""

    kind: str  # claim or review
    id: int
    text: str  # the claim as it was checked
    checked_by: str | None  # the organisation (None: ours, with no publisher.name set)
    verdict: str | None  # the verdict's label
    score: float  # 0..1: how many significant words the two texts share
    url: str | None = None  # the review's URL
    date: str | None = None  # when the review was published
    article_id: int | None = None  # for an earlier claim


_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
# A word keeps its combining marks: Devanagari's vowel signs, Thai's, Arabic's
# harakat are part of it (Python's \w alone would cut "नमस्ते" into letters).
_MARKS = "".join(
    chr(c) for c in range(0x0300, 0x10000) if unicodedata.category(chr(c)).startswith("M")
)
_WORD = re.compile(f"[\\w{re.escape(_MARKS)}]+")


def _terms(text: str) -> list[str]:
    """The words of a user's query, each to be quoted, so that FTS syntax (quotes,
    -, *, :, parentheses) can never raise. AND, OR, NOT and NEAR in capitals
    meant an operator to whoever typed them: they are left out, unless alone."""
    words = list(dict.fromkeys(_WORD.findall(text)))
    meant = [w for w in words if w not in _OPERATORS]
    return (meant or words)[:MAX_TERMS]


def fts_query(terms: list[str], *, any_term: bool = False, prefix: bool = True) -> repo.Query:
    """The store's full-text query for these words: all of them (or any), words of three
    characters or more also as prefixes ("vacc" finds "vaccin")."""
    return repo.Query(tuple(terms), any_word=any_term, prefix=prefix)


def _short(text: str | None, length: int = TITLE_LENGTH) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def search(
    store: Store, query: str, *, limit: int = 50, mark: tuple[str, str] = ("[", "]")
) -> list[Hit]:
    """Articles (latest versions), claims and external reviews matching every word
    of `query` (as prefixes, accents ignored), best first; if nothing matches
    every word, those matching any."""
    terms = _terms(query)
    if not terms or limit <= 0:
        return []
    for any_term in (False, True):
        wanted = fts_query(terms, any_term=any_term)
        ranked = [
            (score, kind, rowid, snippet or "")
            for kind, index in _INDEXES.items()
            for rowid, score, snippet in repo.fts_hits(store, index, wanted, limit, mark=mark)
        ]
        if ranked or len(terms) == 1:
            break
    ranked.sort()
    ranked = ranked[:limit]
    ids: dict[str, list[int]] = {kind: [] for kind in KINDS}
    for _score, kind, rowid, _snippet in ranked:
        ids[kind].append(rowid)
    claims = repo.claim_summaries(store, ids["claim"])
    reviews = repo.external_reviews_by_id(store, ids["review"])
    articles = repo.article_titles(
        store, ids["article"] + [c["article_id"] for c in claims.values()]
    )
    labels = settings_service.verdict_labels(store) if claims else {}
    our_name = settings_service.get_settings(store)["publisher.name"] if claims else None

    hits = []
    for score, kind, rowid, snippet in ranked:
        if kind == "article":
            title, url = articles.get(rowid, ("", None))
            hits.append(Hit(kind, rowid, title, snippet, -score, article_id=rowid, url=url))
        elif kind == "claim":
            c = claims.get(rowid)
            if c is None:
                continue
            verdict = labels.get(c["verdict"] or "") or c["rating_label"]
            hits.append(
                Hit(
                    kind,
                    rowid,
                    _short(c["claim_reviewed"] or c["exact"]),
                    snippet,
                    -score,
                    article_id=c["article_id"],
                    verdict=verdict,
                    checked_by=c["reviewed_by"] or our_name,
                    url=c["review_url"] or articles.get(c["article_id"], ("", None))[1],
                )
            )
        else:
            r = reviews.get(rowid)
            if r is None:
                continue
            hits.append(
                Hit(
                    kind,
                    rowid,
                    _short(r["claim_reviewed"] or r["url"]),
                    snippet,
                    -score,
                    verdict=r["rating_label"],
                    checked_by=r["publisher"],
                    url=r["url"],
                )
            )
    return hits


# --- similar reviews ------------------------------------------------------------------

# Words too common to say that two claims are about the same thing (the
# languages of the data we see most). The index folds accents, so do these.
_STOPWORD_TEXT = """
    les des une est par pour dans que qui sur pas plus avec son ses aux ete etre elle ils
    nous vous leur mais ont cette ces comme tout sans sont fait tres deux entre apres avant
    the and for are was were that this with from have has had not but all its his her they
    their been will would can into about who which what when than then also
    los las del por para una con que como mas sus fue son este esta pero sin sobre
    dos das uma com nao mais foi sao pelo pela
    der die das und ist nicht mit von den dem ein eine auf fur sich auch
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _fold(text: str) -> str:
    # lower(), not casefold(): the index keeps "ß" as it is, and so must a query.
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def significant_words(text: str) -> set[str]:
    """Folded words that carry meaning: three letters or more, or with a digit."""
    words = re.findall(r"\w+", _fold(text))
    found = {w for w in words if (len(w) >= 3 or any(c.isdigit() for c in w))}
    return {w for w in found if w not in _STOPWORDS} or found


def _overlap(query: set[str], other: str) -> float:
    words = significant_words(other)
    if not query or not words:
        return 0.0
    return len(query & words) / (len(query) * len(words)) ** 0.5


def similar_reviews(
    store: Store,
    text: str,
    *,
    limit: int = 5,
    exclude_claim_id: int | None = None,
    min_score: float = 0.3,
) -> list[SimilarReview]:
    """Earlier claims with a verdict and external reviews whose wording is close to
    `text` (a newly marked claim), most similar first: "already checked by …"."""
    query = significant_words(text)
    if not query or limit <= 0:
        return []
    # The longest words are the most distinctive; they bound the query's size.
    terms = sorted(query, key=lambda w: (-len(w), w))[:MAX_TERMS]
    wanted = fts_query(terms, any_term=True, prefix=False)
    pool = max(50, limit * 10)
    claim_ids = [r for r, _ in repo.fts_top(store, "claims", wanted, pool)]
    review_ids = [r for r, _ in repo.fts_top(store, "reviews", wanted, pool)]
    labels = settings_service.verdict_labels(store) if claim_ids else {}
    our_name = settings_service.get_settings(store)["publisher.name"] if claim_ids else None

    found: list[SimilarReview] = []
    for c in repo.claim_summaries(store, claim_ids).values():
        if c["id"] == exclude_claim_id:
            continue
        verdict = labels.get(c["verdict"] or "") or c["rating_label"]
        if verdict is None:
            continue  # marked but not checked yet
        wording = c["claim_reviewed"] or c["exact"]
        score = max(_overlap(query, wording), _overlap(query, c["exact"]))
        if score >= min_score:
            found.append(
                SimilarReview(
                    "claim",
                    c["id"],
                    wording,
                    c["reviewed_by"] or our_name,
                    verdict,
                    round(score, 3),
                    url=c["review_url"],
                    date=c["date_published"],
                    article_id=c["article_id"],
                )
            )
    for r in repo.external_reviews_by_id(store, review_ids).values():
        score = _overlap(query, r["claim_reviewed"] or "")
        if score >= min_score:
            found.append(
                SimilarReview(
                    "review",
                    r["id"],
                    r["claim_reviewed"] or "",
                    r["publisher"],
                    r["rating_label"],
                    round(score, 3),
                    url=r["url"],
                    date=r["date_published"],
                )
            )
    # Most similar first; among equals, the newest review first (sorts are stable).
    found.sort(key=lambda s: s.date or "", reverse=True)
    found.sort(key=lambda s: -s.score)
    return found[:limit]
