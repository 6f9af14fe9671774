"""namekit diff through click: two registry paths, --names, formats, exit codes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from namekit.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "registries" / "diff"


def test_two_paths_text_and_exit_1_on_id_errors() -> None:
    result = CliRunner().invoke(main, ["diff", str(FIXTURES / "base"), str(FIXTURES / "head")])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith("2 added, 1 removed, 1 renamed, 1 changed, 4 of 14 names resolve differently")
    assert "renamed: hamas-movement -> hamas (Hamas)" in lines
    assert "lost: 'Abbas Kamel': abbas-kamel -> unresolved" in lines


def test_names_file_adds_names(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Abbas Kamil\nAidan Alexandr\n\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(FIXTURES / "base"), str(FIXTURES / "head"), "--names", str(names)])
    lines = result.stdout.splitlines()
    assert "6 of 16 names resolve differently" in lines[0]
    assert "gained: 'Aidan Alexandr': unresolved -> edan-alexander" in lines
    assert "lost: 'Abbas Kamil': abbas-kamel -> unresolved" in lines


def test_no_id_error_exits_0() -> None:
    result = CliRunner().invoke(main, ["diff", str(FIXTURES / "base"), str(FIXTURES / "base"), "--format", "markdown"])
    assert result.exit_code == 0
    assert "✅ no ID breaks" in result.stdout


def test_bad_format_is_a_usage_error() -> None:
    assert CliRunner().invoke(main, ["diff", "a", "b", "--format", "html"]).exit_code == 2
