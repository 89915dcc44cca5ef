"""Page furniture left in an extracted article text: headline repeats, links, calls to action.

The extraction library keeps what looks like article text; what it lets
through is the same on most sites and in most languages, so these rules are
written for the web at large (never for one site): the headline repeated as
the first paragraph (and whatever came before it, kicker or sidebar), a bare
URL or a dateline at the top, "Related: …" and "Advertisement" lines, an
unrendered shortcode, and at the end the calls to comment, share, follow or
subscribe. Each rule removes whole lines only, and never much of a text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# The headline is looked for among the first lines, and what precedes it may
# be at most this share of the text (a kicker, a breadcrumb, a sidebar teaser).
HEADLINE_LINES = 5
HEADLINE_PREFIX_SHARE = 0.25
# The tail is looked at over this many lines, and may lose at most this share.
TAIL_LINES = 10
TAIL_SHARE = 0.3

_BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_STAMP = re.compile(
    r"^\W*(?:published|updated|posted|last\s+(?:updated|modified)|modified|publié|mis\s+à\s+jour"
    r"|aktualisiert|veröffentlicht|publicado|atualizado|actualizado|pubblicato|aggiornato)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
# Lines that are never article text, wherever they are: a pointer to another
# article ("Related: …", "Read more: …", in several languages), an advertising
# label, an unrendered WordPress-style shortcode.
_POINTER = re.compile(
    r"^\W*(?:related(?:\s+(?:articles?|stories|story|content|coverage|reading|posts?|links?|video))?"
    r"|read\s+(?:more|also|next)|see\s+also|also\s+(?:on|read|see)\b|more\s+(?:on|from|about)\b"
    r"|recommended(?:\s+for\s+you)?|don[’']t\s+miss|most\s+(?:read|popular|viewed)\b"
    r"|click\s+here\s+to\s+(?:get|download|sign\s+up|subscribe|read|join)"
    r"|lire\s+aussi|à\s+lire\s+(?:aussi|également)|voir\s+aussi|leggi\s+anche|lesen\s+sie\s+(?:auch|mehr)"
    r"|leia\s+(?:também|mais)|lee\s+también|ver\s+también)\b",
    re.I,
)
_LABEL = re.compile(
    r"^\W*(?:advertisement|advertising|sponsored(?:\s+content)?|anzeige|publicité|publicidad"
    r"|pubblicità|story\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?advertisement)?"
    r"|continue\s+reading\s+(?:below|the\s+main\s+story))\W*$",
    re.I,
)
_SHORTCODE = re.compile(r"^\s*\[(\w+)\b[^\]]*\].*\[/\1\]\s*$")
# The tail of a page: invitations to comment and share, and the calls to
# follow, subscribe or sign up (a whole line, or a sentence of one).
_INVITATION = re.compile(
    r"^\W*(?:(?:view|read|show|see|load|hide|post|leave|add|write|join)\s+"
    r"(?:(?:all|the|a|your|more|\d+)\s+)*comments?"
    r"|\d*\s*comments?(?:\s*\(\d+\))?|comments?\s+(?:are\s+)?closed|no\s+comments?(?:\s+yet)?"
    r"|(?:like\s+this\s+(?:story|article|post)\W*)?share\s+(?:this|it|the\s+(?:story|article)|on|via)\b.*"
    r"|(?:tell|let)\s+us\s+what\s+you\s+think.*|what\s+do\s+you\s+think\W*"
    r"|join\s+the\s+(?:conversation|discussion)\b.*)\W*$",
    re.I,
)
# Imperatives only: not "Like many Twitter users, …", "Share prices of the app maker …"
# or "Follow-up tests …" (sharing and liking are the invitations above).
_CALL_TO_ACTION = re.compile(
    r"(?:^|[.!?…]\s+)\W*(?:follow\s|subscribe|sign\s+up|join\s|e-?mail\s|reach\s|contact\s"
    r"|get\s|download|listen\s|watch\s|click|tap\s)[^.!?]{0,150}?"
    r"(?:twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp|newsletter|inbox"
    r"|podcast|\bapp\b|subscri\w*|delivered|@\w)",
    re.I,
)
_COMMENT_INVITATION = re.compile(r"\b(?:hear|know|tell\s+us)\s+what\s+you\s+think\b", re.I)
_AFFILIATE = re.compile(
    r"^\W*if\s+you\s+(?:buy|purchase)\s+(?:something|a\s+product|an\s+item|anything)\s+"
    r"(?:through|via|using|from)\b",
    re.I,
)
_NOT_WORD = re.compile(r"[\W_]+")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:·»/]|::)\s+")


def loose(text: str) -> str:
    """Text compared for sameness: case, accents' forms, punctuation and spacing ignored."""
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def headline_keys(candidates: Iterable[str | None]) -> set[str]:
    """The loose forms of a page's headlines: each title, and its parts around a separator
    (`Title - Site`, `Site | Title`)."""
    keys: set[str] = set()
    for candidate in candidates:
        if not candidate:
            continue
        keys.add(loose(candidate))
        for part in _TITLE_SEPARATORS.split(candidate):
            if len(part.split()) >= 2:
                keys.add(loose(part))
    keys.discard("")
    return keys


def clean_lines(lines: list[str], headlines: set[str]) -> list[str]:
    """An extracted text (one block a line) without page furniture."""
    lines = [line for line in lines if line.strip() and not is_furniture_anywhere(line)]
    lines = strip_header(lines, headlines)
    return strip_tail(lines)


def is_furniture_anywhere(line: str) -> bool:
    """A line that is never article text: a pointer to another article, a label, a shortcode."""
    text = line.strip()
    if len(text) > 200:
        return False
    if _LABEL.match(text) or _SHORTCODE.match(text):
        return True
    # "Related: <a title>": a pointer names what it points to (a bare "Read more" heading
    # may be the article's own), and is no sentence.
    pointer = _POINTER.match(text)
    return (
        pointer is not None
        and len(text[pointer.end() :].strip(" :-–—").split()) >= 2
        and not _SENTENCE_END.search(text)
    )


def strip_header(lines: list[str], headlines: set[str]) -> list[str]:
    """Without a leading bare URL, the headline repeated (and what came before it), and a
    dateline right after it."""
    start = 0
    while start < min(len(lines), 3) and _BARE_URL.match(lines[start]):
        start += 1
    total = sum(len(line) for line in lines) or 1
    for index in range(start, min(len(lines), start + HEADLINE_LINES)):
        key = loose(lines[index])
        if key not in headlines:
            continue
        before = sum(len(line) for line in lines[start:index])
        # Dropping what came before takes a real headline, not a two-word label.
        if index == start or (len(key.split()) >= 4 and before <= HEADLINE_PREFIX_SHARE * total):
            start = index + 1
            for _ in range(2):
                if start < len(lines) - 1 and is_dateline(lines[start]):
                    start += 1
        break
    return lines[start:] if start < len(lines) else lines


def is_dateline(line: str) -> bool:
    """A short line that dates the page ("Updated: Tue., Nov. 19, 2019", "- Published …")."""
    text = line.strip()
    if len(text) > 80 or (_SENTENCE_END.search(text) and not _STAMP.match(text)):
        return False
    return bool(_STAMP.match(text)) or (bool(_YEAR.search(text)) and len(text.split()) <= 8)


def strip_tail(lines: list[str]) -> list[str]:
    """Without the calls to comment, share, follow or subscribe that end a page, nor the
    short links between them and the end."""
    total = sum(len(line) for line in lines)
    cut = len(lines)
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - TAIL_LINES), -1):
        line = lines[index]
        if is_tail_furniture(line):
            cut = index
        elif not _is_short_link(line):
            break
    if sum(len(line) for line in lines[cut:]) > TAIL_SHARE * total:
        return lines
    return lines[:cut]


def is_tail_furniture(line: str) -> bool:
    text = line.strip()
    if len(text) > 400:
        return False
    return bool(
        _INVITATION.match(text)
        or _CALL_TO_ACTION.search(text)
        or _COMMENT_INVITATION.search(text)
        or _AFFILIATE.match(text)
        or is_furniture_anywhere(text)
    )


def _is_short_link(line: str) -> bool:
    """A short line that is no sentence: a link's title, a caption, a separator."""
    text = line.strip()
    return len(text) <= 100 and not _SENTENCE_END.search(text)
