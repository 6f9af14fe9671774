"""The registry's data model: entities and their names, immutable."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

__all__ = ["Alias", "Entity", "Location", "ENTITY_TYPES", "FIELD_ORDER"]

ENTITY_TYPES = ("person", "organization", "place")
# The order of keys in a formatted alias file (see namekit.registry.format).
FIELD_ORDER = ("id", "type", "name", "description", "aliases", "titles", "short", "not", "previous_ids", "links")


@dataclass(frozen=True)
class Location:
    """Where something stands in a file (1-based line and column)."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Alias:
    """Another name of an entity, with optional language (ISO 639-1), script (ISO 15924) and note."""

    name: str
    lang: str | None = None
    script: str | None = None
    note: str | None = None



def _empty_links() -> Mapping[str, str]:
    return MappingProxyType({})


def _empty_locations() -> Mapping[str, Location]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Entity:
    """One entity of the registry.

    ``short`` holds partial forms (a surname) that may resolve on their own; ``not_`` names that
    must never resolve to this entity; ``previous_ids`` retired IDs that now point here.
    ``locations`` maps a field path (``"name"``, ``"aliases.2"``) to where it is written.
    """

    id: str
    type: str
    name: str
    aliases: tuple[Alias, ...] = ()
    titles: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    not_: tuple[str, ...] = ()
    previous_ids: tuple[str, ...] = ()
    links: Mapping[str, str] = field(default_factory=_empty_links, compare=False)
    description: str | None = None
    source: Location | None = field(default=None, compare=False)
    locations: Mapping[str, Location] = field(default_factory=_empty_locations, compare=False, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, then every alias, in file order."""
        return (self.name, *(a.name for a in self.aliases))

    def location(self, path: str) -> Location:
        """Where the field ``path`` is written (the entity's own place when not known)."""
        return self.locations.get(path) or self.source or Location("<unknown>")

    def to_dict(self) -> dict[str, object]:
        """The entity as an alias file holds it (key order of :data:`FIELD_ORDER`, empty fields left out)."""
        out: dict[str, object] = {"id": self.id, "type": self.type, "name": self.name}
        if self.description:
            out["description"] = self.description
        if self.aliases:
            out["aliases"] = [
                a.name if (a.lang, a.script, a.note) == (None, None, None)
                else {k: v for k, v in (("name", a.name), ("lang", a.lang), ("script", a.script), ("note", a.note)) if v}
                for a in self.aliases
            ]
        for key, value in (("titles", self.titles), ("short", self.short), ("not", self.not_), ("previous_ids", self.previous_ids)):
            if value:
                out[key] = list(value)
        if self.links:
            out["links"] = dict(self.links)
        return out
