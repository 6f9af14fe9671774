"""``lint``: every problem of a registry at once, sorted by file and line."""

from __future__ import annotations

import os

from namekit.errors import RegistryIssue
from namekit.registry.loader import load_entities
from namekit.registry.validate import check_names, check_resolution

__all__ = ["lint"]


def lint(path: str | os.PathLike[str] | None = None) -> list[RegistryIssue]:
    """Load the registry at ``path`` (None: the default one) and check it; never raises for bad data."""
    from namekit.registry.registry import Registry

    entities, issues = load_entities(path)
    issues = list(issues) + check_names(entities)
    if entities:
        issues += check_resolution(entities, Registry(entities))
    unique = {(i.path, i.line, i.column, i.message): i for i in issues}
    return sorted(unique.values(), key=lambda i: (i.path, i.line, i.column, i.message))
