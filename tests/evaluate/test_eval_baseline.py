"""namekit.evaluate.baseline: plain rapidfuzz WRatio, at its best cutoff."""

from __future__ import annotations

from namekit.evaluate.baseline import pair_baseline, plain, query_baseline
from namekit.registry.model import Alias, Entity

ENTITIES = [
    Entity("p1", "person", "Khaled Meshaal", (Alias("Khalid Mishal"),)),
    Entity("p2", "person", "Hassan Nasrallah"),
]


def test_plain() -> None:
    assert plain("İbrahim KALIN") == "ibrahim kalin"
    assert plain("Müller") == "muller"


def test_query_baseline() -> None:
    queries = [("Khalid Meshal", "p1", "aka"), ("Hasan Nasrala", "p2", "aka"), ("Walid Jumblatt", None, "neg")]
    report = query_baseline(ENTITIES, queries)
    assert 0 <= report.cutoff <= 100
    assert report.overall.correct == 2 and report.overall.false_matches == 0
    assert set(report.by_kind) == {"aka", "neg"}


def test_query_baseline_cutoff_is_best_f1() -> None:
    # the negative scores high against "Hassan Nasrallah": the best cutoff keeps it out
    queries = [("Khaled Meshaal", "p1", ""), ("Hassan Nasrallah Jr", None, "")]
    report = query_baseline(ENTITIES, queries)
    assert report.overall.precision == 1.0 and report.overall.recall == 1.0


def test_pair_baseline() -> None:
    base = pair_baseline([("Khaled Meshaal", "Khalid Meshaal", True), ("Khaled Meshaal", "Hassan Nasrallah", False)])
    assert base.scores.f1 == 1.0
