"""``namekit normalize``: what the normalizers make of a name."""

from __future__ import annotations

import json
import sys

import click

from namekit.cli.common import default_format, handle_errors, type_option
from namekit.io.lines import Line, read_lines
from namekit.match.keys import skeleton_key
from namekit.normalize.pipeline import normalize


@click.command("normalize")
@click.argument("names", nargs=-1)
@type_option
@click.option("--explain", is_flag=True, help="Show what each step did.")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default=None,
              help="Output format [default: text on a terminal, jsonl otherwise].")
@handle_errors
def normalize_cmd(names: tuple[str, ...], entity_type: str | None, explain: bool, fmt: str | None) -> None:
    """Normalize NAMES (or one per line of standard input).

    \b
    Example:
      namekit normalize --explain "Egyptian Foreign Minister Badr Abdel Aty"
    """
    fmt = fmt or default_format()
    lines = (Line(i, n) for i, n in enumerate(names, 1)) if names else read_lines(sys.stdin.buffer)
    for line in lines:
        if line.error:
            click.echo(f"Warning: {line.error}", err=True)
        norm = normalize(line.text, entity_type, explain=explain)
        if fmt == "jsonl":
            row: dict[str, object] = {"input": line.text, "normalized": norm.text, "parts": list(norm.tokens),
                                      "titles": list(norm.titles), "legal_forms": list(norm.legal_forms),
                                      "script": norm.script, "skeleton": skeleton_key(norm)}
            if explain:
                row["steps"] = [{"step": s.name, "result": s.result} for s in norm.steps]
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        click.echo(f"{line.text}\t{norm.text}")
        if explain:
            for step in norm.steps:
                click.echo(f"  {step.name:>12}: {step.result}")
            click.echo(f"  {'titles':>12}: {', '.join(norm.titles) or '-'}")
            click.echo(f"  {'skeleton':>12}: {skeleton_key(norm)}")
