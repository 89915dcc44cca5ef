"""Shared by the benchmark rows: medians, ratios, one JSON line per row, seeded data."""

from __future__ import annotations

import gc
import json
import random
import statistics
import time
from collections.abc import Callable

WORDS = (  # noqa: SIM905 - a bag of French words reads better as a sentence
    "le la les un une des et est dans pour avec sur par au aux du que qui ne pas plus "
    "gouvernement ministre président élection économie sécurité renseignement contrat "
    "entreprise données américain français européen Palantir DGSI Pakistan commando selon "
    "rapport enquête chiffres millions euros année semaine déclaré affirmé été déjà très "
    "après avant depuis contre entre sous vers chez ville pays monde "
).split()


def sentence(rng: random.Random, words: int = 14) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph_text(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        s = sentence(rng, rng.randint(8, 20))
        parts.append(s)
        length += len(s) + 1
        if rng.random() < 0.15:
            parts.append("\n\n")
    return " ".join(parts)[:size]


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(name: str, ours: float, base: float, target: float, baseline: str, size: object) -> dict:
    return {
        "name": name,
        "ratio": round(ours / base, 3) if base > 0 else None,
        "target": target,
        "baseline": baseline,
        "size": size,
        "median_s": round(ours, 4),
        "baseline_median_s": round(base, 4),
    }


def emit(result: dict) -> None:
    print(json.dumps(result, ensure_ascii=False), flush=True)
