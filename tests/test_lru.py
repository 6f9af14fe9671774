"""The bounded cache of answers shared by clean and resolve."""

from __future__ import annotations

from namekit.clean import Answer
from namekit.lru import LRU


def test_drops_the_least_recently_used() -> None:
    cache = LRU[Answer](2)
    a, b, c = (Answer(x, x, "resolved", 1.0) for x in "abc")
    cache.put("a", a)
    cache.put("b", b)
    assert cache.get("a") == a  # a is now the most recent
    cache.put("c", c)
    assert cache.get("b") is None and cache.get("a") == a and cache.get("c") == c
