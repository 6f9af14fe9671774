"""Cleaning a table: resolve the names in some columns of every row, keeping every row and column.

:func:`clean_table` streams rows from a :class:`~namekit.io.tables.TableReader` to a
:class:`~namekit.io.tables.TableWriter` in blocks: each block's distinct names that are not in the
answer cache are resolved (in this process, or by ``jobs`` worker processes that map the same
compiled index), then the block is written in input order. Memory is bounded by the block size and
the answer cache, never by the file.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from namekit.errors import InputError
from namekit.io.tables import Row, TableReader, TableWriter
from namekit.lru import ANSWERS_KEPT, LRU
from namekit.match.index import compile_index, open_index
from namekit.registry.registry import Registry
from namekit.resolve.config import ResolverConfig
from namekit.resolve.resolver import Resolver
from namekit.resolve.result import AMBIGUOUS, RESOLVED, UNRESOLVED

__all__ = ["Answer", "CleanOptions", "CleanSummary", "Suffixes", "clean_table", "output_columns"]

BLOCK = 2048


@dataclass(frozen=True)
class Answer:
    """What a cleaned table gets for one name."""

    id: str | None
    name: str | None
    status: str
    score: float


NO_NAME = Answer(None, None, UNRESOLVED, 0.0)


@dataclass(frozen=True)
class Suffixes:
    """The appended columns are ``<column><suffix>``."""

    id: str = "_id"
    name: str = "_name"
    status: str = "_status"
    score: str = "_score"

    def columns(self, column: str) -> list[str]:
        return [column + self.id, column + self.name, column + self.status, column + self.score]


@dataclass(frozen=True)
class CleanOptions:
    columns: tuple[str, ...]
    suffixes: Suffixes = field(default_factory=Suffixes)
    type: str | None = None
    strict: bool = False
    jobs: int = 1
    cache_size: int = ANSWERS_KEPT


@dataclass(frozen=True)
class CleanSummary:
    rows: int
    names: int
    resolved: int
    ambiguous: int
    unresolved: int
    malformed: int
    distinct: int
    seconds: float

    @property
    def names_per_second(self) -> float:
        return self.names / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        return (f"{self.rows:,} rows, {self.names:,} names: {self.resolved:,} resolved, {self.ambiguous:,} ambiguous, "
                f"{self.unresolved:,} unresolved; {self.malformed:,} malformed rows kept as they were; "
                f"{self.distinct:,} distinct names resolved; {self.names_per_second:,.0f} names/s")


def output_columns(columns: list[str], options: CleanOptions) -> list[str]:
    """The input's columns, then four per selected column; :class:`InputError` for a missing or clashing one."""
    missing = [c for c in options.columns if c not in columns]
    if missing:
        there = ", ".join(repr(c) for c in columns) or "none"
        raise InputError(f"no column {', '.join(repr(c) for c in missing)} in the input; its columns: {there}")
    out = list(columns)
    for column in dict.fromkeys(options.columns):
        for name in options.suffixes.columns(column):
            if name in out:
                raise InputError(f"the input already has a column {name!r}: choose other suffixes")
            out.append(name)
    return out


def _answer(resolver: Resolver, name: str, type: str | None) -> Answer:
    match = resolver.resolve(name, type)
    return Answer(match.id, match.name, match.status, round(match.score, 4))


# -- worker processes -----------------------------------------------------------------------------
# Each worker maps the compiled index once, in its initializer, and keeps it for its life: a
# per-process global, the one place a module-level mutable is used, set once and read only after.
_WORKER: dict[str, Any] = {}


def _worker_init(index_file: str, config: ResolverConfig) -> None:
    _WORKER["resolver"] = Resolver(open_index(index_file, verify=False), config)


def _worker_resolve(names: list[str], type: str | None) -> list[Answer]:
    resolver: Resolver = _WORKER["resolver"]
    return [_answer(resolver, name, type) for name in names]


class _Pool:
    """Resolves lists of names in worker processes, at most a few blocks ahead of the writer."""

    def __init__(self, registry: Registry, jobs: int) -> None:
        self._temp: str | None = None
        index_file = registry.index.source_file
        if index_file is None:
            handle, self._temp = tempfile.mkstemp(prefix="namekit-", suffix=".nkidx")
            with os.fdopen(handle, "wb") as out:
                compile_index(registry.entities, out)
            index_file = self._temp
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self._executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init,
                                             initargs=(index_file, registry.config))

    def submit(self, names: list[str], type: str | None) -> Future[list[Answer]]:
        return self._executor.submit(_worker_resolve, names, type)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        if self._temp is not None:
            os.unlink(self._temp)


def _blocks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    block: list[Row] = []
    for row in rows:
        block.append(row)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


def clean_table(reader: TableReader, writer: TableWriter, registry: Registry, options: CleanOptions, *,
                on_malformed: Callable[[Row], None] | None = None,
                on_progress: Callable[[int, int], None] | None = None) -> CleanSummary:
    """Resolve the selected columns of every row and write each row with its answers appended.

    A malformed row is passed to ``on_malformed`` and written as it was read; with
    ``options.strict`` it raises :class:`InputError` instead. ``on_progress(rows, names)`` is
    called after every block.
    """
    columns = reader.columns
    output_columns(columns, options)  # raises for a missing column
    selected = list(dict.fromkeys(options.columns))
    cells = [columns.index(c) for c in selected]
    writer.set_input_columns(columns)
    resolver = Resolver(registry.index, registry.config)
    cache: LRU[Answer] = LRU(options.cache_size)
    counts = {RESOLVED: 0, AMBIGUOUS: 0, UNRESOLVED: 0}
    rows = names = malformed = distinct = 0
    start = time.perf_counter()
    pool = _Pool(registry, options.jobs) if options.jobs > 1 else None
    pending: deque[tuple[list[Row], dict[str, Answer], list[str], Future[list[Answer]] | None]] = deque()

    def name_of(row: Row, k: int) -> str | None:
        value = row.values[selected[k]] if isinstance(row.values, dict) else row.values[cells[k]]
        return value if isinstance(value, str) and value.strip() else None

    def finish(block: list[Row], known: dict[str, Answer], todo: list[str], answers: list[Answer]) -> None:
        nonlocal rows, names, malformed
        for name, answer in zip(todo, answers):
            cache.put(name, answer)
            known[name] = answer
        for row in block:
            rows += 1
            if row.error is not None or (isinstance(row.values, list) and not row.values) or row.raw is not None:
                malformed += row.error is not None
                writer.passthrough(row)
                continue
            found: list[Answer] = []
            for k in range(len(selected)):
                value = name_of(row, k)
                answer = NO_NAME if value is None else known[value]
                names += value is not None
                counts[answer.status] += value is not None
                found.append(answer)
            extra: list[tuple[str, Any]] = []
            for column, a in zip(selected, found):
                extra += zip(options.suffixes.columns(column), (a.id, a.name, a.status, a.score))
            writer.write(row.values, extra)
        if on_progress is not None:
            on_progress(rows, names)

    try:
        for block in _blocks(reader, BLOCK):
            todo: dict[str, None] = {}
            known: dict[str, Answer] = {}
            for row in block:
                if row.error is not None:
                    if options.strict:
                        raise InputError(row.error)
                    if on_malformed is not None:
                        on_malformed(row)
                    continue
                if row.raw is not None or (isinstance(row.values, list) and not row.values):
                    continue
                for k in range(len(selected)):
                    name = name_of(row, k)
                    if name is None or name in todo or name in known:
                        continue
                    cached = cache.get(name)
                    if cached is not None:
                        known[name] = cached
                    else:
                        todo[name] = None
            wanted = list(todo)
            distinct += len(wanted)
            if pool is None:
                finish(block, known, wanted, [_answer(resolver, name, options.type) for name in wanted])
                continue
            pending.append((block, known, wanted, pool.submit(wanted, options.type) if wanted else None))
            while len(pending) > 2 * options.jobs:
                done_block, done_known, done_names, future = pending.popleft()
                finish(done_block, done_known, done_names, future.result() if future else [])
        while pending:
            done_block, done_known, done_names, future = pending.popleft()
            finish(done_block, done_known, done_names, future.result() if future else [])
    finally:
        if pool is not None:
            pool.close()
    return CleanSummary(rows, names, counts[RESOLVED], counts[AMBIGUOUS], counts[UNRESOLVED], malformed, distinct,
                        time.perf_counter() - start)
