"""Importing folders: duplicates, versions with their claims, batches, progress, cancel."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from annotator.services import articles as article_service
from annotator.services import claims as claim_svc
from annotator.services import reading
from annotator.services.articles import expand_paths, import_paths
from annotator.store import repo
from tests.support import PHRASE as QUOTE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"
V1 = (
    "Palantir Technologies est une entreprise américaine d'analyse de données.\n\n"
    f"Elle aurait aidé à retrouver Oussama Ben Laden, {QUOTE}, selon l'article.\n\n"
    "La DGSI a prolongé son contrat avec elle pour trois ans."
)
URL = "https://www.example.org/2019/11/palantir"


def write(folder: Path, name: str, body: str, url: str | None = URL, title: str = "Palantir"):
    folder.mkdir(parents=True, exist_ok=True)
    front = f"---\ntitle: {title}\n" + (f"url: {url}\n" if url else "") + "---\n"
    path = folder / name
    path.write_text(front + body, encoding="utf-8")
    return path


def anchors(store) -> dict[int, tuple[str, int | None, int | None, int]]:
    return {c.id: (c.anchor, c.start, c.end, c.article_id) for c in repo.list_claims(store)}


def test_every_format_in_one_folder(store, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(FIXTURES, folder)
    report = import_paths(store, [folder])
    origins = {r["origin"] for r in repo.list_articles(store)}
    assert f"{folder / 'rss2.xml'}#entry-1" in origins
    assert f"{folder / 'articles.jsonl'}#line-5" in origins
    assert str(folder / "french-cp1252.html") in origins
    failed = dict(report.failed)
    assert failed[str(folder / "empty.txt")] == "empty file"
    assert failed[str(folder / "billion-laughs.rss")].startswith("the feed declares entities")
    assert failed[f"{folder / 'rss2.xml'}#entry-3"].startswith("no article text")
    assert report.imported == repo.count_articles(store) + report.versions
    again = import_paths(store, [folder])
    assert again.imported == 0 and again.duplicates == report.imported + report.duplicates


def test_duplicate_by_text_and_by_url(store, tmp_path):
    folder = tmp_path / "in"
    write(folder, "a.txt", V1)
    write(folder, "b.txt", V1.replace("\n\n", "\n \n"), url=None)  # same words, other spacing
    # Same URL, same words but typographic quotes and letter case: not a new version.
    write(folder, "c.txt", V1.replace("'", "’").upper(), url=URL + "?utm_source=x")
    report = import_paths(store, [folder])
    assert (report.imported, report.duplicates, report.versions) == (1, 2, 0)
    assert repo.count_articles(store) == 1


def test_duplicates_inside_one_batch_and_across_batches(store, tmp_path, monkeypatch):
    monkeypatch.setattr(article_service, "ROWS_PER_INSERT", 7)
    monkeypatch.setattr(article_service, "BATCH_ARTICLES", 11)
    folder = tmp_path / "in"
    for n in range(40):
        write(folder, f"{n:02d}.txt", f"Article numéro {n % 25} sur un sujet.", url=None)
    report = import_paths(store, [folder])
    assert (report.imported, report.duplicates, report.failed) == (25, 15, [])
    assert repo.count_articles(store) == 25
    assert len(report.changes.articles) == 25
    ids = {r["id"] for r in repo.list_articles(store)}
    assert report.changes.articles == ids


def test_same_url_twice_in_one_import_becomes_a_version(store, tmp_path):
    folder = tmp_path / "in"
    write(folder, "1.txt", V1)
    write(folder, "2.txt", V1 + "\n\nUn paragraphe ajouté.")
    report = import_paths(store, [folder])
    assert (report.imported, report.versions) == (2, 1)
    (latest,) = repo.list_articles(store)
    assert latest["version"] == 2


def test_versions_reanchor_claims_through_import(store, tmp_path):
    """v1 with four claims; v2 moves one, corrects one, removes one, keeps one."""
    same = "Le reste du texte ne change pas du tout, mot pour mot, d'une version à l'autre."
    v1_body = (
        "Palantir Technologies est une entreprise américaine d'analyse de données.\n\n"
        f"Elle aurait aidé à retrouver Oussama Ben Laden, {QUOTE}, selon l'article.\n\n"
        f"{same}\n\nLa DGSI a prolongé son contrat avec elle pour trois ans.\n\n"
        "Un dernier mot ici."
    )
    import_paths(store, [write(tmp_path / "v1", "a.txt", v1_body)])
    (row,) = repo.list_articles(store)
    v1_id = row["id"]
    kept, _ = claim_svc.add_claim_by_quote(store, article_id=v1_id, quote="Palantir Technologies")
    moved, _ = claim_svc.add_claim_by_quote(store, article_id=v1_id, quote="La DGSI a prolongé")
    corrected, _ = claim_svc.add_claim_by_quote(store, article_id=v1_id, quote=QUOTE)
    gone, _ = claim_svc.add_claim_by_quote(store, article_id=v1_id, quote="Un dernier mot ici.")

    v2_body = (
        "Palantir Technologies est une entreprise américaine d'analyse de données.\n\n"
        "Un paragraphe inséré par la rédaction, pour déplacer la suite du texte.\n\n"
        "Elle aurait aidé à retrouver Oussama Ben Laden, tué par un commando américain "
        "en 2011, selon l'article.\n\n"
        f"{same}\n\nLa DGSI a prolongé son contrat avec elle pour trois ans."
    )
    report = import_paths(store, [write(tmp_path / "v2", "a.txt", v2_body)])
    assert (report.imported, report.versions) == (1, 1)
    (row,) = repo.list_articles(store)
    v2_id = row["id"]
    assert v2_id != v1_id
    assert report.changes.articles == {v1_id, v2_id}
    assert report.changes.claims == {kept.id, moved.id, corrected.id, gone.id}
    found = anchors(store)
    assert found[kept.id][0] == "exact"
    state, start, end, article_id = found[moved.id]
    assert (state, article_id) == ("moved", v2_id)
    assert v2_body[start:end] == "La DGSI a prolongé"
    state, start, end, _ = found[corrected.id]
    assert state == "needs-review"  # a fuzzy match is proposed, never applied silently
    assert v2_body[start:end] == "tué par un commando américain en 2011"
    assert repo.get_claim(store, corrected.id).exact == QUOTE
    assert found[gone.id][:3] == ("orphan", None, None)
    # The old text is kept as it was: the previous version, superseded.
    old = repo.get_article(store, v1_id)
    assert "Un dernier mot ici." in old.body


def test_rerunning_adds_nothing(store, tmp_path):
    folder = tmp_path / "in"
    for n in range(5):
        write(folder, f"{n}.md", f"Texte numéro {n}.", url=f"https://www.example.org/{n}")
    (folder / "f.rss.gz").write_bytes(gzip.compress((FIXTURES / "rss2.xml").read_bytes()))
    first = import_paths(store, [folder])
    second = import_paths(store, [folder, folder / "0.md", str(folder / "*.md")])
    assert first.imported == 7
    assert (second.imported, second.duplicates, second.versions) == (0, 7, 0)
    assert repo.count_articles(store) == 7


def test_expand_paths_globs_folders_hidden_and_missing(tmp_path):
    folder = tmp_path / "in"
    write(folder, "a.txt", "A")
    write(folder / "sub" / "deeper", "b.md", "B")
    write(folder / ".git", "hidden.txt", "H")
    (folder / "._a.txt").write_bytes(b"\x00\x05\x16\x07")  # a macOS resource fork
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "c.html.gz").write_bytes(gzip.compress(b"<p>x</p>"))
    files, missing = expand_paths([folder, folder / "a.txt", str(tmp_path / "*.none"),
                                   tmp_path / "absent", str(folder / "*.jpg")])  # fmt: skip
    assert [f.relative_to(folder).as_posix() for f in files] == [
        "a.txt", "c.html.gz", "sub/deeper/b.md",
    ]  # fmt: skip
    assert missing == [
        (str(tmp_path / "*.none"), "no file matches this pattern"),
        (str(tmp_path / "absent"), "no such file or folder"),
        (str(folder / "*.jpg"), "no file of a supported type matches this pattern"),
    ]
    named, _ = expand_paths([folder / "photo.jpg"])
    assert named == [folder / "photo.jpg"]  # named explicitly: tried, and fails with a reason


def test_progress_and_cancel_between_files(store, tmp_path):
    folder = tmp_path / "in"
    for n in range(10):
        write(folder, f"{n}.txt", f"Texte {n}.", url=None)
    calls: list[tuple[int, int, str]] = []

    def progress(done, total, current):
        calls.append((done, total, current))
        return done < 4  # stop before the fifth file

    report = import_paths(store, [folder], progress=progress)
    assert report.cancelled and report.imported == 4
    assert repo.count_articles(store) == 4
    assert [c[0] for c in calls] == [0, 1, 2, 3, 4]
    assert calls[0][1] == 10 and calls[0][2] == str(folder / "0.txt")
    calls.clear()
    rest = import_paths(store, [folder], progress=lambda d, t, c: calls.append((d, t, c)))
    assert (rest.imported, rest.duplicates) == (6, 4)
    assert calls[-1] == (10, 10, "")


def test_web_pages_in_worker_processes_match_one_process(store, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    for n in range(4):
        (folder / f"p{n}.html").write_text(
            page.replace("prolongé de trois ans", f"prolongé de {n + 3} ans").replace(
                "palantir-dgsi", f"palantir-dgsi-{n}"
            ),
            encoding="utf-8",
        )
    shutil.copy(FIXTURES / "no-article.html", folder / "p9.html")
    pooled = import_paths(store, [folder], workers=2)
    assert (pooled.imported, [r for _s, r in pooled.failed]) == (
        4, ["no article text found in the page"],
    )  # fmt: skip
    from annotator.store import open_store

    other = open_store(tmp_path / "one.db")
    try:
        single = import_paths(other, [folder], workers=0)
        bodies = sorted(r[0] for r in other.conn.execute("SELECT body FROM articles"))
    finally:
        other.close()
    assert single.imported == 4
    assert sorted(r[0] for r in store.conn.execute("SELECT body FROM articles")) == bodies


def test_failures_never_stop_the_others(store, tmp_path):
    folder = tmp_path / "in"
    write(folder, "ok.txt", "Un bon article.", url=None)
    (folder / "bad.json").write_text("{", encoding="utf-8")
    (folder / "vide.md").write_bytes(b"")
    report = import_paths(store, [folder])
    assert report.imported == 1 and len(report.failed) == 2
    assert report.summary == "imported 1, duplicates 0, failed 2"


@pytest.mark.parametrize("nested", [False, True])
def test_import_article_api_still_works(store, nested):
    from annotator.domain.model import Article

    article = Article(title="T", body="Un texte.", url=URL, origin="x")
    if nested:
        with store.write():
            outcome = article_service.import_article(store, article)
    else:
        outcome = article_service.import_article(store, article)
    assert outcome.status == "imported"
    again = article_service.import_article(store, Article(title="T", body="Un  texte.", origin="y"))
    assert again.status == "duplicate" and again.article_id == outcome.article_id


def _text_folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "texts"
    for n in range(count):
        write(folder, f"{n:04d}.txt", f"Texte numéro {n}, assez court.", url=f"{URL}/{n}")
    return folder


def test_text_read_in_a_worker_process_matches_one_process(store, tmp_path):
    folder = _text_folder(tmp_path, 300)
    pooled = import_paths(store, [folder], workers=1)
    assert (pooled.imported, pooled.failed) == (300, [])
    rows = store.conn.execute("SELECT origin, body, url FROM articles ORDER BY id").fetchall()
    assert [Path(r[0]).name for r in rows] == [f"{n:04d}.txt" for n in range(300)]  # in order
    from annotator.store import open_store

    other = open_store(tmp_path / "one.db")
    try:
        import_paths(other, [folder], workers=0)
        assert (
            other.conn.execute("SELECT origin, body, url FROM articles ORDER BY id").fetchall()
            == rows
        )
    finally:
        other.close()


class _BrokenFuture:
    def cancel(self):
        return False

    def done(self):
        return True

    def result(self):
        from concurrent.futures.process import BrokenProcessPool

        raise BrokenProcessPool("a worker died")


class _BrokenPool:
    def __init__(self, *args, **kwargs):
        pass

    def submit(self, fn, *args):
        return _BrokenFuture() if fn is article_service.read_run else _DoneFuture()

    def shutdown(self, **kwargs):
        pass


class _DoneFuture(_BrokenFuture):
    def result(self):
        return True


def test_a_dead_worker_does_not_lose_files(store, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "ProcessPoolExecutor", _BrokenPool)
    report = import_paths(store, [_text_folder(tmp_path, 150)], workers=2)
    assert (report.imported, report.failed) == (150, [])


def test_no_worker_processes_available(store, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr(reading, "ProcessPoolExecutor", refuse)
    report = import_paths(store, [_text_folder(tmp_path, 50)], workers=2)
    assert (report.imported, report.failed) == (50, [])
