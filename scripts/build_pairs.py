#!/usr/bin/env python3
"""Build eval/pairs/pairs.csv (name1,name2,is_match,type) from the OFAC development set.

    pip install rapidfuzz unidecode
    python scripts/build_pairs.py --ofac /work/shared/eval/ofac --out eval/pairs/pairs.csv

Input: a directory with the OFAC dev set (`registry.jsonl`, `queries.jsonl`; see
/work/shared/eval/README.md). The OFAC SDN list itself is public domain (US Treasury).

Label rules
- Names of one entity are its registry names plus its positive query aliases (one-word aliases,
  `*_1tok`, are left out: mostly acronyms).
- Match (is_match=1): two different names of the SAME entity that are spelling variants of each
  other: after dropping legal forms, titles and particles, every distinctive token of the shorter
  name has a counterpart in the other name (rapidfuzz ratio >= 75, or the same consonant skeleton
  of three letters or more). This leaves out translations, acronyms and unrelated former names
  ("Abu Mahdi al-Basri" vs "Jamal Ja'afar al-Ibrahimi"), and names of one entity that share only
  a given name ("Imam Bazinjo" vs "Imam Bheel"), which no name comparator can reach and which look
  like the hard non-matches below;
  it keeps transliteration variants, dropped/added middle names, legal-form and punctuation
  differences.
- Hard non-match (is_match=0): names of two DIFFERENT entities of the same type, that either share
  a content token and have fuzz.ratio >= 50 ("same given name, different surname", "Golden Star
  Trading" vs "Golden Sun Trading"), or are close by rapidfuzz (WRatio >= 80 and token_sort_ratio
  >= 60). Mix per type: 40% shared-token, 40% close, 20% negative queries of the dev set. Pairs are left out when the two names are
  equal after normalisation or when the distinctive tokens of one are a subset of the other's (a
  comparator cannot be expected to tell those apart).
- Negative queries of the dev set (entities kept out of its registry) are used as the second name
  of non-matches only: they are different entities from every registry entity by construction.

Deterministic (fixed seed). Counts: 40% matches, persons and organizations balanced.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import unicodedata
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz, process
from unidecode import unidecode

SEED = 20240611

LEGAL = set("""co company companies corp corporation inc incorporated ltd limited llc llp plc lp sa s a de cv
sarl srl spa sas gmbh ag kg bv nv ab as oy fzco fze fzc fz llc jsc pjsc ojsc cjsc oao zao ooo too pao ao pte
pty bhd sdn tov ltda cia sae sal wll est establishment""".split())
TITLES = set("""mr mrs ms dr sheikh shaykh sheikh haji hajji hajj mullah maulana mawlana sayyid sayed seyed
syed general gen colonel col brigadier major captain capt""".split())
PARTICLES = set("""al el ul ad ed as at ar az bin ben ibn bint abu abd the of and for de del la le les da di
du van von y e""".split())
GENERIC = set("""trading trade international group holding holdings industries industrial industry bank
shipping services service commercial company general import export enterprise enterprises investment
investments development engineering construction petroleum oil gas petrochemical energy national
global foundation organization organisation association institute center centre factory manufacturing
management marine maritime logistics transport technology technologies systems electronics
import export agency ministry office movement front brigade brigades battalion army party network
charitable charity society committee fund""".split())


def norm(s: str) -> str:
    s = unidecode(unicodedata.normalize("NFKC", s)).lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def distinctive(s: str) -> list[str]:
    return [t for t in norm(s).split() if t not in LEGAL and t not in TITLES and t not in PARTICLES
            and t not in GENERIC and len(t) >= 2 and not t.isdigit()]


def content_tokens(s: str) -> list[str]:
    """Tokens that may be shared by hard non-matches (distinctive + generic words)."""
    return [t for t in norm(s).split() if t not in LEGAL and t not in TITLES and t not in PARTICLES
            and len(t) >= 3 and not t.isdigit()]


_CLASSES = str.maketrans({"q": "k", "c": "k", "g": "k", "j": "k", "x": "k", "d": "t", "s": "t", "z": "t",
                          "p": "b", "f": "b"})


def skel(t: str) -> str:
    t = t.replace("ch", "s").replace("sh", "s").replace("kh", "k")
    t = re.sub(r"[aeiouyhwv']", "", t).translate(_CLASSES)
    return re.sub(r"(.)\1+", r"\1", t)


def tok_match(a: str, b: str) -> bool:
    # A skeleton of one or two letters fits far too many words (chai, david and judea all give "t"
    # or "kt"): it counts only from three letters on.
    return a == b or fuzz.ratio(a, b) >= 75 or (len(a) >= 4 and len(b) >= 4 and len(skel(a)) >= 3 and skel(a) == skel(b))


def is_variant(n1: str, n2: str) -> bool:
    d1, d2 = distinctive(n1), distinctive(n2)
    if not d1 or not d2:
        return False
    short, long_ = (d1, d2) if len(d1) <= len(d2) else (d2, d1)
    # Every distinctive token of the shorter name needs a counterpart: "Imam Bazinjo" and "Imam Bheel"
    # share one token of two, which is what the hard non-matches look like (same given name, other
    # surname), so calling it a match would label one pattern both ways.
    return all(any(tok_match(t, u) for u in long_) for t in short)


def load(ofac: Path):
    names: dict[str, list[str]] = {}
    etype: dict[str, str] = {}
    for line in open(ofac / "registry.jsonl", encoding="utf-8"):
        r = json.loads(line)
        names[r["id"]] = list(r["names"])
        etype[r["id"]] = r["type"]
    negatives = []
    for line in open(ofac / "queries.jsonl", encoding="utf-8"):
        q = json.loads(line)
        if q["kind"].endswith("_1tok"):
            continue
        if q["expected"] is None:
            negatives.append(q["query"])
        else:
            names[q["expected"]].append(q["query"])
    # dedupe names per entity on the normalised form, keep first spelling
    for eid, lst in names.items():
        seen, keep = set(), []
        for n in lst:
            k = norm(n)
            if k and k not in seen and len(k.split()) >= 2:
                seen.add(k)
                keep.append(n)
        names[eid] = keep
    return names, etype, negatives


def main() -> None:
    ap = argparse.ArgumentParser(description="build eval/pairs/pairs.csv from the OFAC dev set")
    ap.add_argument("--ofac", required=True, type=Path)
    ap.add_argument("--out", default="eval/pairs/pairs.csv", type=Path)
    ap.add_argument("--matches-per-type", type=int, default=600)
    ap.add_argument("--nonmatches-per-type", type=int, default=900)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names, etype, negatives = load(args.ofac)
    ids = sorted(names, key=lambda i: int(i.split(":")[1]))

    # ---------------- matches
    matches: dict[str, list[tuple[str, str]]] = defaultdict(list)
    n_same_entity = 0
    for eid in ids:
        for a, b in combinations(names[eid], 2):
            n_same_entity += 1
            if norm(a) != norm(b) and is_variant(a, b):
                matches[etype[eid]].append((a, b))

    # ---------------- hard non-matches
    # all (name, entity) per type; negative queries get a pseudo entity each
    pool: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for eid in ids:
        for n in names[eid]:
            pool[etype[eid]].append((n, eid))

    def ok_nonmatch(a: str, b: str) -> bool:
        if norm(a) == norm(b):
            return False
        da, db = set(distinctive(a)), set(distinctive(b))
        if not da or not db or da <= db or db <= da:
            return False
        return True

    nonmatches: dict[str, list[tuple[str, str]]] = {}
    for typ in ("person", "organization"):
        items = pool[typ]
        keys = [norm(n) for n, _ in items]
        # (1) sharing a content token
        index: dict[str, list[int]] = defaultdict(list)
        for i, (n, _) in enumerate(items):
            for t in set(content_tokens(n)):
                index[t].append(i)
        shared = set()
        for t in sorted(index):
            lst = index[t]
            if len(lst) < 2:
                continue
            for _ in range(min(len(lst), 40)):  # sample a few pairs per token, bounded per frequent token
                i, j = rng.sample(lst, 2)
                if (items[i][1] != items[j][1] and ok_nonmatch(items[i][0], items[j][0])
                        and fuzz.ratio(keys[i], keys[j]) >= 50):
                    shared.add((min(i, j), max(i, j)))
        # (2) close by WRatio (different entity)
        close = set()
        for i, k in enumerate(keys):
            for _m, score, j in process.extract(k, keys, scorer=fuzz.WRatio, limit=6, score_cutoff=80):
                if (j != i and items[i][1] != items[j][1] and ok_nonmatch(items[i][0], items[j][0])
                        and fuzz.token_sort_ratio(k, keys[j]) >= 60):
                    close.add((min(i, j), max(i, j)))
        # (3) negative queries vs closest registry name of this type
        neg_close = []
        for q in negatives:
            # the dev set writes organisation names in capitals and person names in mixed case
            if q.isupper() != (typ == "organization"):
                continue
            hit = process.extractOne(norm(q), keys, scorer=fuzz.WRatio, score_cutoff=80)
            if (hit is not None and ok_nonmatch(q, items[hit[2]][0])
                    and fuzz.token_sort_ratio(norm(q), hit[0]) >= 60):
                neg_close.append((q, items[hit[2]][0]))
        want = args.nonmatches_per_type
        sh = sorted(shared - close)
        cl = sorted(close)
        rng.shuffle(sh)
        rng.shuffle(cl)
        neg_close.sort()
        rng.shuffle(neg_close)
        chosen = [(items[i][0], items[j][0]) for i, j in sh[: want * 4 // 10]]
        chosen += [(items[i][0], items[j][0]) for i, j in cl[: want * 4 // 10]]
        chosen += neg_close[: want - len(chosen)]
        if len(chosen) < want:  # top up from the shared-token pool
            chosen += [(items[i][0], items[j][0]) for i, j in sh[want * 4 // 10: want * 4 // 10 + want - len(chosen)]]
        nonmatches[typ] = chosen
        print(f"{typ}: candidate non-matches shared-token={len(sh)} close={len(cl)} neg-query={len(neg_close)}")

    rows = []
    for typ in ("person", "organization"):
        m = sorted(set(matches[typ]))
        rng.shuffle(m)
        print(f"{typ}: candidate matches {len(m)}")
        for a, b in m[: args.matches_per_type]:
            rows.append((a, b, 1, typ))
        seen = set()
        for a, b in nonmatches[typ]:
            key = tuple(sorted((norm(a), norm(b))))
            if key in seen:
                continue
            seen.add(key)
            rows.append((a, b, 0, typ))
    # random order of the two names inside a pair and of the rows
    out_rows = []
    for a, b, y, t in rows:
        if rng.random() < 0.5:
            a, b = b, a
        out_rows.append((a, b, y, t))
    rng.shuffle(out_rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name1", "name2", "is_match", "type"])
        w.writerows(out_rows)
    from collections import Counter
    c = Counter((t, y) for _a, _b, y, t in out_rows)
    print(f"same-entity name pairs seen: {n_same_entity}; wrote {len(out_rows)} pairs to {args.out}: {dict(c)}")


if __name__ == "__main__":
    main()
