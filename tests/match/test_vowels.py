import pytest

from namekit.match.vowels import gaps, vowels_agree


@pytest.mark.parametrize(
    "native, latin",
    [("hsn", "hassan"), ("hsin", "hussein"), ("hsin", "husayn"), ("rshad", "rashad"), ("mhmud", "mahmoud"),
     ("mhmd", "mohammad"), ("druish", "darwish"), ("sar", "saar"), ("mshal", "meshaal")],
)
def test_agree(native: str, latin: str) -> None:
    assert vowels_agree(native, latin)


@pytest.mark.parametrize("native, latin", [("hsn", "hussein"), ("hsin", "hassan"), ("mhmd", "mahmoud"), ("mhmud", "mohammad")])
def test_disagree(native: str, latin: str) -> None:
    assert not vowels_agree(native, latin)


def test_gaps_are_inner_vowel_runs() -> None:
    assert gaps("hussein") == ["u", "", "ei"]
    assert gaps("khalil") == ["a", "i"]
