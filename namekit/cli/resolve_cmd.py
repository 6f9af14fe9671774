"""``namekit resolve``: names to canonical IDs."""

from __future__ import annotations

import csv
import sys

import click

from namekit.cli.common import default_format, handle_errors, load_registry, registry_option, type_option
from namekit.cli.progress import Progress
from namekit.io.lines import Line, read_lines
from namekit.io.output import FORMATS, MATCH_FIELDS, write_match
from namekit.lru import LRU
from namekit.resolve.result import UNRESOLVED, Match


@click.command("resolve")
@click.argument("names", nargs=-1)
@registry_option
@type_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format [default: text on a terminal, jsonl otherwise].")
@click.option("--explain", is_flag=True, help="Show the normalization steps, stages and part alignments.")
@click.option("--strict", is_flag=True, help="Exit 1 if any name is not resolved.")
@handle_errors
def resolve(names: tuple[str, ...], registry_path: str | None, entity_type: str | None, fmt: str | None,
            explain: bool, strict: bool) -> None:
    """Resolve NAMES (or one name per line of standard input) to canonical IDs.

    \b
    Examples:
      namekit resolve "Maj. Gen. Rashad" "Edan Alexander"
      namekit resolve --format jsonl < names.txt
    """
    registry = load_registry(registry_path)
    fmt = fmt or default_format()
    lines = (Line(i, n) for i, n in enumerate(names, 1)) if names else read_lines(sys.stdin.buffer)
    out = sys.stdout
    writer = None
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(MATCH_FIELDS)
    cache: LRU[Match] = LRU()  # repeated names resolved once, memory bounded
    all_resolved = True
    # From standard input into a file or a pipe, on a terminal: a progress bar on stderr (none when
    # the answers themselves go to the terminal, where the bar would break their lines).
    stdin = None if names else sys.stdin.buffer
    progress = Progress(stdin, enabled=stdin is not None and sys.stderr.isatty() and not out.isatty(), unit="lines")
    count = 0
    try:
        for line in lines:
            if line.error:
                progress.done()  # a warning on a line of its own, not after the bar
                click.echo(f"Warning: {line.error}; answered as unresolved", err=True)
                match = Match(input=line.text, status=UNRESOLVED)
            else:
                cached = cache.get(line.text) if not explain else None
                if cached is None:
                    cached = registry.resolve(line.text, entity_type, explain=explain)
                    if not explain:
                        cache.put(line.text, cached)
                match = cached
            all_resolved &= match.resolved
            write_match(out, fmt, match, error=line.error, writer=writer)
            count += 1
            if count % 256 == 0:
                progress(count, count)
    finally:
        progress.done()
    if strict and not all_resolved:
        sys.exit(1)
