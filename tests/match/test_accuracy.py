"""Accuracy: the matching rules one by one (real names), and the targets on the labelled sets.

The dev-set tests run ``namekit.evaluate`` on ``../shared/eval/ofac`` (next to the repository) and
on ``eval/crossscript`` and ``eval/pairs`` when their full files are there; they skip otherwise.
"""

from __future__ import annotations

import pytest

from namekit.match.compare import compare


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # compounds merged and split by spelling
        ("ARYA SASOL POLYMERS", "ARYASASOL POLYMERS", "organization"),
        ("Ahmad Bukhattalah", "Ahmed Abu Khattalah", "person"),
        ("Falih Alfayyadh", "Falih Al-Fayyadh", "person"),
        ("Ali Bani Hashemi", "Ali Banihashemi", "person"),
        # a missing middle part (patronymic) costs little
        ("Elena Apanasenko", "Elena Mikhailovna Apanasenko", "person"),
        # a person's name written without its patronymic or second given name
        ("Alexey Sheshenya", "Alexei Nikolaevich Sheshenya", "person"),
        ("Vladimir Vashkevich", "Vladimir Vladimirovich Vashkevich", "person"),
    ],
)
def test_rules_that_match(a: str, b: str, kind: str) -> None:
    assert compare(a, b, kind).score >= 0.8, compare(a, b, kind).alignment.explain()


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # a skeleton that differs from the first consonant on is not a spelling
        ("Fujing Zheng", "Guanghua Zheng", "person"),
        ("Hassan Rashad", "Hassan Nasrallah", "person"),
    ],
)
def test_rules_that_keep_apart(a: str, b: str, kind: str) -> None:
    assert not compare(a, b, kind).match, compare(a, b, kind).alignment.explain()


@pytest.mark.parametrize(
    ("short", "full", "other"),
    [
        ("Leonardo Gonzalez", "Leonardo Gonzalez Dellan", "Leonardo Gonzalez Perez"),
        ("Kur Ajing", "Kur Ajing Ater", "Kur Ajing Deng"),
        ("ERVIN DANESH", "ERVIN DANESH ARYAN", "ERVIN DANESH KAVEH"),
    ],
)
def test_a_fuller_form_costs_less_than_a_different_part(short: str, full: str, other: str) -> None:
    # "short" is wholly inside "full": the extra part costs less than a full part would (0.667)
    assert compare(short, full).score > 0.72
    assert compare(short, full).score > compare(other, full).score


@pytest.mark.parametrize(("a", "b"), [("Farouk Al-Shara", "Farouq al-Shara"), ("Waseem Qattan", "Wasim Al-Qattan")])
def test_symmetric_on_compounds_and_particles(a: str, b: str) -> None:
    assert compare(a, b).score == compare(b, a).score


@pytest.mark.parametrize(
    ("native", "latin"),
    [
        ("احسان جوانمرد", "Ehsan Javanmard"),  # و read as v
        ("شفيق ناصيف", "Chafic Nassif"),  # ش written ch (French)
        ("بهمن قبادی", "Bahman Ghobadi"),  # Persian ق said gh
        ("مرتضی اویسی", "Morteza Oveisi"),  # Persian ض said z
        ("سحر زکریا", "Sahar Zakaria"),  # س then ح, not ش
        ("زهير عبد الكريم", "Zuhair Abdel Karim"),  # ز then ه, not ژ
    ],
)
def test_other_readings_of_latin_letters_across_scripts(native: str, latin: str) -> None:
    assert compare(native, latin, "person").match, compare(native, latin, "person").alignment.explain()


def test_other_readings_do_not_apply_between_latin_spellings() -> None:
    assert compare("Bahman Ghobadi", "Bahman Qobadi", "person").score < compare("بهمن قبادی", "Bahman Ghobadi", "person").score


# -- the labelled sets ---------------------------------------------------------------------------

from pathlib import Path  # noqa: E402

from namekit.evaluate.pairs import evaluate_pairs, load_pairs  # noqa: E402
from namekit.evaluate.queries import evaluate_queries, load_queries  # noqa: E402
from namekit.registry.registry import Registry  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OFAC = ROOT.parent / "shared" / "eval" / "ofac"
CROSS = ROOT / "eval" / "crossscript"
PAIRS = ROOT / "eval" / "pairs"


def _need(*paths: Path) -> None:
    for path in paths:
        if not path.exists():
            pytest.skip(f"{path} not here (labelled data lives outside a user's clone)")


@pytest.fixture(scope="module")
def ofac() -> dict[str, float]:
    _need(OFAC / "registry.jsonl", OFAC / "queries.jsonl")
    report = evaluate_queries(Registry.load(OFAC / "registry.jsonl"), load_queries(str(OFAC / "queries.jsonl")))
    s = report.overall
    return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "false": s.false_match_rate}


def test_ofac_precision_and_false_matches(ofac: dict[str, float]) -> None:
    assert ofac["precision"] >= 0.97
    assert ofac["false"] <= 0.03


def test_ofac_recall_does_not_regress(ofac: dict[str, float]) -> None:
    # measured 0.685 (0.667 at stop 18, 0.659 at stop 17's end, 0.640 at stop 16, 0.624 at stop 15, 0.617 at stop 14, 0.603 at stop 13,
    # 0.487 at first); the floor keeps later changes honest
    assert ofac["recall"] >= 0.683


def test_ofac_f1_target(ofac: dict[str, float]) -> None:
    # the target of issue 3, reached at stop 20: measured 0.805 (P 0.978, R 0.685; 0.793 at stop 18)
    assert ofac["f1"] >= 0.80


@pytest.mark.parametrize(("queries", "registry"), [("queries.jsonl", "registry.jsonl"),
                                                   ("queries_native.jsonl", "registry_native.jsonl")])
def test_crossscript(queries: str, registry: str) -> None:
    _need(CROSS / queries, CROSS / registry)
    report = evaluate_queries(Registry.load(CROSS / registry), load_queries(str(CROSS / queries)))
    assert report.overall.precision >= 0.97
    recall = {k.replace("latin_from_", ""): s.recall for k, s in report.by_kind.items() if not k.startswith("neg")}
    # Arabic script (ar, fa) at the target of issue 3: measured ar 0.950/0.947, fa 0.941/0.936 (ar 0.950/0.947,
    # fa 0.936/0.936 at stop 18's end; 0.949/0.945, 0.934/0.936 before the Hebrew helper's third stop;
    # 0.939/0.926, 0.923/0.905 at stop 16)
    assert recall["ar"] >= 0.85 and recall["fa"] >= 0.85
    # Hebrew (place names, mostly one word) at the target of issue 3: measured 0.851/0.851 at precision 0.984/0.990
    # (a final ה or א for a final a one unit of evidence; 0.850/0.845 at precision 0.984/0.989 before; 0.845/0.845 on the second Hebrew helper's branch,
    # before the first-few-found-nothing candidates of the resolver; 0.837/0.838 before
    # the second Hebrew helper of stop 20, 0.834/0.836 earlier at stop 20, 0.806/0.810 at
    # stop 18's end, 0.756/0.771 before the Hebrew helper's third stop, 0.654/0.660 at stop 16, 0.635/0.655 at stop 15, 0.621/0.638 at stop 13,
    # 0.535/0.528 at stop 12, 0.438/0.436 before it)
    assert recall["he"] >= 0.85
    # Cyrillic (places; not a target): measured 0.640/0.650 (0.638/0.647 at stop 18's end, 0.612/0.618 before the Latin spelling
    # systems of stop 18, 0.592/0.596 at stop 16, 0.590/0.589 at stop 15)
    assert recall["cyr"] >= 0.635
    precision = {k.replace("latin_from_", ""): s.precision for k, s in report.by_kind.items() if not k.startswith("neg")}
    assert precision["he"] >= 0.97
    assert report.overall.false_match_rate <= 0.05  # measured 2.7% and 4.9% (2.4% and 4.9% at stop 18's end; 2.3% and 4.8% before the Hebrew helper's third stop; 2.4% and 5.3% at stop 16; 6% was the floor before stop 13)


@pytest.mark.parametrize(("queries", "registry"), [("queries.jsonl", "registry.jsonl"),
                                                   ("queries_native.jsonl", "registry_native.jsonl")])
def test_crossscript_hebrew_target(queries: str, registry: str) -> None:
    _need(CROSS / queries, CROSS / registry)
    report = evaluate_queries(Registry.load(CROSS / registry), load_queries(str(CROSS / queries)))
    recall = {k.replace("latin_from_", ""): s.recall for k, s in report.by_kind.items() if not k.startswith("neg")}
    assert recall["he"] >= 0.85


def test_pairs_handmade() -> None:
    _need(PAIRS / "handmade.csv")
    assert evaluate_pairs(load_pairs(str(PAIRS / "handmade.csv"))).at_threshold.f1 >= 0.932  # measured 0.934 (0.929, 0.924)


def test_pairs_from_the_dev_set() -> None:
    _need(PAIRS / "pairs.csv")
    # measured 0.901 at the default threshold on the rebuilt set, persons 0.946, organizations 0.851
    # (0.880, 0.933, 0.821 at stop 18; 0.866, 0.931, 0.793 at stop 17; 0.863, 0.925, 0.793 at stop 16; 0.858, 0.924, 0.783 at stop 15; 0.852, 0.917, 0.777 at stop 14; 0.837, 0.911, 0.753 at stop 13; target 0.90 reached at stop 20:
    # organizations named in another language, by an acronym, or as a fuller form of the other name are most
    # of what is left)
    report = evaluate_pairs(load_pairs(str(PAIRS / "pairs.csv")))
    assert report.at_threshold.f1 >= 0.898
    assert report.by_type["person"].f1 >= 0.943
    assert report.by_type["organization"].f1 >= 0.849


def test_pairs_f1_target() -> None:
    _need(PAIRS / "pairs.csv")
    assert evaluate_pairs(load_pairs(str(PAIRS / "pairs.csv"))).at_threshold.f1 >= 0.90


@pytest.mark.parametrize(("queries", "registry"), [("queries.jsonl", "registry.jsonl"),
                                                   ("queries_native.jsonl", "registry_native.jsonl")])
def test_crossscript_sample_in_the_repository(queries: str, registry: str) -> None:
    # The committed sample (30 queries a kind): what a clone without the rebuilt sets still checks.
    # Measured F1 0.914 / 0.920 at precision 1.000 / 0.990 at stop 20 (0.846 / 0.848 earlier), rapidfuzz 0.667 / 0.519 on the same run.
    from namekit.evaluate.baseline import query_baseline

    sample = CROSS / "sample"
    reg = Registry.load(sample / registry)
    qs = load_queries(str(sample / queries))
    report = evaluate_queries(reg, qs)
    base = query_baseline(reg.entities, [(q.query, q.expected, q.kind) for q in qs])
    assert report.overall.precision >= 0.97
    assert report.overall.f1 >= base.overall.f1 + 0.15
    recall = {k.replace("latin_from_", ""): s.recall for k, s in report.by_kind.items() if not k.startswith("neg")}
    assert recall["ar"] >= 0.85 and recall["fa"] >= 0.85
