"""lint: every kind of problem, asserted line by line on fixture registries."""

from __future__ import annotations

from pathlib import Path

import pytest

from namekit.errors import RegistryIssue
from namekit.registry.annotations import counts, plain_line
from namekit.registry.lint import lint
from namekit.registry.loader import bundled_path

ROOT = Path(__file__).resolve().parents[2]
BROKEN = "tests/fixtures/registries/broken"
P = BROKEN + "/person"

EXPECTED = [
    f"{P}/bad-yaml.yaml:4:1: error: YAML syntax error: while parsing a flow sequence, expected ',' or ']', but got '<stream end>'",
    f"{P}/duplicate-key.yaml:4:1: error: duplicate key 'name' (first at line 3)",
    f"{P}/file-name.yaml:1:5: error: id 'other-name' differs from its file name 'file-name'",
    f"{P}/khaled-meshaal.yaml:3:7: warning: near-collision: 'Khaled Meshaal' of khaled-meshaal looks like 'Khalid Mashal' "
    f"of khalid-mashal ({P}/khalid-mashal.yaml:3:7; compare 0.92); if they are different, add one to the other's 'not' list",
    f"{P}/khaled-meshaal.yaml:5:5: error: name 'Khalid Mashal' is also claimed by khalid-mashal ({P}/khalid-mashal.yaml:3:7) "
    "(both normalize to 'khalid mashal')",
    f"{P}/khaled-meshaal.yaml:5:5: error: name 'Khalid Mashal' of khaled-meshaal is ambiguous between khaled-meshaal, khalid-mashal",
    f"{P}/khalid-mashal.yaml:3:7: error: name 'Khalid Mashal' is also claimed by khaled-meshaal ({P}/khaled-meshaal.yaml:5:5) "
    "(both normalize to 'khalid mashal')",
    f"{P}/khalid-mashal.yaml:3:7: error: name 'Khalid Mashal' of khalid-mashal is ambiguous between khaled-meshaal, khalid-mashal",
    f"{P}/mahmoud-darwish.yaml:5:5: error: name 'Mahmud Darwish' of mahmoud-darwish does not resolve",
    f"{P}/mahmoud-darwish.yaml:7:5: error: 'not' name 'Mahmud Darwish' is also a name of mahmoud-darwish itself",
    f"{P}/not-formatted.yaml:2:1: warning: not in canonical format (run: namekit fmt {P}/not-formatted.yaml)",
    f"{P}/unknown-field.yaml:1:1: error: unknown field 'alias' (allowed: aliases, description, id, links, name, not, "
    "previous_ids, short, titles, type)",
]


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture
def broken_issues(in_repo: None) -> list[RegistryIssue]:
    return lint(BROKEN)


def test_broken_fixture_line_count(broken_issues: list[RegistryIssue]) -> None:
    assert len(broken_issues) == len(EXPECTED)
    assert counts(broken_issues) == (10, 2)


@pytest.mark.parametrize("number", range(len(EXPECTED)))
def test_broken_fixture_line_by_line(broken_issues: list[RegistryIssue], number: int) -> None:
    assert plain_line(broken_issues[number]) == EXPECTED[number]


@pytest.mark.parametrize(("code", "level"), [
    ("yaml", "error"), ("duplicate-key", "error"), ("id-file", "error"), ("schema", "error"),
    ("name-claimed-twice", "error"), ("resolves-elsewhere", "error"), ("not-own-name", "error"),
    ("near-collision", "warning"), ("not-formatted", "warning"),
])
def test_each_kind_of_problem_has_its_level(broken_issues: list[RegistryIssue], code: str, level: str) -> None:
    assert {i.level for i in broken_issues if i.code == code} == {level}


def test_the_shipped_registry_is_clean() -> None:
    assert lint(bundled_path()) == []


def test_skip_leaves_a_check_out(in_repo: None) -> None:
    codes = {i.code for i in lint(BROKEN, skip=("near-collisions", "format"))}
    assert "near-collision" not in codes and "not-formatted" not in codes and "yaml" in codes
    with pytest.raises(ValueError, match="unknown check"):
        lint(BROKEN, skip=("spelling",))


def test_near_collision_is_quiet_once_acknowledged_by_not(write_registry) -> None:  # type: ignore[no-untyped-def]
    files = {
        "person/khaled-meshaal.yaml": "id: khaled-meshaal\ntype: person\nname: Khaled Meshaal\n",
        "person/khalid-mashal.yaml": "id: khalid-mashal\ntype: person\nname: Khalid Mashal\n",
    }
    assert [i.code for i in lint(write_registry(files))] == ["near-collision"]
    files["person/khalid-mashal.yaml"] += "not:\n  - Khaled Meshaal\n"
    assert lint(write_registry(files)) == []
