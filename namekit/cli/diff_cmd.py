"""``namekit diff``: what a change to the registry does, between two git revisions or two folders."""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import click

from namekit.cli.common import DataError, handle_errors
from namekit.io.lines import read_lines
from namekit.registry.diff import diff_registries, render_markdown, render_text
from namekit.registry.loader import default_path, load_entities
from namekit.registry.model import Entity

__all__ = ["diff_cmd", "registry_at"]


def _git(*args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise DataError("git is not installed: give two registry paths instead of revisions") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DataError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return done.stdout


def registry_at(spec: str, registry: Path, scratch: Path) -> Path:
    """``spec`` as a registry folder: itself when it is a path, else the registry at git revision ``spec``."""
    if Path(spec).exists():
        return Path(spec)
    top = Path(_git("rev-parse", "--show-toplevel").decode().strip())
    _git("rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}")
    try:
        inside = registry.resolve().relative_to(top.resolve())
    except ValueError:
        raise DataError(f"the registry {registry} is not inside the git repository {top}: pass --registry") from None
    archive = _git("-C", str(top), "archive", "--format=tar", spec, "--", inside.as_posix())
    target = scratch / spec.replace("/", "_").replace("~", "_").replace("^", "_")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if sys.version_info >= (3, 12):
            tar.extractall(target, filter="data")
        else:  # pragma: no cover - older Pythons: git archive writes no links or absolute names here
            tar.extractall(target)
    return target / inside


def _entities(path: Path, label: str) -> list[Entity]:
    entities, issues = load_entities(path)
    errors = [i for i in issues if i.level == "error"]
    if errors:
        click.echo(f"Warning: {label} has {len(errors)} registry error(s) (first: {errors[0]}); compared what loads", err=True)
    return entities


@click.command("diff")
@click.argument("base")
@click.argument("head", required=False)
@click.option("--registry", "registry_path", type=click.Path(), envvar="NAMEKIT_REGISTRY", default=None,
              help="Where the registry is in the repository (for revisions) [default: the bundled one, aliases/].")
@click.option("--names", "names_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A file of names (one per line) whose resolution to compare too.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True,
              help="text, or markdown for a pull-request comment or a step summary.")
@handle_errors
def diff_cmd(base: str, head: str | None, registry_path: str | None, names_file: str | None, fmt: str) -> None:
    """Show what changes from BASE to HEAD: each a git revision or a registry path (HEAD: the working tree).

    Reports entities added, removed, renamed (their old ID in previous_ids) and merged; aliases added
    and removed; names that resolve differently (gained, lost, moved). Exits 1 when an ID disappears
    without a redirect or a retired ID is reused: downstream joins would break.

    \b
    Examples:
      namekit diff origin/main                 # the working tree's registry against main
      namekit diff v1.0 v1.1 --format markdown
      namekit diff old/aliases new/aliases --names mentions.txt
    """
    registry = Path(registry_path) if registry_path else default_path()
    names: list[str] = []
    if names_file:
        with open(names_file, "rb") as handle:
            for line in read_lines(handle):
                if line.error:
                    raise DataError(f"{names_file}: {line.error}")
                names.append(line.text)
    with tempfile.TemporaryDirectory(prefix="namekit-diff-") as scratch:
        base_path = registry_at(base, registry, Path(scratch))
        head_path = registry_at(head, registry, Path(scratch)) if head else registry
        result = diff_registries(_entities(base_path, base), _entities(head_path, head or "the working tree"), names)
    head_label = head or "working tree"
    click.echo(render_markdown(result, base, head_label) if fmt == "markdown" else render_text(result, base, head_label), nl=False)
    if not result.ok:
        sys.exit(1)
