"""YAML parsing that keeps line numbers and refuses duplicate keys.

PyYAML's ``safe_load`` silently keeps the last of two equal keys; here every mapping is built from
the composed node tree, so a duplicate key is reported with both places, and every value's place
is kept for messages (``aliases.2`` -> line 9, column 5).
"""

from __future__ import annotations

from typing import Any

import yaml

from namekit.errors import RegistryIssue
from namekit.registry.model import Location

__all__ = ["parse_yaml"]

# libyaml's parser when PyYAML was built with it (several times faster), else the pure-Python one;
# both give the same nodes and marks.
_PARSER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _place(path: str, node: yaml.Node) -> Location:
    return Location(path, node.start_mark.line + 1, node.start_mark.column + 1)


def parse_yaml(text: str, path: str) -> tuple[Any, dict[str, Location], list[RegistryIssue]]:
    """Parse one YAML document: ``(data, places by field path, issues)``; ``data`` is None on a syntax error."""
    try:
        try:
            node = yaml.compose(text, Loader=_PARSER)
        except yaml.YAMLError:
            # errors are rare: the pure-Python parser words them the same on every install
            node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        column = mark.column + 1 if mark else 1
        problem = exc.problem or str(exc)
        if exc.context:
            problem = f"{exc.context}, {problem}"
        return None, {}, [RegistryIssue(path, line, column, f"YAML syntax error: {problem}", code="yaml")]
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors (bad characters)
        return None, {}, [RegistryIssue(path, 1, 1, f"YAML error: {exc}", code="yaml")]
    places: dict[str, Location] = {}
    issues: list[RegistryIssue] = []
    if node is None:
        return None, places, [RegistryIssue(path, 1, 1, "empty file: an alias file holds one entity", code="yaml")]
    loader = yaml.SafeLoader("")

    def build(n: yaml.Node, where: str) -> Any:
        places[where] = _place(path, n)
        if isinstance(n, yaml.MappingNode):
            out: dict[Any, Any] = {}
            seen: dict[Any, yaml.Node] = {}
            for key_node, value_node in n.value:
                key = build(key_node, where + ".<key>")
                if not isinstance(key, (str, int, float, bool)) and key is not None:
                    key = str(key)
                if key in seen:
                    first = seen[key].start_mark.line + 1
                    issues.append(RegistryIssue(path, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                                f"duplicate key {key!r} (first at line {first})", code="duplicate-key"))
                    continue
                seen[key] = key_node
                child = f"{where}.{key}" if where else str(key)
                out[key] = build(value_node, child)
            places.pop(where + ".<key>", None)
            return out
        if isinstance(n, yaml.SequenceNode):
            return [build(item, f"{where}.{i}" if where else str(i)) for i, item in enumerate(n.value)]
        return loader.construct_object(n, deep=True)

    data = build(node, "")
    return data, places, issues
