"""namekit.registry.validate: names claimed twice, names that do not resolve home, near-collisions as warnings."""

from __future__ import annotations

import pytest

from namekit.registry.loader import load_entities
from namekit.registry.registry import Registry
from namekit.registry.validate import check_names, check_near_collisions, check_resolution
from namekit.resolve.result import Match

RASHAD = "id: hassan-rashad\ntype: person\nname: Hassan Rashad\naliases:\n  - Hasan Rashad\n  - name: حسن رشاد\n    lang: ar\n"
HAYYA = "id: khalil-al-hayya\ntype: person\nname: Khalil al-Hayya\naliases:\n  - Khalil al-Hayyah\nnot:\n  - Khalil al-Wazir\n"
ALEXANDER = "id: edan-alexander\ntype: person\nname: Edan Alexander\naliases:\n  - Aidan Alexander\n"
CLEAN = {"person/hassan-rashad.yaml": RASHAD, "person/khalil-al-hayya.yaml": HAYYA, "person/edan-alexander.yaml": ALEXANDER}


# moved from tests/registry/test_lint.py: _Stub, test_a_not_entry_that_still_resolves_is_an_error,
# test_an_alias_resolving_to_another_entity_is_an_error

class _Stub:
    """A registry whose resolver answers one entity for everything (to reach the 'still resolves' branch)."""

    def __init__(self, entity_id: str) -> None:
        self.entity_id = entity_id

    def resolve(self, name: str, type: str | None = None) -> Match:
        return Match(input=name, status="resolved", id=self.entity_id, method="fuzzy")


def test_a_not_entry_that_still_resolves_is_an_error(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"person/hassan-rashad.yaml": "id: hassan-rashad\ntype: person\nname: Hassan Rashad\nnot:\n  - Hassan Nasrallah\n"})
    entities, _ = load_entities(root)
    issues = check_resolution(entities, _Stub("hassan-rashad"))  # type: ignore[arg-type]
    assert [(i.line, i.code, i.message) for i in issues] == [
        (5, "not-resolves", "'not' name 'Hassan Nasrallah' still resolves to hassan-rashad (fuzzy)")]
    assert check_resolution(entities, Registry(entities)) == []


def test_an_alias_resolving_to_another_entity_is_an_error(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"person/a.yaml": "id: a\ntype: person\nname: Hassan Rashad\n"})
    entities, _ = load_entities(root)
    issues = check_resolution(entities, _Stub("b"))  # type: ignore[arg-type]
    assert [i.message for i in issues] == ["name 'Hassan Rashad' of a resolves to b instead"]


def test_a_clean_registry_has_no_issue(write_registry) -> None:  # type: ignore[no-untyped-def]
    entities, _ = load_entities(write_registry(CLEAN))
    registry = Registry(entities)
    assert check_names(entities) == check_names(entities, registry.index) == []
    assert check_resolution(entities, registry) == [] and check_near_collisions(registry) == []


@pytest.mark.parametrize(("other", "name", "line", "column"), [
    ("id: other\ntype: person\nname: HASAN  RASHAD\n", "HASAN  RASHAD", 3, 7),
    ("id: other\ntype: person\nname: Abu Mahmoud\naliases:\n  - Hasan Rashad\n", "Hasan Rashad", 5, 5),
])
def test_a_name_claimed_twice_is_an_error_at_both_places(write_registry, other: str, name: str,  # type: ignore[no-untyped-def]
                                                         line: int, column: int) -> None:
    root = write_registry({**CLEAN, "person/other.yaml": other})
    entities, _ = load_entities(root)
    issues = check_names(entities)
    assert issues == check_names(entities, Registry(entities).index)  # the index's normalizations give the same
    assert [(i.path, i.line, i.column, i.entity_id, i.code, i.level) for i in issues] == [
        (str(root / "person/hassan-rashad.yaml"), 5, 5, "hassan-rashad", "name-claimed-twice", "error"),
        (str(root / "person/other.yaml"), line, column, "other", "name-claimed-twice", "error")]
    assert [i.message for i in issues] == [
        f"name 'Hasan Rashad' is also claimed by other ({root}/person/other.yaml:{line}:{column}) (both normalize to 'hasan rashad')",
        f"name {name!r} is also claimed by hassan-rashad ({root}/person/hassan-rashad.yaml:5:5) (both normalize to 'hasan rashad')"]


def test_one_entity_may_spell_a_name_twice(write_registry) -> None:  # type: ignore[no-untyped-def]
    entities, _ = load_entities(write_registry({"person/hassan-rashad.yaml": RASHAD + "  - HASAN RASHAD\n"}))
    assert check_names(entities) == []


@pytest.mark.parametrize(("not_entry", "expected"), [
    ("Hasan Rashad", [(5, "resolves-elsewhere", "name 'Hasan Rashad' of hassan-rashad does not resolve"),
                      (9, "not-own-name", "'not' name 'Hasan Rashad' is also a name of hassan-rashad itself")]),
    ("حسن رشاد", [(6, "resolves-elsewhere", "name 'حسن رشاد' of hassan-rashad does not resolve"),
                  (9, "not-own-name", "'not' name 'حسن رشاد' is also a name of hassan-rashad itself")]),
    ("Hassan Nasrallah", []),
])
def test_a_not_entry_that_is_an_own_name(write_registry, not_entry: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[int, str, str]]) -> None:
    entities, _ = load_entities(write_registry({**CLEAN, "person/hassan-rashad.yaml": RASHAD + f"not:\n  - {not_entry}\n"}))
    issues = check_resolution(entities, Registry(entities))
    assert [(i.line, i.code, i.message) for i in issues] == expected


def test_an_ambiguous_name_points_at_the_alias_mapping_name_line(write_registry) -> None:  # type: ignore[no-untyped-def]
    other = "id: other\ntype: person\nname: Abu Mahmoud\naliases:\n  - name: حسن رشاد\n    lang: ar\n"
    entities, _ = load_entities(write_registry({**CLEAN, "person/other.yaml": other}))
    issues = [i for i in check_resolution(entities, Registry(entities)) if i.entity_id == "other"]
    assert [(i.line, i.column, i.code, i.message) for i in issues] == [
        (5, 11, "resolves-elsewhere", "name 'حسن رشاد' of other is ambiguous between hassan-rashad, other")]


def test_a_near_collision_is_a_warning_naming_both_places(write_registry) -> None:  # type: ignore[no-untyped-def]
    mashal = "id: khalid-mashal\ntype: person\nname: Abu al-Walid\naliases:\n  - name: Khalid Mashal\n    lang: en\n"
    root = write_registry({**CLEAN, "person/khaled-meshaal.yaml": "id: khaled-meshaal\ntype: person\nname: Khaled Meshaal\n",
                           "person/khalid-mashal.yaml": mashal})
    issues = check_near_collisions(Registry.load(root))
    assert [(i.path, i.line, i.column, i.level, i.code, i.entity_id) for i in issues] == [
        (str(root / "person/khaled-meshaal.yaml"), 3, 7, "warning", "near-collision", "khaled-meshaal")]
    assert issues[0].message == (
        f"near-collision: 'Khaled Meshaal' of khaled-meshaal looks like 'Khalid Mashal' of khalid-mashal "
        f"({root}/person/khalid-mashal.yaml:5:11; compare 0.92); if they are different, add one to the other's 'not' list")
