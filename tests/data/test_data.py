import pytest

from namekit import data
from namekit.errors import ConfigError


@pytest.mark.parametrize("name", ["titles.yml", "particles.yml", "given_names.yml", "legal_forms.yml", "transliteration.yml",
                                  "org_words.yml", "numbers.yml"])
def test_every_table_parses(name: str) -> None:
    assert isinstance(data.load(name), dict)


def test_no_given_name_in_two_groups() -> None:
    seen: dict[str, int] = {}
    for number, group in enumerate(data.load("given_names.yml")["groups"]):
        for spelling in group:
            assert seen.setdefault(spelling, number) == number, spelling


def test_no_word_in_two_translation_groups_and_each_written_normalized() -> None:
    seen: dict[str, int] = {}
    for number, group in enumerate(data.load("org_words.yml")["groups"]):
        for word in group:
            assert seen.setdefault(word, number) == number, word
            assert word.isascii() and word.isalpha() and word == word.lower(), word


def test_a_key_written_twice_is_an_error_naming_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    text = 'alternates:\n  "ch": "sh"\n  "x": "ks"\n  "ch": "tz"\n'
    monkeypatch.setattr(data, "read_text", lambda name: text)
    with pytest.raises(ConfigError) as caught:
        data.load("transliteration.yml")
    assert (caught.value.path, caught.value.line) == ("namekit/data/transliteration.yml", 4)
    assert "duplicate key 'ch' (first at line 2)" in str(caught.value)


def test_the_same_key_in_two_mappings_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "read_text", lambda name: "a: {x: 1}\nb: {x: 2}\n")
    assert data.load("any.yml") == {"a": {"x": 1}, "b": {"x": 2}}


def test_a_syntax_error_is_an_error_naming_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "read_text", lambda name: "titles:\n  major: [maj\n")
    with pytest.raises(ConfigError) as caught:
        data.load("titles.yml")
    assert caught.value.path == "namekit/data/titles.yml" and caught.value.line is not None
    assert "YAML syntax error" in str(caught.value)
