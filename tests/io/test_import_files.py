"""Reading files: gzip of every format, size limits, compression bombs, odd files, no network."""

from __future__ import annotations

import gzip
import os
import shutil
import socket
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest

from annotator.io import importers
from annotator.io.importers import read_bytes, read_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"
FORMATS = ["article.md", "article.txt", "article.html", "rss2.xml", "atom.xml", "rss1.rdf",
           "articles.json", "articles.jsonl", "jsonfeed.json"]  # fmt: skip


def _bodies(result):
    return [(a.title, a.body, a.url, a.published) for a in result.articles]


@pytest.mark.parametrize("name", FORMATS)
def test_gzip_of_each_format_reads_the_same(name, tmp_path):
    plain = read_file(FIXTURES / name)
    assert plain.articles
    packed = tmp_path / f"{name}.gz"
    packed.write_bytes(gzip.compress((FIXTURES / name).read_bytes()))
    assert importers.content_suffix(packed) == Path(name).suffix
    result = read_file(packed)
    assert _bodies(result) == _bodies(plain)
    assert result.articles[0].origin.startswith(str(packed))


def test_gzip_data_without_gz_suffix_is_read_too(tmp_path):
    path = tmp_path / "saved.html"
    path.write_bytes(gzip.compress((FIXTURES / "article.html").read_bytes()))
    assert read_file(path).articles


def test_multi_member_gzip(tmp_path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress("Première partie, ".encode()) + gzip.compress(b"et la suite."))
    (article,) = read_file(path).articles
    assert article.body == "Première partie, et la suite."


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Un texte. " * 2000)
    assert read_file(path, max_bytes=100_000).articles
    result = read_file(path, max_bytes=10_000)
    assert result.failed == [(str(path), "file over the size limit of 10,000 bytes")]
    assert importers.DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_gzip_bomb_stops_at_the_limit_in_bounded_memory(tmp_path):
    # 200 MB of zeros, about 200 KB compressed, written without holding it.
    path = tmp_path / "bomb.html.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:
        block = b"\0" * (1 << 20)
        for _ in range(200):
            fh.write(block)
    limit = 1_000_000
    tracemalloc.start()
    try:
        result = read_file(path, max_bytes=limit)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.failed == [(
        str(path),
        "compressed file expands past the size limit of 1,000,000 bytes; stopped there",
    )]  # fmt: skip
    assert peak < 4 * limit, peak


def test_truncated_and_corrupt_gzip(tmp_path):
    data = gzip.compress(("Un article complet. " * 500).encode())
    truncated = tmp_path / "cut.txt.gz"
    truncated.write_bytes(data[: len(data) // 2])
    assert read_file(truncated).failed == [
        (str(truncated), "truncated gzip file (it ends before its data does)")
    ]
    corrupt = tmp_path / "bad.txt.gz"
    corrupt.write_bytes(data[:20] + bytes(reversed(data[20:60])) + data[60:])
    ((source, reason),) = read_file(corrupt).failed
    assert source == str(corrupt) and reason.startswith("corrupt gzip data")


def test_gzip_with_trailing_garbage(tmp_path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"Un texte.") + b"PAS DU GZIP")
    ((_source, reason),) = read_file(path).failed
    assert reason.startswith("corrupt gzip data")
    padded = tmp_path / "padded.txt.gz"
    padded.write_bytes(gzip.compress(b"Un texte.") + b"\0" * 512)
    assert read_file(padded).articles[0].body == "Un texte."


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("blank.md", "empty file"),
        ("image.txt", "binary file (a PNG image), not text"),
        ("controls.txt", "binary or undecodable content (too many control characters)"),
        # Random bytes hold chance UTF-8 letters: the count and the first offset are named.
        (
            "undecodable.txt",
            "cannot tell the text encoding (undecodable or binary bytes): "
            "2144 bytes are not UTF-8, the first at byte 0",
        ),
    ],
)
def test_bad_text_files(name, reason):
    assert read_file(FIXTURES / name).failed == [(str(FIXTURES / name), reason)]


def test_unsupported_folder_and_missing(tmp_path):
    odd = tmp_path / "photo.jpg"
    odd.write_bytes(b"\xff\xd8\xff")
    ((_s, reason),) = read_file(odd).failed
    assert reason.startswith("unsupported file type '.jpg'; supported: .atom, .htm, .html")
    assert read_file(tmp_path).failed == [(str(tmp_path), "is a folder")]
    ((_s, reason),) = read_file(tmp_path / "absent.txt").failed
    assert reason.startswith("cannot read")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    # In a child process: if reading blocked, the timeout would say so
    # instead of hanging the whole test run.
    code = (
        "import sys; from pathlib import Path; from annotator.io.importers import read_file; "
        f"print(read_file(Path({str(fifo)!r})).failed)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "not a regular file" in out.stdout, out.stderr


def test_read_bytes_plain(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 70_000)
    assert read_bytes(path, 70_000) == b"x" * 70_000


def test_no_network_and_no_local_file_during_import(monkeypatch, tmp_path):
    """Every fixture, hostile ones included: not one connection, not one name lookup."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access during import")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    opened: list[str] = []
    real_open = os.open

    def watch_open(path, *args, **kwargs):
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", watch_open)
    folder = tmp_path / "all"
    shutil.copytree(FIXTURES, folder)
    for path in sorted(folder.iterdir()):
        read_file(path)
    assert attempts == []
    assert all(p.startswith(str(folder)) for p in opened), [
        p for p in opened if not p.startswith(str(folder))
    ]
    assert not any(p.startswith("/etc") for p in opened)


def test_zlib_bomb_inside_a_feed_is_bounded(tmp_path):
    # A feed that expands to 50 MB of one entry: refused at the limit.
    body = b"<rss><channel><item><title>x</title><description>" + b"a" * (50 << 20)
    path = tmp_path / "big.rss.gz"
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    path.write_bytes(comp.compress(body) + comp.flush())
    ((_s, reason),) = read_file(path, max_bytes=2_000_000).failed
    assert "expands past the size limit" in reason
