import pytest

from namekit import data


@pytest.mark.parametrize("name", ["titles.yml", "particles.yml", "given_names.yml", "legal_forms.yml", "transliteration.yml"])
def test_every_table_parses(name: str) -> None:
    assert isinstance(data.load(name), dict)


def test_no_given_name_in_two_groups() -> None:
    seen: dict[str, int] = {}
    for number, group in enumerate(data.load("given_names.yml")["groups"]):
        for spelling in group:
            assert seen.setdefault(spelling, number) == number, spelling
