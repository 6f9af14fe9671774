"""Tables in and out, one row at a time: CSV, TSV and JSONL.

Reading never stops at a bad row: a row that cannot be read as the table's shape (a CSV row with
another number of fields than the header, a JSONL line that is not an object, bytes that are not
valid in the encoding) comes back with ``error`` set and its values as they were, so a writer can
pass it through unchanged. Undecodable bytes are carried as lone surrogates
(``surrogateescape``) and written back as the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, Iterator

__all__ = ["FORMATS", "Dialect", "Row", "TableReader", "TableWriter", "guess_format", "open_reader"]

FORMATS = ("csv", "tsv", "jsonl")
_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def guess_format(path: str | None, default: str | None = None) -> str | None:
    """The format a file name says (``.csv``, ``.tsv``/``.tab``, ``.jsonl``/``.ndjson``), else ``default``."""
    if path is None or path == "-":
        return default
    return _SUFFIXES.get(Path(path).suffix.lower(), default)


@dataclass(frozen=True)
class Dialect:
    """CSV settings; the delimiter defaults to the format's (comma for CSV, tab for TSV)."""

    delimiter: str | None = None
    quotechar: str = '"'
    escapechar: str | None = None
    doublequote: bool = True

    def for_format(self, fmt: str) -> dict[str, Any]:
        return {"delimiter": self.delimiter or ("\t" if fmt == "tsv" else ","), "quotechar": self.quotechar,
                "escapechar": self.escapechar, "doublequote": self.doublequote}


@dataclass(frozen=True)
class Row:
    """One row: the line it starts on, its values, and what is wrong with it (None when nothing).

    ``values`` is a list of fields for CSV/TSV and a dict for JSONL; a JSONL line that is not an
    object keeps its text in ``raw``.
    """

    line: int
    values: list[str] | dict[str, Any]
    error: str | None = None
    raw: str | None = None


def _bad_bytes(text: str) -> int | None:
    """The position of the first undecodable byte carried in ``text`` (a lone surrogate), or None."""
    for i, ch in enumerate(text):
        if "\udc80" <= ch <= "\udcff":
            return i
    return None


@dataclass
class TableReader:
    """Rows of a table after its header; ``columns`` is the header (for JSONL: the first object's keys)."""

    fmt: str
    text: IO[str]
    encoding: str
    dialect: Dialect = field(default_factory=Dialect)
    columns: list[str] = field(default_factory=list)
    _rows: Iterator[Row] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._first: Row | None = None
        if self.fmt in ("csv", "tsv"):
            reader = csv.reader(self.text, **self.dialect.for_format(self.fmt), strict=False)
            try:
                self.columns = next(reader)
            except StopIteration:
                self.columns = []
            except csv.Error as exc:
                raise ValueError(f"line 1: cannot read the header: {exc}") from None
            if (bad := next((c for c in self.columns if _bad_bytes(c) is not None), None)) is not None:
                raise ValueError(f"line 1: the header is not valid {self.encoding}: {bad!r}")
            self._rows = self._csv(reader)
            return
        self._rows = self._jsonl()
        if self.fmt == "jsonl":
            for row in self._rows:
                self._first = row
                if isinstance(row.values, dict) and row.error is None:
                    self.columns = list(row.values)
                    break
                if row.raw is not None and row.raw.strip():
                    break

    def __iter__(self) -> Iterator[Row]:
        if self._first is not None:
            yield self._first
            self._first = None
        yield from self._rows

    def _csv(self, reader: Any) -> Iterator[Row]:
        width = len(self.columns)
        start = reader.line_num + 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Row(start, [], f"line {start}: {exc}")
                start = reader.line_num + 1
                continue
            error = None
            if not values:
                error = None  # a blank line: kept, nothing to resolve
            elif len(values) != width:
                error = f"line {start}: {len(values)} fields where the header has {width}"
            else:
                for value in values:
                    if (pos := _bad_bytes(value)) is not None:
                        error = f"line {start}: not valid {self.encoding} (byte 0x{ord(value[pos]) - 0xDC00:02x})"
                        break
            yield Row(start, values, error)
            start = reader.line_num + 1

    def _jsonl(self) -> Iterator[Row]:
        for number, line in enumerate(self.text, 1):
            text = line.rstrip("\r\n")
            if not text.strip():
                yield Row(number, {}, None, raw=text)
                continue
            if (pos := _bad_bytes(text)) is not None:
                yield Row(number, {}, f"line {number}: not valid {self.encoding} (byte 0x{ord(text[pos]) - 0xDC00:02x})", raw=text)
                continue
            try:
                doc = json.loads(text)
            except ValueError as exc:
                yield Row(number, {}, f"line {number}: not JSON ({exc.args[0].split(':')[0]})", raw=text)
                continue
            if not isinstance(doc, dict):
                yield Row(number, {}, f"line {number}: not a JSON object", raw=text)
                continue
            yield Row(number, doc)


def open_reader(stream: BinaryIO, fmt: str, *, encoding: str = "utf-8", dialect: Dialect | None = None) -> TableReader:
    """A reader over a binary stream; a UTF-8 byte-order mark is dropped."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown table format {fmt!r}: one of {', '.join(FORMATS)}")
    codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    text = io.TextIOWrapper(stream, encoding=codec, errors="surrogateescape", newline="")
    return TableReader(fmt, text, encoding, dialect or Dialect())


class TableWriter:
    """Writes rows in one format: a header first for CSV/TSV; rows with an error pass through as read."""

    def __init__(self, out: IO[str], fmt: str, columns: list[str], dialect: Dialect | None = None,
                 input_fmt: str | None = None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown table format {fmt!r}: one of {', '.join(FORMATS)}")
        self._out = out
        self._fmt = fmt
        self._columns = columns
        self._input_columns: list[str] = []
        self._same = input_fmt == fmt or (input_fmt in ("csv", "tsv") and fmt in ("csv", "tsv"))
        self._csv = csv.writer(out, **(dialect or Dialect()).for_format(fmt), lineterminator="\n") if fmt != "jsonl" else None
        if self._csv is not None:
            self._csv.writerow(columns)

    def set_input_columns(self, columns: list[str]) -> None:
        """The input's own columns, to name the fields of a passed-through CSV row in JSONL."""
        self._input_columns = columns

    def write(self, values: list[str] | dict[str, Any], extra: list[tuple[str, Any]]) -> None:
        """One row: the input's values as read, then ``extra`` (output column, value) pairs."""
        if self._csv is not None:
            cells = list(values) if isinstance(values, list) else [_cell(values.get(c)) for c in self._input_columns]
            self._csv.writerow(cells + [_cell(v) for _, v in extra])
        else:
            doc = dict(values) if isinstance(values, dict) else dict(zip(self._input_columns, values))
            doc.update(extra)
            self._out.write(json.dumps(doc, ensure_ascii=False) + "\n")

    def passthrough(self, row: Row) -> None:
        """A row kept as it was read (malformed or blank)."""
        if self._csv is not None:
            if row.raw is not None:
                self._csv.writerow([row.raw] if row.raw.strip() else [])
            else:
                self._csv.writerow(row.values if isinstance(row.values, list) else [_cell(v) for v in row.values.values()])
        elif row.raw is not None:
            self._out.write(row.raw + "\n")
        elif isinstance(row.values, list):
            if not row.values:
                self._out.write("\n")
                return
            doc: dict[str, Any] = dict(zip(self._input_columns, row.values))
            if len(row.values) > len(self._input_columns):
                doc["_extra"] = row.values[len(self._input_columns):]
            self._out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        else:
            self._out.write(json.dumps(row.values, ensure_ascii=False) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)
