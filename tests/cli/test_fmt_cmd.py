"""namekit fmt through click: --check prints a diff and exits 1; fmt writes; refusals exit 1."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from namekit.cli import main

UNFORMATTED = "# kept\ntype: person\nid: x\nname: X\naliases:\n  - Zed  # z\n  - Alpha\n"
FORMATTED = "# kept\nid: x\ntype: person\nname: X\naliases:\n  - Alpha\n  - Zed  # z\n"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "person" / "x.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_check_prints_a_unified_diff_and_changes_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, UNFORMATTED)
    result = CliRunner().invoke(main, ["fmt", "--check", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"--- {path}",
        f"+++ {path} (formatted)",
        "@@ -1,7 +1,7 @@",
        " # kept",
        "+id: x",
        " type: person",
        "-id: x",
        " name: X",
        " aliases:",
        "+  - Alpha",
        "   - Zed  # z",
        "-  - Alpha",
    ]
    assert "would reformat 1 file(s)" in result.stderr
    assert path.read_text(encoding="utf-8") == UNFORMATTED


def test_fmt_writes_and_is_idempotent(tmp_path: Path) -> None:
    path = _write(tmp_path, UNFORMATTED)
    assert CliRunner().invoke(main, ["fmt", str(path)]).exit_code == 0
    assert path.read_text(encoding="utf-8") == FORMATTED
    again = CliRunner().invoke(main, ["fmt", "--check", str(path)])
    assert again.exit_code == 0 and again.stdout == ""


def test_a_file_that_cannot_be_kept_is_left_alone(tmp_path: Path) -> None:
    text = "id: x\ntype: person\nname: X\ntitles: [General,  # first\n  Dr.]\n"
    path = _write(tmp_path, text)
    result = CliRunner().invoke(main, ["fmt", str(path)])
    assert result.exit_code == 1
    assert f"Error: {path}:4:1: a comment inside [...] or {{...}} over several lines cannot be kept" in result.stderr
    assert path.read_text(encoding="utf-8") == text


def test_not_an_alias_file_is_a_usage_error(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    assert CliRunner().invoke(main, ["fmt", str(other)]).exit_code == 2
