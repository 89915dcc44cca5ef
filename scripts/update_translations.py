"""Update the interface translations after changing texts in annotator/ui/.

Runs what resources/translations/README.md says (pyside6-lupdate for French and
for the English plural forms, then pyside6-lrelease), and in between carries
each translation over to a text that only moved: `self.tr` takes the class
as its context, so a text moved to another class comes back from lupdate
"unfinished", without its translation. A text with the same words in the old
file gets that translation (from the same context, else the old context that
had it). What is left unfinished is listed, to translate by hand
(pyside6-linguist, or any editor) before running this again.

    python scripts/update_translations.py
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "annotator" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
FILES = {"fr": (), "en": ("-pluralonly",)}  # English: only the plural forms


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: pip install PySide6-Essentials")
    return found


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _translations(ts: Path) -> dict[tuple[str, str], dict[str, ET.Element]]:
    """(source, comment) -> {context: its finished translation element}."""
    found: dict[tuple[str, str], dict[str, ET.Element]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found.setdefault(_key(message), {})[name] = translation
    return found


def carry_over(ts: Path, old: dict[tuple[str, str], dict[str, ET.Element]]) -> list[str]:
    """Fill the unfinished messages of `ts` from `old`; returns those still unfinished."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            known = old.get(_key(message), {})
            source = known.get(name) or next(iter(known.values()), None)
            if source is None:
                missing.append(f"{name}: {message.findtext('source')}")
                continue
            message.remove(translation)
            message.append(copy.deepcopy(source))
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', "utf-8")
    return missing


def main() -> int:
    lupdate, lrelease = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
    sources = sorted(str(p.relative_to(ROOT)) for p in UI.glob("*.py"))
    left = []
    for language, options in FILES.items():
        ts = TRANSLATIONS / f"annotator_{language}.ts"
        old = _translations(ts)
        update = [lupdate, *sources, "-no-obsolete", *options, "-ts", str(ts)]
        subprocess.run(update, cwd=ROOT, check=True, capture_output=True)
        left += [f"{ts.name}: {m}" for m in carry_over(ts, old)]
        # Once more, so that the file reads as lupdate writes it.
        subprocess.run(update, cwd=ROOT, check=True, capture_output=True)
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    for line in left:
        print(f"to translate: {line}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
