import dataclasses

import pytest

from namekit.registry.model import Alias, Entity


def test_entity_is_frozen_and_lists_names() -> None:
    entity = Entity("edan-alexander", "person", "Edan Alexander", aliases=(Alias("Aidan Alexander"), Alias("עידן אלכסנדר", "he")))
    assert entity.names == ("Edan Alexander", "Aidan Alexander", "עידן אלכסנדר")
    with pytest.raises(dataclasses.FrozenInstanceError):
        entity.name = "x"  # type: ignore[misc]


def test_to_dict_leaves_out_empty_fields_and_keeps_order() -> None:
    entity = Entity("x", "person", "X", aliases=(Alias("Y"), Alias("Z", lang="ar")), short=("X",))
    assert entity.to_dict() == {"id": "x", "type": "person", "name": "X", "aliases": ["Y", {"name": "Z", "lang": "ar"}], "short": ["X"]}
    assert list(entity.to_dict()) == ["id", "type", "name", "aliases", "short"]
