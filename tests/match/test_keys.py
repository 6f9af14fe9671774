import pytest

from namekit.match.keys import (acronym_keys, bare_key, exact_key, normalized_keys, query_acronym, skeleton_key,
                                translit_key)
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


@pytest.mark.parametrize("name, keys", [
    ("Islamic Revolutionary Guard Corps", ("irgc",)),
    ("National Iranian Oil Company", ("nioc",)),          # a legal form is a word of the acronym
    ("Petróleos de Venezuela S.A.", ("pdvsa", "pvsa")),    # with the small words and without
    ("Liberation Tigers of Tamil Eelam", ("ltote", "ltte")),
    ("Al-Qahera News", ("aqn",)),                          # the article left out: QN is too short
    ("US National Security Council", ("usnsc",)),          # a word in capitals gives all its letters
    ("US NATIONAL SECURITY COUNCIL", ("unsc",)),           # ... unless the name is all capitals
    ("Hassan Rashad", ()),                                 # two words: no acronym
    ("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India", ()),  # nine letters: too long
])
def test_acronym_keys(name: str, keys: tuple[str, ...]) -> None:
    assert acronym_keys(name) == keys


@pytest.mark.parametrize("query, acronym", [
    ("IRGC", "irgc"), (" NIOC ", "nioc"), ("I.R.G.C.", "irgc"), ("G7X", "g7x"),
    ("Irgc", None),        # lowercase letters: a name, not an acronym
    ("UN", None),          # two letters fit too many names
    ("ISLAMIC STATE", None), ("NOVE-AD", None), ("ABCDEFGHI", None),
])
def test_query_acronym(query: str, acronym: str | None) -> None:
    assert query_acronym(query) == acronym
