"""A shared database's connection lost in the middle of a change: none of the change is
written, and it is said so."""

from __future__ import annotations

import pytest

from annotator.store import StoreError, open_store
from tests import postgres


@pytest.fixture
def server(pg_server):
    if isinstance(pg_server, str):
        postgres.unavailable(pg_server)
    postgres.empty(pg_server)
    return pg_server


def test_a_change_that_loses_its_connection_says_none_of_it_was_written(server):
    with open_store(server.url) as store:
        store.begin()
        store.execute("SELECT 1")
        with postgres.connect(server.url) as admin:
            admin.execute("SELECT pg_terminate_backend(%s, 10000)", (store.conn.info.backend_pid,))
        with pytest.raises(StoreError) as caught:
            store.execute("SELECT 1")
        store.rollback()
    assert caught.value.kind == "connection-lost" and caught.value.where == server.url
    assert str(caught.value).startswith(f"{server.url}: lost the connection to the server")
    assert "not written (none of it)" in str(caught.value)
