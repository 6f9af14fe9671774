import dataclasses

import pytest

from namekit import ResolverConfig
from namekit.errors import ConfigError


@pytest.mark.parametrize("field, value", [("threshold", -0.1), ("single_threshold", 1.5), ("fuller_threshold", -0.5), ("margin", 2.0), ("translit_threshold", 1.01), ("max_candidates", 0), ("aligned_candidates", 0)])
def test_out_of_range(field: str, value: float) -> None:
    with pytest.raises(ConfigError):
        ResolverConfig(**{field: value})  # type: ignore[arg-type]


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ResolverConfig().threshold = 0.5  # type: ignore[misc]


def test_one_part_names_have_their_own_threshold() -> None:
    from namekit.match.index import build_index
    from namekit.registry.model import Entity
    from namekit.resolve.resolver import Resolver

    index = build_index([Entity(id="meshaal", type="person", name="Meshaal")])
    # "Mashaal" scores about 0.9 against "Meshaal": enough for a two-part threshold, not a one-part one
    score = Resolver(index, ResolverConfig(single_threshold=0.0)).resolve("Mashaal").score
    assert 0.8 < score < 0.95
    assert Resolver(index, ResolverConfig(single_threshold=score)).resolve("Mashaal").id == "meshaal"
    assert Resolver(index, ResolverConfig(threshold=0.0, single_threshold=min(1.0, score + 0.01))).resolve("Mashaal").id is None
