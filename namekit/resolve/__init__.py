"""Resolution: from a name to a verdict (resolved, ambiguous, unresolved) and a canonical ID."""

from namekit.resolve.config import ResolverConfig
from namekit.resolve.resolver import Resolver
from namekit.resolve.result import AMBIGUOUS, RESOLVED, STATUSES, UNRESOLVED, Candidate, Match

__all__ = ["AMBIGUOUS", "RESOLVED", "STATUSES", "UNRESOLVED", "Candidate", "Match", "Resolver", "ResolverConfig"]
