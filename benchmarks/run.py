"""The namekit benchmark: one command, one table.

    python benchmarks/run.py                      # 10k, 100k and 1M aliases (about 5 minutes)
    python benchmarks/run.py --sizes 10k,100k     # quicker

For each registry size it generates a registry from real name parts (``benchmarks/synth.py``) and
measures, each in a fresh process on one core:

- cold start: ``Registry.load`` with an empty cache (load, normalize, compile, map);
- warm start: ``Registry.load`` again, from the cache;
- names per second for the three kinds of query (found after normalization, needing the fuzzy
  stage, unknown), every query distinct so nothing is answered from a cache of answers; the
  median of five fresh processes, as are the warm start and the namekit side of the speed-up;
- accuracy per kind: the right id, or for unknown names no id (ambiguous counts as no id);
- peak memory (maximum resident set) of the cold and the warm process;
- brute force on a sample of the same queries: rapidfuzz ``process.extractOne`` with
  ``fuzz.WRatio`` over all aliases (unidecode + lower case on both sides, prepared once outside
  the timing, cutoff 86 as in ``shared/eval/README.md``), its names per second and accuracy, and
  the ratio of namekit's speed to it on that same sample;
- blocking recall: how often the name brute force ranks first, and the expected entity, are among
  the candidates the fuzzy stage scores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

BRUTE_CUTOFF = 86
BRUTE_SAMPLE = {10_000: 150, 100_000: 40, 1_000_000: 12}
KINDS = ("found", "fuzzy", "unknown")
RESOLVE_RUNS = 5


def _size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


# -- children: each measurement in a fresh process ----------------------------------------------------


def child_load(registry: str) -> dict[str, Any]:
    from namekit import Registry

    start = time.perf_counter()
    reg = Registry.load(registry)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": _peak_mb(), "entities": len(reg), "names": len(reg.index.names)}


def child_resolve(registry: str, query_file: str, sample_file: str) -> dict[str, Any]:
    from namekit import Registry
    from namekit.normalize.pipeline import normalize

    start = time.perf_counter()
    reg = Registry.load(registry)
    warm = time.perf_counter() - start
    queries = json.loads(Path(query_file).read_text(encoding="utf-8"))
    out: dict[str, Any] = {"warm_seconds": warm, "kinds": {}}
    for kind in KINDS:
        items = queries[kind]
        start = time.perf_counter()
        answers = [reg.resolve(q["text"]) for q in items]
        seconds = time.perf_counter() - start
        right = sum(1 for q, m in zip(items, answers) if (m.id if m.resolved else None) == q["expected"])
        methods: dict[str, int] = {}
        for m in answers:
            methods[m.method or "none"] = methods.get(m.method or "none", 0) + 1
        out["kinds"][kind] = {"count": len(items), "seconds": seconds, "per_second": len(items) / seconds,
                              "accuracy": right / len(items), "methods": methods}
    sample = json.loads(Path(sample_file).read_text(encoding="utf-8"))
    start = time.perf_counter()
    answers = [reg.resolve(q["text"]) for q in sample]
    seconds = time.perf_counter() - start
    out["sample"] = {"seconds": seconds, "answers": [m.id if m.resolved else None for m in answers],
                     "candidates": [sorted({reg.index.names[p].entity for p in reg.index.candidates(normalize(q["text"]), reg.config.max_candidates)})
                                    for q in sample]}
    out["peak_mb"] = _peak_mb()
    return out


def child_brute(registry: str, sample_file: str) -> dict[str, Any]:
    from rapidfuzz import fuzz, process
    from unidecode import unidecode

    choices: list[str] = []
    owner: list[int] = []
    with open(registry, encoding="utf-8") as handle:
        for e, line in enumerate(handle):
            for name in json.loads(line)["names"]:
                choices.append(unidecode(name).lower())
                owner.append(e)
    sample = json.loads(Path(sample_file).read_text(encoding="utf-8"))
    answers: list[int | None] = []
    best: list[int | None] = []
    start = time.perf_counter()
    for q in sample:
        hit = process.extractOne(unidecode(q["text"]).lower(), choices, scorer=fuzz.WRatio, score_cutoff=BRUTE_CUTOFF)
        answers.append(owner[hit[2]] if hit else None)
    seconds = time.perf_counter() - start
    for q in sample:  # the best alias whatever its score: for the blocking recall
        hit = process.extractOne(unidecode(q["text"]).lower(), choices, scorer=fuzz.WRatio)
        best.append(owner[hit[2]] if hit else None)
    return {"seconds": seconds, "answers": answers, "best": best}


def _child(mode: str, *args: str, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--child", mode, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child {mode} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# -- the parent: generate, measure, print -------------------------------------------------------------


def measure(size: int, parts: synth.Parts, work: Path, count: int) -> dict[str, Any]:
    entities, seen = synth.generate(parts, size)
    registry = work / f"registry-{size}.jsonl"
    synth.write_jsonl(registry, entities)
    qs = synth.queries(entities, seen, parts, count)
    n_sample = BRUTE_SAMPLE.get(size, max(10, 1_500_000 // size))
    sample = [q for kind in KINDS for q in qs[kind][:n_sample]]
    query_file, sample_file = work / f"queries-{size}.json", work / f"sample-{size}.json"
    query_file.write_text(json.dumps({k: [q.__dict__ for q in v] for k, v in qs.items()}), encoding="utf-8")
    sample_file.write_text(json.dumps([q.__dict__ for q in sample]), encoding="utf-8")
    cache = work / f"cache-{size}"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "NAMEKIT_CACHE_DIR": str(cache), "NAMEKIT_CACHE": "1"}
    cold = _child("load", str(registry), env=env)
    # Five fresh processes, the median of each rate: a rate over 2,000 names measured once in a
    # fresh process varied by a third, sometimes by half, from run to run on these machines.
    runs = [_child("resolve", str(registry), str(query_file), str(sample_file), env=env) for _ in range(RESOLVE_RUNS)]
    resolve = runs[0]
    for kind in KINDS:
        rates = [r["kinds"][kind]["per_second"] for r in runs]
        resolve["kinds"][kind]["runs"] = rates
        resolve["kinds"][kind]["per_second"] = statistics.median(rates)
    sample_seconds = statistics.median(r["sample"]["seconds"] for r in runs)
    warm_seconds = statistics.median(r["warm_seconds"] for r in runs)
    peak_mb = max(r["peak_mb"] for r in runs)
    resolve["sample"]["seconds"], resolve["warm_seconds"], resolve["peak_mb"] = sample_seconds, warm_seconds, peak_mb
    brute = _child("brute", str(registry), str(sample_file), env=env)
    ids = [e["id"] for e in entities]
    expected = [q.expected for q in sample]
    ours = resolve["sample"]["answers"]
    theirs = [ids[a] if a is not None else None for a in brute["answers"]]
    fuzzy_rows = [i for i, q in enumerate(sample) if q.kind == "fuzzy"]
    exp_pos = {e["id"]: i for i, e in enumerate(entities)}
    recall_best = sum(1 for i, b in enumerate(brute["best"]) if b in resolve["sample"]["candidates"][i]) / len(sample)
    recall_expected = sum(1 for i in fuzzy_rows if exp_pos[expected[i]] in resolve["sample"]["candidates"][i]) / max(1, len(fuzzy_rows))
    return {
        "aliases": cold["names"], "entities": cold["entities"], "cold": cold, "resolve": resolve,
        "sample_size": len(sample), "ours_sample_ps": len(sample) / resolve["sample"]["seconds"],
        "brute_ps": len(sample) / brute["seconds"],
        "ours_accuracy": sum(a == e for a, e in zip(ours, expected)) / len(sample),
        "brute_accuracy": sum(a == e for a, e in zip(theirs, expected)) / len(sample),
        "recall_best": recall_best, "recall_expected": recall_expected,
        "cache_mb": sum(p.stat().st_size for p in cache.glob("*.nkidx")) / 2**20,
    }


def _fmt_rate(x: float) -> str:
    return f"{x:,.0f}"


def print_table(rows: list[dict[str, Any]]) -> None:
    head = ["aliases", "cold s", "warm s", "found/s", "fuzzy/s", "unknown/s", "acc f/z/u", "peak MB c/w",
            "brute/s", "acc ours/brute", "speedup", "recall"]
    lines = []
    for r in rows:
        k = r["resolve"]["kinds"]
        lines.append([
            f"{r['aliases']:,}", f"{r['cold']['seconds']:.1f}", f"{r['resolve']['warm_seconds']:.3f}",
            _fmt_rate(k["found"]["per_second"]), _fmt_rate(k["fuzzy"]["per_second"]), _fmt_rate(k["unknown"]["per_second"]),
            "/".join(f"{k[x]['accuracy']:.2f}" for x in KINDS),
            f"{r['cold']['peak_mb']:.0f}/{r['resolve']['peak_mb']:.0f}",
            f"{r['brute_ps']:.1f}", f"{r['ours_accuracy']:.2f}/{r['brute_accuracy']:.2f}",
            f"{r['ours_sample_ps'] / r['brute_ps']:,.0f}x", f"{r['recall_best']:.2f}/{r['recall_expected']:.2f}",
        ])
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(head)]
    print("  ".join(h.rjust(w) for h, w in zip(head, widths)))
    for line in lines:
        print("  ".join(c.rjust(w) for c, w in zip(line, widths)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="registry sizes in aliases [10k,100k,1m]")
    parser.add_argument("--queries", type=int, default=2000, help="distinct queries of each kind [2000]")
    parser.add_argument("--work", default=None, help="folder for the generated files [a temporary one]")
    parser.add_argument("--json", action="store_true", help="print the raw measurements as JSON too")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _pin_one_core()
        mode, rest = args.child[0], args.child[1:]
        result = {"load": child_load, "resolve": child_resolve, "brute": child_brute}[mode](*rest)
        print(json.dumps(result))
        return
    parts = synth.load_parts()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="namekit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    import platform

    import namekit

    print(f"namekit {namekit.__version__}, Python {platform.python_version()}, one core; name parts: {parts.source}")
    rows = []
    for size in (_size(s) for s in args.sizes.split(",")):
        rows.append(measure(size, parts, work, args.queries))
    print_table(rows)
    print()
    for r in rows:
        methods = {kind: r["resolve"]["kinds"][kind]["methods"] for kind in KINDS}
        print(f"{r['aliases']:,} aliases ({r['entities']:,} entities): cache file {r['cache_mb']:.0f} MB; "
              f"brute-force sample {r['sample_size']} queries; stages {json.dumps(methods)}")
        runs = {kind: [round(x) for x in r["resolve"]["kinds"][kind]["runs"]] for kind in KINDS}
        print(f"  names/s of the {RESOLVE_RUNS} runs (median in the table): {json.dumps(runs)}")
    print("acc f/z/u: accuracy on found / fuzzy / unknown names; peak MB c/w: max RSS of the cold / warm process;")
    print("acc ours/brute and speedup: on the brute-force sample (equal parts of the three kinds);")
    print("recall: share of sample queries whose brute-force best entity / fuzzy queries whose expected entity")
    print("        is among the fuzzy stage's candidates.")
    if args.json:
        print(json.dumps(rows, default=str))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
