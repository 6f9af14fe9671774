"""``namekit eval``: accuracy on labelled data, next to the plain-rapidfuzz baseline."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import click

from namekit.cli.common import handle_errors, load_registry, registry_option, type_option
from namekit.cli.progress import status
from namekit.evaluate.baseline import pair_baseline, query_baseline
from namekit.evaluate.pairs import evaluate_pairs, load_pairs, worst_pair_errors
from namekit.evaluate.queries import evaluate_queries, load_queries, worst_errors
from namekit.evaluate.report import error_list, outcome_json, pair_json, pair_table, query_json, query_table
from namekit.match.compare import DEFAULT_THRESHOLD, compare

__all__ = ["eval_cmd"]


def _queries(path: str, registry_path: str | None, entity_type: str | None, overrides: dict[str, float | None],
             errors: int, baseline: bool, fmt: str) -> dict[str, Any]:
    registry = load_registry(registry_path)
    old = registry.config

    def given(name: str, current: float) -> float:
        value = overrides[name]
        return current if value is None else value

    config = replace(old, threshold=given("threshold", old.threshold), margin=given("margin", old.margin),
                     single_threshold=given("single_threshold", old.single_threshold),
                     fuller_threshold=given("fuller_threshold", old.fuller_threshold))
    if config != old:
        registry = registry.with_config(config)
    queries = load_queries(path)
    with status(f"namekit: {len(queries):,} queries"):
        report = evaluate_queries(registry, queries, entity_type)
    base = None
    if baseline:
        with status(f"rapidfuzz baseline: {len(queries):,} queries against every name (--no-baseline skips it)"):
            base = query_baseline(registry.entities, [(q.query, q.expected, q.kind) for q in queries])
    wrong, missed = worst_errors(report, errors)
    explain = {o.query.query: registry.resolve(o.query.query, entity_type, explain=True).explanation or ""
               for o in wrong + missed}
    settings = {"threshold": registry.config.threshold, "single_threshold": registry.config.single_threshold,
                "fuller_threshold": registry.config.fuller_threshold, "margin": registry.config.margin}
    if fmt == "text":
        title = (f"{path}: {len(queries)} queries against {len(registry)} entities (threshold "
                 f"{settings['threshold']}, one-part names {settings['single_threshold']}, persons' fuller forms "
                 f"{settings['fuller_threshold']}, margin {settings['margin']})")
        click.echo(query_table(report, base, title=title))
        if errors:
            click.echo("\n" + error_list("False answers, most confident first", wrong, explain))
            click.echo("\n" + error_list("Misses, closest first", missed, explain))
        return {}
    out = {"file": path, "registry": registry.source, "entities": len(registry), "settings": settings,
           **query_json(report, base)}
    if errors:
        out["errors"] = [outcome_json(o, explain[o.query.query]) for o in wrong + missed]
    return out


def _pairs(path: str, threshold: float, errors: int, baseline: bool, fmt: str) -> dict[str, Any]:
    pairs = load_pairs(path)
    report = evaluate_pairs(pairs, threshold)
    base = pair_baseline([(p.name1, p.name2, p.is_match) for p in pairs]) if baseline else None
    false, missed = worst_pair_errors(report, errors)
    if fmt == "text":
        click.echo(pair_table(report, base, title=f"{path}: {len(pairs)} pairs"))
        for title, rows in (("False matches, highest score first", false), ("Missed matches, lowest score first", missed)):
            if not errors:
                break
            click.echo(f"\n{title} ({len(rows)}):")
            for s in rows:
                c = compare(s.pair.name1, s.pair.name2, s.pair.type, threshold=threshold)
                click.echo(f"- {s.pair.name1!r} ~ {s.pair.name2!r} [{s.pair.type or '-'}]: {s.score:.3f}")
                click.echo("\n".join("    " + line for line in c.alignment.explain().splitlines()))
        return {}
    out = {"file": path, **pair_json(report, base)}
    if errors:
        out["errors"] = [{"name1": s.pair.name1, "name2": s.pair.name2, "type": s.pair.type, "is_match": s.pair.is_match,
                          "score": round(s.score, 4)} for s in false + missed]
    return out


@click.command("eval")
@click.option("--queries", "queries_path", type=click.Path(exists=True, dir_okay=False),
              help='JSONL of {"query", "expected": id or null, "kind"} resolved against the registry.')
@click.option("--pairs", "pairs_path", type=click.Path(exists=True, dir_okay=False),
              help="CSV with columns name1, name2, is_match (1/0) and optional type, scored with compare.")
@registry_option
@type_option
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Resolver threshold (names of two parts or more) to evaluate at [default: the resolver's own].")
@click.option("--single-threshold", type=click.FloatRange(0, 1), default=None,
              help="Resolver threshold for one-part names to evaluate at [default: the resolver's own].")
@click.option("--fuller-threshold", type=click.FloatRange(0, 1), default=None,
              help="Resolver threshold for a person's name that is cleanly the fuller or shorter form of a "
                   "registry name [default: the resolver's own].")
@click.option("--margin", type=click.FloatRange(0, 1), default=None,
              help="Resolver margin to evaluate at [default: the resolver's own].")
@click.option("--compare-threshold", type=click.FloatRange(0, 1), default=DEFAULT_THRESHOLD, show_default=True,
              help="compare threshold for --pairs.")
@click.option("--errors", type=click.IntRange(0), default=0, help="List the N worst false answers and N worst misses.")
@click.option("--baseline/--no-baseline", default=True, show_default=True,
              help="Also score plain rapidfuzz (WRatio at its best cutoff) on the same data.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_errors
def eval_cmd(queries_path: str | None, pairs_path: str | None, registry_path: str | None, entity_type: str | None,
             threshold: float | None, single_threshold: float | None, fuller_threshold: float | None,
             margin: float | None, compare_threshold: float,
             errors: int, baseline: bool, fmt: str) -> None:
    """Measure precision, recall and F1 on labelled queries (--queries) or pairs (--pairs).

    \b
    Examples:
      namekit eval --registry registry.jsonl --queries queries.jsonl --errors 10
      namekit eval --pairs pairs.csv --format json
    """
    if not queries_path and not pairs_path:
        raise click.UsageError("give --queries FILE (with --registry) or --pairs FILE, or both")
    out: dict[str, Any] = {}
    if queries_path:
        overrides = {"threshold": threshold, "single_threshold": single_threshold,
                     "fuller_threshold": fuller_threshold, "margin": margin}
        out["queries"] = _queries(queries_path, registry_path, entity_type, overrides, errors, baseline, fmt)
    if pairs_path:
        if queries_path and fmt == "text":
            click.echo()
        out["pairs"] = _pairs(pairs_path, compare_threshold, errors, baseline, fmt)
    if fmt == "json":
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
