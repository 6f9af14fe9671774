"""Registry-wide checks that need every entity at once.

- :func:`check_names` (error): one name claimed by two entities after normalization.
- :func:`check_resolution` (error): a name or alias that does not resolve to its own entity; a
  ``not`` entry that still resolves to the entity, or that is one of the entity's own names.
- :func:`check_near_collisions` (warning): a name that ``compare`` takes for another entity's name.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Sequence

from namekit.errors import RegistryIssue
from namekit.match.index import NameIndex
from namekit.match.keys import normalized_keys
from namekit.normalize.pipeline import normalize
from namekit.registry.collisions import near_collisions
from namekit.registry.model import Entity, Location

if TYPE_CHECKING:  # pragma: no cover
    from namekit.registry.registry import Registry

__all__ = ["check_names", "check_resolution", "check_near_collisions"]


def _name_fields(entity: Entity) -> list[tuple[str, str]]:
    return [("name", entity.name)] + [(f"aliases.{i}", a.name) for i, a in enumerate(entity.aliases)]


def _where(entity: Entity, field: str) -> Location:
    """The place of a name: an alias mapping's ``name`` line when it has one."""
    if field.startswith("aliases") and field + ".name" in entity.locations:
        return entity.location(field + ".name")
    return entity.location(field)


def check_names(entities: Sequence[Entity], index: NameIndex | None = None) -> list[RegistryIssue]:
    """One name claimed by two entities after normalization: an error naming both files.

    With the registry's ``index``, the names it normalized already are used (same result, faster).
    """
    normalized: dict[tuple[str, str], str] = {}
    if index is not None:
        for entry in index.names:
            if entry.kind != "short":
                normalized[(index.entities[entry.entity].id, entry.text)] = entry.normalized.text
    claims: dict[str, list[tuple[Entity, str, str]]] = defaultdict(list)
    for entity in entities:
        seen_here: set[str] = set()
        for field, text in _name_fields(entity):
            key = normalized.get((entity.id, text))
            if key is None:
                key = normalize(text, entity.type).text
            if not key or key in seen_here:
                continue
            seen_here.add(key)
            claims[key].append((entity, field, text))
    issues = []
    for key, owners in claims.items():
        if len({e.id for e, _, _ in owners}) < 2:
            continue
        for entity, field, text in owners:
            others = ", ".join(f"{o.id} ({_where(o, f)})" for o, f, _ in owners if o.id != entity.id)
            where = _where(entity, field)
            issues.append(RegistryIssue(where.path, where.line, where.column,
                                        f"name {text!r} is also claimed by {others} (both normalize to {key!r})",
                                        entity_id=entity.id, code="name-claimed-twice"))
    return issues


def check_resolution(entities: Sequence[Entity], registry: "Registry") -> list[RegistryIssue]:
    """Every name must resolve to its own entity; a ``not`` entry must not resolve to it, nor be its own name."""
    issues = []
    for entity in entities:
        own_keys: set[str] = set()
        for field, text in _name_fields(entity):
            own_keys.update(normalized_keys(normalize(text, entity.type)))
            match = registry.resolve(text)
            if match.status == "resolved" and match.id == entity.id:
                continue
            if match.status == "resolved":
                what, code = f"resolves to {match.id} instead", "resolves-elsewhere"
            elif match.status == "ambiguous":
                what, code = "is ambiguous between " + ", ".join(c.id for c in match.candidates), "resolves-elsewhere"
            else:
                what, code = "does not resolve", "resolves-elsewhere"
            where = _where(entity, field)
            issues.append(RegistryIssue(where.path, where.line, where.column, f"name {text!r} of {entity.id} {what}",
                                        entity_id=entity.id, code=code))
        for i, text in enumerate(entity.not_):
            where = entity.location(f"not.{i}")
            if own_keys & set(normalized_keys(normalize(text, entity.type))):
                issues.append(RegistryIssue(where.path, where.line, where.column,
                                            f"'not' name {text!r} is also a name of {entity.id} itself",
                                            entity_id=entity.id, code="not-own-name"))
                continue
            for type_ in (None, entity.type):
                match = registry.resolve(text, type_)
                if match.id == entity.id:
                    issues.append(RegistryIssue(where.path, where.line, where.column,
                                                f"'not' name {text!r} still resolves to {entity.id} ({match.method})",
                                                entity_id=entity.id, code="not-resolves"))
                    break
    return issues


def check_near_collisions(registry: "Registry") -> list[RegistryIssue]:
    """A warning for each name that ``compare`` takes for a name of another entity (see :mod:`~namekit.registry.collisions`)."""
    index = registry.index
    issues = []
    for found in near_collisions(index):
        left, right = index.names[found.left], index.names[found.right]
        mine, other = index.entities[left.entity], index.entities[right.entity]
        field = _field_of(mine, left.text)
        other_field = _field_of(other, right.text)
        where, there = _where(mine, field), _where(other, other_field)
        issues.append(RegistryIssue(
            where.path, where.line, where.column,
            f"near-collision: {left.text!r} of {mine.id} looks like {right.text!r} of {other.id} ({there}; compare "
            f"{found.score:.2f}); if they are different, add one to the other's 'not' list",
            level="warning", entity_id=mine.id, code="near-collision"))
    return issues


def _field_of(entity: Entity, text: str) -> str:
    if text == entity.name:
        return "name"
    for i, alias in enumerate(entity.aliases):
        if alias.name == text:
            return f"aliases.{i}"
    return "name"
