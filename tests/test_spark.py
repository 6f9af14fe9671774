"""namekit.spark on a real local Spark session (local[2]); skipped without pyspark or Java."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java", allow_module_level=True)

from namekit import Registry  # noqa: E402
from namekit.registry.loader import load  # noqa: E402


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("namekit-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.memory", "1g").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


ROWS = [("Maj. Gen. Rashad",), ("Aidan Alexander",), ("Nobody Atall",), (None,), ("",), ("حسن رشاد",), ("Khalil al-Hayya",)]
EXPECTED = ["hassan-rashad", "edan-alexander", None, None, None, "hassan-rashad", "khalil-al-hayya"]


def test_resolve_udf_on_local_spark(spark: Any, bundled: Registry) -> None:
    from namekit.spark import resolve_udf

    resolve = resolve_udf(bundled)
    df = spark.createDataFrame(ROWS * 3, "person string").repartition(2)
    out = df.withColumn("match", resolve("person")).select("person", "match.*").collect()
    assert len(out) == len(ROWS) * 3
    by_name = {row["person"]: row for row in out}
    for (name,), expected in zip(ROWS, EXPECTED):
        row = by_name[name]
        assert row["id"] == expected, name
        assert row["status"] == ("resolved" if expected else "unresolved")
        assert isinstance(row["score"], float)


def test_non_string_column_and_in_memory_registry(spark: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from namekit.spark import resolve_udf

    monkeypatch.setenv("NAMEKIT_CACHE_DIR", str(tmp_path))
    registry = Registry(load())
    assert registry.index.source_file is None
    resolve = resolve_udf(registry)
    out = spark.createDataFrame([(1,), (None,)], "n int").select(resolve("n").alias("m")).collect()
    assert [(r["m"]["id"], r["m"]["status"]) for r in out] == [(None, "unresolved"), (None, "unresolved")]
    assert list(tmp_path.glob("memory-*.nkidx"))


def test_the_udf_carries_a_file_name_not_the_index(bundled: Registry) -> None:
    from pyspark import cloudpickle

    from namekit.spark import resolve_udf

    resolve = resolve_udf(bundled)
    assert len(cloudpickle.dumps(resolve.func)) < 20_000
