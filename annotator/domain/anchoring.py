"""Text anchoring: code-point offsets plus a W3C TextQuoteSelector, and re-anchoring.

A claim keeps its offsets (the fast path) and its quote with up to 32
characters of context on each side. When the body it points into changes,
`reanchor` finds it again: unchanged regions first (certain), then the exact
quote with its whole context (certain only when that is unique), then a
distinctive quote found exactly once whatever its context (certain: an
editor reordered the article), then a fuzzy match near the old position,
which is only ever *proposed* (`needs-review`). What cannot be found is an
`orphan`. A claim is never moved silently to a look-alike passage, and
`follow` keeps a proposal a proposal until a person accepts it.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from annotator.errors import UserError

CONTEXT = 32

EXACT, MOVED, NEEDS_REVIEW, ORPHAN = "exact", "moved", "needs-review", "orphan"


@dataclass(frozen=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Anchor:
    """Where a selector landed in a body, and how sure we are."""

    start: int | None
    end: int | None
    state: str
    selector: TextQuoteSelector  # recomputed from the new body when found

    @property
    def found(self) -> bool:
        return self.start is not None


class QuoteNotFoundError(UserError, ValueError):
    """The quoted text is not in the article (or not that many times)."""


def selector_for(body: str, start: int, end: int) -> TextQuoteSelector:
    if not 0 <= start < end <= len(body):
        raise ValueError(f"span [{start}, {end}) is not inside a body of {len(body)} characters")
    return TextQuoteSelector(
        exact=body[start:end],
        prefix=body[max(0, start - CONTEXT) : start],
        suffix=body[end : end + CONTEXT],
    )


# Characters a person types for one another: a quote typed with ' finds ’, with "
# finds « or “, with - finds – or —.
_VARIANTS = {
    **dict.fromkeys("'’‘ʼ′`", "['’‘ʼ′`]"),
    # French guillemets come with a (narrow) no-break space inside: « mot ».
    **dict.fromkeys('"“”«»„', '(?:["“”„]|«\\s?|\\s?»)'),
    **dict.fromkeys("-‐‑–—", "[-‐‑–—]"),
}


def _quote_pattern(quote: str, whole_words: bool) -> re.Pattern[str]:
    words = unicodedata.normalize("NFC", quote).split()
    if not words:
        raise QuoteNotFoundError("the quote is empty")
    body = r"\s+".join("".join(_VARIANTS.get(c, re.escape(c)) for c in w) for w in words)
    if whole_words:
        if re.match(r"\w", words[0]):
            body = r"(?<!\w)" + body
        if re.search(r"\w$", words[-1]):
            body += r"(?!\w)"
    return re.compile(body)


def find_quote(
    body: str, quote: str, occurrence: int = 1, *, whole_words: bool = False
) -> tuple[int, int]:
    """Offsets of the Nth occurrence (1-based) of `quote` in `body`.

    Whitespace in the quote matches any run of whitespace, so a phrase copied
    across a line break is still found; the quote is compared in NFC (as every
    body is stored), and typographic variants of apostrophes, quotation marks
    and dashes match one another. With `whole_words`, the quote must not start
    or end inside a word.
    """
    if occurrence < 1:
        raise QuoteNotFoundError("occurrence must be 1 or more")
    pattern = _quote_pattern(quote, whole_words)
    count = 0
    for match in pattern.finditer(body):
        count += 1
        if count == occurrence:
            return match.start(), match.end()
    if count == 0:
        raise QuoteNotFoundError(f"quote not found in the article: {quote!r}")
    raise QuoteNotFoundError(
        f"the quote occurs {count} time(s) in the article, not {occurrence}: {quote!r}"
    )


def _context_matches(body: str, start: int, end: int, sel: TextQuoteSelector) -> bool:
    return body[max(0, start - len(sel.prefix)) : start] == sel.prefix and (
        body[end : end + len(sel.suffix)] == sel.suffix
    )


def _full_context_hits(body: str, sel: TextQuoteSelector, limit: int = 2) -> list[int]:
    """Starts where exact, prefix and suffix all match; stops after `limit`."""
    hits: list[int] = []
    needle = sel.prefix + sel.exact + sel.suffix
    pos = body.find(needle)
    while pos != -1:
        hits.append(pos + len(sel.prefix))
        if len(hits) >= limit:
            break
        pos = body.find(needle, pos + 1)
    return hits


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    # Binary search on slices compares in C: fast on megabyte bodies.
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, cap: int) -> int:
    lo, hi = 0, cap
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def reanchor(
    sel: TextQuoteSelector,
    start: int | None,
    end: int | None,
    new_body: str,
    old_body: str | None = None,
    *,
    hint: int | None = None,
) -> Anchor:
    """Find a claim again in `new_body`.

    `start`/`end` are its offsets in `old_body` (when known); `hint` is where
    to look first when there are no such offsets (default: `start`). Returns
    the new offsets with a state: exact (same place), moved (certain),
    needs-review (a fuzzy proposal for the user) or orphan.

    Exact and moved are only ever returned on the quote itself:
    `new_body[anchor.start:anchor.end] == sel.exact`.
    """
    if hint is None:
        hint = start
    if (
        start is not None
        and end is not None
        and old_body is not None
        and 0 <= start < end <= len(old_body)
        # Offsets are trusted only where the old text is the quote: a proposal
        # (needs-review) points at other words, and must not be carried over.
        and old_body[start:end] == sel.exact
    ):
        if old_body == new_body:
            return Anchor(start, end, EXACT, sel)
        # A claim with all the text before it unchanged stays put; one with
        # all the text after it unchanged shifts by the length difference.
        # (Prefix and suffix are measured independently, not as one minimal
        # diff: a diff can place an ambiguous insertion over the claim.)
        p = _common_prefix(old_body, new_body)
        s = _common_suffix(old_body, new_body, min(len(old_body), len(new_body)))
        if end <= p:
            return Anchor(start, end, EXACT, selector_for(new_body, start, end))
        if start >= len(old_body) - s:
            delta = len(new_body) - len(old_body)
            ns, ne = start + delta, end + delta
            return Anchor(ns, ne, EXACT if delta == 0 else MOVED, selector_for(new_body, ns, ne))

    if not sel.exact:
        return Anchor(None, None, ORPHAN, sel)

    hits = _full_context_hits(new_body, sel)
    if len(hits) == 1:
        ns = hits[0]
        ne = ns + len(sel.exact)
        state = EXACT if ns == start else MOVED
        return Anchor(ns, ne, state, selector_for(new_body, ns, ne))
    if len(hits) > 1:
        # The same quote in the same context twice: we cannot know which.
        ns = _nearest(_all_full_context_hits(new_body, sel), hint)
        ne = ns + len(sel.exact)
        return Anchor(ns, ne, NEEDS_REVIEW, selector_for(new_body, ns, ne))

    # The context changed (a reordered article, an edited neighbour sentence):
    # a distinctive quote found exactly once, as whole words, is a certain move.
    if is_distinctive(sel.exact):
        once = _unique_occurrence(new_body, sel.exact)
        if once is not None:
            ne = once + len(sel.exact)
            state = EXACT if once == start else MOVED
            return Anchor(once, ne, state, selector_for(new_body, once, ne))

    proposal = fuzzy_find(new_body, sel, hint)
    if proposal is None:
        return Anchor(None, None, ORPHAN, sel)
    ns, ne = proposal
    return Anchor(ns, ne, NEEDS_REVIEW, selector_for(new_body, ns, ne))


def follow(
    sel: TextQuoteSelector,
    start: int | None,
    end: int | None,
    state: str,
    new_body: str,
    old_body: str | None = None,
) -> Anchor:
    """Where a claim goes in a new version of its article, by the rules of its state.

    The anchor returned carries the selector the claim keeps: the new text's
    when the place is certain (exact, moved), else the words that were
    reviewed, so that the user sees old against new.

    A `needs-review` claim stays `needs-review` (or becomes an orphan) until a
    person accepts a place (services.claims.accept_anchor): its offsets are a
    proposal, not the reviewed words, so only its reviewed selector is
    re-anchored, the offsets serving as a hint. Even when the reviewed words
    come back verbatim (a revert), the claim is not promoted: the person who
    was told that the text changed under the verdict decides, not the
    importer.
    """
    if state == NEEDS_REVIEW:
        found = reanchor(sel, None, None, new_body, hint=start)
        if not found.found:
            return Anchor(None, None, ORPHAN, sel)
        return Anchor(found.start, found.end, NEEDS_REVIEW, sel)
    found = reanchor(sel, start, end, new_body, old_body)
    if found.state in (EXACT, MOVED):
        return found
    return Anchor(found.start, found.end, found.state, sel)


# A quote this long, of this many words, found once in a new version is where
# the claim went, whatever its context now (see README, "Versions and anchors").
MOVE_MIN_CHARS = 20
MOVE_MIN_WORDS = 3


def is_distinctive(quote: str) -> bool:
    """Long enough that a single exact occurrence cannot be a look-alike."""
    return len(quote.strip()) >= MOVE_MIN_CHARS and len(re.findall(r"\w+", quote)) >= MOVE_MIN_WORDS


def _on_word_bounds(body: str, start: int, end: int) -> bool:
    """The span neither starts nor ends inside a word ("2001" is not in "20012")."""
    if start > 0 and body[start].isalnum() and body[start - 1].isalnum():
        return False
    return not (end < len(body) and body[end - 1].isalnum() and body[end].isalnum())


def _unique_occurrence(body: str, quote: str) -> int | None:
    """Start of the only occurrence of `quote` in `body` (overlaps counted), if it is
    the only one and on word boundaries; None otherwise."""
    first = body.find(quote)
    if first == -1 or body.find(quote, first + 1) != -1:
        return None
    return first if _on_word_bounds(body, first, first + len(quote)) else None


def anchor_in(body: str, sel: TextQuoteSelector, start: int | None, end: int | None) -> Anchor:
    """Check stored offsets against a body whose previous text is unknown."""
    if (
        start is not None
        and end is not None
        and 0 <= start < end <= len(body)
        and body[start:end] == sel.exact
        and _context_matches(body, start, end, sel)
        and len(_full_context_hits(body, sel)) == 1
    ):
        return Anchor(start, end, EXACT, sel)
    return reanchor(sel, start, end, body)


def _all_full_context_hits(body: str, sel: TextQuoteSelector) -> list[int]:
    return _full_context_hits(body, sel, limit=10_000)


def _nearest(positions: list[int], hint: int | None) -> int:
    if hint is None:
        return positions[0]
    return min(positions, key=lambda p: abs(p - hint))


# --- fuzzy matching -------------------------------------------------------
#
# Only ever a proposal (needs-review). The work is bounded whatever the
# quote's length: an edit distance is computed only between a pattern of at
# most END_CHARS characters and a window a little longer than it, for at most
# _MAX_WINDOWS windows per pattern. A quote up to END_CHARS long is aligned
# whole; a longer one by its two ends (its first and last END_CHARS
# characters), each end found on its own, the pair kept when its length is
# plausible and the words between are mostly the quote's (a word-count
# comparison, linear in the quote's length). Aligning a 2,000-character quote
# whole cost 2,000 x 2,500 cells per window, half a minute of pure Python under
# the write lock for one claim; by its ends it is at most
# 2 x _MAX_WINDOWS x 64 x 96 cells, about a tenth of a second.

MIN_QUOTE_SIMILARITY = 0.75
END_CHARS = 64
_MAX_SEEDS = 200
_MAX_WINDOWS = 40  # nearest candidate windows scored; bounds the cost
_MAX_PAIRS = 8  # pairs of ends whose middle is compared word by word
_NEAR_HINT = 4096  # seeds are also looked for this far around the hint


def _best_substring(pattern: str, text: str) -> tuple[int, int, int]:
    """Sellers' algorithm: the substring of `text` closest to `pattern`.

    Returns (edit distance, start, end). O(len(pattern) * len(text)); callers
    keep `pattern` to END_CHARS and `text` to a small window.
    """
    m = len(pattern)
    # prev[i] = (distance, start) of pattern[:i] ending at the previous column
    prev = [(i, 0) for i in range(m + 1)]
    best = (m, 0, 0)
    for j, ch in enumerate(text, start=1):
        cur = [(0, j)]
        for i in range(1, m + 1):
            d_sub, s_sub = prev[i - 1]
            if pattern[i - 1] != ch:
                d_sub += 1
            d_del, s_del = cur[i - 1]
            d_del += 1
            d_ins, s_ins = prev[i]
            d_ins += 1
            if d_sub <= d_del and d_sub <= d_ins:
                cur.append((d_sub, s_sub))
            elif d_del <= d_ins:
                cur.append((d_del, s_del))
            else:
                cur.append((d_ins, s_ins))
        dist, begin = cur[m]
        # Ties go to the length closest to the pattern's ("2011" over "201").
        if (
            dist < best[0]
            or best[2] == 0
            or (dist == best[0] and abs(j - begin - m) < abs(best[2] - best[1] - m))
        ):
            best = (dist, begin, j)
        prev = cur
    return best


def _seeds(exact: str) -> list[tuple[str, int]]:
    """Distinctive words of the quote with their offset in it, longest first."""
    found = [(m.group(), m.start()) for m in re.finditer(r"\w{3,}", exact)]
    found.sort(key=lambda w: -len(w[0]))
    return found[:4] or [(exact[: min(len(exact), 8)], 0)]


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _word_similarity(a: str, b: str) -> float:
    """Dice coefficient of the two texts' words, counted with repetition: O(len)."""
    wa, wb = Counter(re.findall(r"\w+", a)), Counter(re.findall(r"\w+", b))
    total = sum(wa.values()) + sum(wb.values())
    if total == 0:
        return 1.0
    return 2 * sum((wa & wb).values()) / total


def _near(pos: int, hint: int | None, size: int) -> float:
    if hint is None:
        return 0.0
    return 1 / (1 + abs(pos - hint) / max(1, size) * 10)


def _matches(body: str, pattern: str, hint: int | None) -> list[tuple[float, int, int]]:
    """Places where `pattern` (at most END_CHARS long) is nearly written in `body`:
    (similarity, start, end), each at least MIN_QUOTE_SIMILARITY, one per window.

    Windows are opened where the pattern's longest words occur, nearest to
    `hint` first, and at `hint` itself; at most _MAX_WINDOWS of them.
    """
    m = len(pattern)
    if m == 0:
        return []
    slack = max(4, m // 4)
    candidates: set[int] = set()
    for word, offset in _seeds(pattern):
        froms = [0]
        if hint is not None and hint > _NEAR_HINT:
            froms.append(hint - _NEAR_HINT)
        for at in froms:
            pos = body.find(word, at)
            seen = 0
            while pos != -1 and seen < _MAX_SEEDS:
                candidates.add(max(0, pos - offset))
                seen += 1
                pos = body.find(word, pos + 1)
    if hint is not None and 0 <= hint < len(body):
        candidates.add(hint)

    found: list[tuple[float, int, int]] = []
    checked: list[tuple[int, int]] = []
    ordered = sorted(candidates, key=lambda c: abs(c - hint) if hint is not None else c)
    for cand in ordered[:_MAX_WINDOWS]:
        lo = max(0, cand - slack)
        hi = min(len(body), cand + m + slack)
        if any(a <= lo and hi <= b for a, b in checked):
            continue
        checked.append((lo, hi))
        dist, s, e = _best_substring(pattern, body[lo:hi])
        if e <= s:
            continue
        similarity = 1 - dist / m
        if similarity >= MIN_QUOTE_SIMILARITY:
            found.append((similarity, lo + s, lo + e))
    return found


def fuzzy_find(body: str, sel: TextQuoteSelector, hint: int | None) -> tuple[int, int] | None:
    """Propose the passage most like the quote and its context, or None.

    Scored 0.6 x the quote's similarity + 0.3 x the context's + 0.1 x
    nearness to `hint`; the quote's similarity must be at least
    MIN_QUOTE_SIMILARITY (for a long quote: at each end and over its words).
    """
    exact = sel.exact
    m = len(exact)
    size = len(body)

    def context(ns: int, ne: int) -> float:
        return (_prefix_similarity(body, ns, sel) + _suffix_similarity(body, ne, sel)) / 2

    if m <= END_CHARS:
        best: tuple[float, int, int] | None = None
        for similarity, ns, ne in _matches(body, exact, hint):
            score = 0.6 * similarity + 0.3 * context(ns, ne) + 0.1 * _near(ns, hint, size)
            if best is None or score > best[0]:
                best = (score, ns, ne)
        return None if best is None else (best[1], best[2])

    heads = _matches(body, exact[:END_CHARS], hint)
    if not heads:
        return None
    tail_hint = hint + m - END_CHARS if hint is not None else None
    tails = _matches(body, exact[-END_CHARS:], tail_hint)
    before = {ns: _prefix_similarity(body, ns, sel) for _sim, ns, _ne in heads}
    after = {ne: _suffix_similarity(body, ne, sel) for _sim, _ns, ne in tails}
    # A span from a head to a tail, of a length an edit could have given the quote.
    pairs = [
        (
            0.6 * (head + tail) / 2
            + 0.3 * (before[ns] + after[ne]) / 2
            + 0.1 * _near(ns, hint, size),
            head,
            tail,
            ns,
            ne,
        )
        for head, ns, _he in heads
        for tail, _ts, ne in tails
        if m // 2 <= ne - ns <= 2 * m
    ]
    pairs.sort(reverse=True)
    best = None
    for _rough, head, tail, ns, ne in pairs[:_MAX_PAIRS]:
        words = _word_similarity(exact, body[ns:ne])
        if words < MIN_QUOTE_SIMILARITY:
            continue
        similarity = (head + tail + 2 * words) / 4
        score = 0.6 * similarity + 0.3 * (before[ns] + after[ne]) / 2 + 0.1 * _near(ns, hint, size)
        if best is None or score > best[0]:
            best = (score, ns, ne)
    return None if best is None else (best[1], best[2])


def _prefix_similarity(body: str, start: int, sel: TextQuoteSelector) -> float:
    return _similarity(sel.prefix, body[max(0, start - len(sel.prefix)) : start])


def _suffix_similarity(body: str, end: int, sel: TextQuoteSelector) -> float:
    return _similarity(sel.suffix, body[end : end + len(sel.suffix)])
