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


def load(name: str) -> Any:
    """Parse the YAML data file ``name``; a fresh object each call (callers cache what they build)."""
    return yaml.load(read_text(name), Loader=_SAFE_LOADER)
