import json

from click.testing import CliRunner

from namekit.cli import main


def test_show_yaml_and_json() -> None:
    result = CliRunner().invoke(main, ["show", "hassan-rashad"])
    assert result.exit_code == 0 and "id: hassan-rashad" in result.output
    doc = json.loads(CliRunner().invoke(main, ["show", "--format", "json", "edan-alexander"]).output)
    assert "Aidan Alexander" in doc["aliases"]


def test_unknown_id_exit_1() -> None:
    result = CliRunner().invoke(main, ["show", "no-such-id"])
    assert result.exit_code == 1 and result.stderr == "Error: no entity with id 'no-such-id'\n"


def test_previous_id_answers_the_successor(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "person").mkdir()
    (tmp_path / "person" / "new.yaml").write_text("id: new\ntype: person\nname: N\nprevious_ids: [old]\n", encoding="utf-8")
    doc = json.loads(CliRunner().invoke(main, ["show", "--format", "json", "--registry", str(tmp_path), "old"]).output)
    assert doc["id"] == "new" and doc["redirected_from"] == "old"
