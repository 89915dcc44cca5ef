"""Every interface text has a French translation, and the compiled file is up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator import resources

UI = Path(__file__).resolve().parents[2] / "annotator" / "ui"


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_text_is_translated():
    ts = resources.path("translations/annotator_fr.ts")
    for key, message in messages(ts).items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") not in (
            "unfinished", "vanished", "obsolete",
        ), key  # fmt: skip
        assert (translation.text or "").strip() or len(translation), key


def test_the_translation_file_knows_every_text_of_the_code(tmp_path):
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, *sorted(str(p) for p in UI.glob("*.py")), "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    committed = set(messages(resources.path("translations/annotator_fr.ts")))
    assert set(messages(fresh)) <= committed


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_compiled_translations_are_newer_than_their_source(language):
    ts = resources.path(f"translations/annotator_{language}.ts")
    qm = resources.path(f"translations/annotator_{language}.qm")
    assert qm.stat().st_size > 100
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_english_has_the_plural_forms_of_every_count(tmp_path):
    """English is the source language, but "%n article(s)" needs its two forms too."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, *sorted(str(p) for p in UI.glob("*.py")), "-pluralonly", "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    english = messages(resources.path("translations/annotator_en.ts"))
    for key in messages(fresh):
        forms = [f.text for f in english[key].iter("numerusform")]
        assert len(forms) == 2 and "(s)" not in "".join(forms), key


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 claim", "2 claims"), ("fr", "1 affirmation", "2 affirmations")],
)
def test_counts_read_naturally_in_both_languages(make_window, sample_db, language, one, two):
    window = make_window(sample_db)
    window.set_language(language)
    assert (window.claim_count_text(1), window.claim_count_text(2)) == (one, two)
    assert window.article_count.text() == "1 article"  # the sample, alone
