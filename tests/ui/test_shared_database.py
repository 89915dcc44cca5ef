"""A newsroom's shared database in the window, on a real PostgreSQL server."""

from __future__ import annotations

import pytest

from annotator.services.articles import import_paths
from annotator.store import open_store
from tests import postgres


@pytest.fixture
def server(pg_server):
    if isinstance(pg_server, str):
        postgres.unavailable(pg_server)
    postgres.empty(pg_server)
    return pg_server


@pytest.fixture
def newsroom(server, tmp_path, write_articles):
    """The run's shared database holding three articles of the newsroom."""
    folder = tmp_path / "newsroom"
    write_articles(folder, 3, prefix="rédaction")
    with open_store(server.url) as store:
        assert import_paths(store, [folder], workers=0).imported == 3
    return server


def test_an_import_that_loses_the_connection_says_so_in_the_window(
    make_window, newsroom, qtbot, tmp_path, write_articles, monkeypatch
):
    window = make_window(newsroom.url)
    folder = tmp_path / "lot"
    write_articles(folder, 100)
    postgres.small_batches(monkeypatch, 30)
    cut = postgres.cut_after_first_batch(monkeypatch, newsroom)
    job = window.import_paths([folder])
    with qtbot.waitSignal(job.failed, timeout=30_000):
        pass
    assert cut["pid"] is not None
    text = window.last_message.text()
    assert text.startswith(window.workspace.name), text
    assert "connexion au serveur a été perdue pendant l'import" in text, text
    assert "30 articles importés avant" in text, text
    assert postgres.whole_articles(newsroom) == (33, 33)
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 33)
