"""A short fixed-seed run of scripts/fuzz.py: every input point gives InputError or a result."""

from __future__ import annotations

import contextlib
import importlib.util
from pathlib import Path

import pytest

from annotator.errors import UserError

# A fixed-seed fuzzing pass over every input point.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _fuzz_module():
    spec = importlib.util.spec_from_file_location("annotator_fuzz", ROOT / "scripts" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_short_fuzzing_run_finds_no_bug(capsys):
    fuzz = _fuzz_module()
    assert fuzz.run(seconds=None, cases=60, seed=20261128, only=None) == 0
    out = capsys.readouterr().out
    assert "import-reviews" in out and "validate" in out and "import .html" in out


def test_unterminated_json_string_among_brackets_is_quick():
    """Found by the fuzzer: a regex backtracked exponentially on this shape."""
    from annotator.io.claimreview_import import read_reviews

    data = b'{"url": "https://l' + b"[" * 150 + b'\\"x' * 30 + b"{" * 150
    with pytest.raises(UserError):
        read_reviews(data, "hang.json")


def test_feed_with_a_brace_in_its_namespace_is_an_input_error():
    """Found by the fuzzer: lxml's QName raised ValueError on such a namespace."""
    from annotator.io.feed_import import read_feed

    data = (
        b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Ato}">'
        b"<title>x</title><entry><title>e</title><id>urn:1</id></entry></feed>"
    )
    with contextlib.suppress(UserError):  # a message is fine; any other exception is not
        read_feed(data, "odd.rss")
