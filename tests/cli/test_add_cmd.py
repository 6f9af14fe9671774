"""``namekit add`` through click's CliRunner: what it prints, what it writes, what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from namekit.cli import main

FILES = {
    "person/hassan-rashad.yaml": "# keep this header\nid: hassan-rashad\ntype: person\nname: Hassan Rashad\n"
                                 "aliases:\n  - Hasan Rashad  # AP spelling\n",
    "person/edan-alexander.yaml": "id: edan-alexander\ntype: person\nname: Edan Alexander\naliases:\n  - Aidan Alexander\n",
    "organization/hamas.yaml": "id: hamas\ntype: organization\nname: Hamas\nprevious_ids:\n  - hamas-movement\n",
}
RASHAD = "person/hassan-rashad.yaml"


def _printed_path(stdout: str) -> Path:
    """The file named at the start of add's summary line (shown relative to the working folder when inside it)."""
    return Path(stdout.split(": ", 1)[0]).resolve()


def test_cli_add(write_registry) -> None:  # type: ignore[no-untyped-def]
    # moved from tests/registry/test_edit.py (test_cli_new_and_add, the ``add`` half)
    root = write_registry(FILES)
    runner = CliRunner()
    added = runner.invoke(main, ["add", "edan-alexander", "Idan Alexander", "--registry", str(root)])
    assert added.exit_code == 0 and "1 alias(es) added: 'Idan Alexander'" in added.stdout
    clash = runner.invoke(main, ["add", "edan-alexander", "Hamas", "--registry", str(root)])
    assert clash.exit_code == 1 and clash.stderr == "Error: alias 'Hamas' is already claimed by hamas\n"


def test_add_prints_the_file_and_keeps_its_comments(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(FILES)
    result = CliRunner().invoke(main, ["add", "hassan-rashad", "Hassan Mahmoud Rashad", "حسن رشاد", "--registry", str(root)])
    assert result.exit_code == 0, result.output
    assert _printed_path(result.stdout) == (root / RASHAD).resolve()
    assert result.stdout.endswith(": 2 alias(es) added: 'Hassan Mahmoud Rashad', 'حسن رشاد'\n")
    assert result.stderr == ""
    assert (root / RASHAD).read_text(encoding="utf-8") == (
        "# keep this header\nid: hassan-rashad\ntype: person\nname: Hassan Rashad\n"
        "aliases:\n  - Hasan Rashad  # AP spelling\n  - Hassan Mahmoud Rashad\n  - حسن رشاد\n")


@pytest.mark.parametrize(("aliases", "added", "present"), [
    (["hasan rashad"], [], ["hasan rashad"]),
    (["HASSAN RASHAD", "Gen. Hassan Rashad"], [], ["HASSAN RASHAD", "Gen. Hassan Rashad"]),
    (["Hasan Rashad", "Abu Mahmoud"], ["Abu Mahmoud"], ["Hasan Rashad"]),
])
def test_names_the_entity_has_already_are_reported_not_added(  # type: ignore[no-untyped-def]
        write_registry, aliases: list[str], added: list[str], present: list[str]) -> None:
    root = write_registry(FILES)
    result = CliRunner().invoke(main, ["add", "hassan-rashad", *aliases, "--registry", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stderr == "".join(f"hassan-rashad has {name!r} already\n" for name in present)
    assert result.stdout.endswith(f": {len(added)} alias(es) added" + (": " + ", ".join(map(repr, added)) if added else "") + "\n")
    text = (root / RASHAD).read_text(encoding="utf-8")
    assert (text == FILES[RASHAD]) == (not added)
    assert all(f"  - {name}\n" in text for name in added)


@pytest.mark.parametrize(("args", "stderr"), [
    (["hassan-rashad", "Gen. Rashad", "Hamas"], "Error: alias 'Hamas' is already claimed by hamas\n"),
    (["hassan-rashad", "Aidan Alexander"], "Error: alias 'Aidan Alexander' is already claimed by edan-alexander\n"),
    (["hamas-movement", "Harakat Hamas"], "Error: 'hamas-movement' is a retired id: it now points to hamas\n"),
    (["khalil-al-hayya", "Khalil al-Hayyah"], "Error: no entity with id 'khalil-al-hayya'\n"),
    (["hassan-rashad", "   "], "Error: a name must be a non-empty string\n"),
])
def test_refusals_exit_1_and_leave_the_file_alone(write_registry, args: list[str], stderr: str) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(FILES)
    result = CliRunner().invoke(main, ["add", *args, "--registry", str(root)])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", stderr)
    assert (root / RASHAD).read_text(encoding="utf-8") == FILES[RASHAD]


def test_usage_errors_exit_2(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(FILES)
    no_alias = CliRunner().invoke(main, ["add", "hassan-rashad", "--registry", str(root)])
    assert no_alias.exit_code == 2 and "Missing argument 'ALIASES...'" in no_alias.stderr
    a_file = CliRunner().invoke(main, ["add", "hassan-rashad", "Abu Mahmoud", "--registry", str(root / RASHAD)])
    assert a_file.exit_code == 2 and "is a file" in a_file.stderr
    assert (root / RASHAD).read_text(encoding="utf-8") == FILES[RASHAD]


def test_registry_from_the_environment(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry(FILES)
    result = CliRunner().invoke(main, ["add", "edan-alexander", "Idan Alexander"], env={"NAMEKIT_REGISTRY": str(root)})
    assert result.exit_code == 0, result.output
    assert "  - Idan Alexander\n" in (root / "person" / "edan-alexander.yaml").read_text(encoding="utf-8")
