"""Labelled pairs of names: load them, score :func:`~namekit.match.compare.compare` on them."""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping, Sequence

from namekit.errors import InputError
from namekit.evaluate.metrics import PairScores, best_threshold, pair_scores
from namekit.match.compare import DEFAULT_THRESHOLD, compare

__all__ = ["Pair", "ScoredPair", "PairReport", "load_pairs", "evaluate_pairs", "worst_pair_errors", "thresholds"]

_TRUE = {"1", "true", "yes", "y", "t"}
_FALSE = {"0", "false", "no", "n", "f"}


@dataclass(frozen=True)
class Pair:
    """Two names, whether they name the same entity, and optionally their type."""

    name1: str
    name2: str
    is_match: bool
    type: str | None = None


@dataclass(frozen=True)
class ScoredPair:
    pair: Pair
    score: float


@dataclass(frozen=True)
class PairReport:
    """compare at the given threshold, at the best threshold on this data, and per type."""

    at_threshold: PairScores
    best: PairScores
    by_type: Mapping[str, PairScores]
    scored: tuple[ScoredPair, ...]
    seconds: float


def _flag(value: str, path: str, line: int) -> bool:
    v = value.strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise InputError(f"is_match must be 1/0 or true/false, not {value!r}", path=path, line=line)


def load_pairs(path: str) -> list[Pair]:
    """Read a CSV with a header and the columns name1, name2, is_match and optional type."""
    try:
        handle = open(path, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"cannot read pairs: {exc.strerror}", path=path) from None
    with handle:
        reader = csv.DictReader(handle)
        missing = {"name1", "name2", "is_match"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"missing column(s): {', '.join(sorted(missing))}", path=path, line=1)
        out = []
        for row in reader:
            line = reader.line_num
            if row.get("name1") is None or row.get("name2") is None or row.get("is_match") is None:
                raise InputError("row has too few columns", path=path, line=line)
            type_ = (row.get("type") or "").strip() or None
            out.append(Pair(row["name1"], row["name2"], _flag(row["is_match"], path, line), type_))
    return out


def thresholds() -> list[float]:
    """The thresholds tried for the best one: 0.50 to 1.00 by 0.01."""
    return [round(0.5 + i / 100, 2) for i in range(51)]


def evaluate_pairs(pairs: Sequence[Pair], threshold: float = DEFAULT_THRESHOLD) -> PairReport:
    """Compare every pair; score at ``threshold``, at the best threshold, and per type."""
    start = time.perf_counter()
    scored = tuple(ScoredPair(p, compare(p.name1, p.name2, p.type).score) for p in pairs)
    seconds = time.perf_counter() - start
    labelled = [(s.score, s.pair.is_match) for s in scored]
    types: dict[str, list[tuple[float, bool]]] = {}
    for s in scored:
        if s.pair.type:
            types.setdefault(s.pair.type, []).append((s.score, s.pair.is_match))
    per_type = MappingProxyType({k: pair_scores(v, threshold) for k, v in sorted(types.items())})
    return PairReport(pair_scores(labelled, threshold), best_threshold(labelled, thresholds()), per_type,
                      scored, seconds)


def worst_pair_errors(report: PairReport, n: int) -> tuple[list[ScoredPair], list[ScoredPair]]:
    """Up to ``n`` false matches (highest score first) and ``n`` missed matches (lowest first)."""
    threshold = report.at_threshold.threshold
    false = sorted((s for s in report.scored if not s.pair.is_match and s.score >= threshold),
                   key=lambda s: (-s.score, s.pair.name1))
    missed = sorted((s for s in report.scored if s.pair.is_match and s.score < threshold),
                    key=lambda s: (s.score, s.pair.name1))
    return false[:n], missed[:n]
