"""The canonical layout of an alias file: key order, sorted unique aliases, block style, one final newline."""

from __future__ import annotations

from typing import Any

import yaml

from namekit.registry.model import FIELD_ORDER, Entity
from namekit.normalize.unicode import fold

__all__ = ["dump_entity", "canonical_document"]


class _Dumper(yaml.SafeDumper):
    """Block style with list items indented under their key ("aliases:\\n  - x")."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _alias_sort_key(alias: Any) -> tuple[str, str]:
    name = alias["name"] if isinstance(alias, dict) else alias
    return (fold(name), name)


def canonical_document(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` in canonical order: known keys as in :data:`FIELD_ORDER`, aliases de-duplicated and sorted."""
    out: dict[str, Any] = {}
    for key in FIELD_ORDER:
        if key not in doc or doc[key] in (None, [], {}):
            continue
        value = doc[key]
        if key == "aliases":
            seen: dict[str, Any] = {}
            for alias in value:
                name = alias["name"] if isinstance(alias, dict) else alias
                if isinstance(alias, dict):
                    alias = {k: alias[k] for k in ("name", "lang", "script", "note") if alias.get(k)}
                    if list(alias) == ["name"]:
                        alias = alias["name"]
                # a richer entry (with lang/note) wins over a bare duplicate
                if name not in seen or isinstance(alias, dict):
                    seen[name] = alias
            value = sorted(seen.values(), key=_alias_sort_key)
        elif key in ("titles", "short", "not", "previous_ids"):
            value = list(dict.fromkeys(value))
        elif key == "links":
            value = dict(sorted(value.items()))
        out[key] = value
    for key in doc:  # unknown keys are kept (validation reports them), after the known ones
        if key not in out and key not in FIELD_ORDER:
            out[key] = doc[key]
    return out


def dump_entity(entity: Entity | dict[str, Any]) -> str:
    """The canonical text of an alias file."""
    doc = entity.to_dict() if isinstance(entity, Entity) else entity
    text = yaml.dump(canonical_document(doc), Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=4096)
    return text.rstrip("\n") + "\n"
