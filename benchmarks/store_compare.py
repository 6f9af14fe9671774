"""Which on-disk store for the compiled index: pickle, SQLite or the packed memory-mapped file.

    python benchmarks/store_compare.py REGISTRY.jsonl      # e.g. one that benchmarks/run.py --work wrote

The same tables (every key table, the names with their normalized records, the entities' ids)
go into each store; each is then opened in a fresh process, which reports the time to open, the
time of one key lookup (averaged over 20,000 keys, half of them absent) and the memory it holds.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from array import array
from pathlib import Path
from typing import Any

TABLES = ("exact", "normalized", "bare", "translit", "skeletons", "short", "postings")


def _rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export(index_file: str, work: Path) -> list[str]:
    """Write the pickle and SQLite stores from the packed index; some keys to look up."""
    from namekit.match.index import open_index

    index = open_index(index_file)
    tables = {t: {k: getattr(index, t)[k] for k in getattr(index, t)} for t in TABLES}
    names = [(n.entity, n.text, n.normalized) for n in index.names]
    with (work / "index.pickle").open("wb") as out:
        pickle.dump({"tables": tables, "names": names, "ids": list(index.by_id)}, out, protocol=pickle.HIGHEST_PROTOCOL)
    db = sqlite3.connect(work / "index.sqlite")
    for t, rows in tables.items():
        db.execute(f"CREATE TABLE {t} (key TEXT PRIMARY KEY, pos BLOB) WITHOUT ROWID")
        db.executemany(f"INSERT INTO {t} VALUES (?, ?)", ((k, array("i", v).tobytes()) for k, v in rows.items()))
    db.execute("CREATE TABLE names (pos INTEGER PRIMARY KEY, entity INTEGER, text TEXT, record TEXT)")
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)",
                   ((i, e, t, json.dumps([n.text, n.tokens, n.script])) for i, (e, t, n) in enumerate(names)))
    db.commit()
    db.close()
    rng = random.Random(3)
    keys = rng.sample(list(tables["normalized"]), min(10_000, len(tables["normalized"])))
    return keys + [k + " zz" for k in keys]


def child(kind: str, path: str, keys_file: str) -> dict[str, Any]:
    keys: list[str] = json.loads(Path(keys_file).read_text())
    from namekit.match.index import open_index  # imported before the clock starts, for every store alike

    before = _rss_mb()
    start = time.perf_counter()
    if kind == "pickle":
        with open(path, "rb") as handle:
            data = pickle.load(handle)
        table = data["tables"]["normalized"]

        def get(key: str) -> Any:
            return table.get(key, ())
    elif kind == "sqlite":
        db = sqlite3.connect(path)
        db.execute("SELECT 1 FROM normalized LIMIT 1").fetchone()

        def get(key: str) -> Any:
            row = db.execute("SELECT pos FROM normalized WHERE key = ?", (key,)).fetchone()
            return tuple(array("i", row[0])) if row else ()
    else:
        index = open_index(path)
        packed = index.normalized

        def get(key: str) -> Any:
            return packed.get(key, ())
    opened = time.perf_counter() - start
    start = time.perf_counter()
    found = sum(1 for k in keys if get(k))
    lookup = (time.perf_counter() - start) / len(keys)
    return {"open_s": opened, "lookup_us": lookup * 1e6, "found": found, "rss_mb": _rss_mb() - before}


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3], sys.argv[4])))
        return
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    from namekit.cache import load_index

    _, info = load_index(sys.argv[1])
    assert info.path is not None, "needs the on-disk cache"
    work = Path(tempfile.mkdtemp(prefix="namekit-store-"))
    start = time.perf_counter()
    keys = export(str(info.path), work)
    print(f"exported in {time.perf_counter() - start:.0f} s")
    (work / "keys.json").write_text(json.dumps(keys))
    print(f"{'store':8} {'size MB':>8} {'open s':>8} {'lookup us':>10} {'RSS MB':>8}")
    for kind, path in (("pickle", work / "index.pickle"), ("sqlite", work / "index.sqlite"), ("packed", info.path)):
        out = subprocess.run([sys.executable, __file__, "--child", kind, str(path), str(work / "keys.json")],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        print(f"{kind:8} {os.path.getsize(path) / 2**20:8.0f} {r['open_s']:8.3f} {r['lookup_us']:10.2f} {r['rss_mb']:8.0f}")
    for p in work.iterdir():
        p.unlink()
    work.rmdir()


if __name__ == "__main__":
    main()
