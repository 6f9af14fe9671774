"""Near-collisions: a name of one entity that ``compare`` takes for a name of another entity.

These are the confusions a reviewer must see (Mohammad Darwish / Mahmoud Darwish). Scoring every
pair of names is quadratic, so pairs are found by blocking and screening first:

1. Blocks: names of one type that share the consonant skeleton of a part. A part so common that
   its block holds more than ``block_cap`` names (a frequent given name) is not used, unless the
   name has no rarer part.
2. Screening in C (rapidfuzz ``process.extract``): the token-sort ratio of the two names'
   skeleton keys, or of their normalized texts, must reach ``SCREEN_CUTOFF``. This is a trade of
   recall for speed: of the 503 pairs of eval/pairs that ``compare`` matches, 97% pass the screen
   (the rest are pairs such as "Mitar Vasiljevic" / "Mitar Rasevic" that share only a part).
3. Scoring: the part alignment that :func:`namekit.match.compare.compare` uses, on the names as
   the index normalized them; what reaches the threshold is confirmed with ``compare`` itself.

A pair is left out when the names normalize alike (that is already an error: a name claimed
twice) or when one of the two entities lists a name of the other under ``not``: the confusion
is known and handled, for every spelling of the two.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.process import extract

from namekit.match.align import align
from namekit.match.compare import DEFAULT_THRESHOLD, compare
from namekit.match.index import NameIndex
from namekit.match.keys import skeleton_key
from namekit.normalize.pipeline import NormalizedName
from namekit.normalize.skeleton import skeleton

__all__ = ["NearCollision", "near_collisions", "SCREEN_CUTOFF"]

SCREEN_CUTOFF = 75.0


@dataclass(frozen=True)
class NearCollision:
    """Name ``left`` (position in the index's names) scores ``score`` against name ``right`` of another entity."""

    left: int
    right: int
    score: float


def _score(a: NormalizedName, b: NormalizedName) -> float:
    if a.tokens and a.tokens == b.tokens:
        return 1.0
    return align(a, b).score


def near_collisions(index: NameIndex, *, threshold: float = DEFAULT_THRESHOLD, block_cap: int = 60) -> list[NearCollision]:
    """Near-collisions between names (canonical names and aliases) of different entities.

    One per pair of entities: the first pair of their names (in registry order, canonical names
    first) that ``compare`` matches.
    """
    usable: list[int] = []
    seen: set[tuple[int, str]] = set()
    for pos, e in enumerate(index.names):  # one name per normalized form of an entity ("Abbas Osman", "OSMAN, Abbas")
        if e.kind != "short" and e.normalized.core and (e.entity, e.normalized.text) not in seen:
            seen.add((e.entity, e.normalized.text))
            usable.append(pos)
    blocks: dict[str, list[int]] = defaultdict(list)
    keys_of: dict[int, list[str]] = {}
    for pos in usable:
        entry = index.names[pos]
        etype = index.entities[entry.entity].type
        keys = sorted({f"{etype}|{skeleton(tok) or tok}" for tok in entry.normalized.core})
        keys_of[pos] = keys
        for key in keys:
            blocks[key].append(pos)
    chosen: dict[str, list[int]] = defaultdict(list)  # block -> the names that look for partners in it
    for pos, keys in keys_of.items():
        rare = [k for k in keys if len(blocks[k]) <= block_cap]
        for key in rare or [min(keys, key=lambda k: len(blocks[k]))]:
            chosen[key].append(pos)
    skeletons = {pos: skeleton_key(index.names[pos].normalized) for pos in usable}
    pairs: set[tuple[int, int]] = set()
    for key, seekers in chosen.items():
        members = blocks[key]
        if len(members) < 2:
            continue
        by_skeleton = [skeletons[p] for p in members]
        by_text = [index.names[p].normalized.text for p in members]
        for a in seekers:
            hits = extract(skeletons[a], by_skeleton, scorer=fuzz.token_sort_ratio, score_cutoff=SCREEN_CUTOFF, limit=None)
            hits += extract(index.names[a].normalized.text, by_text, scorer=fuzz.token_sort_ratio,
                            score_cutoff=SCREEN_CUTOFF, limit=None)
            for _, _, j in hits:
                b = members[j]
                if index.names[a].entity != index.names[b].entity:
                    pairs.add((min(a, b), max(a, b)))
    known = _acknowledged_pairs(index)
    found = []
    for a, b in sorted(pairs):
        left, right = index.names[a], index.names[b]
        if left.normalized.text == right.normalized.text:
            continue
        entities = (min(left.entity, right.entity), max(left.entity, right.entity))
        if entities in known:
            continue
        if _score(left.normalized, right.normalized) < threshold:
            continue
        confirmed = compare(left.text, right.text, index.entities[left.entity].type, threshold=threshold)
        if confirmed.match:
            found.append(NearCollision(a, b, confirmed.score))
            known.add(entities)  # one warning per pair of entities: the first pair of names found
    return found


def _acknowledged_pairs(index: NameIndex) -> set[tuple[int, int]]:
    """Pairs of entities (positions, smaller first) where one lists a name of the other under ``not``."""
    out: set[tuple[int, int]] = set()
    for e, refused in index.not_keys.items():
        for key in refused:
            for pos in index.normalized.get(key, ()):
                other = index.names[pos].entity
                if other != e:
                    out.add((min(e, other), max(e, other)))
    return out
