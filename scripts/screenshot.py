"""Render the main window on the bundled sample, with the running example reviewed, to a PNG.

Around it: other articles (one re-imported in a new version, with a claim whose place is
to check) and another fact-checker's review of the same claim, offered in the inspector.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PHRASE = "tué par un commando américain en 2001"


# A few more (fictional) articles so that the list looks like a working day.
OTHER_ARTICLES = [
    (
        "Transports : la région promet des trains toutes les quinze minutes",
        "2019-11-25",
        "Le conseil régional a voté mardi un plan de cadencement des trains régionaux.",
    ),
    (
        "Santé : les urgences de l'hôpital de Nantes saturées depuis septembre",
        "2019-11-22",
        "Selon le syndicat, le temps d'attente moyen a doublé en deux mois.",
    ),
    (
        "Énergie : la part du nucléaire passera sous 50 % en 2035",
        "2019-11-18",
        "La loi énergie-climat repousse de dix ans l'objectif fixé en 2015.",
    ),
    (
        "Éducation : 4 000 postes d'enseignants supprimés, selon un syndicat",
        "2019-11-12",
        "Le ministère conteste ce chiffre et évoque des redéploiements.",
    ),
]


# Another fact-checker's review of the running example's claim (invented, example.org).
OTHER_REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://factuel.example.org/ben-laden-tue-en-2011",
    "datePublished": "2023-05-02",
    "author": {"@type": "Organization", "name": "AFP Factuel"},
    "claimReviewed": "Oussama Ben Laden a été tué par un commando américain en 2001",
    "reviewRating": {
        "@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
        "alternateName": "Faux",
    },
    "itemReviewed": {
        "@type": "Claim",
        "appearance": {"@type": "CreativeWork", "url": "https://social.example.com/post/42"},
    },
    "inLanguage": "fr",
}  # fmt: skip
TRAINS_URL = "https://www.example.org/actualites/2019/11/trains-region"


def build_database(path: Path) -> int:
    """The sample article with the Ben Laden claim rated Faux, and a few others around it."""
    from annotator.domain.model import Article
    from annotator.services import claims, people, reviews, settings
    from annotator.services.articles import import_article
    from annotator.services.workspace import add_sample_article
    from annotator.store import open_store

    with open_store(path) as store:
        settings.set_setting(store, "user.name", "marie")  # who the changes are by
        for title, date, body in OTHER_ARTICLES:
            url = TRAINS_URL if "trains" in title else None
            outcome = import_article(
                store, Article(title=title, body=f"{title}\n\n{body}", published=date, url=url)
            )
            if url:  # a claim, then a new version where its words changed: to check
                claims.add_claim_by_quote(
                    store, article_id=outcome.article_id, quote="toutes les quinze minutes",
                    verdict="mostly-false", status="in-review",
                )  # fmt: skip
                changed = body.replace("mardi", "mardi soir")
                import_article(
                    store,
                    Article(
                        title=title.replace("quinze", "vingt"),
                        body=f"{title.replace('quinze', 'vingt')}\n\n{changed}",
                        published=date, url=url,
                    ),
                )  # fmt: skip
            if "nucléaire" in title:
                claims.add_claim_by_quote(
                    store, article_id=outcome.article_id, quote="sous 50 % en 2035",
                    verdict="true", status="published",
                )  # fmt: skip
            if "4 000" in title:
                claims.add_claim_by_quote(
                    store, article_id=outcome.article_id, quote="4 000 postes",
                    verdict="mostly-false", status="in-review",
                )  # fmt: skip
        reviews.import_review_data(
            store, json.dumps(OTHER_REVIEW).encode("utf-8"), "afp-factuel.json"
        )
        article_id = add_sample_article(store)
        people.assign(store, article_id=article_id, user="marie")
        settings.set_setting(store, "publisher.name", "Les Vérificateurs")
        settings.set_setting(store, "factcheck.base_url", "https://verif.example.org/")
        claim, _ = claims.add_claim_by_quote(
            store,
            article_id=article_id,
            quote=PHRASE,
            verdict="false",
            claim_reviewed="Oussama Ben Laden a été tué par un commando américain en 2001",
            claimant="Rédaction",
            claim_date="2019-11-27",
            explanation=(
                "Ben Laden a été tué le 2 mai 2011 à Abbottabad, au Pakistan, lors d'un raid "
                "des forces spéciales américaines (opération Neptune's Spear), pas en 2001."
            ),
            correction="2011",
            status="in-review",
            sources=[],
        )
        assert claim.id is not None
        claims.add_source(
            store,
            claim_id=claim.id,
            url="https://www.bbc.com/news/world-south-asia-13256676",
            title="Osama Bin Laden killed in US raid in Pakistan",
            publisher="BBC News",
            date="2011-05-02",
        )
        claims.add_source(
            store,
            claim_id=claim.id,
            url="https://www.lemonde.fr/asie-pacifique/article/2011/05/02/ben-laden-tue.html",
            title="Oussama Ben Laden a été tué au Pakistan",
            publisher="Le Monde",
            date="2011-05-02",
        )
        for quote, verdict, status in (
            ("Fondée en 2003 dans la Silicon Valley", "true", "published"),
            ("Le premier contrat avait été signé en 2016", "true", "published"),
            ("au lendemain des attentats de Paris", "mostly-true", "in-review"),
            ("Ses outils auraient notamment aidé à localiser Oussama Ben Laden", "unproven",
             "draft"),
            ("qui ne serait pas prête avant plusieurs années", None, "draft"),
        ):  # fmt: skip
            claims.add_claim_by_quote(
                store, article_id=article_id, quote=quote, verdict=verdict, status=status
            )
        return claim.id


def render(output: Path, size: tuple[int, int], args_screen: bool = False) -> Path:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings

    with tempfile.TemporaryDirectory() as tmp:
        # Fresh interface settings: the picture never depends on this machine's history.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        os.environ.setdefault("ANNOTATOR_UI_LANGUAGE", "fr")
        db = Path(tmp) / "annotator.db"
        claim_id = build_database(db)
        from annotator.services.claims import get_claim
        from annotator.store import open_store

        with open_store(db) as store:
            article_id = get_claim(store, claim_id).article_id

        from annotator.ui import create_main_window

        window = create_main_window(str(db))
        window.resize(*size)
        window.select_article_row(window.article_model.row_of(article_id))
        window.select_claim(claim_id)
        window.show()
        # The claims list a little shorter than at first start: the inspector, with the
        # other fact-checker's review offered, shows the claim's sources too.
        window.side_splitter.setSizes([205, size[1]])
        for _ in range(20):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        window.select_claim(claim_id)  # centre it now that the view has its real size
        # The inspector looks up similar reviews a moment after the claim is shown.
        deadline = time.monotonic() + 5
        while window.inspector.similar_pending() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        for _ in range(10):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        output.parent.mkdir(parents=True, exist_ok=True)
        if args_screen and window.screen() is not None:
            # A real display (e.g. under Xvfb): what the screen shows, not only the widget.
            picture = window.screen().grabWindow(0, 0, 0, *size)
        else:
            picture = window.grab()
        if not picture.save(str(output)):
            raise SystemExit(f"cannot write {output}")
        window.close()
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--size", default="1400x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument(
        "--screen", action="store_true", help="grab the screen (with a real display, e.g. Xvfb)"
    )
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(n) for n in args.size.lower().split("x"))
    print(render(args.output, (width, height), args.screen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
