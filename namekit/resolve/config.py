"""The resolver's settings, frozen."""

from __future__ import annotations

from dataclasses import dataclass

from namekit.errors import ConfigError

__all__ = ["ResolverConfig"]


@dataclass(frozen=True)
class ResolverConfig:
    """Thresholds of the resolver. Defaults favour precision: a wrong ID is worse than none.

    - ``threshold``: lowest fuzzy score that may resolve a name of two parts or more.
    - ``single_threshold``: the same for a one-part name ("Meshaal", "Toulouse"), which has less to
      go on: one spelling-alike word is weak evidence.
    - ``fuller_threshold``: the same for a person's name that is cleanly the fuller or the shorter
      form of a registry name (Delcy Rodriguez, Delcy Eloina Rodriguez Gomez: every part of one
      paired with a close spelling, one of them a surname, the fuller one's first part among them;
      :attr:`~namekit.match.align.Alignment.fuller`); the lower of it and ``threshold`` applies.
    - ``margin``: a second entity within this of the best makes the answer ambiguous.
    - ``translit_threshold``: lowest score for a name found by its transliteration key.
    - ``fuzzy``: run the fuzzy stage at all.
    - ``max_candidates``: names the blocking index proposes per query in the fuzzy stage.
    - ``aligned_candidates``: of those, how many at most (the most alike by a cheap part-by-part
      score, and only those near the best by it) are aligned part by part, the costly step.
    - ``shown_candidates``: candidates listed in an ambiguous or unresolved answer.
    """

    threshold: float = 0.85
    single_threshold: float = 0.92
    # (2026-12-07: OFAC recall 0.643 -> 0.651, negatives answered 2.4% -> 2.5%; for organizations
    # too, 0.662 but 3.3% of negatives answered: a company's shorter name is as often its sibling's)
    fuller_threshold: float = 0.80
    margin: float = 0.05
    translit_threshold: float = 0.8
    fuzzy: bool = True
    max_candidates: int = 50
    aligned_candidates: int = 4
    shown_candidates: int = 3

    def __post_init__(self) -> None:
        for name in ("threshold", "single_threshold", "fuller_threshold", "margin", "translit_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be between 0 and 1, not {value}")
        if self.max_candidates < 1 or self.aligned_candidates < 1 or self.shown_candidates < 0:
            raise ConfigError("max_candidates and aligned_candidates must be at least 1, shown_candidates at least 0")
