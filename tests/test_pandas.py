"""namekit.pandas: a Series in, a DataFrame of id, name, status, score out, index kept."""

from __future__ import annotations

import math

import pytest

from namekit import Registry

pd = pytest.importorskip("pandas")

from namekit.pandas import resolve_series  # noqa: E402


@pytest.mark.parametrize("value, id, status", [
    ("Maj. Gen. Rashad", "hassan-rashad", "resolved"),
    ("Aidan Alexander", "edan-alexander", "resolved"),
    ("Nobody Atall", None, "unresolved"),
    ("", None, "unresolved"),
    (None, None, "unresolved"),
    (float("nan"), None, "unresolved"),
    (42, None, "unresolved"),
])
def test_values(bundled: Registry, value: object, id: str | None, status: str) -> None:
    frame = resolve_series(pd.Series([value], dtype=object), bundled)
    assert list(frame.columns) == ["id", "name", "status", "score"]
    row = frame.iloc[0]
    assert (None if row["id"] is None or (isinstance(row["id"], float) and math.isnan(row["id"])) else row["id"]) == id
    assert row["status"] == status and 0.0 <= row["score"] <= 1.0


def test_index_order_and_types_kept(bundled: Registry) -> None:
    series = pd.Series(["Edan Alexander", None, "Maj. Gen. Rashad", "Edan Alexander"], index=[10, 3, 7, 1])
    frame = resolve_series(series, bundled)
    assert list(frame.index) == [10, 3, 7, 1]
    assert list(frame["id"]) == ["edan-alexander", None, "hassan-rashad", "edan-alexander"]
    assert frame["score"].dtype == "float64"


def test_type_filter(bundled: Registry) -> None:
    frame = resolve_series(pd.Series(["Cairo"]), bundled, type="person")
    assert frame.loc[0, "status"] == "unresolved"


def test_default_registry() -> None:
    assert resolve_series(pd.Series(["Maj. Gen. Rashad"])).loc[0, "id"] == "hassan-rashad"
