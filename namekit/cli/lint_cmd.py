"""``namekit lint``: check a registry; plain, GitHub Actions or JSON output."""

from __future__ import annotations

import os
import sys

import click

from namekit.cli.common import DataError, handle_errors
from namekit.registry.annotations import counts, github_line, json_report, plain_line, summary_markdown
from namekit.registry.lint import CHECKS, lint
from namekit.registry.loader import default_path

__all__ = ["lint_cmd"]

FORMATS = ("plain", "github", "json")


def _choose_format(fmt: str | None) -> str:
    if fmt is not None:
        return fmt
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "plain"


@click.command("lint")
@click.argument("path", required=False, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="plain 'path:line:col: level: message' lines, GitHub Actions annotations, or one JSON "
                   "document [default: github when GITHUB_ACTIONS=true, else plain].")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too (near-collisions, files not formatted).")
@click.option("--skip", "skip", multiple=True, type=click.Choice(CHECKS),
              help="Leave out one check (repeatable).")
@handle_errors
def lint_cmd(path: str | None, fmt: str | None, strict: bool, skip: tuple[str, ...]) -> None:
    """Check the registry at PATH (default: $NAMEKIT_REGISTRY or the bundled one).

    Exits 1 if there is any error (with --strict: any warning too), else 0. With --format github
    (chosen by itself inside GitHub Actions) each problem becomes an annotation on the pull request
    and, when $GITHUB_STEP_SUMMARY is set, a summary table is appended to it.

    \b
    Examples:
      namekit lint aliases
      namekit lint aliases --strict --format github
      namekit lint aliases --format json > lint.json
    """
    root = path if path is not None else str(default_path())
    issues = lint(root, skip=skip)
    fmt = _choose_format(fmt)
    if fmt == "json":
        click.echo(json_report(issues))
    else:
        render = github_line if fmt == "github" else plain_line
        for issue in issues:
            click.echo(render(issue))
    errors, warnings = counts(issues)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(summary_markdown(issues, root))
        except OSError as exc:
            raise DataError(f"cannot append to GITHUB_STEP_SUMMARY ({summary_file}): {exc.strerror}") from None
    if fmt != "json":
        click.echo(f"{errors} error(s), {warnings} warning(s)" if issues else "no problems found", err=True)
    if errors or (strict and warnings):
        sys.exit(1)
