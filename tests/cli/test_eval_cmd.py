"""``namekit eval`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from namekit.cli import main

ENTITIES = [
    {"id": "p1", "type": "person", "names": ["Khaled Meshaal"]},
    {"id": "p2", "type": "person", "names": ["Mohammad Darwish"]},
    {"id": "p3", "type": "person", "names": ["Hassan Rashad"]},
]
QUERIES = [
    {"query": "Khalid Mashal", "expected": "p1", "kind": "aka"},
    {"query": "Abu Mahdi al-Basri", "expected": "p3", "kind": "aka"},
    {"query": "Mahmoud Darwish", "expected": None, "kind": "neg"},
    {"query": "Mohammad Darwich", "expected": "p2", "kind": "typo"},  # found by the fuzzy stage only
]
PAIRS = "name1,name2,is_match,type\nKhaled Meshaal,Khalid Mashal,1,person\nMohammad Darwish,Mahmoud Darwish,0,person\n"


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, str]:
    reg, q, p = tmp_path / "registry.jsonl", tmp_path / "queries.jsonl", tmp_path / "pairs.csv"
    reg.write_text("".join(json.dumps(e) + "\n" for e in ENTITIES), encoding="utf-8")
    q.write_text("".join(json.dumps(e) + "\n" for e in QUERIES), encoding="utf-8")
    p.write_text(PAIRS, encoding="utf-8")
    return {"registry": str(reg), "queries": str(q), "pairs": str(p)}


def test_queries_text(files: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["eval", "--registry", files["registry"], "--queries", files["queries"]])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "rapidfuzz WRatio >=" in result.output
    all_row = next(line for line in lines if line.startswith("all "))
    # 2 of 3 positives right, nothing wrong: P 1.000 R 0.667, no false match
    assert all_row.split()[1:6] == ["4", "1.000", "0.667", "0.800", "0.0%"]
    assert any(line.startswith("neg ") for line in lines)


def test_queries_json_with_errors(files: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["eval", "--registry", files["registry"], "--queries", files["queries"],
                                       "--errors", "5", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)["queries"]
    assert out["namekit"]["overall"]["correct"] == 2
    assert out["namekit"]["by_kind"]["neg"]["false_matches"] == 0
    assert 0 <= out["baseline"]["cutoff"] <= 100
    (miss,) = out["errors"]
    assert miss["query"] == "Abu Mahdi al-Basri" and miss["error"] == "miss"
    assert "tokens" in miss["explanation"]


def test_errors_text_explains(files: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["eval", "--registry", files["registry"], "--queries", files["queries"],
                                       "--errors", "3", "--no-baseline"])
    assert result.exit_code == 0, result.output
    assert "rapidfuzz" not in result.output
    assert "Misses, closest first (1):" in result.output
    assert "- 'Abu Mahdi al-Basri' [aka]: expected p3, got unresolved" in result.output


def test_threshold_changes_the_answer(files: dict[str, str]) -> None:
    args = ["eval", "--registry", files["registry"], "--queries", files["queries"], "--no-baseline", "--format", "json"]
    loose = json.loads(CliRunner().invoke(main, args).output)["queries"]
    strict = json.loads(CliRunner().invoke(main, args + ["--threshold", "1.0"]).output)["queries"]
    assert strict["settings"]["threshold"] == 1.0
    assert strict["namekit"]["overall"]["correct"] < loose["namekit"]["overall"]["correct"]


def test_single_threshold_is_its_own_setting(files: dict[str, str]) -> None:
    args = ["eval", "--registry", files["registry"], "--queries", files["queries"], "--no-baseline", "--format", "json"]
    out = json.loads(CliRunner().invoke(main, args + ["--single-threshold", "0.5"]).output)["queries"]
    assert out["settings"]["single_threshold"] == 0.5
    assert out["settings"]["threshold"] == json.loads(CliRunner().invoke(main, args).output)["queries"]["settings"]["threshold"]
    text = CliRunner().invoke(main, args[:-2] + ["--single-threshold", "0.5"]).output
    assert "one-part names 0.5" in text


def test_fuller_threshold_is_its_own_setting(files: dict[str, str]) -> None:
    args = ["eval", "--registry", files["registry"], "--queries", files["queries"], "--no-baseline", "--format", "json"]
    out = json.loads(CliRunner().invoke(main, args + ["--fuller-threshold", "0.7"]).output)["queries"]
    assert out["settings"]["fuller_threshold"] == 0.7
    assert out["settings"]["threshold"] == json.loads(CliRunner().invoke(main, args).output)["queries"]["settings"]["threshold"]
    assert "persons' fuller forms 0.7" in CliRunner().invoke(main, args[:-2] + ["--fuller-threshold", "0.7"]).output
    assert CliRunner().invoke(main, args + ["--fuller-threshold", "1.5"]).exit_code == 2


def test_pairs(files: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["eval", "--pairs", files["pairs"], "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)["pairs"]
    assert out["compare"]["true_positives"] == 1 and out["compare"]["false_positives"] == 0
    assert out["baseline"]["scorer"] == "rapidfuzz.fuzz.WRatio"
    text = CliRunner().invoke(main, ["eval", "--pairs", files["pairs"], "--errors", "2", "--compare-threshold", "1.0"])
    assert "Missed matches, lowest score first (1):" in text.output
    assert "khaled ~ khalid" in text.output.replace("  ", " ").lower() or "khalid" in text.output


def test_usage_and_data_errors(files: dict[str, str], tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["eval"]).exit_code == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"query": "x"}\n{oops\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--registry", files["registry"], "--queries", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2: not JSON" in result.output
