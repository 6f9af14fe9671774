"""``namekit clean``: resolve the name columns of a CSV, TSV or JSONL table, keeping every row."""

from __future__ import annotations

import contextlib
import io
import sys
from typing import IO, BinaryIO, Iterator

import click

from namekit.clean import CleanOptions, Suffixes, clean_table, output_columns
from namekit.cli.common import DataError, handle_errors, load_registry, registry_option, type_option
from namekit.cli.progress import Progress
from namekit.errors import InputError
from namekit.io.atomic import atomic_output
from namekit.io.tables import FORMATS, Dialect, Row, TableWriter, guess_format, open_reader

__all__ = ["clean_cmd"]

_MAX_WARNINGS = 50


@contextlib.contextmanager
def _output(path: str | None, encoding: str) -> Iterator[IO[str]]:
    """Text out to ``path`` (whole or not at all) or to standard output; bad input bytes written back as they were."""
    if path is None or path == "-":
        stream = sys.stdout.buffer
        text = io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="", write_through=False)
        try:
            yield text
        finally:
            text.flush()
            text.detach()
        return
    with atomic_output(path, mode="wb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape", newline="")
        yield text
        text.flush()
        text.detach()


@contextlib.contextmanager
def _input(path: str) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror}") from None
    with handle:
        yield handle


@click.command("clean")
@click.argument("file", default="-", required=False, type=click.Path(allow_dash=True, dir_okay=False))
@click.option("-c", "--column", "columns", multiple=True, required=True, help="A column of names to resolve (repeatable).")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file, written whole or not at all [default: standard output].")
@click.option("--from", "input_fmt", type=click.Choice(FORMATS), default=None,
              help="Input format [default: from the file name; csv for standard input].")
@click.option("--to", "output_fmt", type=click.Choice(FORMATS), default=None,
              help="Output format [default: from the output file name, else the input's].")
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of input and output (a UTF-8 BOM is dropped).")
@click.option("--delimiter", default=None, help="CSV field delimiter [default: ',' for csv, tab for tsv].")
@click.option("--quotechar", default='"', show_default=True, help="CSV quote character.")
@click.option("--escapechar", default=None, help="CSV escape character [default: none].")
@click.option("--no-doublequote", is_flag=True, help="A quote inside a quoted CSV field is escaped, not doubled.")
@click.option("--id-suffix", default="_id", show_default=True)
@click.option("--name-suffix", default="_name", show_default=True)
@click.option("--status-suffix", default="_status", show_default=True)
@click.option("--score-suffix", default="_score", show_default=True)
@registry_option
@type_option
@click.option("--strict", is_flag=True, help="Stop at the first malformed row (exit 1, no output file).")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes resolving names (for big inputs).")
@handle_errors
def clean_cmd(file: str, columns: tuple[str, ...], output: str | None, input_fmt: str | None, output_fmt: str | None,
              encoding: str, delimiter: str | None, quotechar: str, escapechar: str | None, no_doublequote: bool,
              id_suffix: str, name_suffix: str, status_suffix: str, score_suffix: str, registry_path: str | None,
              entity_type: str | None, strict: bool, jobs: int) -> None:
    """Resolve the names in COLUMN(s) of FILE (CSV, TSV or JSONL; '-' or nothing: standard input).

    Every row and column is kept, in order; for each selected column four are appended:
    <col>_id, <col>_name, <col>_status (resolved, ambiguous, unresolved) and <col>_score.
    A malformed row is reported with its line number and kept as it was. A summary goes to stderr.

    \b
    Examples:
      namekit clean people.csv -c name -o people.clean.csv
      namekit clean events.jsonl -c actor -c target --jobs 2 > events.clean.jsonl
    """
    for label, value in (("--delimiter", delimiter), ("--quotechar", quotechar), ("--escapechar", escapechar)):
        if value is not None and len(value) != 1:
            raise click.BadParameter("must be one character", param_hint=label)
    try:
        "".encode(encoding)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    fmt_in = input_fmt or guess_format(file, "csv")
    assert fmt_in is not None
    fmt_out = output_fmt or guess_format(output, None) or fmt_in
    dialect = Dialect(delimiter, quotechar, escapechar, not no_doublequote)
    options = CleanOptions(columns=columns, suffixes=Suffixes(id_suffix, name_suffix, status_suffix, score_suffix),
                           type=entity_type, strict=strict, jobs=jobs)
    registry = load_registry(registry_path)
    warnings = 0

    def warn(row: Row) -> None:
        nonlocal warnings
        warnings += 1
        progress.done()  # a warning on a line of its own, not after the bar
        if warnings <= _MAX_WARNINGS:
            click.echo(f"Warning: {row.error}; kept as it was", err=True)
        elif warnings == _MAX_WARNINGS + 1:
            click.echo("Warning: more malformed rows; only the count is given below", err=True)

    with _input(file) as stream:
        progress = Progress(stream)
        try:
            reader = open_reader(stream, fmt_in, encoding=encoding, dialect=dialect)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        if not reader.columns and fmt_in != "jsonl":
            raise InputError(f"{'standard input' if file == '-' else file} is empty: no header row")
        out_columns = output_columns(reader.columns, options)
        with _output(output, encoding) as out:
            writer = TableWriter(out, fmt_out, out_columns, dialect, input_fmt=fmt_in)
            try:
                summary = clean_table(reader, writer, registry, options, on_malformed=warn, on_progress=progress)
            finally:
                progress.done()
    click.echo(summary.line(), err=True)
