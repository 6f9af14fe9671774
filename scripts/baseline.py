#!/usr/bin/env python3
"""Plain rapidfuzz baseline for the eval sets (no namekit): WRatio on unidecode(s).lower().

    pip install rapidfuzz unidecode
    python scripts/baseline.py queries eval/crossscript/registry.jsonl eval/crossscript/queries.jsonl
    python scripts/baseline.py queries eval/crossscript/registry_native.jsonl eval/crossscript/queries_native.jsonl
    python scripts/baseline.py pairs eval/pairs/pairs.csv eval/pairs/handmade.csv

queries: every query is resolved with process.extractOne against all registry names (same
normalisation); the answer is the entity of the best name if its score >= cutoff. Scoring as in the
OFAC dev set README: precision = correct ids / queries answered with an id, recall = correct ids /
queries whose expected is an id, F1, and the false-match rate = negatives answered with an id /
negatives. The cutoff with the best F1 on the set itself is reported (an optimistic baseline), with
the per-kind recall at that cutoff.

pairs: score = WRatio of the two names; the threshold with the best F1 is reported, per type too.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict

from rapidfuzz import fuzz, process
from unidecode import unidecode


def prep(s: str) -> str:
    return unidecode(s).lower()


def prf(tp: int, answered: int, positives: int) -> tuple[float, float, float]:
    p = tp / answered if answered else 0.0
    r = tp / positives if positives else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_queries(registry_path: str, queries_path: str) -> None:
    names, owners = [], []
    for line in open(registry_path, encoding="utf-8"):
        e = json.loads(line)
        for n in e["names"]:
            names.append(prep(n))
            owners.append(e["id"])
    queries = [json.loads(line) for line in open(queries_path, encoding="utf-8")]
    best = []  # (score, answered id, expected, kind)
    for q in queries:
        hit = process.extractOne(prep(q["query"]), names, scorer=fuzz.WRatio)
        score, ans = (hit[1], owners[hit[2]]) if hit else (0.0, None)
        best.append((score, ans, q["expected"], q["kind"]))
    positives = sum(1 for b in best if b[2] is not None)
    negatives = len(best) - positives

    def at(cut: float):
        answered = [b for b in best if b[0] >= cut]
        tp = sum(1 for b in answered if b[1] == b[2])
        fm = sum(1 for b in answered if b[2] is None)
        return prf(tp, len(answered), positives), fm

    results = [(at(c), c) for c in range(0, 101)]
    ((p, r, f), fm), cut = max(results, key=lambda x: (x[0][0][2], x[1]))
    print(f"{queries_path}: {len(best)} queries ({positives} positive, {negatives} negative), "
          f"{len(names)} registry names")
    print(f"  best cutoff {cut}: precision {p:.3f} recall {r:.3f} F1 {f:.3f} "
          f"false-match rate on negatives {fm / negatives if negatives else 0:.3f}")
    for c in (80, 90):
        (pc, rc, fc), fmc = at(c)
        print(f"  cutoff {c}: precision {pc:.3f} recall {rc:.3f} F1 {fc:.3f} "
              f"false-match rate {fmc / negatives if negatives else 0:.3f}")
    by_kind = defaultdict(lambda: [0, 0])
    for s, a, e, k in best:
        by_kind[k][1] += 1
        if e is not None and s >= cut and a == e:
            by_kind[k][0] += 1
        if e is None and s >= cut:
            by_kind[k][0] += 1
    print("  per kind at best cutoff (positives: recall; neg_*: false-match rate): " + ", ".join(
        f"{k} {v[0] / v[1]:.3f} (n={v[1]})" for k, v in sorted(by_kind.items())))


def run_pairs(paths: list[str]) -> None:
    for path in paths:
        rows = list(csv.DictReader(open(path, encoding="utf-8")))
        scored = [(fuzz.WRatio(prep(r["name1"]), prep(r["name2"])), r["is_match"] == "1", r["type"]) for r in rows]
        print(f"{path}: {len(rows)} pairs, {sum(s[1] for s in scored)} matches")
        for typ in (None, "person", "organization"):
            sub = [s for s in scored if typ is None or s[2] == typ]
            pos = sum(1 for s in sub if s[1])
            best = None
            for t in range(0, 101):
                pred = [s for s in sub if s[0] >= t]
                tp = sum(1 for s in pred if s[1])
                p, r, f = prf(tp, len(pred), pos)
                if best is None or f > best[0]:
                    best = (f, t, p, r)
            f, t, p, r = best
            print(f"  {typ or 'all':12s} n={len(sub):5d} best threshold {t}: precision {p:.3f} recall {r:.3f} F1 {f:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    q = sub.add_parser("queries")
    q.add_argument("registry")
    q.add_argument("queries")
    p = sub.add_parser("pairs")
    p.add_argument("csv", nargs="+")
    args = ap.parse_args()
    if args.mode == "queries":
        run_queries(args.registry, args.queries)
    else:
        run_pairs(args.csv)


if __name__ == "__main__":
    main()
