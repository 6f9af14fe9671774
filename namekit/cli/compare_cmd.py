"""``namekit compare``: how alike two names are."""

from __future__ import annotations

import json
import sys

import click

from namekit.cli.common import DataError, handle_errors, type_option
from namekit.io.lines import read_lines
from namekit.match.compare import DEFAULT_THRESHOLD, Comparison, compare


def _row(c: Comparison, explain: bool) -> dict[str, object]:
    row: dict[str, object] = {"name1": c.left, "name2": c.right, "score": round(c.score, 4), "match": c.match}
    if explain:
        row["alignment"] = [
            {"left": p.left, "right": p.right, "similarity": round(p.similarity, 4), "weight": round(p.weight, 4), "how": p.how}
            for p in c.alignment.parts
        ]
    return row


@click.command("compare")
@click.argument("names", nargs=-1)
@type_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default=None,
              help="text or json for one pair; jsonl (the default) for pairs from standard input.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=DEFAULT_THRESHOLD, show_default=True,
              help="Score at which two names are taken for the same.")
@click.option("--explain", is_flag=True, help="Show the part-by-part alignment.")
@handle_errors
def compare_cmd(names: tuple[str, ...], entity_type: str | None, fmt: str | None, threshold: float, explain: bool) -> None:
    """Score NAME1 against NAME2 (0..1), or every 'name1<TAB>name2' line of standard input.

    \b
    Examples:
      namekit compare "Khaled Meshaal" "Khalid Mashal"
      printf 'Mohammad Darwish\\tMahmoud Darwish\\n' | namekit compare
    """
    if names:
        if len(names) != 2:
            raise click.UsageError("give two names, or none to read pairs from standard input")
        c = compare(names[0], names[1], entity_type, threshold=threshold)
        if (fmt or "text") == "text":
            click.echo(f"{c.score:.4f}\t{'match' if c.match else 'no match'}")
            if explain:
                click.echo(c.alignment.explain())
        else:
            click.echo(json.dumps(_row(c, explain), ensure_ascii=False))
        return
    if fmt == "text":
        raise click.UsageError("pairs from standard input are written as jsonl")
    for line in read_lines(sys.stdin.buffer):
        if line.error or line.text.count("\t") != 1:
            problem = line.error or f"line {line.number} is not 'name1<TAB>name2'"
            click.echo(f"Warning: {problem}", err=True)
            click.echo(json.dumps({"name1": None, "name2": None, "score": None, "match": None, "error": problem}))
            continue
        left, right = line.text.split("\t")
        click.echo(json.dumps(_row(compare(left, right, entity_type, threshold=threshold), explain), ensure_ascii=False))


__all__ = ["compare_cmd", "DataError"]
