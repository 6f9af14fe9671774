"""Labelled queries against a registry: load them, resolve them all, score and list the errors."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping, Sequence

from namekit.errors import InputError
from namekit.evaluate.metrics import Scores, tally
from namekit.registry.registry import Registry
from namekit.resolve.result import Match

__all__ = ["Query", "Outcome", "QueryReport", "load_queries", "evaluate_queries", "worst_errors",
           "WRONG_ID", "FALSE_MATCH", "MISS"]

WRONG_ID = "wrong id"  # a query with an expected ID answered with another one
FALSE_MATCH = "false match"  # a negative (expected null) answered with an ID
MISS = "miss"  # a query with an expected ID answered with none


@dataclass(frozen=True)
class Query:
    """One labelled query: the name, the ID it must resolve to (None: must not resolve), a kind."""

    query: str
    expected: str | None
    kind: str = ""


@dataclass(frozen=True)
class Outcome:
    """A query and the resolver's answer to it."""

    query: Query
    match: Match

    @property
    def answer(self) -> str | None:
        """The ID answered (resolved only: ambiguous counts as no ID)."""
        return self.match.id if self.match.resolved else None

    @property
    def error(self) -> str | None:
        """:data:`WRONG_ID`, :data:`FALSE_MATCH`, :data:`MISS` or None when right."""
        expected, answer = self.query.expected, self.answer
        if answer == expected:
            return None
        if answer is None:
            return MISS
        return FALSE_MATCH if expected is None else WRONG_ID


@dataclass(frozen=True)
class QueryReport:
    """Scores overall and per kind, every outcome in query order, and the time resolving took."""

    overall: Scores
    by_kind: Mapping[str, Scores]
    outcomes: tuple[Outcome, ...]
    seconds: float


def load_queries(path: str) -> list[Query]:
    """Read a JSONL file of ``{"query": ..., "expected": id or null, "kind": optional}``."""
    out: list[Query] = []
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read queries: {exc.strerror}", path=path) from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON: {exc.msg}", path=path, line=number) from None
            if not isinstance(row, dict) or not isinstance(row.get("query"), str):
                raise InputError('each line needs "query" (a string)', path=path, line=number)
            expected = row.get("expected")
            if expected is not None and not isinstance(expected, str):
                raise InputError('"expected" must be an ID (a string) or null', path=path, line=number)
            kind = row.get("kind")
            out.append(Query(row["query"], expected, str(kind) if kind is not None else ""))
    return out


def by_kind(pairs: Sequence[tuple[str, tuple[str | None, str | None]]]) -> Mapping[str, Scores]:
    """Scores per kind from ``(kind, (expected, answer))``; queries without a kind are left out."""
    kinds: dict[str, list[tuple[str | None, str | None]]] = {}
    for kind, outcome in pairs:
        if kind:
            kinds.setdefault(kind, []).append(outcome)
    return MappingProxyType({k: tally(v) for k, v in sorted(kinds.items())})


def evaluate_queries(registry: Registry, queries: Sequence[Query], type: str | None = None) -> QueryReport:
    """Resolve every query (with the registry's own settings) and score the answers."""
    start = time.perf_counter()
    matches = registry.resolve_many([q.query for q in queries], type)
    seconds = time.perf_counter() - start
    outcomes = tuple(Outcome(q, m) for q, m in zip(queries, matches))
    pairs = [(o.query.kind, (o.query.expected, o.answer)) for o in outcomes]
    return QueryReport(tally(p for _, p in pairs), by_kind(pairs), outcomes, seconds)


def worst_errors(report: QueryReport, n: int) -> tuple[list[Outcome], list[Outcome]]:
    """Up to ``n`` false answers and ``n`` misses, worst first.

    False answers (a wrong ID, or an ID for a negative) come most confident first; misses come
    closest first (highest best score), the ones a small change would most likely fix.
    """
    wrong = [o for o in report.outcomes if o.error in (WRONG_ID, FALSE_MATCH)]
    missed = [o for o in report.outcomes if o.error == MISS]
    wrong.sort(key=lambda o: (-o.match.score, o.query.query))
    missed.sort(key=lambda o: (-o.match.score, o.query.query))
    return wrong[:n], missed[:n]
