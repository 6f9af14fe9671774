import dataclasses

import pytest

from namekit import ResolverConfig
from namekit.errors import ConfigError


@pytest.mark.parametrize("field, value", [("threshold", -0.1), ("margin", 2.0), ("translit_threshold", 1.01), ("max_candidates", 0), ("aligned_candidates", 0)])
def test_out_of_range(field: str, value: float) -> None:
    with pytest.raises(ConfigError):
        ResolverConfig(**{field: value})  # type: ignore[arg-type]


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ResolverConfig().threshold = 0.5  # type: ignore[misc]
