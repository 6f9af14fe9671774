"""What the commands share: the registry option, output format, and turning errors into exit codes."""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable, TypeVar

import click

from namekit.errors import NamekitError, RegistryError
from namekit.normalize.pipeline import NAME_TYPES
from namekit.registry.registry import Registry

__all__ = ["registry_option", "type_option", "handle_errors", "load_registry", "default_format", "DataError"]

F = TypeVar("F", bound=Callable[..., Any])


class DataError(click.ClickException):
    """A data error: printed as one ``Error: ...`` line, exit status 1."""

    exit_code = 1


def handle_errors(func: F) -> F:
    """Turn a :class:`NamekitError` into ``Error: ...`` and exit 1 (every registry problem listed first)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except RegistryError as exc:
            if not exc.issues:
                raise DataError(str(exc)) from None
            for issue in exc.issues[1:]:
                click.echo(str(issue), err=True)
            raise DataError(str(exc.issues[0]) + (f" (and {len(exc.issues) - 1} more above)" if len(exc.issues) > 1 else "")) from None
        except NamekitError as exc:
            raise DataError(str(exc)) from None

    return wrapper  # type: ignore[return-value]


registry_option = click.option(
    "--registry", "registry_path", type=click.Path(exists=True, dir_okay=True, file_okay=True), envvar="NAMEKIT_REGISTRY",
    default=None, help="Registry: a folder of alias files, a YAML file or a JSONL file [env NAMEKIT_REGISTRY; default: the bundled one].")

type_option = click.option("--type", "entity_type", type=click.Choice(NAME_TYPES), default=None,
                           help="Only entities of this type.")


def load_registry(path: str | None) -> Registry:
    return Registry.load(path)


def default_format(stream: Any = None) -> str:
    """``text`` on a terminal, ``jsonl`` in a pipe."""
    stream = stream or sys.stdout
    try:
        return "text" if stream.isatty() else "jsonl"
    except (AttributeError, ValueError):
        return "jsonl"
