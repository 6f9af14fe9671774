"""Reports of an evaluation as aligned text tables (for people) or JSON-ready dicts (for machines)."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from namekit.evaluate.baseline import BaselineReport, PairBaseline
from namekit.evaluate.metrics import PairScores, Scores
from namekit.evaluate.pairs import PairReport
from namekit.evaluate.queries import Outcome, QueryReport

__all__ = ["query_table", "pair_table", "error_list", "query_json", "pair_json", "outcome_json"]


def _num(value: float, show: bool = True) -> str:
    return f"{value:6.3f}" if show else f"{'-':>6}"


def _rate(s: Scores) -> str:
    return f"{100 * s.false_match_rate:5.1f}%" if s.negatives else f"{'-':>6}"


def _cells(s: Scores) -> str:
    has_pos = s.positives > 0
    return f"{_num(s.precision, s.answered > 0 and has_pos)} {_num(s.recall, has_pos)} {_num(s.f1, has_pos)} {_rate(s)}"


def query_table(report: QueryReport, baseline: BaselineReport | None, *, title: str = "") -> str:
    """Per-kind table: namekit's precision, recall, F1 and false-match rate, and the baseline's."""
    rows: list[tuple[str, Scores, Scores | None]] = [("all", report.overall, baseline.overall if baseline else None)]
    for kind, scores in report.by_kind.items():
        rows.append((kind, scores, baseline.by_kind.get(kind) if baseline else None))
    width = max(12, *(len(k) for k, _, _ in rows))
    head = f"{'':{width}} {'':>7} {'namekit':<27}"
    sub = f"{'kind':{width}} {'queries':>7} {'P':>6} {'R':>6} {'F1':>6} {'false':>6}"
    if baseline is not None:
        head += f" | rapidfuzz WRatio >= {baseline.cutoff}"
        sub += f" | {'P':>6} {'R':>6} {'F1':>6} {'false':>6}"
    lines = [title] if title else []
    lines += [head.rstrip(), sub]
    for kind, s, b in rows:
        line = f"{kind:{width}} {s.queries:7d} {_cells(s)}"
        if b is not None:
            line += f" | {_cells(b)}"
        lines.append(line)
    lines.append(f"P = correct IDs / answered with an ID; R = correct IDs / queries with an expected ID; "
                 f"false = negatives answered with an ID. Resolved in {report.seconds:.1f} s.")
    return "\n".join(lines)


def _pair_row(label: str, s: PairScores, width: int) -> str:
    return (f"{label:{width}} {s.threshold:9.2f} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.true_positives:5d} {s.false_positives:5d} {s.false_negatives:5d} {s.true_negatives:5d}")


def pair_table(report: PairReport, baseline: PairBaseline | None, *, title: str = "") -> str:
    """compare at the threshold, at its best threshold, per type, and the baseline at its best."""
    rows = [("compare", report.at_threshold), ("compare (best)", report.best)]
    rows += [(f"  {t}", s) for t, s in report.by_type.items()]
    if baseline is not None:
        rows.append(("WRatio (best)", baseline.scores))
    width = max(14, *(len(label) for label, _ in rows))
    lines = [title] if title else []
    lines.append(f"{'':{width}} {'threshold':>9} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5} {'TN':>5}")
    lines += [_pair_row(label, s, width) for label, s in rows]
    lines.append(f"{report.at_threshold.pairs} pairs compared in {report.seconds:.1f} s.")
    return "\n".join(lines)


def _describe(o: Outcome) -> str:
    m = o.match
    got = f"{m.id} ({m.name})" if m.resolved else m.status
    if not m.resolved and m.candidates:
        got += " [" + ", ".join(f"{c.id} {c.score:.3f}" for c in m.candidates) + "]"
    kind = f" [{o.query.kind}]" if o.query.kind else ""
    return (f"{o.query.query!r}{kind}: expected {o.query.expected or 'no ID'}, got {got}, "
            f"score {m.score:.3f}" + (f" by {m.method}" if m.method else ""))


def error_list(title: str, outcomes: Sequence[Outcome], explanations: Mapping[str, str]) -> str:
    """A titled list of outcomes, each followed by the resolver's explanation (indented)."""
    lines = [f"{title} ({len(outcomes)}):"]
    for o in outcomes:
        lines.append("- " + _describe(o))
        lines += ["    " + line for line in explanations.get(o.query.query, "").splitlines()]
    return "\n".join(lines)


def outcome_json(o: Outcome, explanation: str | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"query": o.query.query, "expected": o.query.expected, "kind": o.query.kind,
                           "error": o.error, "answer": o.match.to_dict()}
    if explanation is not None:
        row["explanation"] = explanation
    return row


def query_json(report: QueryReport, baseline: BaselineReport | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "seconds": round(report.seconds, 3),
        "namekit": {"overall": report.overall.to_dict(), "by_kind": {k: v.to_dict() for k, v in report.by_kind.items()}},
    }
    if baseline is not None:
        out["baseline"] = {"scorer": "rapidfuzz.fuzz.WRatio", "cutoff": baseline.cutoff,
                           "overall": baseline.overall.to_dict(),
                           "by_kind": {k: v.to_dict() for k, v in baseline.by_kind.items()}}
    return out


def pair_json(report: PairReport, baseline: PairBaseline | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "seconds": round(report.seconds, 3),
        "compare": report.at_threshold.to_dict(),
        "best": report.best.to_dict(),
        "by_type": {k: v.to_dict() for k, v in report.by_type.items()},
    }
    if baseline is not None:
        out["baseline"] = {"scorer": "rapidfuzz.fuzz.WRatio", **baseline.scores.to_dict()}
    return out
