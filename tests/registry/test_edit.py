"""new and add: minted IDs, refusals that name the other entity, comments kept; retired IDs redirect."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from namekit.cli import main
from namekit.errors import InputError
from namekit.registry.edit import add_aliases, new_entity
from namekit.registry.registry import Registry

FILES = {
    "person/hassan-rashad.yaml": "# keep this header\nid: hassan-rashad\ntype: person\nname: Hassan Rashad\n"
                                 "aliases:\n  - Hasan Rashad  # AP spelling\n",
    "organization/hamas.yaml": "id: hamas\ntype: organization\nname: Hamas\nprevious_ids:\n  - hamas-movement\n",
}


def test_new_writes_a_formatted_file(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(FILES)
    path = new_entity(root, "person", "Yahya  Sinwar", ["Yehia al-Sinwar", "Abu Ibrahim"], description="Hamas leader in Gaza")
    assert path == root / "person" / "yahya-sinwar.yaml"
    assert path.read_text(encoding="utf-8") == (
        "id: yahya-sinwar\ntype: person\nname: Yahya Sinwar\ndescription: Hamas leader in Gaza\n"
        "aliases:\n  - Abu Ibrahim\n  - Yehia al-Sinwar\n")
    assert Registry.load(root).resolve("Yehia al-Sinwar").id == "yahya-sinwar"


@pytest.mark.parametrize(("args", "kwargs", "message"), [
    (("person", "Hassan Rashad"), {}, "id 'hassan-rashad' is taken: it is the id of hassan-rashad"),
    (("organization", "Hamas Movement"), {"entity_id": "hamas-movement"},
     "id 'hamas-movement' is taken: it is a retired id that now points to hamas"),
    (("person", "Hasan Rashad"), {"entity_id": "h-r"}, "name 'Hasan Rashad' is already claimed by hassan-rashad"),
    (("person", "Someone New", ["HASAN RASHAD"]), {}, "name 'HASAN RASHAD' is already claimed by hassan-rashad"),
    (("person", "X Y"), {"entity_id": "Not A Slug"}, "is not a lowercase ASCII slug"),
    (("animal", "Rex"), {}, "type 'animal' is not one of"),
])
def test_new_refuses(write_registry, args: tuple, kwargs: dict, message: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        new_entity(write_registry(FILES), *args, **kwargs)


def test_add_keeps_comments_and_sorts(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(FILES)
    done = add_aliases(root, "hassan-rashad", ["Hassan Mahmoud Rashad", "hasan rashad", "Abu Mahmoud"])
    assert (done.added, done.present) == (("Hassan Mahmoud Rashad", "Abu Mahmoud"), ("hasan rashad",))
    assert (root / "person" / "hassan-rashad.yaml").read_text(encoding="utf-8") == (
        "# keep this header\nid: hassan-rashad\ntype: person\nname: Hassan Rashad\n"
        "aliases:\n  - Abu Mahmoud\n  - Hasan Rashad  # AP spelling\n  - Hassan Mahmoud Rashad\n")


@pytest.mark.parametrize(("entity_id", "alias", "message"), [
    ("hassan-rashad", "Hamas", "alias 'Hamas' is already claimed by hamas"),
    ("hamas-movement", "Harakat", "'hamas-movement' is a retired id: it now points to hamas"),
    ("nobody", "X", "no entity with id 'nobody'"),
])
def test_add_refuses(write_registry, entity_id: str, alias: str, message: str) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(FILES)
    before = (root / "person" / "hassan-rashad.yaml").read_text(encoding="utf-8")
    with pytest.raises(InputError, match=message):
        add_aliases(root, entity_id, [alias])
    assert (root / "person" / "hassan-rashad.yaml").read_text(encoding="utf-8") == before


def test_a_retired_id_resolves_to_its_successor(write_registry) -> None:  # type: ignore[no-untyped-def]
    registry = Registry.load(write_registry(FILES))
    match = registry.resolve("hamas-movement")
    assert (match.id, match.method, match.redirected_from) == ("hamas", "id", "hamas-movement")
    assert match.to_dict()["redirected_from"] == "hamas-movement"
    assert registry.resolve("hamas-movement", "person").id is None
    assert registry.resolve("Hamas").redirected_from is None
    result = CliRunner().invoke(main, ["resolve", "hamas-movement", "--format", "jsonl", "--registry", str(registry.source)])
    assert '"redirected_from": "hamas-movement"' in result.stdout
