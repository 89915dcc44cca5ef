"""The store's queries, one subject at a time (annotator.store.repo), on a real file."""

from __future__ import annotations

import contextlib

import pytest

from annotator.domain.model import Article, Claim, Review, Source
from annotator.store import IntegrityError, repo
from annotator.store.repo import browse, importing
from tests.support import PHRASE

BODY = f"Oussama Ben Laden, {PHRASE} au Pakistan, après des années de traque."


def add_article(store, body: str = BODY, url: str | None = "https://n.example/a", **kw) -> int:
    with store.write():
        return repo.insert_article(store, Article(title="Palantir", body=body, url=url), **kw)


def add_claim(store, article_id: int, **review) -> int:
    start = BODY.index(PHRASE)
    claim = Claim(
        article_id=article_id, exact=PHRASE, start=start, end=start + len(PHRASE),
        review=Review(**review), sources=[Source(url="https://s.example/1", title="Un")],
    )  # fmt: skip
    with store.write():
        return repo.insert_claim(store, claim)


def test_articles_in_and_out_with_versions(store):
    first = add_article(store)
    assert repo.get_article(store, first).body == BODY
    assert repo.article_id_by_hash(store, repo.content_hash(BODY)) == first
    with store.write():
        second = repo.insert_article(
            store, Article(title="Palantir", body=BODY + " Mis à jour.", url="https://n.example/a"),
            version=2, previous_id=first,
        )  # fmt: skip
        repo.mark_superseded(store, first, second)
    assert repo.latest_version_id(store, first) == second
    assert repo.latest_article_by_url(store, "https://n.example/a").id == second
    assert [row["id"] for row in repo.list_articles(store)] == [second]
    assert repo.count_articles(store) == 1
    assert repo.get_article(store, 10**25) is None  # past 64 bits: no such row


def test_a_text_is_stored_once_per_version(store):
    add_article(store)
    with pytest.raises(IntegrityError), store.write():
        repo.insert_article(store, Article(title="Autre", body=BODY))


def test_a_claim_with_its_review_and_sources(store):
    article_id = add_article(store)
    claim_id = add_claim(store, article_id, verdict="false", correction="2011")
    claim = repo.get_claim(store, claim_id)
    assert (claim.exact, claim.review.verdict, claim.review.correction) == (PHRASE, "false", "2011")
    assert [s.url for s in claim.sources] == ["https://s.example/1"]
    with store.write():
        repo.set_claim_field(store, claim_id, "explanation", "Tué le 2 mai 2011.")
        repo.insert_source(store, claim_id, Source(url="https://s.example/2"))
        repo.set_claim_anchor(
            store, claim_id, article_id=article_id, start=None, end=None, exact=PHRASE,
            prefix="", suffix="", anchor="orphan",
        )  # fmt: skip
    claim = repo.get_claim(store, claim_id)
    assert claim.review.explanation == "Tué le 2 mai 2011."
    assert [s.url for s in claim.sources] == ["https://s.example/1", "https://s.example/2"]
    assert (claim.start, claim.anchor) == (None, "orphan")
    with pytest.raises(ValueError, match="cannot be changed"), store.write():
        repo.set_claim_field(store, claim_id, "exact", "autre chose")
    with store.write():
        repo.delete_claim(store, claim_id)
    assert repo.get_claim(store, claim_id) is None
    assert store.execute("SELECT count(*) FROM sources").fetchone()[0] == 0  # cascaded


def test_settings_and_the_rating_scale(store):
    assert [r.key for r in repo.rating_scale(store).ratings][:2] == ["true", "mostly-true"]
    with store.write():
        repo.set_setting(store, "publisher.name", "Vérif")
        repo.set_setting(store, "publisher.name", "Vérif Express")
    assert repo.get_setting(store, "publisher.name") == "Vérif Express"
    with store.write():
        repo.set_setting(store, "publisher.name", None)
    assert repo.all_settings(store) == {}


def test_external_reviews_are_kept_once(store):
    row = {"url": "https://o.example/1", "claim_reviewed": "La Lune", "raw": "{}"}
    with store.write():
        first, added = repo.insert_external_review(store, row)
        again, added_again = repo.insert_external_review(store, row)
    assert (added, added_again, first == again) == (True, False, True)
    assert repo.count_external_reviews(store) == 1


def test_search_gives_ranked_rows_with_snippets(store):
    article_id = add_article(store)
    add_claim(store, article_id, explanation="Ben Laden est mort en 2011.")
    [(rowid, _score, snippet)] = repo.fts_hits(
        store, "articles", repo.Query(("pakist",)), 10, mark=("[", "]")
    )
    assert rowid == article_id and "[Pakistan]" in snippet
    [(claim_rowid, _)] = repo.fts_top(store, "claims", repo.Query(("2011",), prefix=False), 10)
    assert claim_rowid == 1
    with pytest.raises(ValueError):
        repo.fts_hits(store, "articles; DROP TABLE articles", repo.Query(("x",)), 1)


def test_the_windows_lists(store):
    ids = [add_article(store, body=f"Texte {n}.", url=None) for n in range(5)]
    assert browse.count_listed(store) == 5
    page = browse.list_page(store, limit=2, offset=0)
    assert [row[0] for row in page] == [ids[4], ids[3]]  # no dates: newest id first
    assert browse.position(store, ids[0]) == 4
    assert browse.first_listed(store, {ids[1], ids[3]}) == ids[3]
    assert browse.count_listed(store, no_claims=True) == 5
    assert browse.rows_by_id(store, []) == []
    with store.write():
        repo.set_article_field(store, ids[2], "assigned_to", "marie")
    assert browse.count_listed(store, assigned_to="marie") == 1
    assert [row[0] for row in browse.list_page(store, limit=9, offset=0, assigned_to="marie")] == [
        ids[2]
    ]
    assert browse.rows_by_id(store, [ids[2]])[0][-1] == "marie"


def test_what_a_batch_import_asks(store):
    first = add_article(store)
    digest = repo.content_hash(BODY)
    assert importing.text_owners(store, [digest, "other"]) == [
        (digest, True, "https://n.example/a")
    ]
    assert importing.latest_urls(store, ["https://n.example/a", "https://x.example/"]) == {
        "https://n.example/a"
    }
    assert importing.latest_urls(store, ["https://n.example/a"], with_claims=True) == set()
    assert not importing.has_claims(store)
    with store.write():
        ids = importing.insert_articles(
            store, [(Article(title=f"T{n}", body=f"Corps {n}."), f"h{n}") for n in range(3)],
            "2026-12-02T10:00:00+00:00",
        )  # fmt: skip
    assert ids == [first + 1, first + 2, first + 3]
    assert importing.articles_with_text(store, "h1") == [(first + 2, True, None)]


def _automerge(store) -> int | None:
    row = store.execute("SELECT v FROM articles_fts_config WHERE k = 'automerge'").fetchone()
    return None if row is None else row[0]


@pytest.mark.sqlite_only  # PostgreSQL's server keeps its own index
def test_an_import_puts_off_index_merging_and_widens_the_cache_only_while_it_runs(
    store, tmp_path, monkeypatch
):
    from annotator.services.articles import import_paths

    store.begin()
    importing.merge_index_later(store, True)
    assert _automerge(store) == 0
    store.rollback()  # a killed or failed import: the setting is as it was
    assert _automerge(store) is None
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"Article {n} : Ben Laden tué en 2011.", "utf-8")
    cache = store.execute("PRAGMA cache_size").fetchone()
    seen = []
    importing_cache = importing.import_cache

    def watched(s):  # the page cache while the import runs
        with importing_cache(s):
            seen.append(s.execute("PRAGMA cache_size").fetchone()[0])
            yield

    monkeypatch.setattr(importing, "import_cache", contextlib.contextmanager(watched))
    assert import_paths(store, [tmp_path]).imported == 3
    assert seen == [-importing.IMPORT_CACHE_KIB]
    assert store.execute("PRAGMA cache_size").fetchone() == cache  # given back
    assert _automerge(store) == importing.AUTOMERGE  # FTS5's default, for a desk's edits
    assert [r[0] for r in store.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'laden' ORDER BY rowid")
    ] == [1, 2, 3]  # fmt: skip
