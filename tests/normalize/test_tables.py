import pytest

from namekit.normalize.tables import tables


def test_tables_are_built_once_and_immutable() -> None:
    assert tables() is tables()
    with pytest.raises(TypeError):
        tables().titles[("x",)] = "y"  # type: ignore[index]


@pytest.mark.parametrize("a, b", [("mohammed", "muhammad"), ("hussein", "husayn"), ("yusuf", "youssef")])
def test_given_name_groups(a: str, b: str) -> None:
    groups = tables().given_names
    assert groups[a] == groups[b]


@pytest.mark.parametrize("a, b", [("mohammed", "mahmoud"), ("hassan", "hussein"), ("ahmad", "mohammed")])
def test_different_names_are_different_groups(a: str, b: str) -> None:
    groups = tables().given_names
    assert groups[a] != groups[b]


def test_particles_include_the_canonical_forms() -> None:
    assert {"al", "bin", "bint", "abu"} <= tables().particles


def test_latin_only_readings_are_readings() -> None:
    t = tables()
    assert t.skeleton_latin_only <= {pattern for pattern, _ in t.skeleton_alternates}
    assert t.skeleton_arabic_only <= {pattern for pattern, _ in t.skeleton_alternates}
    assert t.skeleton_hebrew_only <= {pattern for pattern, _ in t.skeleton_alternates}


def test_native_only_readings_are_readings_of_native_spellings() -> None:
    t = tables()
    assert t.skeleton_native_only <= {pattern for pattern, _ in t.skeleton_alternates}
    assert not t.skeleton_native_only & t.skeleton_latin_only


def test_kind_words_are_not_legal_forms() -> None:
    # a legal form is stripped before names are compared: a kind word of the same spelling would never count
    t = tables()
    assert not {(w,) for w in t.kind_words} & t.legal_forms


@pytest.mark.parametrize("letters", ["s r l", "s a r l", "l l c", "d o o", "s a l", "s a e", "s r o", "s p a", "s a s"])
def test_one_word_legal_forms_are_read_letter_by_letter(letters: str) -> None:
    assert tuple(letters.split()) in tables().legal_forms


@pytest.mark.parametrize("word", ["khayriyah", "munazzamat", "markaz", "komitet", "hizb", "jabhat", "wilayat", "kanal"])
def test_a_kind_words_translations_are_kind_words(word: str) -> None:
    # what kind of organization a name is, in another language: khayriyah is charitable,
    # munazzamat organization, markaz center, komitet committee, hizb party, jabhat front
    assert word in tables().kind_words
