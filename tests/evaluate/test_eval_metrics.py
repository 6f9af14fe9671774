"""namekit.evaluate.metrics: precision, recall, F1 and false-match rate, by hand-counted examples."""

from __future__ import annotations

import pytest

from namekit.evaluate.metrics import PairScores, Scores, best_threshold, pair_scores, tally


@pytest.mark.parametrize(
    ("outcomes", "precision", "recall", "false_rate"),
    [
        # every positive right, the negative left alone
        ([("a", "a"), ("b", "b"), (None, None)], 1.0, 1.0, 0.0),
        # a wrong ID lowers precision; a miss lowers recall only
        ([("a", "a"), ("b", "c"), ("d", None), (None, None)], 0.5, 1 / 3, 0.0),
        # a negative answered with an ID is a false match and lowers precision
        ([("a", "a"), (None, "b"), (None, None)], 0.5, 1.0, 0.5),
        # nothing answered: precision is 1 by convention, recall 0
        ([("a", None), (None, None)], 1.0, 0.0, 0.0),
    ],
)
def test_tally(outcomes: list[tuple[str | None, str | None]], precision: float, recall: float, false_rate: float) -> None:
    s = tally(outcomes)
    assert s.precision == pytest.approx(precision)
    assert s.recall == pytest.approx(recall)
    assert s.false_match_rate == pytest.approx(false_rate)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert s.f1 == pytest.approx(f1)


def test_counts_and_dict() -> None:
    s = tally([("a", "a"), ("b", "x"), (None, "y"), (None, None)])
    assert (s.queries, s.positives, s.negatives, s.answered, s.correct, s.false_matches) == (4, 2, 2, 3, 1, 1)
    assert s.to_dict()["f1"] == round(s.f1, 4)
    assert Scores().recall == 0.0 and Scores().false_match_rate == 0.0


def test_pair_scores() -> None:
    scored = [(0.9, True), (0.8, False), (0.7, True), (0.2, False)]
    s = pair_scores(scored, 0.75)
    assert (s.true_positives, s.false_positives, s.false_negatives, s.true_negatives) == (1, 1, 1, 1)
    assert s.precision == 0.5 and s.recall == 0.5 and s.pairs == 4


def test_best_threshold_picks_best_f1_lowest_on_tie() -> None:
    scored = [(0.9, True), (0.8, False), (0.7, True), (0.2, False)]
    best = best_threshold(scored, [0.1, 0.5, 0.6, 0.7, 0.85])
    # at 0.5 / 0.6 / 0.7: TP 2 FP 1 -> F1 0.8; at 0.85: TP 1 -> F1 0.667; at 0.1: P 0.5 -> F1 0.667
    assert best.threshold == 0.5
    assert best.f1 == pytest.approx(0.8)
    assert best_threshold([], []) == PairScores(0.0)
