"""namekit.registry.annotations: lint issues as plain lines, GitHub workflow commands, JSON and Markdown."""

from __future__ import annotations

import json

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

P = "tests/fixtures/registries/broken/person"
ISSUES = [
    RegistryIssue(f"{P}/khalid-mashal.yaml", 3, 7, "name 'Khalid Mashal' is also claimed by khaled-meshaal",
                  entity_id="khalid-mashal", code="name-claimed-twice"),
    RegistryIssue(f"{P}/khaled-meshaal.yaml", 3, 7, "near-collision: 'Khaled Meshaal' looks like 'Khalid Mashal'",
                  level="warning", entity_id="khaled-meshaal", code="near-collision"),
    RegistryIssue(f"{P}/bad-yaml.yaml", 4, 1, "YAML syntax error", code="yaml"),
]


# moved from tests/registry/test_lint.py ("output formats"): test_annotation_escaping,
# test_github_line_escapes_properties_and_message, test_json_report_and_summary

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


@pytest.mark.parametrize(("issue", "line"), [
    (ISSUES[0], f"{P}/khalid-mashal.yaml:3:7: error: name 'Khalid Mashal' is also claimed by khaled-meshaal"),
    (ISSUES[1], f"{P}/khaled-meshaal.yaml:3:7: warning: near-collision: 'Khaled Meshaal' looks like 'Khalid Mashal'"),
    (RegistryIssue("reg/hassan-rashad.yaml", 12, 5, "'not' name 'Hassan Rashad' is also a name of hassan-rashad itself"),
     "reg/hassan-rashad.yaml:12:5: error: 'not' name 'Hassan Rashad' is also a name of hassan-rashad itself"),
])
def test_plain_line(issue: RegistryIssue, line: str) -> None:
    assert plain_line(issue) == line


@pytest.mark.parametrize(("issues", "expected"), [
    ([], (0, 0)), (ISSUES, (2, 1)), (ISSUES[1:2], (0, 1)), (ISSUES[::2], (2, 0)),
])
def test_counts(issues: list[RegistryIssue], expected: tuple[int, int]) -> None:
    assert counts(issues) == expected


def test_github_lines_of_an_error_and_a_warning() -> None:
    assert github_line(ISSUES[0]) == (f"::error file={P}/khalid-mashal.yaml,line=3,col=7,title=namekit name-claimed-twice "
                                      "(khalid-mashal)::name 'Khalid Mashal' is also claimed by khaled-meshaal")
    assert github_line(ISSUES[1]) == (f"::warning file={P}/khaled-meshaal.yaml,line=3,col=7,title=namekit near-collision "
                                      "(khaled-meshaal)::near-collision: 'Khaled Meshaal' looks like 'Khalid Mashal'")


def test_json_report_keeps_every_issue_in_order_and_non_ascii() -> None:
    issues = [*ISSUES, RegistryIssue("reg/x.yaml", 2, 3, "name 'حسن رشاد' does not resolve", entity_id="hassan-rashad")]
    text = json_report(issues)
    assert "حسن رشاد" in text  # not \u escapes
    report = json.loads(text)
    assert (report["errors"], report["warnings"]) == (3, 1)
    assert [(i["line"], i["code"], i["entity_id"]) for i in report["issues"]] == [
        (3, "name-claimed-twice", "khalid-mashal"), (3, "near-collision", "khaled-meshaal"), (4, "yaml", None),
        (2, "registry", "hassan-rashad")]


def test_summary_markdown_exactly() -> None:
    issues = [ISSUES[0], RegistryIssue("a|b.yaml", 1, 1, "back\\slash\nnew line", level="warning", code="not-formatted")]
    assert summary_markdown(issues, "aliases|x", limit=1) == (
        "### namekit lint: `aliases\\|x`\n\n❌ 1 error(s), 1 warning(s)\n\n"
        "| | where | check | message |\n|---|---|---|---|\n"
        f"| ❌ | `{P}/khalid-mashal.yaml:3` | name-claimed-twice | name 'Khalid Mashal' is also claimed by khaled-meshaal |\n"
        "\n… and 1 more (see the job log).\n\n")
    assert summary_markdown(issues[1:], "aliases").splitlines()[2:] == [
        "⚠️ 0 error(s), 1 warning(s)", "", "| | where | check | message |", "|---|---|---|---|",
        "| ⚠️ | `a\\|b.yaml:1` | not-formatted | back\\\\slash new line |", ""]
    assert summary_markdown([], "aliases") == "### namekit lint: `aliases`\n\n✅ clean\n\n"
