"""The one error family of namekit.

Every error namekit raises on purpose is a :class:`NamekitError`. Errors about a place in a file
carry ``path``, ``line`` and ``column`` (1-based) and, where known, the ``entity_id``; ``str()``
gives the one-line ``path:line:col: message`` form that the CLI prints.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "NamekitError",
    "RegistryError",
    "RegistryIssue",
    "InputError",
    "ConfigError",
]


@dataclass(frozen=True)
class RegistryIssue:
    """One problem found in a registry: where it is, how bad, and what it is."""

    path: str
    line: int
    column: int
    message: str
    level: str = "error"  # "error" or "warning"
    entity_id: str | None = None
    code: str = "registry"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class NamekitError(Exception):
    """Base class of every error namekit raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        entity_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.entity_id = entity_id

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class RegistryError(NamekitError):
    """A registry could not be loaded; ``issues`` holds every problem found, not just the first."""

    def __init__(self, issues: list[RegistryIssue] | tuple[RegistryIssue, ...]) -> None:
        self.issues = tuple(issues)
        first = self.issues[0] if self.issues else None
        more = f" (and {len(self.issues) - 1} more)" if len(self.issues) > 1 else ""
        super().__init__(
            (first.message if first else "invalid registry") + more,
            path=first.path if first else None,
            line=first.line if first else None,
            column=first.column if first else None,
            entity_id=first.entity_id if first else None,
        )


class InputError(NamekitError):
    """Bad user input: an unreadable line, a missing column, a malformed row."""


class ConfigError(NamekitError):
    """A bad setting: an unknown type, a threshold out of range, a missing file."""
