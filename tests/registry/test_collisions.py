"""namekit.registry.collisions: names of two entities that compare takes for one another."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from namekit.match.index import NameIndex, build_index
from namekit.registry.collisions import NearCollision, near_collisions
from namekit.registry.loader import load

MESHAAL = "id: khaled-meshaal\ntype: person\nname: Khaled Meshaal\n"
MASHAL = "id: khalid-mashal\ntype: person\nname: Khalid Mashal\naliases:\n  - Khaled Mashal\n"
OTHERS = {
    "person/hassan-rashad.yaml": "id: hassan-rashad\ntype: person\nname: Hassan Rashad\naliases: [Hasan Rashad]\n",
    "person/edan-alexander.yaml": "id: edan-alexander\ntype: person\nname: Edan Alexander\naliases: [Aidan Alexander]\n",
    "person/mohammad-darwish.yaml": "id: mohammad-darwish\ntype: person\nname: Mohammad Darwish\n",
    "person/mahmoud-darwish.yaml": "id: mahmoud-darwish\ntype: person\nname: Mahmoud Darwish\n",
}

Write = Callable[[dict[str, str]], Path]


def _index(write_registry: Write, files: dict[str, str]) -> NameIndex:
    return build_index(load(write_registry(files)))


def _named(index: NameIndex, found: list[NearCollision]) -> list[tuple[str, str, str, str]]:
    """Each collision as (entity, name, other entity, other name)."""
    out = []
    for c in found:
        left, right = index.names[c.left], index.names[c.right]
        out.append((index.entities[left.entity].id, left.text, index.entities[right.entity].id, right.text))
    return out


def test_one_collision_per_pair_of_entities(write_registry: Write) -> None:
    index = _index(write_registry, {**OTHERS, "person/khaled-meshaal.yaml": MESHAAL, "person/khalid-mashal.yaml": MASHAL})
    found = near_collisions(index)
    # "Khaled Mashal" looks like "Khaled Meshaal" too, but the first pair of names in registry order is reported, once
    assert _named(index, found) == [("khaled-meshaal", "Khaled Meshaal", "khalid-mashal", "Khalid Mashal")]
    assert found[0].score == pytest.approx(0.92, abs=0.005) and found[0].left < found[0].right


def test_different_people_with_alike_names_are_not_collisions(write_registry: Write) -> None:
    # Mohammad / Mahmoud Darwish, Hassan Rashad / Edan Alexander: compare keeps them apart
    assert near_collisions(_index(write_registry, OTHERS)) == []


@pytest.mark.parametrize(("entity", "extra"), [
    ("person/khalid-mashal.yaml", "not:\n  - Khaled Meshaal\n"),
    ("person/khaled-meshaal.yaml", "not:\n  - Khalid Mashal\n"),
    ("person/khaled-meshaal.yaml", "not:\n  - Khaled Mashal\n"),  # another spelling of the other acknowledges them all
])
def test_a_not_entry_acknowledges_the_pair(write_registry: Write, entity: str, extra: str) -> None:
    files = {**OTHERS, "person/khaled-meshaal.yaml": MESHAAL, "person/khalid-mashal.yaml": MASHAL}
    files[entity] += extra
    assert near_collisions(_index(write_registry, files)) == []


def test_names_of_different_types_are_not_compared(write_registry: Write) -> None:
    files = {"person/khaled-meshaal.yaml": MESHAAL,
             "organization/khalid-mashal.yaml": "id: khalid-mashal\ntype: organization\nname: Khalid Mashal\n"}
    assert near_collisions(_index(write_registry, files)) == []


def test_names_that_normalize_alike_are_left_to_check_names(write_registry: Write) -> None:
    files = {"person/a.yaml": "id: a\ntype: person\nname: Hassan Rashad\n",
             "person/b.yaml": "id: b\ntype: person\nname: HASSAN  RASHAD\n"}
    assert near_collisions(_index(write_registry, files)) == []


@pytest.mark.parametrize(("threshold", "block_cap", "count"), [
    (0.85, 60, 1), (0.9, 60, 1), (0.95, 60, 0), (0.85, 0, 1), (0.85, 1, 1),
])
def test_threshold_and_block_cap(write_registry: Write, threshold: float, block_cap: int, count: int) -> None:
    index = _index(write_registry, {**OTHERS, "person/khaled-meshaal.yaml": MESHAAL, "person/khalid-mashal.yaml": MASHAL})
    found = near_collisions(index, threshold=threshold, block_cap=block_cap)
    assert len(found) == count
    assert all(f.score >= threshold for f in found)
