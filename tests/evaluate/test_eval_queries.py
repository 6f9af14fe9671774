"""namekit.evaluate.queries: loading labelled queries, scoring the resolver, listing its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from namekit.errors import InputError
from namekit.evaluate.queries import FALSE_MATCH, MISS, WRONG_ID, Query, evaluate_queries, load_queries, worst_errors
from namekit.registry.registry import Registry

ENTITIES = [
    {"id": "p1", "type": "person", "names": ["Khaled Meshaal", "Khalid Mishal"]},
    {"id": "p2", "type": "person", "names": ["Mohammad Darwish"]},
    {"id": "p3", "type": "person", "names": ["Hassan Rashad"]},
    {"id": "o1", "type": "organization", "names": ["Golden Star Trading LLC"]},
]


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    path = tmp_path_factory.mktemp("reg") / "registry.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in ENTITIES), encoding="utf-8")
    return Registry.load(path)


def _write(tmp_path: Path, lines: list[str]) -> str:
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_load_queries(tmp_path: Path) -> None:
    path = _write(tmp_path, ['{"query": "Khalid Mashal", "expected": "p1", "kind": "aka"}', "",
                             '{"query": "Mahmoud Darwish", "expected": null}'])
    assert load_queries(path) == [Query("Khalid Mashal", "p1", "aka"), Query("Mahmoud Darwish", None, "")]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ('{"expected": "p1"}', '"query"'),
        ('{"query": "x", "expected": 3}', '"expected"'),
        ('["Khalid Mashal"]', '"query"'),
    ],
)
def test_load_queries_names_the_bad_line(tmp_path: Path, line: str, message: str) -> None:
    path = _write(tmp_path, ['{"query": "ok", "expected": null}', line])
    with pytest.raises(InputError) as err:
        load_queries(path)
    assert err.value.line == 2
    assert message in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_queries(str(tmp_path / "absent.jsonl"))


def test_evaluate_and_errors(registry: Registry) -> None:
    queries = [
        Query("Khalid Mashal", "p1", "aka"),  # a spelling variant: right
        Query("Mohamed Darwish", "p2", "aka"),  # an equivalent given name: right
        Query("Abu Mahdi al-Basri", "p3", "aka"),  # another name altogether: a miss
        Query("Mahmoud Darwish", None, "neg"),  # a different given name: left alone
    ]
    report = evaluate_queries(registry, queries)
    assert [o.error for o in report.outcomes] == [None, None, MISS, None]
    assert (report.overall.correct, report.overall.answered, report.overall.positives) == (2, 2, 3)
    assert set(report.by_kind) == {"aka", "neg"}
    assert report.by_kind["neg"].false_matches == 0
    wrong, missed = worst_errors(report, 5)
    assert wrong == [] and [o.query.query for o in missed] == ["Abu Mahdi al-Basri"]


def test_error_kinds(registry: Registry) -> None:
    # the labels are wrong on purpose, to see each kind of error counted
    queries = [Query("Khalid Mashal", "p2"), Query("Hassan Rashad", None)]
    report = evaluate_queries(registry, queries)
    assert [o.error for o in report.outcomes] == [WRONG_ID, FALSE_MATCH]
    assert report.overall.false_matches == 1 and report.overall.precision == 0.0
    wrong, _ = worst_errors(report, 1)
    assert len(wrong) == 1
