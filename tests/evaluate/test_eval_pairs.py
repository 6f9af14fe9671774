"""namekit.evaluate.pairs: loading labelled pairs and scoring compare on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from namekit.errors import InputError
from namekit.evaluate.pairs import Pair, evaluate_pairs, load_pairs, worst_pair_errors

CSV = """name1,name2,is_match,type
Khaled Meshaal,Khalid Mashal,1,person
Mohammad Darwish,Mahmoud Darwish,0,person
Hassan Rashad,Hassan Nasrallah,0,person
Golden Star Trading LLC,Golden Star Trading Ltd,1,organization
"""


def test_load_pairs(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(CSV, encoding="utf-8")
    pairs = load_pairs(str(path))
    assert pairs[0] == Pair("Khaled Meshaal", "Khalid Mashal", True, "person")
    assert [p.is_match for p in pairs] == [True, False, False, True]


def test_type_is_optional(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("name1,name2,is_match\nA B,A B,true\n", encoding="utf-8")
    assert load_pairs(str(path)) == [Pair("A B", "A B", True, None)]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("name1,name2\nA,B\n", "missing column(s): is_match", 1),
        ("name1,name2,is_match\nA,B,1\nA,C,maybe\n", "is_match must be", 3),
        ("name1,name2,is_match\nA,B\n", "too few columns", 2),
    ],
)
def test_bad_files(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = tmp_path / "p.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_pairs(str(path))
    assert message in str(err.value) and err.value.line == line


def test_evaluate_pairs() -> None:
    pairs = [Pair("Khaled Meshaal", "Khalid Mashal", True, "person"),
             Pair("Mohammad Darwish", "Mahmoud Darwish", False, "person"),
             Pair("Hassan Rashad", "Hassan Nasrallah", False, "person"),
             Pair("Golden Star Trading LLC", "Golden Star Trading Ltd", True, "organization")]
    report = evaluate_pairs(pairs)
    s = report.at_threshold
    assert (s.true_positives, s.false_positives, s.false_negatives, s.true_negatives) == (2, 0, 0, 2)
    assert report.best.f1 == 1.0
    assert set(report.by_type) == {"person", "organization"}
    assert worst_pair_errors(report, 3) == ([], [])
    strict = evaluate_pairs(pairs, threshold=1.0)
    false, missed = worst_pair_errors(strict, 3)
    assert false == [] and [m.pair.name1 for m in missed] == ["Khaled Meshaal"]
