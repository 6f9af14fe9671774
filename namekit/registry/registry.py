"""The :class:`Registry`: entities loaded once, indexed, and resolved against. Immutable."""

from __future__ import annotations

import os
from typing import Iterable, Iterator, Sequence

from namekit.cache import load_index
from namekit.errors import ConfigError
from namekit.match.index import NameIndex, build_index
from namekit.normalize.pipeline import NAME_TYPES
from namekit.registry import loader
from namekit.registry.model import Entity
from namekit.resolve.config import ResolverConfig
from namekit.resolve.resolver import Resolver
from namekit.resolve.result import Match

__all__ = ["Registry"]


def _check_type(type: str | None) -> None:
    if type is not None and type not in NAME_TYPES:
        raise ConfigError(f"unknown type {type!r}: one of {', '.join(NAME_TYPES)}")


class Registry:
    """A registry of entities and the resolver over it.

    >>> registry = Registry.load()              # the bundled registry
    >>> registry.resolve("Maj. Gen. Rashad").id
    'hassan-rashad'

    Built once, never changed: safe to share between threads and to send to worker processes.
    """

    def __init__(self, entities: Iterable[Entity], *, config: ResolverConfig | None = None,
                 source: str | None = None, index: NameIndex | None = None) -> None:
        self._index = index if index is not None else build_index(entities)
        self._resolver = Resolver(self._index, config)
        self._source = source

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, *, config: ResolverConfig | None = None) -> "Registry":
        """Load a registry: a folder of alias files, one alias file or a JSONL file.

        ``None`` loads ``$NAMEKIT_REGISTRY`` when set, else the registry bundled with namekit.
        Raises :class:`~namekit.errors.RegistryError` with every problem found.
        """
        root = path if path is not None else loader.default_path()
        index, _ = load_index(root)  # the compiled index, mapped from the on-disk cache when it can
        return cls((), config=config, source=str(root), index=index)

    # -- the entities ---------------------------------------------------------------------------

    @property
    def source(self) -> str | None:
        return self._source

    @property
    def index(self) -> NameIndex:
        return self._index

    @property
    def config(self) -> ResolverConfig:
        return self._resolver.config

    @property
    def entities(self) -> Sequence[Entity]:
        return self._index.entities

    def __len__(self) -> int:
        return len(self._index.entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._index.entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._index.by_id or entity_id in self._index.redirects

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this ID, or the one a retired ID now points to; None when unknown."""
        pos = self._index.by_id.get(entity_id)
        if pos is None:
            pos = self._index.redirects.get(entity_id)
        return None if pos is None else self._index.entities[pos]

    # -- resolving ------------------------------------------------------------------------------

    def resolve(self, name: str, type: str | None = None, *, explain: bool = False) -> Match:
        """The verdict on one name. ``type`` limits the answer to one entity type."""
        if type is not None:
            _check_type(type)
        return self._resolver.resolve(name, type, explain=explain)

    def resolve_many(self, names: Iterable[str], type: str | None = None) -> list[Match]:
        """Verdicts for many names, in order; a name repeated is resolved once."""
        _check_type(type)
        done: dict[str, Match] = {}
        out = []
        for name in names:
            if not isinstance(name, str):
                raise TypeError(f"names must be str, not {builtin_type(name).__name__}")
            match = done.get(name)
            if match is None:
                match = done[name] = self._resolver.resolve(name, type)
            out.append(match)
        return out

    def with_config(self, config: ResolverConfig) -> "Registry":
        """The same registry and index with other resolver settings."""
        return Registry((), config=config, source=self._source, index=self._index)


builtin_type = type
