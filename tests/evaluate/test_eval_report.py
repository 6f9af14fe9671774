"""namekit.evaluate.report: the text tables, the error lists and the JSON forms of an evaluation."""

from __future__ import annotations

import pytest

from namekit.evaluate.baseline import BaselineReport, PairBaseline
from namekit.evaluate.metrics import PairScores, Scores
from namekit.evaluate.pairs import PairReport
from namekit.evaluate.queries import Outcome, Query, QueryReport
from namekit.evaluate.report import error_list, outcome_json, pair_json, pair_table, query_json, query_table
from namekit.resolve.result import Candidate, Match

# 5 queries: 4 with an expected ID (3 answered, all right), 1 negative (not answered)
QUERIES = QueryReport(Scores(5, 4, 3, 3, 0), {"aka": Scores(4, 4, 3, 3, 0), "neg": Scores(1, 0, 0, 0, 0)}, (), 1.234)
# the baseline answers 4, 2 right, and the negative wrongly
BASELINE = BaselineReport(85, Scores(5, 4, 4, 2, 1), {"aka": Scores(4, 4, 3, 2, 0), "neg": Scores(1, 0, 1, 0, 1)})
PAIRS = PairReport(PairScores(0.85, 9, 1, 2, 8), PairScores(0.8, 10, 1, 1, 8), {"person": PairScores(0.85, 7, 1, 1, 5)}, (), 0.5)
PAIR_BASELINE = PairBaseline(PairScores(88, 8, 3, 3, 6))
FOOTER = ("P = correct IDs / answered with an ID; R = correct IDs / queries with an expected ID; "
          "false = negatives answered with an ID. Resolved in 1.2 s.")

WRONG = Outcome(Query("Khalid Mashal", "khaled-meshaal", "aka"),
                Match("Khalid Mashal", "resolved", "khalid-mashal", "Khalid Mashal", "person", 1.0, "exact"))
MISSED = Outcome(Query("Abu Mahdi al-Basri", "hassan-rashad"), Match("Abu Mahdi al-Basri", "unresolved"))
AMBIGUOUS = Outcome(Query("Darwish", None, "neg"), Match(
    "Darwish", "ambiguous", score=0.9, method="short",
    candidates=(Candidate("mohammad-darwish", "Mohammad Darwish", 0.9), Candidate("mahmoud-darwish", "Mahmoud Darwish", 0.88))))


def test_query_table_without_baseline() -> None:
    assert query_table(QUERIES, None, title="Queries").splitlines() == [
        "Queries",
        "                     namekit",
        "kind         queries      P      R     F1  false",
        "all                5  1.000  0.750  0.857   0.0%",
        "aka                4  1.000  0.750  0.857      -",  # no negatives: no false-match rate
        "neg                1      -      -      -   0.0%",  # no positives: no P, R, F1
        FOOTER,
    ]


def test_query_table_with_baseline() -> None:
    lines = query_table(QUERIES, BASELINE).splitlines()
    assert lines[0] == "                     namekit                     | rapidfuzz WRatio >= 85"
    assert lines[1:5] == [
        "kind         queries      P      R     F1  false |      P      R     F1  false",
        "all                5  1.000  0.750  0.857   0.0% |  0.500  0.500  0.500 100.0%",
        "aka                4  1.000  0.750  0.857      - |  0.667  0.500  0.571      -",
        "neg                1      -      -      -   0.0% |      -      -      - 100.0%",
    ]
    assert lines[-1] == FOOTER


def test_a_long_kind_widens_the_first_column() -> None:
    report = QueryReport(Scores(1, 1, 1, 1, 0), {"cross-script-hebrew": Scores(1, 1, 1, 1, 0)}, (), 0.0)
    lines = query_table(report, None).splitlines()
    assert lines[2] == "all                       1  1.000  1.000  1.000      -"
    assert lines[3] == "cross-script-hebrew       1  1.000  1.000  1.000      -"


def test_pair_table() -> None:
    assert pair_table(PAIRS, PAIR_BASELINE, title="Pairs").splitlines() == [
        "Pairs",
        "               threshold      P      R     F1    TP    FP    FN    TN",
        "compare             0.85  0.900  0.818  0.857     9     1     2     8",
        "compare (best)      0.80  0.909  0.909  0.909    10     1     1     8",
        "  person            0.85  0.875  0.875  0.875     7     1     1     5",
        "WRatio (best)      88.00  0.727  0.727  0.727     8     3     3     6",
        "20 pairs compared in 0.5 s.",
    ]
    assert "WRatio" not in pair_table(PAIRS, None)


def test_error_list_describes_each_answer_and_indents_explanations() -> None:
    text = error_list("Errors", [WRONG, MISSED, AMBIGUOUS], {"Khalid Mashal": "tokens: khalid mashal\nexact: khalid-mashal"})
    assert text.splitlines() == [
        "Errors (3):",
        "- 'Khalid Mashal' [aka]: expected khaled-meshaal, got khalid-mashal (Khalid Mashal), score 1.000 by exact",
        "    tokens: khalid mashal",
        "    exact: khalid-mashal",
        "- 'Abu Mahdi al-Basri': expected hassan-rashad, got unresolved, score 0.000",
        "- 'Darwish' [neg]: expected no ID, got ambiguous [mohammad-darwish 0.900, mahmoud-darwish 0.880], score 0.900 by short",
    ]
    assert error_list("Misses, closest first", [], {}) == "Misses, closest first (0):"


@pytest.mark.parametrize(("outcome", "explanation", "expected"), [
    (WRONG, "exact: khalid-mashal", {"query": "Khalid Mashal", "expected": "khaled-meshaal", "kind": "aka", "error": "wrong id",
                                     "answer": WRONG.match.to_dict(), "explanation": "exact: khalid-mashal"}),
    (MISSED, None, {"query": "Abu Mahdi al-Basri", "expected": "hassan-rashad", "kind": "", "error": "miss",
                    "answer": MISSED.match.to_dict()}),
    (AMBIGUOUS, "", {"query": "Darwish", "expected": None, "kind": "neg", "error": None,
                     "answer": AMBIGUOUS.match.to_dict(), "explanation": ""}),
])
def test_outcome_json(outcome: Outcome, explanation: str | None, expected: dict[str, object]) -> None:
    assert outcome_json(outcome, explanation) == expected


def test_query_json() -> None:
    out = query_json(QUERIES, BASELINE)
    assert out["seconds"] == 1.234
    assert out["namekit"]["overall"] == QUERIES.overall.to_dict() and out["namekit"]["overall"]["recall"] == 0.75
    assert list(out["namekit"]["by_kind"]) == ["aka", "neg"]
    assert out["baseline"]["scorer"] == "rapidfuzz.fuzz.WRatio" and out["baseline"]["cutoff"] == 85
    assert out["baseline"]["by_kind"]["neg"]["false_match_rate"] == 1.0
    assert set(query_json(QUERIES, None)) == {"seconds", "namekit"}


def test_pair_json() -> None:
    out = pair_json(PAIRS, PAIR_BASELINE)
    assert (out["seconds"], out["compare"]["pairs"], out["best"]["threshold"]) == (0.5, 20, 0.8)
    assert out["by_type"] == {"person": PAIRS.by_type["person"].to_dict()}
    assert out["baseline"] == {"scorer": "rapidfuzz.fuzz.WRatio", **PAIR_BASELINE.scores.to_dict()}
    assert out["baseline"]["f1"] == 0.7273
    assert "baseline" not in pair_json(PAIRS, None)
