"""The plain-rapidfuzz baseline that every figure is reported next to.

Queries: ``process.extractOne(unidecode(q).lower(), names, scorer=fuzz.WRatio)`` against every name
of every entity (also ``unidecode(...).lower()``), answering the entity of the best name when its
score reaches the cutoff; the cutoff (an integer, 0..100) is the one with the best F1 on the data
itself, so the baseline is shown at its very best. Pairs: ``fuzz.WRatio`` at its best threshold.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Mapping, Sequence

from rapidfuzz import fuzz, process
from unidecode import unidecode

from namekit.evaluate.metrics import PairScores, Scores, best_threshold, tally
from namekit.registry.model import Entity

__all__ = ["BaselineReport", "PairBaseline", "query_baseline", "pair_baseline", "plain"]

# Below this many distinct queries one process is quicker than starting workers.
_PARALLEL_FROM = 2000
_names: list[str] = []


def plain(text: str) -> str:
    """The baseline's only normalization: ASCII by unidecode, lowercase."""
    return str(unidecode(text)).lower()


@dataclass(frozen=True)
class BaselineReport:
    """The baseline's scores at its best cutoff, overall and per kind."""

    cutoff: int
    overall: Scores
    by_kind: Mapping[str, Scores]


@dataclass(frozen=True)
class PairBaseline:
    scores: PairScores


def _init(names: list[str]) -> None:
    global _names
    _names = names


def _best(queries: list[str]) -> list[tuple[int, float]]:
    out = []
    for q in queries:
        hit = process.extractOne(q, _names, scorer=fuzz.WRatio)
        out.append((-1, 0.0) if hit is None else (int(hit[2]), float(hit[1])))
    return out


def _best_all(queries: list[str], names: list[str]) -> list[tuple[int, float]]:
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(queries) < _PARALLEL_FROM:
        _init(names)
        return _best(queries)
    chunks = [queries[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(names,)) as pool:
        parts = list(pool.map(_best, chunks))
    out: list[tuple[int, float]] = [(-1, 0.0)] * len(queries)
    for i, part in enumerate(parts):
        out[i::workers] = part
    return out


def query_baseline(entities: Sequence[Entity], queries: Sequence[tuple[str, str | None, str]]) -> BaselineReport:
    """The baseline on ``(query, expected ID or None, kind)`` triples."""
    names: list[str] = []
    owners: list[str] = []
    for entity in entities:
        for name in entity.names:
            names.append(plain(name))
            owners.append(entity.id)
    distinct = sorted({plain(q) for q, _, _ in queries})
    best = dict(zip(distinct, _best_all(distinct, names)))
    answers = [(best[plain(q)], expected, kind) for q, expected, kind in queries]

    def outcomes(cutoff: int, kind: str | None = None) -> list[tuple[str | None, str | None]]:
        return [(expected, owners[pos] if pos >= 0 and score >= cutoff else None)
                for (pos, score), expected, k in answers if kind is None or k == kind]

    cutoff = max(range(101), key=lambda c: (tally(outcomes(c)).f1, -c))
    kinds = sorted({k for _, _, k in queries if k})
    return BaselineReport(cutoff, tally(outcomes(cutoff)), {k: tally(outcomes(cutoff, k)) for k in kinds})


def pair_baseline(pairs: Sequence[tuple[str, str, bool]]) -> PairBaseline:
    """``fuzz.WRatio`` (as 0..1) on ``(name1, name2, is_match)`` at its best threshold."""
    scored = [(fuzz.WRatio(plain(a), plain(b)) / 100, m) for a, b, m in pairs]
    return PairBaseline(best_threshold(scored, [c / 100 for c in range(101)]))
