import json

from click.testing import CliRunner

from namekit.cli import main


def test_text_and_explain() -> None:
    result = CliRunner().invoke(main, ["normalize", "--format", "text", "--explain", "Egyptian Foreign Minister Badr Abdel Aty"])
    assert result.exit_code == 0
    first = result.output.splitlines()[0]
    assert first == "Egyptian Foreign Minister Badr Abdel Aty\tbadr abdalaty"
    assert "foreign minister" in result.output and "particles" in result.output


def test_jsonl_from_stdin() -> None:
    result = CliRunner().invoke(main, ["normalize", "--format", "jsonl"], input="RASHAD, Hassan\nحسن رشاد\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["normalized"] == "hassan rashad" and rows[0]["skeleton"] == rows[1]["skeleton"]
    assert rows[1]["script"] == "Arabic"
