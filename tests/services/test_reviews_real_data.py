"""Every real ClaimReview record in ../shared/data/claimreview is read, kept and found."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from annotator.domain import Article
from annotator.io.claimreview_import import read_reviews
from annotator.services import reviews as svc
from annotator.services.articles import import_article
from annotator.services.search import search, similar_reviews
from annotator.store import repo

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "claimreview"
pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not DATA.exists(), reason="../shared is absent (as on a user's clone)"),
]


def all_files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix != ".md"
                  and p.name != "manifest.csv")  # fmt: skip


def test_every_record_is_read(capsys):
    records, failed = 0, []
    for path in all_files():
        result = read_reviews(path.read_bytes(), str(path.relative_to(DATA)))
        records += len(result.records)
        failed += result.failed
    with capsys.disabled():
        print(
            f"\nreal data: {len(all_files())} files, {records} records read, {len(failed)} failed"
        )
        for source, reason in failed:
            print(f"  {source}: {reason}")
    lines = (DATA / "claimreviews.jsonl").read_text(encoding="utf-8").splitlines()
    # 71 in the JSON Lines file, the same again in raw/ and pages/, plus the two formats.
    assert records >= len(lines) + 2
    assert failed == []


def articles_for_some(store) -> set[str]:
    """Articles where some real claims appeared: their appearance URL and a text quoting
    the claim, so that those reviews are attached and the rest kept external."""
    attached_urls = set()
    for line in (DATA / "claimreviews.jsonl").read_text(encoding="utf-8").splitlines()[:30]:
        (record,) = read_reviews(line.encode(), "line").records
        if record.appearance_urls and record.claim_reviewed and record.url:
            body = f"Un article repris partout.\n\n«{record.claim_reviewed}» disait-il.\n\nFin."
            import_article(store, Article(title="Article", body=body,
                                          url=record.appearance_urls[0]))  # fmt: skip
            attached_urls.add(record.url)
    return attached_urls


def test_real_records_are_attached_or_kept_and_found_by_search(store, capsys):
    expected_attached = articles_for_some(store)
    report = svc.import_review_files(store, [DATA])
    kinds = Counter(o.kind for o in report.outcomes)
    reasons = Counter(reason for _, reason in report.failed)
    with capsys.disabled():
        print(f"\nreal data: {report.summary} ({report.duplicates} already in the database)")
        for reason, count in reasons.items():
            print(f"  failed {count}: {reason}")
    kept = report.attached + report.external + report.duplicates
    assert kept / (kept + len(report.failed)) >= 0.9
    assert report.failed == []
    # The same review in several files is added once, then already present.
    assert kinds["attached"] + kinds["external"] == kept
    assert report.attached > 0
    assert re.fullmatch(
        r"attached \d+, external \d+, failed \d+(, already present \d+)?", report.summary
    )

    # Each review is somewhere: a claim (attached) or an external review.
    provenance = repo.review_provenance(store, [c.id for c in repo.list_claims(store)])
    attached_urls = {p["review_url"] for p in provenance.values()}
    assert attached_urls == expected_attached
    with open(DATA / "manifest.csv", encoding="utf-8") as fh:
        manifest = list(csv.DictReader(fh))
    stored = {
        row[0] for row in store.execute("SELECT url FROM external_reviews WHERE url IS NOT NULL")
    }
    missing = [m["line"] for m in manifest if m["review_url"] not in stored | attached_urls]
    assert missing == []

    # ...and `search` finds every external review by the words of its claim.
    rows = store.execute("SELECT id, claim_reviewed FROM external_reviews").fetchall()
    not_found = []
    for review_id, text in rows:
        words = " ".join(text.split()[:12])
        if ("review", review_id) not in [(h.kind, h.id) for h in search(store, words)]:
            not_found.append((review_id, words))
    assert not_found == []

    # A second import adds nothing.
    counts = (len(repo.list_claims(store)), repo.count_external_reviews(store))
    again = svc.import_review_files(store, [DATA])
    assert (len(repo.list_claims(store)), repo.count_external_reviews(store)) == counts
    assert (again.attached, again.external) == (0, 0)
    assert again.duplicates == report.attached + report.external + report.duplicates


def test_a_newly_marked_claim_is_offered_what_others_found(store):
    svc.import_review_files(store, [DATA / "claimreviews.jsonl"])
    found = similar_reviews(store, "Vitamin D is the single most effective medicine against cancer")
    assert found and found[0].text == "Vitamin D can cure cancer"
    assert (found[0].verdict, found[0].kind) == ("Mostly False", "review")
    raw = json.loads(repo.get_external_review(store, found[0].id)["raw"])
    assert raw["@type"] == "ClaimReview"
