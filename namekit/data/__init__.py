"""Data tables of namekit (titles, particles, name equivalences, legal forms, letter tables).

The YAML files in this folder are data, not code: edit them to teach namekit a new title or a
spelling equivalence. :func:`load` parses one file; callers build frozen structures from it once
(see :mod:`namekit.normalize.tables`).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

__all__ = ["load", "read_text"]


def read_text(name: str) -> str:
    """The text of the data file ``name`` (e.g. ``"titles.yml"``)."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def load(name: str) -> Any:
    """Parse the YAML data file ``name``; a fresh object each call (callers cache what they build).

    A syntax error or a key written twice in one mapping (which PyYAML's safe loader would let
    pass, keeping the last) is a :class:`~namekit.errors.ConfigError` naming the file and line:
    the same parser as for alias files.
    """
    from namekit.errors import ConfigError
    from namekit.registry.yamlmarks import parse_yaml  # here, not at the top: registry imports data

    path = f"namekit/data/{name}"
    value, _, issues = parse_yaml(read_text(name), path)
    if issues:
        first = issues[0]
        raise ConfigError(first.message, path=path, line=first.line, column=first.column)
    return value
