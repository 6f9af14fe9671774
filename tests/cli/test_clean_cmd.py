"""``namekit clean`` through click's CliRunner: formats, errors, malformed rows, atomic output, jobs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from namekit.cli import main

TABLE = "row,person,place\n1,Maj. Gen. Rashad,Cairo\n2,Aidan Alexander,Gaza City\n3,Nobody Atall,\n4,Maj. Gen. Rashad,Doha\n"


def run(args: list[str], stdin: bytes | str | None = None) -> Result:
    return CliRunner().invoke(main, ["clean", *args], input=stdin)


def rows_of(text: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def test_csv_rows_and_columns_kept_and_answers_appended() -> None:
    result = run(["-c", "person", "-c", "place"], TABLE)
    assert result.exit_code == 0, result.output
    rows = rows_of(result.stdout)
    assert rows[0] == ["row", "person", "place", "person_id", "person_name", "person_status", "person_score",
                       "place_id", "place_name", "place_status", "place_score"]
    assert [r[:3] for r in rows[1:]] == [r.split(",") for r in TABLE.splitlines()[1:]]
    assert [(r[3], r[5]) for r in rows[1:]] == [("hassan-rashad", "resolved"), ("edan-alexander", "resolved"),
                                                ("", "unresolved"), ("hassan-rashad", "resolved")]
    assert rows[1][7] == "cairo" and rows[3][7:10] == ["", "", "unresolved"]
    assert "4 rows, 7 names: 6 resolved, 0 ambiguous, 1 unresolved" in result.stderr
    assert "6 distinct names resolved" in result.stderr  # Maj. Gen. Rashad twice, resolved once


@pytest.mark.parametrize("args, stdin, check", [
    (["--from", "tsv"], TABLE.replace(",", "\t"), lambda out: rows_of(out, "\t")[1][3] == "hassan-rashad"),
    (["--to", "jsonl"], TABLE, lambda out: json.loads(out.splitlines()[0])["person_id"] == "hassan-rashad"),
    (["--from", "jsonl", "--to", "csv"], '{"person": "Edan Alexander", "n": 3}\n', lambda out: rows_of(out)[1] == ["Edan Alexander", "3", "edan-alexander", "Edan Alexander", "resolved", "1.0"]),
    (["--from", "jsonl", "--to", "jsonl"], '{"person": "Edan Alexander", "n": 3}\n{"person": 7}\n',
     lambda out: [json.loads(x)["person_status"] for x in out.splitlines()] == ["resolved", "unresolved"]),
    (["--delimiter", ";"], TABLE.replace(",", ";"), lambda out: rows_of(out, ";")[2][3] == "edan-alexander"),
    (["--id-suffix", ".id", "--status-suffix", ".st"], TABLE, lambda out: rows_of(out)[0][3:6] == ["person.id", "person_name", "person.st"]),
    ([], "\ufeff" + TABLE, lambda out: rows_of(out)[0][0] == "row"),
])
def test_formats_dialects_and_suffixes(args: list[str], stdin: str, check: object) -> None:
    result = run(["-c", "person", *args], stdin)
    assert result.exit_code == 0, result.output
    assert check(result.stdout)  # type: ignore[operator]


def test_missing_column_lists_the_columns() -> None:
    result = run(["-c", "persn"], TABLE)
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no column 'persn' in the input; its columns: 'row', 'person', 'place'"


def test_clashing_output_column() -> None:
    result = run(["-c", "person"], "person,person_id\nA,1\n")
    assert result.exit_code == 1 and "already has a column 'person_id'" in result.stderr


def test_malformed_rows_reported_and_kept() -> None:
    data = b"person,n\nEdan Alexander,1\nbad,row,here\n\xff\xfeX,2\nEdan Alexander,3\n"
    result = run(["-c", "person"], data)
    assert result.exit_code == 0, result.output
    lines = result.stdout_bytes.splitlines()
    assert lines[2] == b"bad,row,here" and lines[3] == b"\xff\xfeX,2"
    assert lines[4].startswith(b"Edan Alexander,3,edan-alexander")
    assert "Warning: line 3: 3 fields where the header has 2; kept as it was" in result.stderr
    assert "Warning: line 4: not valid utf-8" in result.stderr
    assert "2 malformed rows" in result.stderr


def test_strict_stops_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run(["-c", "person", "--strict", "-o", str(out)], "person\nEdan Alexander\nA,B\n")
    assert result.exit_code == 1 and result.stderr.strip() == "Error: line 3: 2 fields where the header has 1"
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_output_file_replaced_whole(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.csv"
    src.write_text('{"person": "Edan Alexander"}\n', encoding="utf-8")
    out.write_text("old\n")
    result = run([str(src), "-c", "person", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text().splitlines()[1] == "Edan Alexander,edan-alexander,Edan Alexander,resolved,1.0"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.csv"]


@pytest.mark.parametrize("args, message", [
    (["-c", "person", "--delimiter", ";;"], "must be one character"),
    (["-c", "person", "--encoding", "klingon"], "unknown encoding"),
    (["-c", "person", "--jobs", "0"], "0"),
    ([], "Missing option '-c'"),
])
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run(args, TABLE)
    assert result.exit_code == 2 and message in result.stderr


def test_missing_file_and_empty_input(tmp_path: Path) -> None:
    assert run([str(tmp_path / "nope.csv"), "-c", "person"]).exit_code == 1
    empty = run(["-c", "person"], "")
    assert empty.exit_code == 1 and "no header row" in empty.stderr


def test_jobs_give_the_same_output_in_order() -> None:
    names = ["Maj. Gen. Rashad", "Aidan Alexander", "Nobody Atall", "Khalil al-Hayya", "Doha", "Cairo"]
    table = "i,person\n" + "".join(f"{i},{names[i % len(names)]}{' ' * (i % 7)}\n" for i in range(5000))
    one, two = run(["-c", "person"], table), run(["-c", "person", "--jobs", "2"], table)
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 5001


def test_latin1_in_and_out() -> None:
    result = run(["-c", "person", "--encoding", "latin-1"], "person\nJosé Nobody\n".encode("latin-1"))
    assert result.exit_code == 0
    assert result.stdout_bytes.splitlines()[1].startswith("José Nobody,,,unresolved".encode("latin-1"))


def test_type_filter() -> None:
    result = run(["-c", "x", "--type", "place"], "x\nRashad\nCairo\n")
    assert [r[3] for r in rows_of(result.stdout)[1:]] == ["unresolved", "resolved"]


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(TABLE, encoding="utf-8")
    result = run([str(path), "-c", "person"])
    assert result.exit_code == 0
    assert "\r" not in result.stderr and "[" not in result.stderr
