"""The words the window uses for verdicts, statuses, counts and claims, in its language."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QObject

from annotator.domain.rating import RatingScale, UnknownVerdictError
from annotator.errors import UserError
from annotator.services.anchors import AnchorCounts
from annotator.services.browse import NO_CLAIMS, ClaimRow
from annotator.ui.models import Labels
from annotator.ui.verdicts import VerdictStyle, VerdictStyles


class Terms(QObject):
    """The rating scale with its styles, the interface language, and what they make of
    a key: one object every pane reads, changed when the settings or the language do."""

    def __init__(self, scale: RatingScale, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self.scale = scale
        self.styles = VerdictStyles(scale)
        self.language = language
        self.labels = Labels()  # what the item models show
        self.labels.verdict = self.verdict_label
        self.labels.status = self.status_label

    def set_scale(self, scale: RatingScale) -> None:
        self.scale = scale
        self.styles = VerdictStyles(scale)

    def retranslate(self, language: str) -> None:
        """Take the language the translators were installed for."""
        self.language = language
        self.labels.locale = self.locale()
        self.labels.headers = {
            "articles": [self.tr("Title"), self.tr("Date"), self.tr("Claims"), self.tr("Status")],
            "claims": [self.tr("Claim"), self.tr("Verdict"), self.tr("Status")],
            "sources": [
                self.tr("Address"),
                self.tr("Title"),
                self.tr("Publisher"),
                self.tr("Date"),
                self.tr("Quoted passage"),
            ],
        }  # fmt: skip

    def locale(self) -> QLocale:
        french = self.language == "fr"
        return QLocale(QLocale.Language.French if french else QLocale.Language.English)

    def verdict_label(self, key: str | None) -> str:
        if key is None:
            return self.tr("No verdict")
        try:
            return self.scale.get(key).label(self.language)
        except UserError:
            return key

    def status_label(self, key: str) -> str:
        return {
            "draft": self.tr("Draft"),
            "in-review": self.tr("In review"),
            "published": self.tr("Published"),
            NO_CLAIMS: "—",
            "anchor:moved": self.tr("moved in a new version"),
            "anchor:needs-review": self.tr("anchor to check"),
            "anchor:orphan": self.tr("orphan: no longer in the text"),
        }.get(key, key)

    def claim_count_text(self, count: int) -> str:
        return self.tr("%n claim(s)", "", count) if count else self.tr("no claims")

    def attention_texts(self, counts: AnchorCounts) -> list[str]:
        """What an article card says of claims whose place must be settled."""
        texts = []
        if counts.needs_review:
            texts.append(self.tr("%n to check", "", counts.needs_review))
        if counts.orphans:
            texts.append(self.tr("%n orphan(s)", "", counts.orphans))
        return texts

    def style_for_label(self, label: str | None) -> VerdictStyle | None:
        """Our verdict's style for a label another fact-checker used, if it is on our scale."""
        if not label:
            return None
        try:
            return self.styles.get(self.scale.lookup(label).key)
        except UnknownVerdictError:
            return None

    def describe_claim(self, claim: ClaimRow | None) -> str:
        """A highlight's tooltip: verdict, status, the words, their place, the correction."""
        if claim is None:
            return ""
        style = self.styles.get(claim.verdict)
        text = (
            f'<b style="color:{style.line.name()}">'
            f"{html.escape(self.verdict_label(claim.verdict))}</b>"
            f" · {html.escape(self.status_label(claim.status))}"
            f"<br><i>« {html.escape(short_words(claim.exact, 90))} »</i>"
        )  # fmt: skip
        if claim.anchor != "exact":
            text += "<br>" + html.escape(self.status_label("anchor:" + claim.anchor))
        if claim.correction:
            text += "<br>" + html.escape(self.tr("Correction: {}").format(claim.correction))
        return text


def short_words(text: str, length: int = 40) -> str:
    """At most `length` characters on one line, cut anywhere (an undo entry's quote)."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
