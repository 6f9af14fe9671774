"""Spark: a pandas UDF that resolves a column of names into a struct of id, name, status, score.

>>> from namekit.spark import resolve_udf
>>> resolve = resolve_udf()                                  # the bundled registry
>>> df.withColumn("person", resolve("person_name"))          # doctest: +SKIP

How the index gets to the executors: the compiled index file (the one :mod:`namekit.cache` keeps)
is added to the job once with ``SparkContext.addFile``, so Spark copies it to each node once. The
UDF's closure carries only that file's name (named by a hash of its content) and the resolver
settings. On a worker, the first batch maps the file and keeps the resolver in a per-process dict
keyed by that name, so later batches, tasks and UDFs of the same registry in that Python worker
reuse it; the Python workers of a node share the file's pages through the OS cache. That dict is
the one module-level mutable of namekit, justified by Spark's model: a worker process outlives
any object the driver could hand it.

Needs the ``spark`` extra (``pip install 'namekit[spark]'``): pyspark, pandas and pyarrow; workers
need ``PYSPARK_PYTHON`` pointing at a Python where namekit is installed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any, cast

import pandas as pd
from pyspark import SparkContext, SparkFiles
from pyspark.sql.pandas.functions import pandas_udf
from pyspark.sql.types import DoubleType, StringType, StructField, StructType

from namekit.cache import cache_dir
from namekit.match.index import compile_index, open_index
from namekit.pandas import COLUMNS, resolve_values
from namekit.registry.registry import Registry
from namekit.resolve.config import ResolverConfig

__all__ = ["RESULT_TYPE", "index_file", "resolve_udf"]

RESULT_TYPE = StructType([
    StructField("id", StringType()),
    StructField("name", StringType()),
    StructField("status", StringType()),
    StructField("score", DoubleType()),
])

# Per Python worker process: file name -> registry mapped from it (see the module's docstring).
_WORKER_REGISTRIES: dict[str, Registry] = {}


def index_file(registry: Registry) -> Path:
    """The packed index file of ``registry``: its cache file, or one compiled now for an in-memory registry."""
    if registry.index.source_file is not None:
        return Path(registry.index.source_file)
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".memory-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            compile_index(registry.entities, out)
        digest = hashlib.blake2b(Path(temp).read_bytes(), digest_size=20).hexdigest()
        target = directory / f"memory-{digest}.nkidx"
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return target


def _ship(path: Path) -> str:
    """Add the index file to the Spark job (once per name); the name executors find it under."""
    context = SparkContext.getOrCreate()
    try:
        context.addFile(str(path))
    except Exception as exc:  # already added from another path: same name, so the same content
        if "already registered" not in str(exc):
            raise
    return path.name


def _worker_registry(name: str, config: ResolverConfig) -> Registry:
    registry = _WORKER_REGISTRIES.get(name)
    if registry is None:
        registry = Registry((), config=config, index=open_index(SparkFiles.get(name)))
        _WORKER_REGISTRIES[name] = registry
    return registry


def resolve_udf(registry: Registry | str | os.PathLike[str] | None = None, *, type: str | None = None) -> Any:
    """A pandas UDF: a column of names in, a struct ``id, name, status, score`` out.

    ``registry`` is a loaded :class:`Registry`, a registry path, or None for the default one.
    Nulls, blanks and non-strings come back unresolved with a null id.
    """
    if not isinstance(registry, Registry):
        registry = Registry.load(registry)
    name = _ship(index_file(registry))
    config = registry.config

    def resolve(names: pd.Series) -> pd.DataFrame:
        columns = resolve_values(names.tolist(), _worker_registry(name, config), type)
        return pd.DataFrame(columns, columns=list(COLUMNS))

    udf: Any = cast(Any, pandas_udf)(resolve, RESULT_TYPE)  # one UDF over a Series: no overload needed
    return udf
