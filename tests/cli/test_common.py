"""namekit.cli.common: the registry and type options, the default format, errors as ``Error: ...`` and exit 1."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from namekit.cli import main
from namekit.cli.common import default_format, handle_errors, load_registry, registry_option, type_option
from namekit.errors import ConfigError, InputError, RegistryError, RegistryIssue

ISSUES = [RegistryIssue("reg/person/a.yaml", 4, 1, "YAML syntax error"),
          RegistryIssue("reg/person/b.yaml", 2, 7, "unknown field 'alias'"),
          RegistryIssue("reg/person/c.yaml", 1, 5, "id 'x' differs from its file name 'c'")]


def _raising(exc: Exception) -> click.Command:
    @click.command()
    @handle_errors
    def command() -> None:
        raise exc

    return command


@click.command()
@registry_option
@type_option
@click.argument("name")
@handle_errors
def _resolve_one(registry_path: str | None, entity_type: str | None, name: str) -> None:
    click.echo(str(load_registry(registry_path).resolve(name, entity_type).id))


def test_registry_option_and_env(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # moved from tests/cli/test_resolve_cmd.py
    (tmp_path / "person").mkdir()
    (tmp_path / "person" / "x.yaml").write_text("id: x\ntype: person\nname: Zed Zedson\n", encoding="utf-8")
    given = CliRunner().invoke(main, ["resolve", "--format", "jsonl", "--registry", str(tmp_path), "Zed Zedson"])
    assert json.loads(given.output)["id"] == "x"
    result = CliRunner().invoke(main, ["resolve", "--format", "jsonl", "Zed Zedson"], env={"NAMEKIT_REGISTRY": str(tmp_path)})
    assert json.loads(result.output)["id"] == "x"


def test_broken_registry_is_one_error_line_exit_1(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # moved from tests/cli/test_resolve_cmd.py
    (tmp_path / "person").mkdir()
    (tmp_path / "person" / "x.yaml").write_text("id: x\ntype: person\nname: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["resolve", "--registry", str(tmp_path), "X"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "x.yaml:4:1: YAML syntax error" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("exc", "stderr"), [
    (InputError("line 3: 2 fields where the header has 1"), "Error: line 3: 2 fields where the header has 1\n"),
    (ConfigError("threshold 1.5 is not in 0..1", path="namekit.toml", line=2), "Error: namekit.toml:2: threshold 1.5 is not in 0..1\n"),
    (RegistryError(ISSUES[:1]), "Error: reg/person/a.yaml:4:1: YAML syntax error\n"),
    (RegistryError([]), "Error: invalid registry\n"),
    (RegistryError(ISSUES), "reg/person/b.yaml:2:7: unknown field 'alias'\n"
                            "reg/person/c.yaml:1:5: id 'x' differs from its file name 'c'\n"
                            "Error: reg/person/a.yaml:4:1: YAML syntax error (and 2 more above)\n"),
])
def test_handle_errors_prints_error_lines_and_exits_1(exc: Exception, stderr: str) -> None:
    result = CliRunner().invoke(_raising(exc))
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", stderr)


def test_handle_errors_lets_other_exceptions_through_and_keeps_the_function() -> None:
    result = CliRunner().invoke(_raising(ValueError("a bug, not bad data")))
    assert type(result.exception) is ValueError and "Error:" not in result.stderr

    def rashad(name: str) -> str:
        return name.upper()

    wrapped = handle_errors(rashad)
    assert wrapped("Hassan Rashad") == "HASSAN RASHAD" and wrapped.__name__ == "rashad"


@pytest.mark.parametrize(("args", "env", "stdout"), [
    (["Hassan Rashad"], {}, "hassan-rashad\n"),  # the bundled registry
    (["--type", "person", "Khalil al-Hayya"], {}, "khalil-al-hayya\n"),
    (["--type", "organization", "Khalil al-Hayya"], {}, "None\n"),
    (["--registry", "{reg}", "Zed Zedson"], {}, "x\n"),
    (["--registry", "{reg}/registry.jsonl", "Edan Alexander"], {}, "edan-alexander\n"),  # a file is a registry too
    (["Zed Zedson"], {"NAMEKIT_REGISTRY": "{reg}"}, "x\n"),
])
def test_registry_and_type_options_reach_load_registry(tmp_path: Path, args: list[str], env: dict[str, str],
                                                       stdout: str) -> None:
    (tmp_path / "person").mkdir()
    (tmp_path / "person" / "x.yaml").write_text("id: x\ntype: person\nname: Zed Zedson\n", encoding="utf-8")
    (tmp_path / "registry.jsonl").write_text('{"id": "edan-alexander", "type": "person", "names": ["Edan Alexander"]}\n',
                                             encoding="utf-8")
    fill = {"reg": str(tmp_path)}
    result = CliRunner().invoke(_resolve_one, [a.format(**fill) for a in args],
                                env={k: v.format(**fill) for k, v in env.items()})
    assert (result.exit_code, result.stdout) == (0, stdout), result.output


@pytest.mark.parametrize("args", [["--type", "ship", "Hamas"], ["--registry", "/no/such/registry", "Hamas"]])
def test_bad_option_values_are_usage_errors(args: list[str]) -> None:
    result = CliRunner().invoke(_resolve_one, args)
    assert result.exit_code == 2 and "Invalid value" in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _closed() -> io.StringIO:
    stream = io.StringIO()
    stream.close()  # isatty() raises ValueError
    return stream


@pytest.mark.parametrize(("stream", "expected"), [
    (_Terminal(), "text"),
    (io.StringIO(), "jsonl"),
    (object(), "jsonl"),  # no isatty at all
    (_closed(), "jsonl"),
])
def test_default_format(stream: Any, expected: str) -> None:
    assert default_format(stream) == expected


def test_default_format_looks_at_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout", _Terminal())
    assert default_format() == "text"
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert default_format() == "jsonl"
