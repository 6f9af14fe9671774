"""lint: every kind of problem, asserted line by line on fixture registries."""

from __future__ import annotations

from pathlib import Path

import pytest

from namekit.errors import RegistryIssue
from namekit.registry.annotations import (
    counts,
    escape_data,
    escape_property,
    github_line,
    json_report,
    plain_line,
    summary_markdown,
)
from namekit.registry.lint import lint
from namekit.registry.loader import bundled_path, load_entities
from namekit.registry.registry import Registry
from namekit.registry.validate import check_resolution
from namekit.resolve.result import Match

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


class _Stub:
    """A registry whose resolver answers one entity for everything (to reach the 'still resolves' branch)."""

    def __init__(self, entity_id: str) -> None:
        self.entity_id = entity_id

    def resolve(self, name: str, type: str | None = None) -> Match:
        return Match(input=name, status="resolved", id=self.entity_id, method="fuzzy")


def test_a_not_entry_that_still_resolves_is_an_error(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"person/hassan-rashad.yaml": "id: hassan-rashad\ntype: person\nname: Hassan Rashad\nnot:\n  - Hassan Nasrallah\n"})
    entities, _ = load_entities(root)
    issues = check_resolution(entities, _Stub("hassan-rashad"))  # type: ignore[arg-type]
    assert [(i.line, i.code, i.message) for i in issues] == [
        (5, "not-resolves", "'not' name 'Hassan Nasrallah' still resolves to hassan-rashad (fuzzy)")]
    assert check_resolution(entities, Registry(entities)) == []


def test_an_alias_resolving_to_another_entity_is_an_error(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"person/a.yaml": "id: a\ntype: person\nname: Hassan Rashad\n"})
    entities, _ = load_entities(root)
    issues = check_resolution(entities, _Stub("b"))  # type: ignore[arg-type]
    assert [i.message for i in issues] == ["name 'Hassan Rashad' of a resolves to b instead"]


# -- output formats ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "data", "prop"), [
    ("plain", "plain", "plain"),
    ("100%", "100%25", "100%25"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
    ("%0A", "%250A", "%250A"),
    ("x: 1, y: 2\n", "x: 1, y: 2%0A", "x%3A 1%2C y%3A 2%0A"),
])
def test_annotation_escaping(text: str, data: str, prop: str) -> None:
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_github_line_escapes_properties_and_message() -> None:
    issue = RegistryIssue("reg/a,b:c.yaml", 3, 7, "100% wrong\nreally", level="warning", entity_id="a", code="near-collision")
    assert github_line(issue) == (
        "::warning file=reg/a%2Cb%3Ac.yaml,line=3,col=7,title=namekit near-collision (a)::100%25 wrong%0Areally")
    assert github_line(RegistryIssue("x.yaml", 1, 1, "m")).startswith("::error file=x.yaml,line=1,col=1,title=namekit registry::")


def test_json_report_and_summary() -> None:
    issues = [RegistryIssue("a.yaml", 2, 3, "bad | pipe", code="schema"), RegistryIssue("b.yaml", 1, 1, "hm", level="warning")]
    report = __import__("json").loads(json_report(issues))
    assert report["errors"] == 1 and report["warnings"] == 1
    assert report["issues"][0] == {"path": "a.yaml", "line": 2, "column": 3, "level": "error", "code": "schema",
                                   "entity_id": None, "message": "bad | pipe"}
    summary = summary_markdown(issues, "reg")
    assert "1 error(s), 1 warning(s)" in summary
    assert "| ❌ | `a.yaml:2` | schema | bad \\| pipe |" in summary
    assert "✅ clean" in summary_markdown([], "reg")
    assert "and 1 more" in summary_markdown(issues, "reg", limit=1)
