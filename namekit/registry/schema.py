"""The alias file's JSON Schema (draft-07), shipped in the package and used for validation."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema

from namekit import data

__all__ = ["schema", "schema_errors"]


def _inline_refs(node: Any, definitions: dict[str, Any]) -> Any:
    """The schema with every local ``#/definitions/...`` reference replaced by what it names.

    Same validation, but the validator no longer resolves a reference per value (half the time of
    loading a large registry went there). In draft-07 a ``$ref`` replaces its siblings, so the
    siblings (descriptions) are dropped as the validator would ignore them.
    """
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/definitions/"):
            return _inline_refs(definitions[ref.rsplit("/", 1)[1]], definitions)
        return {k: _inline_refs(v, definitions) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline_refs(v, definitions) for v in node]
    return node


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft7Validator:
    document = json.loads(data.read_text("entity.schema.json"))
    return jsonschema.Draft7Validator(_inline_refs(document, document.get("definitions", {})))


def schema() -> dict[str, Any]:
    """A copy of the schema document."""
    result: dict[str, Any] = json.loads(data.read_text("entity.schema.json"))
    return result


def _message(error: jsonschema.ValidationError) -> str:
    where = ".".join(str(p) for p in error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict) and isinstance(error.schema, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed))
        return f"unknown field {', '.join(map(repr, extra))}{' in ' + where if where else ''} (allowed: {', '.join(allowed)})"
    if error.validator == "oneOf" and where.startswith("aliases"):
        return f"{where}: an alias is a non-empty string or a mapping with 'name' (and optional lang, script, note)"
    if error.validator == "pattern" and error.absolute_path and error.absolute_path[0] == "id":
        return f"id {error.instance!r} is not a lowercase ASCII slug (a-z, 0-9 and single hyphens)"
    return f"{where + ': ' if where else ''}{error.message}"


def schema_errors(document: Any) -> list[tuple[str, str]]:
    """``(field path, message)`` for every schema violation of one alias document."""
    out = []
    for error in sorted(_validator().iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path]):
        out.append((".".join(str(p) for p in error.absolute_path), _message(error)))
    return out
