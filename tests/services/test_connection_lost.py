"""A shared database's connection lost in the middle of an import: the batches committed
before it stay whole, the one being written is not there at all, and it is said so."""

from __future__ import annotations

import pytest

from annotator.services.articles import ImportInterruptedError, import_paths
from annotator.store import StoreError, check_file, open_store
from tests import postgres


def test_an_import_cut_off_keeps_only_whole_batches_and_says_so(
    server, tmp_path, write_articles, monkeypatch
):
    folder = tmp_path / "lot"
    write_articles(folder, 100)
    postgres.small_batches(monkeypatch, 30)
    cut = postgres.cut_after_first_batch(monkeypatch, server)
    with open_store(server.url) as store, pytest.raises(ImportInterruptedError) as caught:
        import_paths(store, [folder], workers=0)
    assert cut["pid"] is not None
    error = caught.value
    assert (error.kind, error.where, error.saved, error.unknown) == (
        "import-interrupted", server.url, 30, False,
    )  # fmt: skip
    message = str(error)
    assert "\n" not in message and message.startswith(f"{server.url}: ")
    assert "lost the connection to the server" in message
    assert "nothing of the batch being written was saved" in message
    # The first batch, whole; nothing of the second (whose rows were sent).
    assert postgres.whole_articles(server) == (30, 30)
    assert check_file(server.url) == []
    monkeypatch.undo()
    with open_store(server.url) as store:
        again = import_paths(store, [folder], workers=0)
    assert (again.imported, again.duplicates, again.failed) == (70, 30, [])
    assert postgres.whole_articles(server) == (100, 100)


def test_a_change_that_loses_its_connection_says_none_of_it_was_written(server):
    with open_store(server.url) as store:
        store.begin()
        store.execute("SELECT 1")
        postgres.terminate(server, store.conn.info.backend_pid)
        with pytest.raises(StoreError) as caught:
            store.execute("SELECT 1")
        store.rollback()
    assert getattr(caught.value, "kind", "") == "connection-lost"
    assert str(caught.value).startswith(f"{server.url}: lost the connection to the server")
    assert "not written (none of it)" in str(caught.value)
