"""What resolving a name answers: a frozen :class:`Match` with a clear status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from namekit.frozen import new_frozen

__all__ = ["Match", "Candidate", "RESOLVED", "AMBIGUOUS", "UNRESOLVED", "STATUSES"]

RESOLVED = "resolved"
AMBIGUOUS = "ambiguous"
UNRESOLVED = "unresolved"
STATUSES = (RESOLVED, AMBIGUOUS, UNRESOLVED)


@dataclass(frozen=True)
class Candidate:
    """An entity that fits a name, with its score (0..1)."""

    id: str
    name: str
    score: float
    type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "score": round(self.score, 4)}


@dataclass(frozen=True)
class Match:
    """The verdict on one name.

    ``status`` is ``resolved`` (``id`` is set), ``ambiguous`` (several entities fit: ``candidates``
    names them and ``id`` is None; never a silent pick) or ``unresolved``. ``method`` is the stage
    that decided: exact, normalized, transliteration, short, acronym, fuzzy (None when nothing fit).
    ``matched`` is the registry name that matched; ``redirected_from`` the retired ID asked for.
    """

    input: str
    status: str
    id: str | None = None
    name: str | None = None
    type: str | None = None
    score: float = 0.0
    method: str | None = None
    candidates: tuple[Candidate, ...] = ()
    matched: str | None = None
    redirected_from: str | None = None
    explanation: str | None = None

    @property
    def resolved(self) -> bool:
        return self.status == RESOLVED

    def to_dict(self) -> dict[str, Any]:
        """The stable machine-readable form (``--format jsonl``)."""
        out: dict[str, Any] = {
            "input": self.input,
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "status": self.status,
            "score": round(self.score, 4),
            "method": self.method,
            "candidates": [c.to_dict() for c in self.candidates],
        }
        if self.redirected_from is not None:
            out["redirected_from"] = self.redirected_from
        if self.explanation is not None:
            out["explanation"] = self.explanation
        return out


def resolved_match(input: str, id: str, name: str, type: str, score: float, method: str, matched: str | None,
                   candidates: tuple[Candidate, ...] = ()) -> Match:
    """A resolved :class:`Match`: made for every name resolved, so without the frozen ``__init__``."""
    return new_frozen(Match, input=input, status=RESOLVED, id=id, name=name, type=type, score=score,
                      method=method, candidates=candidates, matched=matched, redirected_from=None,
                      explanation=None)
