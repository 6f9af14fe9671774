import json

import pytest
from click.testing import CliRunner

from namekit.cli import main

MISSION = ["Hassan Rashad", "Maj. Gen. Rashad", "حسن رشاد", "Aidan Alexander", "Edan Alexander", "Khalil al-Hayya", "Al-Hayya"]


def run(args: list[str], stdin: bytes | str | None = None) -> "object":
    return CliRunner().invoke(main, args, input=stdin)


def test_jsonl_one_object_per_input_in_order() -> None:
    result = run(["resolve", "--format", "jsonl", *MISSION])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["input"] for r in rows] == MISSION
    assert [r["id"] for r in rows] == ["hassan-rashad"] * 3 + ["edan-alexander"] * 2 + ["khalil-al-hayya"] * 2
    assert set(rows[0]) == {"input", "id", "name", "type", "status", "score", "method", "candidates"}


def test_stdin_blank_and_bad_lines_are_kept() -> None:
    result = CliRunner().invoke(main, ["resolve", "--format", "jsonl"],
                                                input=b"Hamas\n\n\xff\xfe\nEdan Alexander\n")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["resolved", "unresolved", "unresolved", "resolved"]
    assert rows[2]["error"] == "line 3 is not valid UTF-8 (byte 1: 0xff)"
    assert "line 3 is not valid UTF-8" in result.stderr


def test_csv_header_and_rows() -> None:
    result = run(["resolve", "--format", "csv", "Hamas", "Nobody Known"])
    lines = result.output.splitlines()
    assert lines[0] == "input,id,name,type,status,score,method,candidates"
    assert lines[1].startswith("Hamas,hamas,Hamas,organization,resolved,1.0,exact")
    assert lines[2].startswith("Nobody Known,,,,unresolved")


@pytest.mark.parametrize("names, code", [(["Hamas"], 0), (["Hamas", "Nobody Known"], 1)])
def test_strict(names: list[str], code: int) -> None:
    assert run(["resolve", "--strict", "--format", "jsonl", *names]).exit_code == code


def test_text_and_explain() -> None:
    result = run(["resolve", "--format", "text", "--explain", "Maj. Gen. Rashad"])
    assert "hassan-rashad" in result.output and "titles" in result.output


def test_type_filter_and_bad_type() -> None:
    assert json.loads(run(["resolve", "--format", "jsonl", "--type", "person", "Hamas"]).output)["id"] is None
    assert run(["resolve", "--type", "ship", "Hamas"]).exit_code == 2


def test_answers_right_when_the_cache_of_repeats_overflows(monkeypatch: pytest.MonkeyPatch) -> None:
    import namekit.lru as lru

    monkeypatch.setattr(lru, "ANSWERS_KEPT", 2)
    names = ["Hamas", "Edan Alexander", "Cairo", "Hamas", "Cairo", "Nobody Atall", "Edan Alexander"] * 3
    result = CliRunner().invoke(main, ["resolve", "--format", "jsonl"], input="\n".join(names) + "\n")
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    expected = {"Hamas": "hamas", "Edan Alexander": "edan-alexander", "Cairo": "cairo", "Nobody Atall": None}
    assert ids == [expected[n] for n in names]
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal
