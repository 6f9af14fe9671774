"""``namekit lint``: check a registry."""

from __future__ import annotations

import sys

import click

from namekit.cli.common import handle_errors
from namekit.registry.lint import lint
from namekit.registry.loader import default_path


@click.command("lint")
@click.argument("path", required=False, type=click.Path(exists=True))
@handle_errors
def lint_cmd(path: str | None) -> None:
    """Check the registry at PATH (default: $NAMEKIT_REGISTRY or the bundled one).

    Prints every problem as 'path:line:col: message' and exits 1 if there is any error.
    """
    issues = lint(path if path is not None else default_path())
    for issue in issues:
        click.echo(f"{issue.path}:{issue.line}:{issue.column}: {issue.level}: {issue.message}")
    errors = sum(1 for i in issues if i.level == "error")
    warnings = len(issues) - errors
    if issues:
        click.echo(f"{errors} error(s), {warnings} warning(s)", err=True)
    if errors:
        sys.exit(1)
