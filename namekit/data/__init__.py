"""Data tables of namekit (titles, particles, name equivalences, legal forms, letter tables).

The YAML files in this folder are data, not code: edit them to teach namekit a new title or a
spelling equivalence. :func:`load` parses one file; callers build frozen structures from it once
(see :mod:`namekit.normalize.tables`).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

__all__ = ["load", "read_text"]


def read_text(name: str) -> str:
    """The text of the data file ``name`` (e.g. ``"titles.yml"``)."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


# libyaml's parser when PyYAML was built with it: the same data, parsed about eight times faster (the
# word lists are read on the first name a process normalizes, so this is a cost every run pays).
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKey(Exception):
    def __init__(self, key: object, line: int, first: int) -> None:
        super().__init__(f"duplicate key {key!r} (first at line {first})")
        self.line = line


class _UniqueKeyLoader(_SAFE_LOADER):  # type: ignore[misc]
    """The safe loader, refusing a key written twice in one mapping: PyYAML keeps the last one
    silently, so a second ``"ch": ...`` rule would replace the first without a word."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                if key in seen:
                    raise _DuplicateKey(key, line, seen[key])
            except TypeError:  # an unhashable key: the constructor reports it
                continue
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


def load(name: str) -> Any:
    """Parse the YAML data file ``name``; a fresh object each call (callers cache what they build).

    A key written twice in one mapping is a :class:`~namekit.errors.ConfigError` naming the line.
    """
    try:
        return yaml.load(read_text(name), Loader=_UniqueKeyLoader)
    except _DuplicateKey as error:
        from namekit.errors import ConfigError

        raise ConfigError(str(error), path=f"namekit/data/{name}", line=error.line) from None
