"""Answers kept by name, least recently used dropped first: a repeated name is resolved once, and
memory stays bounded however many distinct names a file holds (``clean``, ``resolve``)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

__all__ = ["LRU", "ANSWERS_KEPT"]

V = TypeVar("V")

# How many answers the batch commands keep: enough for the repeats of a real list.
ANSWERS_KEPT = 100_000


class LRU(Generic[V]):
    """At most ``size`` values by string key; reading one makes it the most recent."""

    def __init__(self, size: int | None = None) -> None:
        self._size = max(1, ANSWERS_KEPT if size is None else size)
        self._items: OrderedDict[str, V] = OrderedDict()

    def get(self, key: str) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: str, value: V) -> None:
        self._items[key] = value
        if len(self._items) > self._size:
            self._items.popitem(last=False)
