import dataclasses

import pytest

from namekit.resolve.result import Candidate, Match


def test_match_is_frozen() -> None:
    match = Match("x", "unresolved")
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.id = "y"  # type: ignore[misc]


def test_to_dict_rounds_and_lists_candidates() -> None:
    match = Match("Rashad", "ambiguous", score=0.912345, method="short",
                  candidates=(Candidate("a", "A", 0.912345), Candidate("b", "B", 0.9)))
    assert match.to_dict()["score"] == 0.9123
    assert match.to_dict()["candidates"] == [{"id": "a", "name": "A", "score": 0.9123}, {"id": "b", "name": "B", "score": 0.9}]
    assert "redirected_from" not in match.to_dict()
