"""namekit.registry.ids: how IDs are minted, and that no ID (current or retired) is given twice."""

from __future__ import annotations

import pytest

from namekit.errors import InputError
from namekit.registry.ids import check_free, mint_id, taken_ids
from namekit.registry.loader import load_entities
from namekit.registry.model import Entity, Location

ENTITIES = [
    Entity("hassan-rashad", "person", "Hassan Rashad", source=Location("aliases/person/hassan-rashad.yaml", 1, 1)),
    Entity("hamas", "organization", "Hamas", previous_ids=("hamas-movement", "harakat-hamas")),
    Entity("khalil-al-hayya", "person", "Khalil al-Hayya", previous_ids=("hamas",)),  # a clash: the live id wins
]


@pytest.mark.parametrize(("name", "minted"), [
    ("Hassan Rashad", "hassan-rashad"),
    ("Khalil al-Hayya", "khalil-al-hayya"),
    ("İbrahim Kalın", "ibrahim-kalin"),
    ("Gideon Sa'ar", "gideon-sa-ar"),
])
def test_mint_id(name: str, minted: str) -> None:
    # moved from tests/registry/test_edit.py
    assert mint_id(name) == minted


@pytest.mark.parametrize(("name", "minted"), [
    ("  Edan   Alexander  ", "edan-alexander"),
    ("EDAN ALEXANDER", "edan-alexander"),
    ("Hamas (Harakat al-Muqawama al-Islamiya)", "hamas-harakat-al-muqawama-al-islamiya"),
    ("United Nations Relief and Works Agency, 1949", "united-nations-relief-and-works-agency-1949"),
    ("a " * 100, "-".join(["a"] * 60)),  # at most 120 characters, no hyphen left at the end
])
def test_mint_id_cleans_and_caps(name: str, minted: str) -> None:
    assert mint_id(name) == minted and len(minted) <= 120


def test_mint_id_needs_a_letter_or_digit() -> None:
    with pytest.raises(InputError, match="has no letter or digit"):
        mint_id(" - ! ")


def test_taken_ids_names_the_holder() -> None:
    assert taken_ids(ENTITIES) == {
        "hassan-rashad": "the id of hassan-rashad (aliases/person/hassan-rashad.yaml:1:1)",
        "hamas": "the id of hamas",
        "hamas-movement": "a retired id that now points to hamas",
        "harakat-hamas": "a retired id that now points to hamas",
        "khalil-al-hayya": "the id of khalil-al-hayya",
    }
    assert taken_ids([]) == {}


@pytest.mark.parametrize("entity_id", ["edan-alexander", "hassan-rashad-2", "unit-8200", "x" * 120])
def test_check_free_accepts_a_new_slug(entity_id: str) -> None:
    assert entity_id not in taken_ids(ENTITIES)
    check_free(entity_id, ENTITIES)  # raises InputError when refused


@pytest.mark.parametrize(("entity_id", "message"), [
    ("hassan-rashad", "id 'hassan-rashad' is taken: it is the id of hassan-rashad (aliases/person/hassan-rashad.yaml:1:1); "
                      "choose another with --id"),
    ("harakat-hamas", "id 'harakat-hamas' is taken: it is a retired id that now points to hamas; choose another with --id"),
    ("Hassan-Rashad", "id 'Hassan-Rashad' is not a lowercase ASCII slug"),
    ("hassan--rashad", "is not a lowercase ASCII slug"),
    ("ḥassan-rashad", "is not a lowercase ASCII slug"),
    ("", "is not a lowercase ASCII slug"),
    ("x" * 121, "at most 120"),
])
def test_check_free_refuses(entity_id: str, message: str) -> None:
    with pytest.raises(InputError) as raised:
        check_free(entity_id, ENTITIES)
    assert message in str(raised.value)
    assert raised.value.entity_id == (entity_id if "taken" in message else None)


def test_retired_ids_of_a_loaded_registry_are_taken(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"organization/hamas.yaml": "id: hamas\ntype: organization\nname: Hamas\nprevious_ids:\n  - hamas-movement\n"})
    entities, _ = load_entities(root)
    assert taken_ids(entities)["hamas-movement"] == "a retired id that now points to hamas"
    with pytest.raises(InputError, match="retired id"):
        check_free("hamas-movement", entities)
    check_free(mint_id("Hamas Movement Gaza"), entities)  # a new slug is free: no InputError
