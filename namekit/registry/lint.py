"""``lint``: every problem of a registry at once, sorted by file and line.

Errors (the registry is wrong): YAML and schema problems, duplicate keys and IDs, an ID that is
not its file name, a name claimed by two entities, a name or alias that does not resolve to its
own entity, a ``not`` entry that still resolves to it or is one of its own names.

Warnings (a reviewer should look): near-collisions with another entity's name, and alias files
not in the canonical layout of ``namekit fmt``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from namekit.errors import RegistryIssue
from namekit.registry.format import FormatError, dump_entity, format_text
from namekit.registry.loader import YAML_SUFFIXES, default_path, load_entities
from namekit.registry.model import Entity
from namekit.registry.validate import check_names, check_near_collisions, check_resolution

__all__ = ["lint", "check_format", "CHECKS", "ERROR", "WARNING"]

ERROR = "error"
WARNING = "warning"
# The checks beyond loading, each of which can be switched off (``lint(path, skip={"format"})``).
CHECKS = ("names", "resolution", "near-collisions", "format")


def check_format(entities: Iterable[Entity], *, skip_paths: Iterable[str] = ()) -> list[RegistryIssue]:
    """A warning for each alias file that ``namekit fmt`` would change, at the first line it would change.

    ``skip_paths``: files not to look at (those with loading errors: fmt refuses them anyway).
    """
    issues = []
    skipped = set(skip_paths)
    for entity in entities:
        source = entity.source
        if source is None or not source.path.endswith(YAML_SUFFIXES) or source.path in skipped:
            continue
        try:
            text = Path(source.path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the loader has said so already
        if text == dump_entity(entity):
            continue  # the common case, without parsing the file again
        try:
            formatted = format_text(text, source.path, check_schema=False)
        except FormatError as exc:
            issues.append(RegistryIssue(source.path, exc.line or 1, exc.column or 1, f"cannot be formatted: {exc.message}",
                                        level=WARNING, entity_id=entity.id, code="not-formatted"))
            continue
        if formatted == text:
            continue
        old, new = text.splitlines(), formatted.splitlines()
        line = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new))) + 1
        issues.append(RegistryIssue(source.path, line, 1, "not in canonical format (run: namekit fmt " + source.path + ")",
                                    level=WARNING, entity_id=entity.id, code="not-formatted"))
    return issues


def lint(path: str | os.PathLike[str] | None = None, *, skip: Iterable[str] = ()) -> list[RegistryIssue]:
    """Load the registry at ``path`` (None: the default one) and check it; never raises for bad data."""
    from namekit.registry.registry import Registry

    skipped = set(skip)
    unknown = skipped - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown check(s): {', '.join(sorted(unknown))} (known: {', '.join(CHECKS)})")
    entities, issues = load_entities(path if path is not None else default_path())
    issues = list(issues)
    if entities:
        registry = Registry(entities)
        if "names" not in skipped:
            issues += check_names(entities, registry.index)
        if "resolution" not in skipped:
            issues += check_resolution(entities, registry)
        if "near-collisions" not in skipped:
            issues += check_near_collisions(registry)
    if "format" not in skipped:
        issues += check_format(entities, skip_paths={i.path for i in issues if i.level == ERROR})
    unique = {(i.path, i.line, i.column, i.message): i for i in issues}
    return sorted(unique.values(), key=lambda i: (i.path, i.line, i.column, i.level, i.message))
