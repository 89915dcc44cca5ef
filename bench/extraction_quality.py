"""Token precision/recall/F1 of imported page bodies vs the true text, beside trafilatura alone.

"Before" is the extraction library alone with its defaults (what the import
gave before it cleaned page furniture: the same figures); "after" is the
import. Printed: the means over the pages, then every page whose F1 changed,
and the pages that lost more than 1% of the true tokens the library found.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

if __package__ in (None, ""):  # run as a script: make `annotator` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "extraction"
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> collections.Counter[str]:
    """Words, case-folded: the upstream benchmark's tokenisation (\\w+), case-insensitive."""
    return collections.Counter(_TOKEN.findall(text.casefold()))


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    tp: int = 0
    predicted: int = 0
    true: int = 0


def score(truth: str, predicted: str) -> Score:
    """Bag-of-words overlap: how much of the prediction is true, how much of the truth found."""
    t, p = tokens(truth), tokens(predicted)
    tp = sum((t & p).values())
    n_p, n_t = sum(p.values()), sum(t.values())
    precision = tp / n_p if n_p else 0.0
    recall = tp / n_t if n_t else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, tp, n_p, n_t)


def library_alone(data: bytes) -> str:
    """What trafilatura finds on its own, with its defaults (text of bare_extraction)."""
    import trafilatura

    document = trafilatura.bare_extraction(data, with_metadata=True)
    return (document.text or "") if document is not None else ""


@dataclass
class PageResult:
    page_id: str
    ours: Score | None  # None: the import failed
    library: Score
    lost: int  # true tokens the library found and our import did not
    failure: str | None = None
    site: str = ""


def evaluate(data_dir: Path = DATA) -> list[PageResult]:
    """Import the folder as a user would (one `import_paths` call), then score each page."""
    from annotator.services.articles import import_paths
    from annotator.store import open_store

    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((data_dir / "html").glob("*.html.gz"))
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "quality.db")
        report = import_paths(store, [data_dir / "html"])
        bodies = {
            Path(row[0]).name.split(".")[0]: row[1]
            for row in store.conn.execute("SELECT origin, body FROM articles")
        }
        store.close()
    failures = {Path(s).name.split(".")[0]: r for s, r in report.failed}
    results = []
    for page in pages:
        page_id = page.name.split(".")[0]
        true_text = truth[page_id]["articleBody"]
        library_text = library_alone(gzip.decompress(page.read_bytes()))
        ours = bodies.get(page_id)
        t, mine, lib = tokens(true_text), tokens(ours or ""), tokens(library_text)
        lost = sum(((t & lib) - (t & mine)).values())
        results.append(
            PageResult(
                page_id,
                score(true_text, ours) if ours is not None else None,
                score(true_text, library_text),
                lost,
                failures.get(page_id),
                urlsplit(truth[page_id].get("url", "")).hostname or "",
            )
        )
    return results


def summary(results: list[PageResult]) -> dict:
    def mean(values: list[float]) -> float:
        return round(statistics.fmean(values), 4) if values else 0.0

    def micro(scores: list[Score]) -> dict:
        tp = sum(s.tp for s in scores)
        predicted = sum(s.predicted for s in scores)
        true = sum(s.true for s in scores)
        p = tp / predicted if predicted else 0.0
        r = tp / true if true else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        }

    # A page we failed to import scores 0 for us: a failure is never left out.
    ours = [r.ours or Score(0.0, 0.0, 0.0, 0, 0, r.library.true) for r in results]
    library = [r.library for r in results]
    true_by_page = [r.library.true for r in results]
    return {
        "pages": len(results),
        "imported": sum(1 for r in results if r.ours is not None),
        "ours": {
            "precision": mean([s.precision for s in ours]),
            "recall": mean([s.recall for s in ours]),
            "f1": mean([s.f1 for s in ours]),
            "micro": micro(ours),
        },
        "library": {
            "precision": mean([s.precision for s in library]),
            "recall": mean([s.recall for s in library]),
            "f1": mean([s.f1 for s in library]),
            "micro": micro(library),
        },
        "true_tokens_lost_vs_library": sum(r.lost for r in results),
        "true_tokens": sum(true_by_page),
        "pages_losing_tokens": sum(1 for r in results if r.lost),
    }


def report(results: list[PageResult], s: dict) -> str:
    """The before/after table, the pages that changed, the pages that lost true text."""
    out = [
        f"{'':22} {'precision':>9} {'recall':>7} {'F1':>7}   (mean over {s['pages']} pages;"
        " micro in brackets)"
    ]
    for name, label in (("library", "before: trafilatura"), ("ours", "after: import")):
        row, micro = s[name], s[name]["micro"]
        out.append(
            f"{label:22} {row['precision']:9.3f} {row['recall']:7.3f} {row['f1']:7.3f}"
            f"   [{micro['precision']:.3f} {micro['recall']:.3f} {micro['f1']:.3f}]"
        )
    out.append(
        f"imported {s['imported']}/{s['pages']}; true tokens the library found and the import "
        f"lost: {s['true_tokens_lost_vs_library']} of {s['true_tokens']}"
    )
    changed = [r for r in results if r.ours is None or abs(r.ours.f1 - r.library.f1) >= 0.0005]
    changed.sort(key=lambda r: (r.ours.f1 - r.library.f1) if r.ours else -1.0)
    out.append(f"pages whose F1 changed: {len(changed)} (P/R/F1 before -> after; true tokens lost)")
    for r in changed:
        before = f"{r.library.precision:.3f}/{r.library.recall:.3f}/{r.library.f1:.3f}"
        after = (
            f"{r.ours.precision:.3f}/{r.ours.recall:.3f}/{r.ours.f1:.3f}" if r.ours else "failed"
        )
        share = r.lost / r.library.true if r.library.true else 0.0
        out.append(
            f"  {r.page_id[:8]} {r.site[:26]:26} {before} -> {after}  lost {r.lost} ({share:.1%})"
        )
    losing = [r for r in results if r.library.true and r.lost / r.library.true > 0.01]
    out.append(
        "pages losing over 1% of their true tokens: "
        + (", ".join(f"{r.page_id[:8]} ({r.lost / r.library.true:.1%})" for r in losing) or "none")
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "data",
        nargs="?",
        type=Path,
        default=DATA,
        help="folder with html/*.html.gz and ground-truth.json",
    )
    parser.add_argument("--pages", action="store_true", help="one line per page as well")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"no extraction data in {args.data}", file=sys.stderr)
        return 2
    results = evaluate(args.data)
    if args.pages:
        for r in results:
            mine = f"{r.ours.f1:.3f}" if r.ours else "failed"
            print(
                f"{r.page_id[:12]}  ours {mine:>6}  library {r.library.f1:.3f}  lost {r.lost}"
                + (f"  ({r.failure})" if r.failure else "")
            )
    s = summary(results)
    print(report(results, s))
    print(json.dumps(s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
