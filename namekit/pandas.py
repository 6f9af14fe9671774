"""pandas: resolve a Series of names into a DataFrame of id, name, status and score.

>>> import pandas as pd
>>> from namekit.pandas import resolve_series
>>> resolve_series(pd.Series(["Maj. Gen. Rashad", None])).loc[0, "id"]
'hassan-rashad'

Needs the ``pandas`` extra (``pip install 'namekit[pandas]'``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from namekit.registry.registry import Registry
from namekit.resolve.result import UNRESOLVED

__all__ = ["COLUMNS", "resolve_series", "resolve_values"]

COLUMNS = ("id", "name", "status", "score")


def resolve_values(values: Any, registry: Registry, type: str | None = None) -> dict[str, list[Any]]:
    """Columns id, name, status, score for an iterable of values; each distinct name resolved once.

    A value that is not a non-blank string (None, NaN, a number) is unresolved, with no id.
    """
    answers: dict[str, tuple[str | None, str | None, str, float]] = {}
    out: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    for value in values:
        if isinstance(value, str) and value.strip():
            answer = answers.get(value)
            if answer is None:
                match = registry.resolve(value, type)
                answer = answers[value] = (match.id, match.name, match.status, round(match.score, 4))
        else:
            answer = (None, None, UNRESOLVED, 0.0)
        for column, item in zip(COLUMNS, answer):
            out[column].append(item)
    return out


def resolve_series(series: pd.Series, registry: Registry | None = None, *, type: str | None = None) -> pd.DataFrame:
    """A DataFrame with the series' index and columns id, name, status (resolved, ambiguous,
    unresolved) and score, one row per value. ``registry`` defaults to :meth:`Registry.load`."""
    registry = registry if registry is not None else Registry.load()
    columns = resolve_values(series.tolist(), registry, type)
    frame = pd.DataFrame(columns, index=series.index, columns=list(COLUMNS))
    frame["score"] = frame["score"].astype("float64")
    return frame
