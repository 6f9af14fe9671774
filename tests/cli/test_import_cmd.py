from click.testing import CliRunner

from namekit.cli import main


def test_import_then_resolve(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "ofac:36", "type": "organization", "names": ["AEROCARIBBEAN AIRLINES"]}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(source), "--out", str(tmp_path / "reg")])
    assert result.exit_code == 0 and "'ofac:36' written as 'ofac-36'" in result.stderr
    assert (tmp_path / "reg" / "organization" / "ofac-36.yaml").exists()
    again = CliRunner().invoke(main, ["import", str(source), "--out", str(tmp_path / "reg")])
    assert again.exit_code == 1 and again.stderr.startswith("Error: ") and "exists" in again.stderr


def test_bad_line_names_file_and_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "type": "person", "names": ["A"]}\n{"id": "b"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(source), "--out", str(tmp_path / "reg")])
    assert result.exit_code == 1 and f"{source}:2: not a JSON object" in result.stderr
