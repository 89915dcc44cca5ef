"""Mutation fuzzing of every place input enters: only the documented error may come out.

    python scripts/fuzz.py --seconds 60        # each target for 60 s
    python scripts/fuzz.py --cases 300 --seed 1

Seeds are the project's own fixtures (tests/fixtures, the golden export).
Each case mutates a seed (bit flips, byte insertions and deletions, block
duplication, truncation, splicing two seeds, hostile snippets) and feeds it
to a target. A target may return anything or raise InputError (the user's
input); any other exception is a bug, printed with the input that caused it.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.errors import UserError  # noqa: E402

HOSTILE = [
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/evil.dtd">',
    b'<!ENTITY xxe SYSTEM "file:///etc/passwd">&xxe;',
    b"\x00\x01\x02\xff\xfe\xfd",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xed\xa0\x80",  # an encoded lone surrogate
    b"[" * 2000,
    b"{" * 2000,
    b'{"a":' * 500,
    b"</script><script>alert(1)</script>",
    b"javascript:alert(1)",
    "🇫🇷👩‍💻e\u0301\u202e".encode(),
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
    b"---\ntitle: x\n---\n",
    b"date 2019-13-45 ",
]


def _seeds() -> dict[str, list[bytes]]:
    fixtures = ROOT / "tests" / "fixtures"
    by_kind: dict[str, list[bytes]] = {"import": [], "reviews": [], "xml": []}
    for path in sorted((fixtures / "import").glob("*")):
        if path.is_file():
            by_kind["import"].append(path.read_bytes())
    for path in sorted((fixtures / "reviews").glob("*")):
        if path.is_file() and path.suffix != ".md":
            by_kind["reviews"].append(path.read_bytes())
    golden = ROOT / "tests" / "io" / "golden" / "sample-claimreview.xml"
    if golden.exists():
        by_kind["xml"].append(golden.read_bytes())
        by_kind["reviews"].append(golden.read_bytes())
    for kind in by_kind.values():
        kind.append(b"")
    return by_kind


def mutate(rng: random.Random, seed: bytes, others: list[bytes]) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.randint(1, 6)):
        choice = rng.randrange(7)
        pos = rng.randint(0, len(data))
        if choice == 0 and data:
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
        elif choice == 1:
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif choice == 2 and data:
            del data[pos : pos + rng.randint(1, 64)]
        elif choice == 3 and data:
            end = min(len(data), pos + rng.randint(1, 256))
            data[pos:pos] = data[pos:end] * rng.randint(1, 4)
        elif choice == 4:
            del data[pos:]
        elif choice == 5 and others:
            other = rng.choice(others)
            cut = rng.randint(0, len(other))
            data[pos:] = other[cut:]
        else:
            data[pos:pos] = rng.choice(HOSTILE)
    return bytes(data)


def targets() -> dict[str, tuple[str, Callable[[bytes], object]]]:
    from annotator.io import importers
    from annotator.io.claimreview import validate_claimreview_xml
    from annotator.io.claimreview_import import read_reviews

    found: dict[str, tuple[str, Callable[[bytes], object]]] = {}
    for suffix, reader in sorted(importers.READERS.items()):
        found[f"import {suffix}"] = ("import", lambda d, r=reader, s=suffix: r(d, f"fuzz{s}"))
    found["import-reviews"] = ("reviews", lambda d: read_reviews(d, "fuzz.json"))
    found["validate"] = ("xml", lambda d: validate_claimreview_xml(d, "fuzz.xml"))
    return found


CASE_SECONDS = 5  # a case taking longer is a hang: as much a bug as a crash


class HangError(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise HangError(f"no answer within {CASE_SECONDS} s")


def run(seconds: float | None, cases: int | None, seed: int, only: str | None) -> int:
    rng = random.Random(seed)
    signal.signal(signal.SIGALRM, _alarm)
    seeds = _seeds()
    failures = 0
    for name, (kind, target) in targets().items():
        if only and only not in name:
            continue
        pool = seeds[kind] + seeds["import"][:3]
        count = bugs = 0
        deadline = time.monotonic() + seconds if seconds else None
        while (deadline is None or time.monotonic() < deadline) and (
            cases is None or count < cases
        ):
            data = mutate(rng, rng.choice(pool), pool)
            count += 1
            signal.alarm(CASE_SECONDS)
            try:
                target(data)
            except UserError:
                pass
            except Exception:
                bugs += 1
                if bugs <= 3:
                    print(f"BUG in {name} on {data[:200]!r}", file=sys.stderr)
                    traceback.print_exc()
            finally:
                signal.alarm(0)
        failures += bugs
        print(f"{name:<22} {count:>8} cases  {bugs} unexpected exception(s)")
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, help="time per target")
    parser.add_argument("--cases", type=int, help="cases per target")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", help="targets whose name contains this")
    args = parser.parse_args()
    if args.seconds is None and args.cases is None:
        args.seconds = 10.0
    sys.exit(1 if run(args.seconds, args.cases, args.seed, args.only) else 0)


if __name__ == "__main__":
    main()
