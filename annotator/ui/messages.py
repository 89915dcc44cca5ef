"""What the window says of errors and export problems, in its own language.

The services and the command line speak English, of claim ids and ClaimReview
fields; the window names the article by its title, the claim by its words and
the field by the label the user sees, and says which dialog fixes it. It words
each problem from the structured attributes the services give (`Problem.field`,
`kind`, `detail`), never by reading their English sentences.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from annotator.domain.text import InvalidURLError
from annotator.errors import InputError, UserError
from annotator.services.workspace import is_shared, shared_label

SETTINGS = "settings"  # the problem is fixed in the publisher settings dialog
QUOTE_LENGTH = 48
TITLE_LENGTH = 48

# The settings dialog's fields, by the setting they hold.
SETTING_FIELDS = {
    "author": "publisher.name",
    "author.url": "publisher.url",
    "author.logo": "publisher.logo",
    "inLanguage": "language",
}


def short(text: str, length: int) -> str:
    """At most `length` characters on one line, cut between words when it can."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut[length // 2 :] and text[length - 1] != " ":
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


class Texts(QObject):
    """The sentences, translated (a QObject for `tr` and its context)."""

    def setting_label(self, key: str) -> str:
        """A setting by the label of its field in the publisher settings dialog."""
        translate = QCoreApplication.translate
        labels = {
            "publisher.name": translate("SettingsDialog", "Organisation &name"),
            "publisher.url": translate("SettingsDialog", "Organisation &web site"),
            "publisher.logo": translate("SettingsDialog", "&Logo address"),
            "factcheck.base_url": translate("SettingsDialog", "Fact-check pages &base address"),
            "language": translate("SettingsDialog", "Language of &exports (fr, en…)"),
        }
        return labels[key].replace("&", "") if key in labels else key

    def field_label(self, field: str) -> str:
        """A ClaimReview field by the label the inspector gives it (the same words)."""
        if field in SETTING_FIELDS:
            return self.setting_label(SETTING_FIELDS[field])
        translate = QCoreApplication.translate
        inspector = {
            "claimReviewed": translate("ClaimInspector", "Claim as &reviewed (claimReviewed)"),
            "reviewRating": translate("ClaimInspector", "&Verdict"),
            "reviewRating.alternateName": translate("ClaimInspector", "&Verdict"),
            "itemReviewed.author": translate("ClaimInspector", "Clai&mant (who said it)"),
            "itemReviewed.datePublished": translate("ClaimInspector", "&Date of the claim"),
            "status": translate("ClaimInspector", "S&tatus"),
            "citation.url": translate("ClaimInspector", "Sources"),
            "citation.datePublished": translate("ClaimInspector", "Sources"),
        }
        if field in inspector:
            return inspector[field].replace("&", "")
        others = {  # not in the inspector: said as plainly
            "url": self.tr("Fact-check page address"),
            "reviewRating.ratingValue": self.tr("Rating scale"),
            "reviewRating.bestRating": self.tr("Rating scale"),
            "itemReviewed.appearance": self.tr("Article address"),
            "itemReviewed.appearance.url": self.tr("Article address"),
            "itemReviewed.appearance.datePublished": self.tr("Article date"),
            "datePublished": self.tr("Publication date of the review"),
        }
        return others.get(field, field)

    def sentence(self, field: str, kind: str, detail: Mapping[str, Any]) -> str | None:
        """What is wrong, or None when this (field, kind) is not known here."""
        value = str(detail.get("value", ""))
        number = detail.get("number")
        if kind == "invalid" and field.endswith(("url", "logo")):
            if number is not None:
                return self.tr(
                    "source {}: “{}” is not a complete web address (http:// or https://)"
                ).format(number, value)
            return self.tr("“{}” is not a complete web address (http:// or https://)").format(value)
        if kind == "invalid" and field.endswith("datePublished"):
            if number is not None:
                return self.tr(
                    "source {}: “{}” is not a date like 2019-11-27, 2019-11 or 2019"
                ).format(number, value)
            return self.tr("“{}” is not a date like 2019-11-27, 2019-11 or 2019").format(value)
        known = {
            ("url", "missing"): self.tr(
                "missing (set the base address of your pages in Publisher settings…)"
            ),
            ("url", "duplicate"): self.tr(
                "{} is already the address of another review in this export"
            ).format(value),
            ("url", "unsaved"): self.tr("the claim is not saved yet"),
            ("url", "placeholder"): self.tr(
                "%n review address(es) use the provisional address {} (set yours in "
                "Publisher settings…)",
                "",
                int(detail.get("count", 0)),
            ).format(detail.get("base_url", "")),
            ("claimReviewed", "missing"): self.tr("empty (restate the claim in a few words)"),
            ("claimReviewed", "too-long"): self.tr(
                "{} characters, Google recommends about {} (write a shorter restatement)"
            ).format(detail.get("length", ""), detail.get("limit", "")),
            ("claimReviewed", "contains-verdict"): self.tr(
                "contains the verdict “{}” (it states the claim, never the verdict)"
            ).format(value),
            ("reviewRating", "not-exported"): self.tr(
                "%n claim(s) without a verdict yet, not exported",
                "",
                len(detail.get("claims", ())),
            ),
            ("reviewRating.alternateName", "missing"): self.tr(
                "none (rate the claim before exporting)"
            ),
            ("reviewRating.alternateName", "off-scale"): self.tr(
                "the verdict “{}” is not on the rating scale"
            ).format(value),
            ("reviewRating.alternateName", "no-label"): self.tr(
                "the verdict “{}” has no name on the rating scale"
            ).format(value),
            ("reviewRating.ratingValue", "no-number"): self.tr(
                "this verdict has no number on the scale (only its name is exported)"
            ),
            ("reviewRating.bestRating", "bad-scale"): self.tr(
                "the scale's numbers are not usable and are not exported (the best must be "
                "above the worst, the worst at least 1)"
            ),
            ("itemReviewed.author", "missing"): self.tr("not filled in (who made the claim?)"),
            ("itemReviewed.datePublished", "missing"): self.tr(
                "not filled in (when was the claim made?)"
            ),
            ("itemReviewed.appearance", "missing"): self.tr("none (where did the claim appear?)"),
            ("datePublished", "missing"): self.tr(
                "none yet (it is set when the status becomes Published)"
            ),
            ("status", "invalid"): self.tr("unknown status “{}”").format(value),
            ("citation.url", "missing"): self.tr("source {} has no address").format(number),
            ("author", "missing"): self.tr(
                "not filled in (the organisation that signs the reviews; set it in "
                "Publisher settings…)"
            ),
            ("author", "other-organisation"): self.tr(
                "reviewed by {}, not by us: not exported (write your own verdict or "
                "explanation to make it yours)"
            ).format(detail.get("organisation", "")),
            ("anchor", "needs-review"): self.tr(
                "the article changed since this claim was reviewed: accept or reject its "
                "new place first"
            ),
            ("inLanguage", "invalid"): self.tr("“{}” is not a language code like fr or en").format(
                value
            ),
        }
        found = known.get((field, kind))
        if found is None and kind == "schema":
            return self.tr(
                "the file would break the ClaimReview profile (line {}); nothing was written"
            ).format(detail.get("line", "?"))
        return found

    def labelled(self, label: str, text: str) -> str:
        return self.tr("{}: {}").format(label, text)

    def subject(self, title: str, quote: str) -> str:
        return self.tr("“{}” in “{}”").format(
            short(quote, QUOTE_LENGTH), short(title, TITLE_LENGTH)
        )

    def nothing_to_export(self, status: str, title: str | None) -> str:
        if title is not None:
            if status == "published":
                return self.tr("Nothing to export: “{}” has no published review.").format(
                    short(title, 80)
                )
            return self.tr("Nothing to export: “{}” has no claim with a verdict yet.").format(
                short(title, 80)
            )
        if status == "published":
            return self.tr("Nothing to export: no review is published yet.")
        return self.tr("Nothing to export: no claim has a verdict yet.")

    def export_failed(self, count: int) -> str:
        return self.tr(
            "Nothing was written: %n problem(s) must be fixed first (see the details).",
            "",
            count,
        )

    def invalid_setting(self, key: str, error: UserError) -> str:
        label = self.setting_label(key)
        if isinstance(error, InvalidURLError):
            return self.tr(
                "{}: only complete web addresses starting with http:// or https:// are accepted."
            ).format(label)
        if key == "language":
            return self.tr("{}: not a language code like fr or en.").format(label)
        if key == "publisher.name":
            return self.tr("{}: must not be empty.").format(label)
        reason = error.reason if isinstance(error, InputError) else str(error)
        return self.tr("{}: this value is refused ({}).").format(label, reason)

    def invalid_url(self) -> str:
        return self.tr(
            "Only complete web addresses starting with http:// or https:// are accepted."
        )

    def claim_changed(self, who: str | None, when: str) -> str:
        """An edit refused: another desk changed the claim since this one read it."""
        return self.tr(
            "{who} changed this claim at {when}, after you opened it: nothing of yours was "
            "written over it. Here it is as it is now; make your change again if it still "
            "applies."
        ).format(who=who or self.tr("someone"), when=when or "?")

    def not_allowed(self, what: str) -> str:
        """The server refused what this login's role may not do."""
        known = {
            "publish a review": self.tr("publish a claim"),
            "change a published review": self.tr("change a published claim"),
            "change a published claim": self.tr("change a published claim"),
            "delete a published claim": self.tr("delete a published claim"),
            "change the sources of a published claim": self.tr(
                "change the sources of a published claim"
            ),
        }
        if what in known:
            return self.tr(
                "Only an editor may {}. Ask an editor, or your administrator for the editor "
                "role. Nothing was changed."
            ).format(known[what])
        return self.tr(
            "Your role on this shared database does not allow this change. Nothing was changed."
        )

    def store_error(self, error: BaseException) -> str | None:
        """A shared database that cannot be reached or used, or a connection lost, said
        from the error's `kind` and `where` (the database as user@host/database); None
        when its kind is not known here (its own words are shown then)."""
        kind = str(getattr(error, "kind", "") or "")
        where = str(getattr(error, "where", "") or "")
        if is_shared(where):
            with contextlib.suppress(UserError):
                where = shared_label(where)
        if kind == "import-interrupted":
            saved = int(getattr(error, "saved", 0))
            if getattr(error, "unknown", False) and saved:
                text = self.tr(
                    "The connection to the server was lost during the import, while it saved "
                    "a batch of articles: whether that batch is in the database is not known; "
                    "the %n article(s) imported before it are. Import again to add what is "
                    "missing (what is there already counts as duplicates).",
                    "", saved,
                )  # fmt: skip
            elif getattr(error, "unknown", False):
                text = self.tr(
                    "The connection to the server was lost during the import, while it saved "
                    "the first batch of articles: whether that batch is in the database is not "
                    "known. Import again to add what is missing (what is there already counts "
                    "as duplicates)."
                )
            elif saved:
                text = self.tr(
                    "The connection to the server was lost during the import: nothing of the "
                    "batch of articles being written was saved; the %n article(s) imported "
                    "before it are in the database. Import again to add the rest.",
                    "", saved,
                )  # fmt: skip
            else:
                text = self.tr(
                    "The connection to the server was lost during the import, before its "
                    "first batch of articles was saved: none of them is in the database. "
                    "Import again."
                )
            return self.tr("{}: {}").format(where, text) if where else text
        known = {
            "login-refused": self.tr("the server refused this user name or password."),
            "no-database": self.tr("the server has no database of this name."),
            "no-user": self.tr("the server has no user of this name."),
            "unreachable": self.tr(
                "no server answers at this address (is it running? is the port right?)."
            ),
            "unknown-host": self.tr("no server of this name is known (check its name)."),
            "timeout": self.tr(
                "the server did not answer in time (check its name and the network)."
            ),
            "tls": self.tr(
                "the secure connection (TLS) failed; ask your IT department which TLS "
                "choice this server needs."
            ),
            "cannot-connect": self.tr("the server refused the connection."),
            "not-prepared": self.tr(
                "this database is not prepared for Annotator: run “annotator newsroom init” "
                "on it once (README, “For a team”)."
            ),
            "needs-upgrade": self.tr(
                "this database must be upgraded for this version of Annotator: run "
                "“annotator newsroom init” on it again."
            ),
            "newer": self.tr(
                "this database was written by a newer version of Annotator; update "
                "Annotator to open it."
            ),
            "connection-lost": self.tr(
                "the connection to the server was lost; the change under way was not saved "
                "(none of it), what was saved before is kept."
            ),
            "lost-at-commit": self.tr(
                "the connection to the server was lost while it saved the last change: "
                "whether it was saved is not known. Look, or do it again."
            ),
        }
        found = known.get(kind)
        if found is None:
            return None
        return self.tr("{}: {}").format(where, found) if where else found


def fixed_in(problem: Any) -> str | None:
    """Where the user fixes a problem: SETTINGS, or None (the claim, in the inspector)."""
    field, kind = getattr(problem, "field", ""), getattr(problem, "kind", "")
    if field in SETTING_FIELDS or (field == "url" and kind in ("missing", "placeholder")):
        return SETTINGS
    return None


def describe_problem(
    problem: Any, subjects: Mapping[int, tuple[int, str, str]], texts: Texts | None = None
) -> str:
    """A problem in the interface language: which claim (its words, its article's
    title), which field (its label), what is wrong. The English message when the
    problem is of a kind not known here."""
    texts = texts or Texts()
    field = getattr(problem, "field", "")
    sentence = texts.sentence(field, getattr(problem, "kind", ""), getattr(problem, "detail", {}))
    if sentence is None:
        return str(getattr(problem, "message", problem))
    text = texts.labelled(texts.field_label(field), sentence)
    claim_id = getattr(problem, "claim_id", None)
    subject = subjects.get(claim_id) if claim_id is not None else None
    if subject is not None:
        _article_id, title, quote = subject
        text = f"{texts.subject(title, quote)} — {text}"
    return text
