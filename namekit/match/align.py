"""Name against name: parts aligned one to one, scored by weight and similarity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from namekit.match.parts import part_similarity, part_weight
from namekit.normalize.pipeline import NormalizedName
from namekit.normalize.tables import tables

__all__ = ["Alignment", "PartMatch", "align", "MIN_PART_SIMILARITY"]

# Below this two parts are not taken for spellings of each other.
MIN_PART_SIMILARITY = 0.7
# An unmatched middle part (nasab chains, middle names) costs this share of its weight.
MIDDLE_COST = 0.3
_VOWELLESS = ("Arabic", "Hebrew")

Weight = Callable[[str], float]


@dataclass(frozen=True)
class PartMatch:
    """One row of an alignment: a part of each name (or None when unmatched) and its score."""

    left: str | None
    right: str | None
    similarity: float
    weight: float
    how: str


@dataclass(frozen=True)
class Alignment:
    """The score of two names (0..1) and the part-by-part alignment that gave it."""

    score: float
    parts: tuple[PartMatch, ...]

    def explain(self) -> str:
        rows = []
        for p in self.parts:
            rows.append(f"{p.left or '-':>16} ~ {p.right or '-':<16} {p.similarity:.2f} x{p.weight:.2f} {p.how}")
        return "\n".join(rows + [f"score {self.score:.3f}"])


def _parts(name: NormalizedName) -> tuple[str, ...]:
    particles = tables().particles
    return tuple(t for t in name.tokens if t not in particles) or name.tokens


def align(left: NormalizedName, right: NormalizedName, weight: Weight = part_weight) -> Alignment:
    """Align the parts of two names and score them; symmetric in its two arguments."""
    a, b = _parts(left), _parts(right)
    if not a or not b:
        return Alignment(0.0, ())
    vowelless = left.script in _VOWELLESS or right.script in _VOWELLESS
    pairs = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            sim, how = part_similarity(x, y, vowelless) if x <= y else part_similarity(y, x, vowelless)
            if sim >= MIN_PART_SIMILARITY or how == "different name":
                pairs.append((-sim, min(x, y), max(x, y), min(i, j), max(i, j), i, j, sim, how))
    pairs.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    rows: list[PartMatch] = []
    numerator = 0.0
    denominator = 0.0
    conflicts = 0
    conflict_a: set[int] = set()
    conflict_b: set[int] = set()
    for _, _, _, _, _, i, j, sim, how in pairs:
        if i in used_a or j in used_b:
            continue
        if how == "different name":
            if i not in conflict_a and j not in conflict_b:
                conflicts += 1
                conflict_a.add(i)
                conflict_b.add(j)
            continue
        used_a.add(i)
        used_b.add(j)
        w = (weight(a[i]) + weight(b[j])) / 2
        numerator += sim * w
        denominator += w
        rows.append(PartMatch(a[i], b[j], sim, w, how))
    for parts, used, side in ((a, used_a, "left"), (b, used_b, "right")):
        for k, tok in enumerate(parts):
            if k in used:
                continue
            middle = 0 < k < len(parts) - 1
            w = weight(tok) * (MIDDLE_COST if middle else 1.0)
            denominator += w
            rows.append(PartMatch(tok if side == "left" else None, tok if side == "right" else None, 0.0, w,
                                  "missing (middle)" if middle else "missing"))
    score = numerator / denominator if denominator else 0.0
    if conflicts and score < 1.0:
        # A different given name where one was expected is strong evidence against.
        score *= 0.8 ** conflicts
    return Alignment(round(score, 6), tuple(rows))
