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
