"""The cleaning job as a library: output columns, the answer cache, worker processes."""

from __future__ import annotations

import io

import pytest

from namekit import Registry
from namekit.clean import Answer, CleanOptions, Suffixes, clean_table, output_columns
from namekit.errors import InputError
from namekit.io.tables import TableWriter, open_reader
from namekit.registry.loader import load


@pytest.mark.parametrize("columns, selected, suffixes, expected", [
    (["a", "b"], ("b",), Suffixes(), ["a", "b", "b_id", "b_name", "b_status", "b_score"]),
    (["a"], ("a", "a"), Suffixes(), ["a", "a_id", "a_name", "a_status", "a_score"]),
    (["a"], ("a",), Suffixes("#", "@", "!", "%"), ["a", "a#", "a@", "a!", "a%"]),
])
def test_output_columns(columns: list[str], selected: tuple[str, ...], suffixes: Suffixes, expected: list[str]) -> None:
    assert output_columns(columns, CleanOptions(selected, suffixes)) == expected


@pytest.mark.parametrize("columns, selected, message", [
    (["a", "b"], ("c",), "no column 'c' in the input; its columns: 'a', 'b'"),
    ([], ("c",), "its columns: none"),
    (["a", "a_id"], ("a",), "already has a column 'a_id'"),
])
def test_output_column_errors(columns: list[str], selected: tuple[str, ...], message: str) -> None:
    with pytest.raises(InputError, match=message):
        output_columns(columns, CleanOptions(selected))


def clean(registry: Registry, table: str, **options: object) -> tuple[str, object]:
    reader = open_reader(io.BytesIO(table.encode()), "csv")
    opts = CleanOptions(("name",), **options)  # type: ignore[arg-type]
    out = io.StringIO()
    writer = TableWriter(out, "csv", output_columns(reader.columns, opts), input_fmt="csv")
    summary = clean_table(reader, writer, registry, opts)
    return out.getvalue(), summary


TABLE = "name\n" + "".join(f"{n}\n" for n in ["Edan Alexander", "Maj. Gen. Rashad", "Nobody", "", "Edan Alexander"] * 900)


def test_each_distinct_name_is_resolved_once(bundled: Registry) -> None:
    _, summary = clean(bundled, TABLE)
    assert summary.rows == 4500 and summary.names == 3600 and summary.distinct == 3  # type: ignore[attr-defined]


def test_a_small_cache_changes_nothing_but_the_work(bundled: Registry) -> None:
    big, _ = clean(bundled, TABLE)
    small, summary = clean(bundled, TABLE, cache_size=1)
    assert small == big and summary.distinct > 3  # type: ignore[attr-defined]


@pytest.mark.parametrize("in_memory", [False, True])
def test_jobs_answer_as_one_process(bundled: Registry, in_memory: bool) -> None:
    registry = Registry(load()) if in_memory else bundled
    assert (registry.index.source_file is None) == in_memory
    one, _ = clean(registry, TABLE)
    two, summary = clean(registry, TABLE, jobs=2)
    assert one == two and summary.rows == 4500  # type: ignore[attr-defined]


def test_strict_raises_on_a_malformed_row(bundled: Registry) -> None:
    with pytest.raises(InputError, match="line 3"):
        clean(bundled, "name\nEdan Alexander\na,b\n", strict=True)
