"""``namekit new`` through click's CliRunner: the file it writes, the path it prints, its refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from namekit.cli import main
from namekit.registry.registry import Registry

FILES = {
    "person/hassan-rashad.yaml": "# keep this header\nid: hassan-rashad\ntype: person\nname: Hassan Rashad\n"
                                 "aliases:\n  - Hasan Rashad  # AP spelling\n",
    "organization/hamas.yaml": "id: hamas\ntype: organization\nname: Hamas\nprevious_ids:\n  - hamas-movement\n",
}


def test_cli_new(write_registry) -> None:  # type: ignore[no-untyped-def]
    # moved from tests/registry/test_edit.py (test_cli_new_and_add, the ``new`` half)
    root = write_registry(FILES)
    runner = CliRunner()
    made = runner.invoke(main, ["new", "--type", "person", "Edan Alexander", "--alias", "Aidan Alexander", "--registry", str(root)])
    assert made.exit_code == 0 and made.stdout.strip() == str(root / "person" / "edan-alexander.yaml")
    assert runner.invoke(main, ["new", "X", "--registry", str(root)]).exit_code == 2  # --type is required


def test_new_writes_the_file_and_the_registry_resolves_it(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(FILES)
    result = CliRunner().invoke(main, ["new", "--type", "person", "Khalil al-Hayya", "--alias", "Khalil al-Hayyah",
                                       "--alias", "خليل الحية", "--description", "Hamas chief negotiator",
                                       "--registry", str(root)])
    assert result.exit_code == 0, result.output
    path = root / "person" / "khalil-al-hayya.yaml"
    assert result.stdout == f"{path}\n" and result.stderr == ""
    assert path.read_text(encoding="utf-8") == (
        "id: khalil-al-hayya\ntype: person\nname: Khalil al-Hayya\ndescription: Hamas chief negotiator\n"
        "aliases:\n  - Khalil al-Hayyah\n  - خليل الحية\n")
    registry = Registry.load(root)
    assert [registry.resolve(n).id for n in ("Khalil al-Hayya", "خليل الحية")] == ["khalil-al-hayya"] * 2


@pytest.mark.parametrize(("entity_type", "name", "entity_id", "expected"), [
    ("person", "Edan Alexander", None, "person/edan-alexander.yaml"),
    ("person", "Edan Alexander", "alexander", "person/alexander.yaml"),
    ("organization", "Palestinian Islamic Jihad", None, "organization/palestinian-islamic-jihad.yaml"),
    ("place", "Rafah Crossing", "rafah-crossing", "place/rafah-crossing.yaml"),
])
def test_id_is_minted_unless_given(write_registry, entity_type: str, name: str,  # type: ignore[no-untyped-def]
                                   entity_id: str | None, expected: str) -> None:
    root = write_registry(FILES)
    args = ["new", "--type", entity_type, name, "--registry", str(root)] + (["--id", entity_id] if entity_id else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(root / expected)
    text = (root / expected).read_text(encoding="utf-8")
    assert text.startswith(f"id: {Path(expected).stem}\ntype: {entity_type}\nname: {name}\n")


@pytest.mark.parametrize(("args", "message"), [
    (["--type", "person", "Hassan Rashad"], "Error: id 'hassan-rashad' is taken: it is the id of hassan-rashad ("),
    (["--type", "organization", "Hamas Movement", "--id", "hamas-movement"],
     "Error: id 'hamas-movement' is taken: it is a retired id that now points to hamas; choose another with --id\n"),
    (["--type", "person", "Someone New", "--alias", "HASAN RASHAD"],
     "Error: name 'HASAN RASHAD' is already claimed by hassan-rashad: use 'namekit add' or 'namekit show hassan-rashad'\n"),
    (["--type", "person", "Edan Alexander", "--id", "Edan Alexander"],
     "Error: id 'Edan Alexander' is not a lowercase ASCII slug (a-z, 0-9 and single hyphens, at most 120)\n"),
])
def test_refusals_are_one_error_line_and_write_nothing(write_registry, args: list[str],  # type: ignore[no-untyped-def]
                                                      message: str) -> None:
    root = write_registry(FILES)
    before = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.yaml"))
    result = CliRunner().invoke(main, ["new", *args, "--registry", str(root)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*.yaml")) == before


@pytest.mark.parametrize("args", [
    ["--type", "animal", "Rex"],  # not an entity type
    ["--type", "person"],  # no NAME
])
def test_usage_errors_exit_2(write_registry, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["new", *args, "--registry", str(write_registry(FILES))])
    assert result.exit_code == 2 and "Usage:" in result.stderr


def test_registry_from_the_environment_and_not_a_file(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(FILES)
    result = CliRunner().invoke(main, ["new", "--type", "person", "Edan Alexander"], env={"NAMEKIT_REGISTRY": str(root)})
    assert result.exit_code == 0 and (root / "person" / "edan-alexander.yaml").is_file()
    a_file = root / "person" / "hassan-rashad.yaml"
    refused = CliRunner().invoke(main, ["new", "--type", "person", "Idan Alexander", "--registry", str(a_file)])
    assert refused.exit_code == 2 and "is a file" in refused.stderr
