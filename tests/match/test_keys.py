import pytest

from namekit.match.keys import bare_key, exact_key, normalized_keys, skeleton_key, translit_key
from namekit.normalize import normalize


def test_exact_key_folds_case_and_space() -> None:
    assert exact_key("  KHALIL  Al-Hayya ") == exact_key("khalil al-hayya")


def test_normalized_keys_keep_a_title_word_form() -> None:
    assert normalized_keys(normalize("General Intelligence Service")) == ("intelligence service", "general intelligence service")


def test_bare_key_drops_particles() -> None:
    assert bare_key(normalize("Khalil al-Hayya")) == bare_key(normalize("Khalil Hayya")) == "khalil hayya"


@pytest.mark.parametrize("a, b", [("Mohamed Darwish", "Muhammad Darwish"), ("Khaled Meshaal", "Khalid Mashal")])
def test_translit_key_joins_spellings(a: str, b: str) -> None:
    assert translit_key(normalize(a)) == translit_key(normalize(b))


def test_translit_key_keeps_different_given_names_apart() -> None:
    assert translit_key(normalize("Mohammad Darwish")) != translit_key(normalize("Mahmoud Darwish"))


def test_skeleton_key_meets_native_script() -> None:
    assert skeleton_key(normalize("Hassan Rashad")) == skeleton_key(normalize("حسن رشاد")) == "hsn rsd"
