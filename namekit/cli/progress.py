"""Progress of long work on stderr: a bar when it is a terminal, nothing when it is not."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import time
from typing import BinaryIO, Iterator

import click

__all__ = ["Progress", "progress_line", "status"]

_BAR = 24


def progress_line(rows: int, names: int, elapsed: float, done: int | None = None, total: int | None = None,
                  unit: str = "rows") -> str:
    """One line of progress: a bar, share and time left when the input's size is known (a file),
    else a running count (a pipe). ``rows`` counts ``unit`` (rows of a table, lines of names)."""
    rate = f"{names / elapsed:,.0f} names/s" if elapsed > 0 else ""
    if done is None or not total:
        return f"{rows:,} {unit}, {names:,} names  {rate}".rstrip()
    share = min(1.0, max(0.0, done / total))
    filled = int(round(share * _BAR))
    left = ""
    if 0 < share < 1 and elapsed > 0:
        seconds = int(elapsed * (1 - share) / share)
        left = f"  {seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d} left"
    return f"[{'#' * filled}{'-' * (_BAR - filled)}] {share:4.0%}  {rows:,} {unit}  {rate}{left}".rstrip()


class Progress:
    """A progress bar on stderr when it is a terminal (silent otherwise), redrawn at most five
    times a second: the share of the input file read, or a running count for a pipe."""

    def __init__(self, stream: BinaryIO | None = None, *, enabled: bool | None = None, unit: str = "rows") -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._unit = unit
        self._last = 0.0
        self._start = time.monotonic()
        self._width = 0
        self._stream: BinaryIO | None = None
        self._total: int | None = None
        if stream is not None:
            try:
                info = os.fstat(stream.fileno())
                if stat.S_ISREG(info.st_mode) and info.st_size > 0:
                    self._stream, self._total = stream, info.st_size
            except (OSError, ValueError, io.UnsupportedOperation):
                pass

    def _done_bytes(self) -> int | None:
        if self._stream is None:
            return None
        try:
            return self._stream.tell()
        except (OSError, ValueError):
            return None

    def __call__(self, rows: int, names: int) -> None:
        now = time.monotonic()
        if self.enabled and now - self._last >= 0.2:
            self._last = now
            line = progress_line(rows, names, now - self._start, self._done_bytes(), self._total, self._unit)
            self._width = max(self._width, len(line))
            click.echo("\r" + line.ljust(self._width), err=True, nl=False)

    def done(self) -> None:
        """Clear the bar (at the end, or before a warning line; the next call draws it again)."""
        if self._width:
            click.echo("\r" + " " * self._width + "\r", err=True, nl=False)
            self._width = 0
            self._last = 0.0


@contextlib.contextmanager
def status(text: str, *, enabled: bool | None = None) -> Iterator[None]:
    """A one-line note of what is running, on stderr when it is a terminal, cleared when done::

        with status("rapidfuzz baseline: 6,802 queries against every name"):
            ...
    """
    line = f"{text} ..."
    shown = sys.stderr.isatty() if enabled is None else enabled
    if shown:
        click.echo("\r" + line, err=True, nl=False)
    try:
        yield
    finally:
        if shown:
            click.echo("\r" + " " * len(line) + "\r", err=True, nl=False)
