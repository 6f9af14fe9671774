import io
import json

from namekit.io.output import MATCH_FIELDS, write_matches
from namekit.resolve.result import Candidate, Match

MATCHES = [
    Match("Hassan Rashad", "resolved", id="hassan-rashad", name="Hassan Rashad", type="person", score=1.0, method="exact"),
    Match("Rashad", "ambiguous", score=0.9, method="short", candidates=(Candidate("a", "A", 0.9), Candidate("b", "B", 0.9))),
    Match("", "unresolved"),
]


def test_jsonl() -> None:
    out = io.StringIO()
    write_matches(out, "jsonl", MATCHES)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["status"] for r in rows] == ["resolved", "ambiguous", "unresolved"]
    assert all(list(r) == list(MATCH_FIELDS) for r in rows)


def test_csv() -> None:
    out = io.StringIO()
    write_matches(out, "csv", MATCHES)
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(MATCH_FIELDS)
    assert lines[2] == "Rashad,,,,ambiguous,0.9,short,a:0.9;b:0.9"


def test_text() -> None:
    out = io.StringIO()
    write_matches(out, "text", MATCHES)
    assert "AMBIGUOUS: a 0.90, b 0.90" in out.getvalue()
