import json

from click.testing import CliRunner

from namekit.cli import main


def test_one_pair_text_and_json() -> None:
    text = CliRunner().invoke(main, ["compare", "Khaled Meshaal", "Khalid Mashal"])
    assert text.exit_code == 0 and text.output.endswith("\tmatch\n")
    row = json.loads(CliRunner().invoke(main, ["compare", "--format", "json", "Mohammad Darwish", "Mahmoud Darwish"]).output)
    assert row["match"] is False and 0 <= row["score"] < 0.85


def test_explain_shows_the_alignment() -> None:
    result = CliRunner().invoke(main, ["compare", "--explain", "Badr Abdelatty", "Badr Abdel Aty"])
    assert "abdalatty" in result.output and "score" in result.output


def test_pairs_from_stdin() -> None:
    result = CliRunner().invoke(main, ["compare"], input="Hassan Rashad\tحسن رشاد\nno tab here\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["match"] is True
    assert rows[1]["error"] == "line 2 is not 'name1<TAB>name2'"
    assert result.exit_code == 0


def test_one_name_is_a_usage_error() -> None:
    assert CliRunner().invoke(main, ["compare", "only one"]).exit_code == 2
