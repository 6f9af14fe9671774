from namekit.match.align import align
from namekit.normalize import normalize


def test_missing_middle_part_costs_little() -> None:
    full = normalize("Mohammed bin Abdulrahman bin Jassim Al Thani")
    short = normalize("Mohammed Al Thani")
    assert align(full, short).score > 0.7


def test_conflicting_given_name_costs_much() -> None:
    assert align(normalize("Mohammad Darwish"), normalize("Mahmoud Darwish")).score < 0.5


def test_alignment_lists_every_part() -> None:
    result = align(normalize("Khaled Meshaal"), normalize("Khalid Mashal Abu al-Walid"))
    left = [p.left for p in result.parts if p.left]
    right = [p.right for p in result.parts if p.right]
    assert sorted(left) == ["khaled", "meshaal"]
    assert sorted(right) == ["khalid", "mashal", "walid"]
    assert "score" in result.explain()


def test_empty_names_score_zero() -> None:
    assert align(normalize(""), normalize("Hassan Rashad")).score == 0.0
