"""Results as JSONL, CSV or aligned text. Field names and order are a stable contract."""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from namekit.resolve.result import Match

__all__ = ["MATCH_FIELDS", "match_row", "write_matches", "write_match", "FORMATS"]

MATCH_FIELDS = ("input", "id", "name", "type", "status", "score", "method", "candidates")
FORMATS = ("text", "jsonl", "csv")


def match_row(match: Match, error: str | None = None) -> dict[str, Any]:
    row = match.to_dict()
    if error is not None:
        row["error"] = error
    return row


def _csv_value(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "candidates":
        return ";".join(f"{c['id']}:{c['score']}" for c in value)
    return str(value)


def write_match(out: IO[str], fmt: str, match: Match, *, error: str | None = None,
                writer: Any = None) -> None:
    """Write one result in ``fmt`` (jsonl, csv or text); CSV needs its ``writer``."""
    row = match_row(match, error)
    if fmt == "jsonl":
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        assert writer is not None
        writer.writerow([_csv_value(k, row.get(k)) for k in MATCH_FIELDS])
    else:
        if match.status == "resolved":
            verdict = f"{match.id}  ({match.method}, {match.score:.2f})"
        elif match.status == "ambiguous":
            verdict = "AMBIGUOUS: " + ", ".join(f"{c.id} {c.score:.2f}" for c in match.candidates)
        else:
            verdict = "-"
            if match.candidates:
                verdict += "  (closest: " + ", ".join(f"{c.id} {c.score:.2f}" for c in match.candidates) + ")"
        if error:
            verdict += f"  [{error}]"
        out.write(f"{match.input}\t{verdict}\n")
        if match.explanation:
            out.write("".join(f"    {line}\n" for line in match.explanation.splitlines()))


def write_matches(out: IO[str], fmt: str, matches: Iterable[Match]) -> None:
    """Write many results; CSV gets its header first."""
    writer = None
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(MATCH_FIELDS)
    for match in matches:
        write_match(out, fmt, match, writer=writer)
