"""Loading a registry: a folder of alias files, one alias file, or a JSONL file of entities.

Loading gathers every problem (syntax, duplicate keys, schema, file names, duplicate IDs) before it
reports; :func:`load_entities` returns them, :func:`load` raises one :class:`RegistryError`
carrying all of them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable

from namekit.errors import ConfigError, RegistryError, RegistryIssue
from namekit.registry.model import ENTITY_TYPES, Alias, Entity, Location
from namekit.registry.schema import schema_errors
from namekit.registry.yamlmarks import parse_yaml

__all__ = ["load", "load_entities", "bundled_path", "alias_files", "entity_from_document", "REGISTRY_ENV"]

REGISTRY_ENV = "NAMEKIT_REGISTRY"
YAML_SUFFIXES = (".yaml", ".yml")


def bundled_path() -> Path:
    """The registry shipped with namekit (``namekit/_aliases`` when installed, ``aliases/`` in a checkout)."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "_aliases"
    if installed.is_dir():
        return installed
    return here.parent / "aliases"


def default_path() -> Path:
    """``$NAMEKIT_REGISTRY`` when set, else the bundled registry."""
    env = os.environ.get(REGISTRY_ENV)
    return Path(env) if env else bundled_path()


def alias_files(root: Path) -> list[Path]:
    """Every alias file under ``root``, sorted."""
    return sorted(p for p in root.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file() and not p.name.startswith("."))


def _display(path: Path) -> str:
    try:
        shown = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)
    return str(path) if shown.startswith("..") else shown


def _alias(raw: Any) -> Alias:
    if isinstance(raw, str):
        return Alias(raw.strip())
    return Alias(str(raw["name"]).strip(), raw.get("lang"), raw.get("script"), raw.get("note"))


def entity_from_document(doc: dict[str, Any], location: Location, places: dict[str, Location] | None = None) -> Entity:
    """Build an :class:`Entity` from a schema-valid document."""
    return Entity(
        id=doc["id"],
        type=doc["type"],
        name=str(doc["name"]).strip(),
        aliases=tuple(_alias(a) for a in doc.get("aliases") or ()),
        titles=tuple(str(t) for t in doc.get("titles") or ()),
        short=tuple(str(s) for s in doc.get("short") or ()),
        not_=tuple(str(s) for s in doc.get("not") or ()),
        previous_ids=tuple(doc.get("previous_ids") or ()),
        links=MappingProxyType(dict(doc.get("links") or {})),
        description=doc.get("description"),
        source=location,
        locations=MappingProxyType(dict(places or {})),
    )


def _load_yaml_file(path: Path, issues: list[RegistryIssue]) -> Entity | None:
    shown = _display(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        issues.append(RegistryIssue(shown, line, column, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", code="encoding"))
        return None
    except OSError as exc:
        issues.append(RegistryIssue(shown, 1, 1, f"cannot read: {exc.strerror}", code="io"))
        return None
    doc, places, found = parse_yaml(text, shown)
    issues.extend(found)
    if doc is None:
        return None
    entity_id = doc.get("id") if isinstance(doc, dict) and isinstance(doc.get("id"), str) else None
    if not isinstance(doc, dict):
        issues.append(RegistryIssue(shown, 1, 1, "an alias file holds one mapping (id, type, name, ...)", code="schema"))
        return None
    bad = False
    for where, message in schema_errors(doc):
        place = places.get(where) or places.get(where.rsplit(".", 1)[0]) or Location(shown)
        issues.append(RegistryIssue(shown, place.line, place.column, message, entity_id=entity_id, code="schema"))
        bad = True
    if bad:
        return None
    if doc["id"] != path.stem:
        place = places.get("id", Location(shown))
        issues.append(RegistryIssue(shown, place.line, place.column,
                                    f"id {doc['id']!r} differs from its file name {path.stem!r}", entity_id=entity_id, code="id-file"))
    folder = path.parent.name
    if folder in ENTITY_TYPES and folder != doc["type"]:
        place = places.get("type", Location(shown))
        issues.append(RegistryIssue(shown, place.line, place.column,
                                    f"type {doc['type']!r} but the file is in {folder}/", entity_id=entity_id, code="type-folder"))
    return entity_from_document(doc, Location(shown, 1, 1), places)


def _load_jsonl(path: Path, issues: list[RegistryIssue]) -> list[Entity]:
    shown = _display(path)
    out: list[Entity] = []
    try:
        handle = path.open("rb")
    except OSError as exc:
        issues.append(RegistryIssue(shown, 1, 1, f"cannot read: {exc.strerror}", code="io"))
        return out
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                doc = json.loads(raw)
            except (UnicodeDecodeError, ValueError) as exc:
                issues.append(RegistryIssue(shown, number, 1, f"not a JSON object: {exc}", code="jsonl"))
                continue
            problem = _jsonl_problem(doc)
            if problem:
                issues.append(RegistryIssue(shown, number, 1, problem, entity_id=doc.get("id") if isinstance(doc, dict) else None, code="jsonl"))
                continue
            names = [str(n).strip() for n in doc["names"] if str(n).strip()]
            extra = {k: doc[k] for k in ("titles", "short", "not", "previous_ids", "links", "description") if k in doc}
            document = {"id": str(doc["id"]), "type": doc["type"], "name": names[0],
                        "aliases": names[1:], **extra}
            out.append(entity_from_document(document, Location(shown, number, 1)))
    return out


def _jsonl_problem(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "each line must be a JSON object with id, type and names"
    for key in ("id", "type", "names"):
        if key not in doc:
            return f"missing {key!r}"
    if not isinstance(doc["id"], str) or not doc["id"].strip():
        return "'id' must be a non-empty string"
    if doc["type"] not in ENTITY_TYPES:
        return f"type {doc['type']!r} is not one of {', '.join(ENTITY_TYPES)}"
    names = doc["names"]
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names) or not str(names[0]).strip():
        return "'names' must be a non-empty list of strings, the canonical name first"
    return None


def _check_ids(entities: Iterable[Entity], issues: list[RegistryIssue]) -> None:
    seen: dict[str, Entity] = {}
    for entity in entities:
        for key in (entity.id, *entity.previous_ids):
            other = seen.get(key)
            if other is not None and other is not entity:
                where = entity.location("id") if key == entity.id else entity.location("previous_ids")
                what = "duplicate id" if key == entity.id and key == other.id else "id used twice (as an id or a previous id)"
                issues.append(RegistryIssue(where.path, where.line, where.column,
                                            f"{what} {key!r}: also in {other.location('id')}", entity_id=entity.id, code="duplicate-id"))
            else:
                seen[key] = entity


def load_entities(path: str | os.PathLike[str] | None = None) -> tuple[list[Entity], list[RegistryIssue]]:
    """Every entity that could be read, and every problem found; never raises for bad data."""
    root = Path(path) if path is not None else default_path()
    issues: list[RegistryIssue] = []
    entities: list[Entity] = []
    if not root.exists():
        raise ConfigError(f"registry not found: {root}")
    if root.is_dir():
        files = alias_files(root)
        jsonl = sorted(root.rglob("*.jsonl"))
        for file in files:
            entity = _load_yaml_file(file, issues)
            if entity is not None:
                entities.append(entity)
        for file in jsonl:
            entities.extend(_load_jsonl(file, issues))
        if not files and not jsonl:
            raise ConfigError(f"no alias files (*.yaml) under {root}")
    elif root.suffix == ".jsonl":
        entities.extend(_load_jsonl(root, issues))
    elif root.suffix in YAML_SUFFIXES:
        entity = _load_yaml_file(root, issues)
        if entity is not None:
            entities.append(entity)
    else:
        raise ConfigError(f"not a registry (a folder, a .yaml file or a .jsonl file): {root}")
    _check_ids(entities, issues)
    return entities, issues


def load(path: str | os.PathLike[str] | None = None) -> list[Entity]:
    """The entities of a registry; :class:`RegistryError` with every problem when it has errors."""
    entities, issues = load_entities(path)
    errors = [i for i in issues if i.level == "error"]
    if errors:
        raise RegistryError(errors)
    return entities
