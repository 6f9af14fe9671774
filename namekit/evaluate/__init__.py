"""Measuring accuracy on labelled data: queries against a registry, and pairs of names.

The same functions back ``namekit eval``; use them directly to tune a
:class:`~namekit.resolve.ResolverConfig` or a compare threshold on your own data.
"""

from namekit.evaluate.baseline import BaselineReport, PairBaseline, pair_baseline, query_baseline
from namekit.evaluate.metrics import PairScores, Scores, best_threshold, tally
from namekit.evaluate.pairs import Pair, PairReport, evaluate_pairs, load_pairs
from namekit.evaluate.queries import Outcome, Query, QueryReport, evaluate_queries, load_queries, worst_errors

__all__ = [
    "BaselineReport",
    "Outcome",
    "Pair",
    "PairBaseline",
    "PairReport",
    "PairScores",
    "Query",
    "QueryReport",
    "Scores",
    "best_threshold",
    "evaluate_pairs",
    "evaluate_queries",
    "load_pairs",
    "load_queries",
    "pair_baseline",
    "query_baseline",
    "tally",
    "worst_errors",
]
