from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from namekit.frozen import new_frozen
from namekit.normalize.pipeline import NormalizedName
from namekit.resolve.result import Match


@dataclass(frozen=True)
class _Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = field(default=(), compare=False)


@pytest.mark.parametrize(
    "cls, values",
    [
        (_Point, {"x": 1, "y": 2, "tags": ("a",)}),
        (Match, {"input": "Hassan Rashad", "status": "resolved", "id": "hassan-rashad", "name": "Hassan Rashad",
                 "type": "person", "score": 1.0, "method": "exact", "candidates": (), "matched": "Hassan Rashad",
                 "redirected_from": None, "explanation": None}),
        (NormalizedName, {"original": "Al-Hayya", "text": "al hayya", "tokens": ("al", "hayya"),
                          "full_tokens": ("al", "hayya"), "titles": (), "legal_forms": (), "script": "Latin",
                          "spoken": "", "steps": ()}),
    ],
)
def test_same_object_as_the_constructor(cls: type[object], values: dict[str, object]) -> None:
    fast: object = new_frozen(cls, **values)
    slow = cls(**values)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert vars(fast) == vars(slow)


def test_every_field_of_the_real_callers() -> None:
    from dataclasses import fields

    from namekit.normalize import normalize
    from namekit.resolve.result import resolved_match

    for obj in (normalize("Dr. Abd al-Rahman, Ltd."), resolved_match("q", "i", "n", "person", 1.0, "exact", "m")):
        assert set(vars(obj)) >= {f.name for f in fields(obj)}


def test_still_frozen() -> None:
    point = new_frozen(_Point, x=1, y=0, tags=())
    with pytest.raises(FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
