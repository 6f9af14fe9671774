"""``namekit fmt``: write alias files in the canonical layout, comments kept."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import click

from namekit.cli.common import handle_errors
from namekit.io.atomic import atomic_output
from namekit.registry.format import FormatError, format_text, verify_lossless
from namekit.registry.loader import YAML_SUFFIXES, alias_files, default_path

__all__ = ["fmt_cmd", "files_to_format"]


def files_to_format(paths: tuple[str, ...]) -> list[Path]:
    """The alias files named, or found under the folders named (default: the registry)."""
    roots = [Path(p) for p in paths] or [default_path()]
    out: list[Path] = []
    for root in roots:
        if root.is_dir():
            out += alias_files(root)
        elif root.suffix in YAML_SUFFIXES:
            out.append(root)
        else:
            raise click.UsageError(f"not an alias file (.yaml) or a folder: {root}")
    return list(dict.fromkeys(out))


@click.command("fmt")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--check", is_flag=True, help="Change nothing: print a unified diff of what would change and exit 1 if anything would.")
@handle_errors
def fmt_cmd(paths: tuple[str, ...], check: bool) -> None:
    """Format alias files (PATHS: files or folders; default: the registry) in the canonical layout.

    Keys in a fixed order, aliases de-duplicated and sorted, one quoting style, one final newline.
    Comments are kept: a comment line moves with the element below it. A file that cannot be
    formatted without losing something is left alone and reported (exit 1).

    \b
    Examples:
      namekit fmt aliases
      namekit fmt --check aliases/person/hassan-rashad.yaml
    """
    changed: list[Path] = []
    failed: list[str] = []
    for file in files_to_format(paths):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            failed.append(f"{file}: cannot read: {exc}")
            continue
        try:
            formatted = format_text(text, str(file))
            if formatted != text:
                verify_lossless(text, formatted, str(file))
        except FormatError as exc:
            failed.append(str(exc))
            continue
        if formatted == text:
            continue
        changed.append(file)
        if check:
            diff = difflib.unified_diff(text.splitlines(keepends=True), formatted.splitlines(keepends=True),
                                        fromfile=f"{file}", tofile=f"{file} (formatted)")
            click.echo("".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff), nl=False)
        else:
            with atomic_output(file) as handle:
                handle.write(formatted)
    for problem in failed:
        click.echo(f"Error: {problem}", err=True)
    verb = "would reformat" if check else "reformatted"
    click.echo(f"{verb} {len(changed)} file(s)" + (f", {len(failed)} could not be formatted" if failed else ""), err=True)
    if failed or (check and changed):
        sys.exit(1)
