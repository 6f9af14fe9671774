"""``namekit import``: a JSONL or CSV list of entities into alias files."""

from __future__ import annotations

import click

from namekit.cli.common import handle_errors
from namekit.registry.importer import import_file


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out", type=click.Path(file_okay=False), required=True, help="Registry folder to write into.")
@click.option("--overwrite", is_flag=True, help="Replace alias files that exist.")
@handle_errors
def import_cmd(file: str, out: str, overwrite: bool) -> None:
    """Write alias files from FILE: JSONL lines {"id", "type", "names"} or a CSV with id, type, name, aliases (;-separated).

    \b
    Example:
      namekit import entities.jsonl --out aliases/
    """
    report = import_file(file, out, overwrite=overwrite)
    for old, new in report.renamed:
        click.echo(f"id {old!r} written as {new!r}", err=True)
    click.echo(f"{report.written} alias file(s) written under {out}", err=True)
