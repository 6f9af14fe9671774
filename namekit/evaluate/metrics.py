"""Precision, recall, F1 and the false-match rate, for resolved queries and for compared pairs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

__all__ = ["Scores", "PairScores", "tally", "pair_scores", "best_threshold"]


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Scores:
    """How a resolver did on a set of queries.

    ``answered``: queries answered with an ID (ambiguous and unresolved are no ID);
    ``correct``: answered with the expected ID; ``false_matches``: queries whose expected is null
    (negatives) answered with an ID anyway.
    """

    queries: int = 0
    positives: int = 0
    answered: int = 0
    correct: int = 0
    false_matches: int = 0

    @property
    def negatives(self) -> int:
        return self.queries - self.positives

    @property
    def precision(self) -> float:
        """Correct IDs / queries answered with an ID (1.0 when nothing was answered)."""
        return self.correct / self.answered if self.answered else 1.0

    @property
    def recall(self) -> float:
        """Correct IDs / queries with an expected ID (0.0 when there are none)."""
        return self.correct / self.positives if self.positives else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def false_match_rate(self) -> float:
        """Negatives answered with an ID / negatives (0.0 when there are none)."""
        return self.false_matches / self.negatives if self.negatives else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "queries": self.queries,
            "positives": self.positives,
            "negatives": self.negatives,
            "answered": self.answered,
            "correct": self.correct,
            "false_matches": self.false_matches,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "false_match_rate": round(self.false_match_rate, 4),
        }


def tally(outcomes: Iterable[tuple[str | None, str | None]]) -> Scores:
    """Scores from ``(expected ID or None, answered ID or None)`` pairs."""
    queries = positives = answered = correct = false_matches = 0
    for expected, answer in outcomes:
        queries += 1
        positives += expected is not None
        if answer is None:
            continue
        answered += 1
        if expected is None:
            false_matches += 1
        elif answer == expected:
            correct += 1
    return Scores(queries, positives, answered, correct, false_matches)


@dataclass(frozen=True)
class PairScores:
    """A same/different classifier on labelled pairs at one threshold."""

    threshold: float
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    true_negatives: int = 0

    @property
    def pairs(self) -> int:
        return self.true_positives + self.false_positives + self.false_negatives + self.true_negatives

    @property
    def precision(self) -> float:
        said = self.true_positives + self.false_positives
        return self.true_positives / said if said else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_positives + self.false_negatives
        return self.true_positives / actual if actual else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "threshold": round(self.threshold, 4),
            "pairs": self.pairs,
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "true_negatives": self.true_negatives,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def pair_scores(scored: Iterable[tuple[float, bool]], threshold: float) -> PairScores:
    """Scores of ``(score, is_match)`` pairs when a score at or above ``threshold`` says "match"."""
    tp = fp = fn = tn = 0
    for score, is_match in scored:
        said = score >= threshold
        if said and is_match:
            tp += 1
        elif said:
            fp += 1
        elif is_match:
            fn += 1
        else:
            tn += 1
    return PairScores(threshold, tp, fp, fn, tn)


def best_threshold(scored: Sequence[tuple[float, bool]], thresholds: Iterable[float]) -> PairScores:
    """The threshold (of ``thresholds``) with the best F1; the lowest one on a tie."""
    best: PairScores | None = None
    for threshold in sorted(set(thresholds)):
        current = pair_scores(scored, threshold)
        if best is None or current.f1 > best.f1 + 1e-12:
            best = current
    return best if best is not None else PairScores(0.0)
