"""Registry-wide checks that need every entity at once: names claimed twice, names that resolve elsewhere."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from namekit.errors import RegistryIssue
from namekit.match.keys import normalized_keys
from namekit.normalize.pipeline import normalize
from namekit.registry.model import Entity

__all__ = ["check_names", "check_resolution"]


def check_names(entities: Sequence[Entity]) -> list[RegistryIssue]:
    """One name claimed by two entities after normalization: an error naming both files."""
    claims: dict[str, list[tuple[Entity, str, str]]] = defaultdict(list)
    for entity in entities:
        fields = [("name", entity.name)] + [(f"aliases.{i}", a.name) for i, a in enumerate(entity.aliases)]
        seen_here: set[str] = set()
        for field, text in fields:
            norm = normalize(text, entity.type)
            key = norm.text
            if not key or key in seen_here:
                continue
            seen_here.add(key)
            claims[key].append((entity, field, text))
    issues = []
    for key, owners in claims.items():
        ids = {e.id for e, _, _ in owners}
        if len(ids) < 2:
            continue
        for entity, field, text in owners:
            others = ", ".join(f"{o.id} ({o.location(f)})" for o, f, _ in owners if o.id != entity.id)
            where = entity.location(field if field != "name" else "name")
            where = entity.location(field + ".name") if field.startswith("aliases") and field + ".name" in entity.locations else where
            issues.append(RegistryIssue(where.path, where.line, where.column,
                                        f"name {text!r} is also claimed by {others} (both normalize to {key!r})",
                                        entity_id=entity.id, code="name-claimed-twice"))
    return issues


def check_resolution(entities: Sequence[Entity], registry: "Registry") -> list[RegistryIssue]:
    """Every name must resolve to its own entity; a ``not`` name must not resolve to it."""
    issues = []
    for entity in entities:
        fields = [("name", entity.name)] + [(f"aliases.{i}", a.name) for i, a in enumerate(entity.aliases)]
        for field, text in fields:
            match = registry.resolve(text)
            if match.status == "resolved" and match.id == entity.id:
                continue
            where = entity.location(field)
            if match.status == "resolved":
                what = f"resolves to {match.id} instead"
            elif match.status == "ambiguous":
                what = "is ambiguous between " + ", ".join(c.id for c in match.candidates)
            else:
                what = "does not resolve"
            issues.append(RegistryIssue(where.path, where.line, where.column, f"name {text!r} of {entity.id} {what}",
                                        entity_id=entity.id, code="resolves-elsewhere"))
        for i, text in enumerate(entity.not_):
            match = registry.resolve(text)
            if match.id == entity.id:
                where = entity.location(f"not.{i}")
                issues.append(RegistryIssue(where.path, where.line, where.column,
                                            f"'not' name {text!r} still resolves to {entity.id}", entity_id=entity.id, code="not-resolves"))
    return issues


from namekit.registry.registry import Registry  # noqa: E402  (type only; avoids an import cycle)
