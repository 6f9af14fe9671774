"""Editing a registry of alias files: a new entity (``namekit new``), more aliases (``namekit add``).

Both refuse rather than make the registry worse: a taken or retired ID, or a name that another
entity already claims (after normalization), is an :class:`~namekit.errors.InputError` naming it.
Files are written whole (temporary file, then rename) in the canonical layout; ``add`` keeps the
file's comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import yaml

from namekit.errors import ConfigError, InputError
from namekit.io.atomic import atomic_output
from namekit.match.index import NameIndex
from namekit.match.keys import normalized_keys
from namekit.normalize.pipeline import normalize
from namekit.registry.format import dump_entity, format_text, verify_lossless
from namekit.registry.ids import check_free, mint_id
from namekit.registry.loader import load_entities
from namekit.registry.model import ENTITY_TYPES, Entity
from namekit.registry.registry import Registry

__all__ = ["new_entity", "add_aliases", "Added", "claimed_by"]


@dataclass(frozen=True)
class Added:
    """What ``add_aliases`` did: the file written, the aliases added, those the entity had already."""

    path: Path
    added: tuple[str, ...]
    present: tuple[str, ...]


def _load(root: Path) -> tuple[list[Entity], NameIndex]:
    if not root.is_dir():
        raise ConfigError(f"not a registry folder: {root} (new and add write alias files into a folder)")
    entities, _ = load_entities(root)
    return entities, Registry(entities).index


def claimed_by(index: NameIndex, name: str, type: str) -> list[str]:
    """The IDs of the entities that already have ``name`` (after normalization) as a name or alias."""
    keys = normalized_keys(normalize(name, type))
    owners = {index.names[pos].entity for key in keys for pos in index.normalized.get(key, ())}
    return sorted(index.entities[e].id for e in owners)


def _clean(names: Sequence[str]) -> list[str]:
    out = []
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise InputError("a name must be a non-empty string")
        out.append(" ".join(name.split()))
    return list(dict.fromkeys(out))


def new_entity(root: str | Path, type: str, name: str, aliases: Sequence[str] = (), *,
               entity_id: str | None = None, description: str | None = None) -> Path:
    """Write ``root/<type>/<id>.yaml`` for a new entity; returns its path."""
    if type not in ENTITY_TYPES:
        raise InputError(f"type {type!r} is not one of {', '.join(ENTITY_TYPES)}")
    folder = Path(root)
    entities, index = _load(folder)
    names = _clean([name, *aliases])
    new_id = entity_id if entity_id is not None else mint_id(names[0])
    check_free(new_id, entities)
    for text in names:
        owners = claimed_by(index, text, type)
        if owners:
            raise InputError(f"name {text!r} is already claimed by {', '.join(owners)}: use 'namekit add' or "
                             f"'namekit show {owners[0]}'", entity_id=owners[0])
    target = folder / type / f"{new_id}.yaml"
    if target.exists():
        raise InputError(f"{target} exists already", entity_id=new_id)
    doc: dict[str, object] = {"id": new_id, "type": type, "name": names[0], "aliases": names[1:]}
    if description:
        doc["description"] = description.strip()
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(target) as handle:
        handle.write(dump_entity(doc))
    return target


def add_aliases(root: str | Path, entity_id: str, aliases: Sequence[str]) -> Added:
    """Add ``aliases`` to the alias file of ``entity_id``, comments kept; refuses names another entity claims."""
    entities, index = _load(Path(root))
    pos = index.by_id.get(entity_id)
    if pos is None:
        successor = index.redirects.get(entity_id)
        if successor is not None:
            raise InputError(f"{entity_id!r} is a retired id: it now points to {index.entities[successor].id}",
                             entity_id=entity_id)
        raise InputError(f"no entity with id {entity_id!r}", entity_id=entity_id)
    entity = index.entities[pos]
    if entity.source is None or not entity.source.path.endswith((".yaml", ".yml")):
        raise InputError(f"{entity_id} is not in an alias file (a JSONL registry?): edit its source instead",
                         entity_id=entity_id)
    added: list[str] = []
    present: list[str] = []
    for text in _clean(aliases):
        owners = claimed_by(index, text, entity.type)
        others = [o for o in owners if o != entity.id]
        if others:
            raise InputError(f"alias {text!r} is already claimed by {', '.join(others)}", entity_id=others[0])
        (present if owners else added).append(text)
    path = Path(entity.source.path)
    if added:
        text = path.read_text(encoding="utf-8")
        new_text = format_text(text, str(path), add_aliases=tuple(added))
        verify_lossless(text, new_text, str(path), expected=_with_aliases(text, added))
        with atomic_output(path) as handle:
            handle.write(new_text)
    return Added(path, tuple(added), tuple(present))


def _with_aliases(text: str, added: list[str]) -> dict[str, Any]:
    """The file's data as it should be after the change (what the written file is checked against)."""
    doc: dict[str, Any] = yaml.safe_load(text)
    doc["aliases"] = list(doc.get("aliases") or []) + added
    return doc
