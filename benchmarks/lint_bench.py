"""Benchmark: ``namekit lint`` on a synthetic registry of 10,000 entities (target: under 10 s).

The registry is made from real name parts, written as alias files into a temporary folder:

- one tenth: real entities of the committed cross-script sample (``eval/crossscript/sample``:
  Wikidata persons and GeoNames cities) with their real Arabic, Hebrew or Cyrillic names;
- one tenth: organizations, a real family name and a trade ("Haddad Shipping"), with a legal
  form variant and an upper-case variant;
- the rest: persons combining the given names of ``namekit/data/given_names.yml`` and of the
  sample with real family names, each with an inverted "FAMILY, Given" alias and, where the
  given name has other spellings, a variant spelling.

Run from a checkout::

    python benchmarks/lint_bench.py                 # 10,000 entities
    python benchmarks/lint_bench.py --entities 2000 --keep /tmp/reg

It prints the size of the registry, the time of each phase and of the whole ``lint()`` call, and
how many issues it found by code. It is a benchmark, not a test: nothing fails when it is slow.
The figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from namekit import data
from namekit.registry.format import dump_entity
from namekit.registry.importer import safe_id

FAMILY_NAMES = (
    "Haddad Khoury Nasser Saleh Mansour Haddad Darwish Hamdan Sabbagh Kassab Barakat Qureshi Siddiqui Farouk "
    "Abboud Aziz Bakr Ghanem Habib Hijazi Issa Jaber Karam Khalifa Mahfouz Najjar Obeid Rahal Sayegh Tannous "
    "Yassin Zaki Awad Bishara Dabbagh Fakhoury Hakim Jabbour Kanaan Maalouf Nassar Rizk Shadid Tawil Wehbe "
    "Yazbek Zogby Aoun Chidiac Frangieh Gemayel Hariri Jumblatt Karami Mikati Salam Sfeir Taqi Abadi Bazzi "
    "Cohen Levi Mizrahi Peretz Biton Friedman Katz Azoulay Ohana Dahan Avraham Shapiro Ben-David Goldberg "
    "Rosen Ashkenazi Segal Weiss Klein Shalom Yosef Amar Gabay Hadad Malka Yilmaz Kaya Demir Sahin Celik "
    "Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin Kara Koc Kurt Ozkan Simsek Ivanov "
    "Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev "
    "Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Smith "
    "Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
    "Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis "
    "Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall "
    "Rivera Campbell Mitchell Carter Roberts Rahman Hossain Islam Chowdhury Akter Begum Khatun Uddin Alam"
).split()
SECTORS = ("Trading", "Shipping", "Construction", "Holdings", "Foods", "Textiles", "Logistics", "Energy",
           "Pharmaceuticals", "Media", "Contracting", "Exchange", "Investments", "Motors", "Steel")
LEGAL = ("Company", "LLC", "Ltd", "Group", "GmbH")
SAMPLE = Path(__file__).resolve().parent.parent / "eval" / "crossscript" / "sample"


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] if path.exists() else []


def _parts() -> tuple[list[list[str]], list[str], list[dict[str, Any]], dict[str, str]]:
    """(given-name spelling groups, family names, real sample entities, native names by sample id)."""
    groups = [[str(x).title() for x in g] for g in data.load("given_names.yml")["groups"] if " " not in g[0]]
    sample = _jsonl(SAMPLE / "registry.jsonl")
    native = {row["id"]: row["names"][0] for row in _jsonl(SAMPLE / "registry_native.jsonl")}
    known = {g[0].lower() for g in groups}
    family = set(FAMILY_NAMES)
    for row in sample:
        if row["type"] == "person":
            tokens = row["names"][0].split()
            if tokens[0].lower() not in known and tokens[0][0].isupper():
                groups.append([tokens[0]])
                known.add(tokens[0].lower())
            if len(tokens) > 1 and tokens[-1][0].isupper():
                family.add(tokens[-1])
    return groups, sorted(family), sample, native


def _write(folder: Path, doc: dict[str, Any]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc['id']}.yaml").write_text(dump_entity(doc), encoding="utf-8")
    return 1 + len(doc.get("aliases", []))


def generate(root: Path, count: int, seed: int = 7) -> tuple[int, int]:
    """Write ``count`` alias files under ``root``: real sample entities, organizations, persons. Returns (files, names)."""
    rng = random.Random(seed)
    groups, family, sample, native = _parts()
    used: set[str] = set()
    names = written = 0
    for row in sample[: count // 10]:  # real persons and places, with their real native-script names
        entity_id = safe_id(row["names"][0])
        if entity_id in used:
            continue
        used.add(entity_id)
        aliases = [{"name": native[row["id"]], "lang": "ar" if row["type"] == "person" else None}] if row["id"] in native else []
        aliases = [{k: v for k, v in a.items() if v} for a in aliases]
        names += _write(root / row["type"], {"id": entity_id, "type": row["type"], "name": row["names"][0], "aliases": aliases})
        written += 1
    organizations = count // 10
    for fam, sector in itertools.islice(((f, s) for f in family for s in SECTORS), 0, None):
        if organizations <= 0:
            break
        if rng.random() > 0.2:
            continue
        name = f"{fam} {sector}"
        entity_id = safe_id(name)
        if entity_id in used:
            continue
        used.add(entity_id)
        names += _write(root / "organization", {"id": entity_id, "type": "organization", "name": name,
                                                "aliases": [f"{name} {rng.choice(LEGAL)}", f"{fam.upper()} {sector.upper()}"]})
        written += 1
        organizations -= 1
    combos = [(g, m, f) for g in range(len(groups)) for f in range(len(family)) for m in (None, rng.randrange(len(groups)))]
    rng.shuffle(combos)
    for g, m, f in combos:
        if written >= count:
            break
        if m == g:
            continue
        given, fam = groups[g][0], family[f]
        middle = f" {groups[m][0]}" if m is not None else ""
        entity_id = safe_id(f"{given}{middle} {fam}")
        key = (g, m, f)
        if entity_id in used or str(key) in used:
            continue
        used.update((entity_id, str(key)))
        aliases: list[Any] = [f"{fam.upper()}, {given}{middle}"]
        if len(groups[g]) > 1:
            aliases.append(f"{rng.choice(groups[g][1:])}{middle} {fam}")
        doc: dict[str, Any] = {"id": entity_id, "type": "person", "name": f"{given}{middle} {fam}", "aliases": aliases}
        if rng.random() < 0.3:
            doc["titles"] = [rng.choice(["Minister", "General", "Dr.", "Ambassador", "spokesperson"])]
        names += _write(root / "person", doc)
        written += 1
    return written, names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="Write the registry here and keep it.")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="namekit-bench-"))
    try:
        start = time.perf_counter()
        files, names = generate(root, args.entities)
        print(f"registry: {files} entities, {names} names, written in {time.perf_counter() - start:.2f} s to {root}")
        from namekit.registry.lint import check_format, lint
        from namekit.registry.loader import load_entities
        from namekit.registry.registry import Registry
        from namekit.registry.validate import check_names, check_near_collisions, check_resolution

        phases: list[tuple[str, float]] = []

        def timed(label: str, func: Any) -> Any:
            begin = time.perf_counter()
            result = func()
            phases.append((label, time.perf_counter() - begin))
            return result

        entities, _ = timed("load (YAML, schema)", lambda: load_entities(root))
        registry = timed("index", lambda: Registry(entities))
        timed("check names", lambda: check_names(entities, registry.index))
        timed("check resolution", lambda: check_resolution(entities, registry))
        timed("check near-collisions", lambda: check_near_collisions(registry))
        timed("check format", lambda: check_format(entities))
        for label, seconds in phases:
            print(f"  {label:24s} {seconds:6.2f} s")
        start, cpu = time.perf_counter(), time.process_time()
        issues = lint(root)
        elapsed, cpu_used = time.perf_counter() - start, time.process_time() - cpu
        by_code = Counter(f"{i.level} {i.code}" for i in issues)
        print(f"lint(): {elapsed:.2f} s wall, {cpu_used:.2f} s CPU for {files} entities "
              f"({elapsed / files * 1000:.3f} ms per entity; target: under 10 s)")
        for code, n in sorted(by_code.items()):
            print(f"  {n:6d}  {code}")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
