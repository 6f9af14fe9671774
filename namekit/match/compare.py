"""``compare``: how alike two names are, with the same machinery the resolver uses."""

from __future__ import annotations

from dataclasses import dataclass

from namekit.match.align import Alignment, PartMatch, align
from namekit.match.keys import ACRONYM_SCORE, acronym_keys, query_acronym
from namekit.normalize.pipeline import normalize

__all__ = ["Comparison", "compare", "DEFAULT_THRESHOLD"]

# Two names with a score at or above this are taken for the same name: the best F1 on
# eval/pairs/handmade.csv (0.924; 0.913 at 0.85), and better on eval/pairs/pairs.csv too (0.642; 0.593).
DEFAULT_THRESHOLD = 0.8


@dataclass(frozen=True)
class Comparison:
    """The result of :func:`compare`: a score (0..1), the verdict at the threshold, the alignment."""

    left: str
    right: str
    score: float
    match: bool
    threshold: float
    alignment: Alignment


def compare(a: str, b: str, type: str | None = None, *, threshold: float = DEFAULT_THRESHOLD) -> Comparison:
    """Compare two names. Symmetric; 1.0 for two identical non-empty names.

    ``type`` (person, organization, place) selects the normalization (titles for persons, legal
    forms for organizations). A non-string is a :class:`TypeError`.
    """
    for value in (a, b):
        if not isinstance(value, str):
            raise TypeError(f"names must be str, not {builtin_type(value).__name__}")
    left, right = normalize(a, type), normalize(b, type)
    if left.tokens and left.tokens == right.tokens:
        alignment = align(left, right, person=type == "person")
        alignment = Alignment(1.0, alignment.parts)
    else:
        alignment = align(left, right, person=type == "person")
    if type != "person" and alignment.score < ACRONYM_SCORE:
        if _is_acronym_of(a, b) or _is_acronym_of(b, a):
            alignment = Alignment(ACRONYM_SCORE, (PartMatch(a.strip(), b.strip(), ACRONYM_SCORE, 1.0, "acronym"),))
    return Comparison(a, b, alignment.score, alignment.score >= threshold, threshold, alignment)


def _is_acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is written as the acronym of ``name`` (IRGC, Islamic Revolutionary Guard
    Corps), as the resolver finds one."""
    acronym = query_acronym(short)
    return acronym is not None and acronym in acronym_keys(name)


builtin_type = type
