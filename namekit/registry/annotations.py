"""Lint issues as text: plain lines, GitHub Actions workflow commands, JSON, a Markdown summary.

GitHub reads ``::error file=F,line=L,col=C,title=T::MESSAGE`` from a step's output and shows it on
the pull request. The message must have ``%``, ``\\r`` and ``\\n`` escaped (``%25``, ``%0D``,
``%0A``); property values must in addition have ``:`` and ``,`` escaped (``%3A``, ``%2C``), or a
file name with a comma would end the property early.
"""

from __future__ import annotations

import json
from typing import Sequence

from namekit.errors import RegistryIssue

__all__ = [
    "escape_data",
    "escape_property",
    "plain_line",
    "github_line",
    "json_report",
    "summary_markdown",
    "counts",
]


def escape_data(text: str) -> str:
    """A workflow command's message, escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (file, title), escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def plain_line(issue: RegistryIssue) -> str:
    """``path:line:col: level: message``."""
    return f"{issue.path}:{issue.line}:{issue.column}: {issue.level}: {issue.message}"


def github_line(issue: RegistryIssue) -> str:
    """``::error file=...,line=...,col=...,title=...::message`` (``::warning`` for warnings)."""
    command = "error" if issue.level == "error" else "warning"
    title = f"namekit {issue.code}" + (f" ({issue.entity_id})" if issue.entity_id else "")
    props = ",".join((f"file={escape_property(issue.path)}", f"line={issue.line}", f"col={issue.column}",
                      f"title={escape_property(title)}"))
    return f"::{command} {props}::{escape_data(issue.message)}"


def counts(issues: Sequence[RegistryIssue]) -> tuple[int, int]:
    """``(errors, warnings)``."""
    errors = sum(1 for i in issues if i.level == "error")
    return errors, len(issues) - errors


def json_report(issues: Sequence[RegistryIssue]) -> str:
    """One JSON document: ``{"errors": n, "warnings": n, "issues": [{path, line, column, level, code, entity_id, message}]}``."""
    errors, warnings = counts(issues)
    rows = [{"path": i.path, "line": i.line, "column": i.column, "level": i.level, "code": i.code,
             "entity_id": i.entity_id, "message": i.message} for i in issues]
    return json.dumps({"errors": errors, "warnings": warnings, "issues": rows}, ensure_ascii=False, indent=2)


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def summary_markdown(issues: Sequence[RegistryIssue], registry: str, *, limit: int = 100) -> str:
    """A Markdown summary for ``$GITHUB_STEP_SUMMARY``: the counts, then a table of the first ``limit`` issues."""
    errors, warnings = counts(issues)
    verdict = "✅ clean" if not issues else f"{'❌' if errors else '⚠️'} {errors} error(s), {warnings} warning(s)"
    lines = [f"### namekit lint: `{_cell(registry)}`", "", verdict, ""]
    if issues:
        lines += ["| | where | check | message |", "|---|---|---|---|"]
        for issue in issues[:limit]:
            mark = "❌" if issue.level == "error" else "⚠️"
            lines.append(f"| {mark} | `{_cell(issue.path)}:{issue.line}` | {issue.code} | {_cell(issue.message)} |")
        if len(issues) > limit:
            lines += ["", f"… and {len(issues) - limit} more (see the job log)."]
        lines.append("")
    return "\n".join(lines) + "\n"
