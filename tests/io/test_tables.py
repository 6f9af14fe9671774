"""Reading and writing tables row by row: formats, BOM, dialects, malformed rows kept."""

from __future__ import annotations

import io
import json

import pytest

from namekit.io.tables import Dialect, Row, TableWriter, guess_format, open_reader


def read(data: bytes, fmt: str, **kwargs: object) -> tuple[list[str], list[Row]]:
    reader = open_reader(io.BytesIO(data), fmt, **kwargs)  # type: ignore[arg-type]
    return reader.columns, list(reader)


@pytest.mark.parametrize("path, expected", [
    ("a.csv", "csv"), ("A.CSV", "csv"), ("a.tsv", "tsv"), ("a.tab", "tsv"), ("a.jsonl", "jsonl"),
    ("a.ndjson", "jsonl"), ("a.txt", None), ("-", None), (None, None),
])
def test_guess_format(path: str | None, expected: str | None) -> None:
    assert guess_format(path) == expected


@pytest.mark.parametrize("data", [b"name,n\nHassan,1\n", b"\xef\xbb\xbfname,n\nHassan,1\n", b"name,n\r\nHassan,1\r\n"])
def test_csv_with_or_without_bom_and_crlf(data: bytes) -> None:
    columns, rows = read(data, "csv")
    assert columns == ["name", "n"] and rows == [Row(2, ["Hassan", "1"])]


@pytest.mark.parametrize("data, fmt, dialect, values", [
    (b"name\tn\nA, B\t1\n", "tsv", Dialect(), ["A, B", "1"]),
    (b"name;n\nA, B;1\n", "csv", Dialect(delimiter=";"), ["A, B", "1"]),
    (b"name,n\n'A, B',1\n", "csv", Dialect(quotechar="'"), ["A, B", "1"]),
    (b'name,n\n"A \\" B",1\n', "csv", Dialect(escapechar="\\", doublequote=False), ['A " B', "1"]),
])
def test_dialects(data: bytes, fmt: str, dialect: Dialect, values: list[str]) -> None:
    assert read(data, fmt, dialect=dialect)[1] == [Row(2, values)]


def test_csv_malformed_rows_are_kept_with_their_line() -> None:
    data = b'name,n\nA,1\nB,2,3\n"C\nD",4\nE\n\xff\xfe,5\nF,6\n'
    _, rows = read(data, "csv")
    assert [(r.line, r.values, r.error is not None) for r in rows] == [
        (2, ["A", "1"], False), (3, ["B", "2", "3"], True), (4, ["C\nD", "4"], False), (6, ["E"], True),
        (7, ["\udcff\udcfe", "5"], True), (8, ["F", "6"], False)]
    assert rows[1].error == "line 3: 3 fields where the header has 2"
    assert rows[4].error is not None and "not valid utf-8" in rows[4].error


def test_latin1_encoding() -> None:
    columns, rows = read("name\nJosé\n".encode("latin-1"), "csv", encoding="latin-1")
    assert rows == [Row(2, ["José"])]


def test_jsonl_rows_and_bad_lines() -> None:
    data = b'{"name": "A", "n": 1}\n\nnot json\n[1, 2]\n{"name": "B"}\n'
    columns, rows = read(data, "jsonl")
    assert columns == ["name", "n"]
    assert [(r.line, r.error is not None, r.raw) for r in rows] == [
        (1, False, None), (2, False, ""), (3, True, "not json"), (4, True, "[1, 2]"), (5, False, None)]


def test_empty_inputs() -> None:
    assert read(b"", "csv") == ([], [])
    assert read(b"", "jsonl") == ([], [])


def test_unknown_format() -> None:
    with pytest.raises(ValueError):
        open_reader(io.BytesIO(b""), "xml")


@pytest.mark.parametrize("fmt, expected", [
    ("csv", 'name,name_id\nHassan,hassan-rashad\n"B, C",\n'),
    ("tsv", "name\tname_id\nHassan\thassan-rashad\nB, C\t\n"),
    ("jsonl", '{"name": "Hassan", "name_id": "hassan-rashad"}\n{"name": "B, C", "name_id": null}\n'),
])
def test_writer(fmt: str, expected: str) -> None:
    out = io.StringIO()
    writer = TableWriter(out, fmt, ["name", "name_id"], input_fmt="csv")
    writer.set_input_columns(["name"])
    writer.write(["Hassan"], [("name_id", "hassan-rashad")])
    writer.write(["B, C"], [("name_id", None)])
    assert out.getvalue() == expected


def test_passthrough_keeps_rows_as_read() -> None:
    out = io.StringIO()
    writer = TableWriter(out, "jsonl", ["a"], input_fmt="jsonl")
    writer.passthrough(Row(3, {}, "line 3: not JSON", raw="{oops"))
    writer.passthrough(Row(4, {}, None, raw=""))
    assert out.getvalue() == "{oops\n\n"
    out = io.StringIO()
    writer = TableWriter(out, "jsonl", ["a", "b"], input_fmt="csv")
    writer.set_input_columns(["a", "b"])
    writer.passthrough(Row(3, ["1", "2", "3"], "line 3: 3 fields"))
    assert json.loads(out.getvalue()) == {"a": "1", "b": "2", "_extra": ["3"]}
