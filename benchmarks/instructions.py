"""Instructions per query, counted by valgrind (callgrind): a speed figure that does not depend on
what else the machine is doing, for comparing two versions of the code on a shared machine.

    python benchmarks/instructions.py                       # this checkout, 100k aliases, 300 queries
    python benchmarks/instructions.py --code ../old --code .  # two checkouts, the same registry

For each checkout it counts the instructions of a process that loads the generated registry from
its cache and resolves N queries of one kind (found, fuzzy, unknown; ``benchmarks/synth.py``), less
those of one that resolves none, and prints the difference divided by N. Needs valgrind (Debian's
package); each count takes a minute or two.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

CHILD = """
import json, sys
from namekit import Registry
reg = Registry.load(sys.argv[1])
queries = json.load(open(sys.argv[2], encoding="utf-8"))[sys.argv[3]][: int(sys.argv[4])]
for q in queries:
    reg.resolve(q["text"])
"""


def _count(code: Path, work: Path, registry: Path, queries: Path, kind: str, n: int) -> int:
    env = {**os.environ, "PYTHONPATH": str(code), "NAMEKIT_CACHE": "1",
           "NAMEKIT_CACHE_DIR": str(work / f"cache-{abs(hash(str(code)))}")}
    args = [sys.executable, "-c", CHILD, str(registry), str(queries), kind, str(n)]
    subprocess.run(args, env=env, check=True, cwd=work)  # builds the cache outside valgrind
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args], env=env,
                          cwd=work, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", action="append", type=Path, help="a checkout of namekit [this one]; may repeat")
    parser.add_argument("--size", type=int, default=100_000, help="aliases in the generated registry [100000]")
    parser.add_argument("--queries", type=int, default=300, help="queries of each kind counted [300]")
    parser.add_argument("--kinds", default="fuzzy,unknown", help="kinds of query [fuzzy,unknown]")
    args = parser.parse_args()
    codes = [c.resolve() for c in (args.code or [HERE.parent])]
    with tempfile.TemporaryDirectory(prefix="namekit-instr-") as tmp:
        work = Path(tmp)
        parts = synth.load_parts()
        entities, seen = synth.generate(parts, args.size)
        registry = work / "registry.jsonl"
        synth.write_jsonl(registry, entities)
        qs = synth.queries(entities, seen, parts, args.queries)
        queries = work / "queries.json"
        queries.write_text(json.dumps({k: [q.__dict__ for q in v] for k, v in qs.items()}), encoding="utf-8")
        print(f"{args.size:,} aliases (name parts: {parts.source}); instructions per query, {args.queries} of each kind")
        for code in codes:
            base = _count(code, work, registry, queries, "fuzzy", 0)
            row = [f"{_count(code, work, registry, queries, kind, args.queries) - base:,}" for kind in
                   args.kinds.split(",")]
            print(f"{code}: " + ", ".join(f"{k} {r} / {args.queries}" for k, r in zip(args.kinds.split(","), row)) +
                  f" (= {', '.join(str(round(int(r.replace(',', '')) / args.queries / 1e6, 3)) + ' M' for r in row)})")


if __name__ == "__main__":
    main()
