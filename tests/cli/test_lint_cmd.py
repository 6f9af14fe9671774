"""namekit lint through click: formats, exit codes, --strict, the step summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from namekit.cli import main

ROOT = Path(__file__).resolve().parents[2]
BROKEN = "tests/fixtures/registries/broken"
CLEAN_WITH_WARNING = {
    "person/khaled-meshaal.yaml": "id: khaled-meshaal\ntype: person\nname: Khaled Meshaal\n",
    "person/khalid-mashal.yaml": "id: khalid-mashal\ntype: person\nname: Khalid Mashal\n",
}


@pytest.fixture(autouse=True)
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def test_plain_is_the_default_and_errors_exit_1() -> None:
    result = CliRunner().invoke(main, ["lint", BROKEN])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"{BROKEN}/person/bad-yaml.yaml:4:1: error: YAML syntax error: while parsing a flow sequence, "
        "expected ',' or ']', but got '<stream end>'")
    assert "10 error(s), 2 warning(s)" in result.stderr


def test_github_format_is_chosen_inside_actions_and_writes_the_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", BROKEN], env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 12 and all(line.startswith(("::error file=", "::warning file=")) for line in lines)
    assert lines[1] == (f"::error file={BROKEN}/person/duplicate-key.yaml,line=4,col=1,title=namekit duplicate-key::"
                        "duplicate key 'name' (first at line 3)")
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n### namekit lint")  # appended, not overwritten
    assert "10 error(s), 2 warning(s)" in written


def test_explicit_format_wins_over_the_environment() -> None:
    result = CliRunner().invoke(main, ["lint", BROKEN, "--format", "plain"], env={"GITHUB_ACTIONS": "true"})
    assert not result.stdout.startswith("::")


def test_json_format() -> None:
    result = CliRunner().invoke(main, ["lint", BROKEN, "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["errors"], report["warnings"], len(report["issues"])) == (10, 2, 12)


@pytest.mark.parametrize(("args", "code"), [([], 0), (["--strict"], 1), (["--strict", "--skip", "near-collisions"], 0)])
def test_warnings_fail_only_with_strict(write_registry, args: list[str], code: int) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(CLEAN_WITH_WARNING)
    result = CliRunner().invoke(main, ["lint", str(root), *args])
    assert result.exit_code == code, result.output


def test_clean_registry() -> None:
    result = CliRunner().invoke(main, ["lint", "aliases"])
    assert result.exit_code == 0 and result.stdout == "" and "no problems found" in result.stderr


@pytest.mark.parametrize("args", [["--format", "xml"], ["--skip", "spelling"], ["no/such/path"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert CliRunner().invoke(main, ["lint", *args]).exit_code == 2
