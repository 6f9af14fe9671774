"""Synthetic registries and queries made from real name parts, for the benchmark.

Name parts come from the OFAC development set (``../shared/eval/ofac/registry.jsonl`` beside the
repository) when it is there, else from the registry bundled with namekit plus a small built-in
list. Everything is drawn from one seeded random generator, so a size and a seed always give the
same registry and the same queries.

Queries come in three kinds, each with the id it must resolve to:

- ``found``: a registry name written another way that normalization undoes (surname first with a
  comma, a title before it, other case and punctuation, a legal form added or dropped);
- ``fuzzy``: a registry name with one typing error (a letter replaced, dropped or swapped) in its
  longest part, not equal to any registry name;
- ``unknown``: a new combination of known parts that is no registry name (expected: no id).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

__all__ = ["Parts", "Query", "load_parts", "generate"]

ROOT = Path(__file__).resolve().parent.parent
OFAC = ROOT.parent / "shared" / "eval" / "ofac" / "registry.jsonl"

BUILTIN_GIVEN = """Ahmad Ali Hassan Hussein Khalil Mahmoud Mohammad Omar Yusuf Ibrahim Khaled Tamim Majed Ghazi Taher
Zaher Nizar Badr Hakan Gideon Eyal Benjamin Donald Tony Brian Adam Edan Abbas Hamad Salim Karim Rami Samir Walid Nabil
Fatima Aisha Layla Mariam Noor Huda Rana Sara Yasmin Zainab Ivan Olga Sergei Dmitri Anna Maria Jose Carlos Luis Ana""".split()
BUILTIN_FAMILY = """Rashad Nasrallah Alexander Darwish Abbas Meshaal Hayya Wazir Khalidi Faraj Awadallah Nono Jabarin
Kamel Khatib Boehler Abdelatty Netanyahu Hughes Trump Zamir Hamad Saar Fidan Kalin Sheikh Thani Khallaf Blair Haddad
Mansour Saleh Qasim Nasser Karimi Hosseini Rahimi Petrov Ivanov Smirnov Garcia Lopez Martinez Sanchez Torres Romero""".split()
BUILTIN_ORG = """Trading Import Export General Industrial Holding Petroleum Shipping Maritime Bank National Investment
Development Engineering Construction Services International Group Energy Gulf Eastern Western Commercial Technical
Logistics Agricultural Chemical Steel Textile Pharma Capital Finance Security""".split()
LEGAL = ["LLC", "Ltd", "Ltd.", "GmbH", "S.A.", "Co.", "Company", "Inc.", "JSC"]
TITLES = ["Dr.", "Gen.", "Sheikh", "Col.", "Maj. Gen.", "President"]
_WORD = re.compile(r"^[A-Za-z][A-Za-z']+$")
_CONSONANTS = "bcdfghjklmnprstvz"


@dataclass(frozen=True)
class Parts:
    given: tuple[str, ...]
    family: tuple[str, ...]
    org: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Query:
    text: str
    expected: str | None
    kind: str


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def load_parts(ofac: Path = OFAC) -> Parts:
    """Given names, family names and organization words from real names."""
    given: dict[str, None] = {}
    family: dict[str, None] = {}
    org: dict[str, None] = {}
    source = "built-in list + bundled registry"
    if ofac.is_file():
        source = str(ofac)
        with ofac.open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                for name in doc["names"]:
                    words = [w for w in name.replace(",", " ").split() if _WORD.match(w) and len(w) >= 3]
                    if doc["type"] == "person" and len(words) >= 2:
                        given.setdefault(_title(words[0]), None)
                        family.setdefault(_title(words[-1]), None)
                    elif doc["type"] == "organization":
                        for w in words:
                            if w.upper() not in {x.upper().rstrip(".") for x in LEGAL}:
                                org.setdefault(_title(w), None)
    else:
        from namekit.registry.loader import bundled_path, load

        for entity in load(bundled_path()):
            for name in entity.names:
                words = [w for w in name.replace("-", " ").split() if _WORD.match(w) and len(w) >= 3]
                if entity.type == "person" and len(words) >= 2:
                    given.setdefault(_title(words[0]), None)
                    family.setdefault(_title(words[-1]), None)
                elif entity.type == "organization":
                    for w in words:
                        org.setdefault(_title(w), None)
    for pool, extra in ((given, BUILTIN_GIVEN), (family, BUILTIN_FAMILY), (org, BUILTIN_ORG)):
        for w in extra:
            pool.setdefault(w, None)
    return Parts(tuple(given), tuple(family), tuple(org), source)


_SWAPS = [("ou", "u"), ("u", "ou"), ("ee", "i"), ("i", "ee"), ("ph", "f"), ("kh", "h"), ("y", "i"), ("ai", "ay"),
          ("e", "a"), ("mm", "m"), ("dd", "d"), ("ss", "s")]


def _variant(rng: random.Random, word: str) -> str:
    """Another spelling of a part (Mohammed/Muhammad style), or the part itself."""
    lower = word.lower()
    for _ in range(4):
        a, b = rng.choice(_SWAPS)
        if a in lower:
            return _title(lower.replace(a, b, 1))
    return word


def _person(rng: random.Random, parts: Parts) -> list[str]:
    given, family = rng.choice(parts.given), rng.choice(parts.family)
    middle = rng.choice(parts.given) if rng.random() < 0.5 else None
    second = rng.choice(parts.family) if rng.random() < 0.25 else None
    core = [given] + ([middle] if middle else []) + [family] + ([second] if second else [])
    names = [" ".join(core)]
    for _ in range(rng.choice((1, 1, 2, 3))):
        roll = rng.random()
        if roll < 0.5:
            names.append(" ".join(_variant(rng, w) for w in core))
        elif roll < 0.75 and middle:
            names.append(" ".join(w for w in core if w is not middle))
        else:
            names.append(" ".join(core[:-1] + [rng.choice(parts.family)]))
    return names


def _organization(rng: random.Random, parts: Parts) -> list[str]:
    words = [rng.choice(parts.org) for _ in range(rng.choice((2, 2, 3, 3, 4)))]
    name = " ".join(words)
    names = [name + (" " + rng.choice(LEGAL) if rng.random() < 0.5 else "")]
    if rng.random() < 0.5:
        names.append(" ".join(words[:-1] + [rng.choice(parts.org)]))
    if rng.random() < 0.3:
        names.append("".join(w[0] for w in words).upper() + " " + rng.choice(parts.org))
    return names


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def generate(parts: Parts, aliases: int, seed: int = 7) -> tuple[list[dict[str, object]], set[str]]:
    """Entities with ``aliases`` names in all, and the set of their names' simple keys."""
    rng = random.Random(seed)
    entities: list[dict[str, object]] = []
    seen: set[str] = set()
    total = 0
    while total < aliases:
        is_person = rng.random() < 0.75
        names = _person(rng, parts) if is_person else _organization(rng, parts)
        kept: list[str] = []
        for name in names:
            key = _key(name)
            if key and key not in seen:
                seen.add(key)
                kept.append(name)
        if not kept or _key(names[0]) != _key(kept[0]):
            continue
        kept = kept[: aliases - total]
        entities.append({"id": f"syn-{len(entities)}", "type": "person" if is_person else "organization", "names": kept})
        total += len(kept)
    return entities, seen


def _found(rng: random.Random, entity: dict[str, object], name: str) -> str:
    words = name.split()
    if entity["type"] == "person":
        roll = rng.random()
        if roll < 0.4 and len(words) >= 2:
            return f"{words[-1].upper()}, {' '.join(words[:-1])}"
        if roll < 0.7:
            return f"{rng.choice(TITLES)} {name}"
        return "-".join(words).upper() if rng.random() < 0.5 else name.lower().replace(" ", "  ")
    stripped = [w for w in words if w not in LEGAL]
    return " ".join(stripped).upper() + (", " + rng.choice(LEGAL) if rng.random() < 0.7 else "")


def _typo(rng: random.Random, name: str) -> str | None:
    words = name.split()
    i = max(range(len(words)), key=lambda k: (len(words[k]), -k))
    w = words[i]
    if len(w) < 5:
        return None
    j = rng.randrange(1, len(w) - 1)
    roll = rng.random()
    if roll < 0.5:
        letter = rng.choice([c for c in _CONSONANTS if c != w[j].lower()])
        w = w[:j] + letter + w[j + 1:]
    elif roll < 0.75:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    words[i] = w
    return " ".join(words)


def queries(entities: list[dict[str, object]], seen: set[str], parts: Parts, count: int,
            seed: int = 11) -> dict[str, list[Query]]:
    """``count`` distinct queries of each kind."""
    rng = random.Random(seed)
    out: dict[str, list[Query]] = {"found": [], "fuzzy": [], "unknown": []}
    used: set[str] = set()

    def pick() -> tuple[dict[str, object], str]:
        entity = rng.choice(entities)
        names = entity["names"]
        assert isinstance(names, list)
        return entity, rng.choice(names)

    def add(kind: str, text: str | None, expected: str | None) -> None:
        if text and text not in used and len(out[kind]) < count:
            used.add(text)
            out[kind].append(Query(text, expected, kind))

    for _ in range(count * 50):
        if all(len(v) >= count for v in out.values()):
            break
        entity, name = pick()
        add("found", _found(rng, entity, name), str(entity["id"]))
        typo = _typo(rng, name)
        if typo and _key(typo) not in seen:
            add("fuzzy", typo, str(entity["id"]))
        made = " ".join(rng.choice(parts.given) for _ in range(rng.choice((1, 2)))) + " " + rng.choice(parts.family)
        if _key(made) not in seen:
            add("unknown", made, None)
    return out


def write_jsonl(path: Path, rows: Iterator[dict[str, object]] | list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
