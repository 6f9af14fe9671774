"""The compiled index of a registry: every name normalized once, keyed for the resolver's stages."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable, Mapping, Sequence

from namekit.match.keys import VOWELLESS_SCRIPTS, bare_key, exact_key, normalized_keys, skeleton_key, translit_key
from namekit.match.parts import part_weight
from namekit.normalize.pipeline import NormalizedName, normalize
from namekit.normalize.skeleton import skeleton
from namekit.normalize.titles import canonical_title
from namekit.registry.model import Entity

__all__ = ["NameIndex", "NameEntry", "build_index"]

# A blocking key shared by more names than this is too common to pick candidates by.
MAX_POSTING = 20000


@dataclass(frozen=True)
class NameEntry:
    """One name of one entity, normalized."""

    entity: int  # position in NameIndex.entities
    text: str
    normalized: NormalizedName
    kind: str  # "name", "alias" or "short"


def _freeze(table: dict[str, set[int]]) -> Mapping[str, tuple[int, ...]]:
    return MappingProxyType({k: tuple(sorted(v)) for k, v in table.items()})


@dataclass(frozen=True)
class NameIndex:
    """Immutable lookup tables over the names of a registry.

    Every ``*_keys`` table maps a key to the positions (in :attr:`names`) of the names that have it.
    """

    entities: tuple[Entity, ...]
    names: tuple[NameEntry, ...]
    by_id: Mapping[str, int]
    redirects: Mapping[str, int]
    exact: Mapping[str, tuple[int, ...]]
    normalized: Mapping[str, tuple[int, ...]]
    bare: Mapping[str, tuple[int, ...]]
    translit: Mapping[str, tuple[int, ...]]
    skeletons: Mapping[str, tuple[int, ...]]
    short: Mapping[str, tuple[int, ...]]
    postings: Mapping[str, tuple[int, ...]]
    not_keys: Mapping[int, frozenset[str]]
    titles: Mapping[int, frozenset[str]]
    document_frequency: Mapping[str, int]

    def weight(self, token: str) -> float:
        """A part's weight: what it says about identity (:func:`part_weight`) times its rarity here."""
        n = len(self.entities) + 1
        df = self.document_frequency.get(token, 0)
        rarity = math.log((n + 1) / (df + 1)) / math.log(n + 1) if n > 1 else 1.0
        return part_weight(token) * (0.4 + 0.6 * max(0.0, min(1.0, rarity)))

    def candidates(self, query: NormalizedName, limit: int = 50) -> list[int]:
        """Names worth scoring against ``query``: they share a part or a part's skeleton or prefix."""
        hits: dict[int, float] = defaultdict(float)
        for tok in query.core:
            w = self.weight(tok)
            seen: set[int] = set()
            for key in _blocking_keys(tok):
                posting = self.postings.get(key, ())
                if len(posting) > MAX_POSTING:
                    continue
                for pos in posting:
                    if pos not in seen:
                        seen.add(pos)
                        hits[pos] += w
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
        return [pos for pos, _ in ranked[:limit]]


def _blocking_keys(token: str) -> tuple[str, ...]:
    sk = skeleton(token)
    keys = ["t:" + token]
    if len(sk) >= 2:
        keys.append("s:" + sk)
    if len(token) >= 4:
        keys.append("p:" + token[:3])
    return tuple(keys)


def build_index(entities: Iterable[Entity]) -> NameIndex:
    """Normalize every name of every entity and build the lookup tables."""
    ents = tuple(entities)
    names: list[NameEntry] = []
    tables: dict[str, dict[str, set[int]]] = {k: defaultdict(set) for k in
                                              ("exact", "normalized", "bare", "translit", "skeletons", "short", "postings")}
    by_id: dict[str, int] = {}
    redirects: dict[str, int] = {}
    not_keys: dict[int, frozenset[str]] = {}
    titles: dict[int, frozenset[str]] = {}
    df: dict[str, set[int]] = defaultdict(set)
    for e_pos, entity in enumerate(ents):
        by_id[entity.id] = e_pos
        for old in entity.previous_ids:
            redirects[old] = e_pos
        if entity.not_:
            not_keys[e_pos] = frozenset(k for n in entity.not_ for k in normalized_keys(normalize(n, entity.type)))
        if entity.titles:
            titles[e_pos] = frozenset(t for t in (canonical_title(x) for x in entity.titles) if t)
        forms: list[tuple[str, str]] = [(entity.name, "name")] + [(a.name, "alias") for a in entity.aliases]
        forms += [(s, "short") for s in entity.short]
        for text, kind in forms:
            norm = normalize(text, entity.type)
            pos = len(names)
            names.append(NameEntry(e_pos, text, norm, kind))
            if kind == "short":
                for key in {*normalized_keys(norm), bare_key(norm)}:
                    tables["short"][key].add(pos)
                continue
            tables["exact"][exact_key(text)].add(pos)
            for key in normalized_keys(norm):
                tables["normalized"][key].add(pos)
            if norm.core:
                tables["bare"][bare_key(norm)].add(pos)
                tables["skeletons"][skeleton_key(norm)].add(pos)
                if norm.script not in VOWELLESS_SCRIPTS:
                    tables["translit"][translit_key(norm)].add(pos)
            for tok in norm.core:
                df[tok].add(e_pos)
                for key in _blocking_keys(tok):
                    tables["postings"][key].add(pos)
    return NameIndex(
        entities=ents,
        names=tuple(names),
        by_id=MappingProxyType(by_id),
        redirects=MappingProxyType(redirects),
        exact=_freeze(tables["exact"]),
        normalized=_freeze(tables["normalized"]),
        bare=_freeze(tables["bare"]),
        translit=_freeze(tables["translit"]),
        skeletons=_freeze(tables["skeletons"]),
        short=_freeze(tables["short"]),
        postings=_freeze(tables["postings"]),
        not_keys=MappingProxyType(not_keys),
        titles=MappingProxyType(titles),
        document_frequency=MappingProxyType({k: len(v) for k, v in df.items()}),
    )


def positions_entities(index: NameIndex, positions: Sequence[int]) -> list[int]:
    """The distinct entities of some names, in first-seen order."""
    seen: dict[int, None] = {}
    for pos in positions:
        seen.setdefault(index.names[pos].entity, None)
    return list(seen)
