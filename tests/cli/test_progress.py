"""The progress line of long commands (clean, resolve from standard input)."""

from __future__ import annotations

import pytest

from namekit.cli.progress import Progress, progress_line


@pytest.mark.parametrize("args, expected", [
    ((10, 12, 2.0, 50, 100), "[############------------]  50%  10 rows  6 names/s  0:00:02 left"),
    ((10, 12, 2.0, 100, 100), "[########################] 100%  10 rows  6 names/s"),
    ((0, 0, 0.0, 0, 100), "[------------------------]   0%  0 rows"),
    ((1500, 3000, 2.0, None, None), "1,500 rows, 3,000 names  1,500 names/s"),  # a pipe: no size to go by
    ((7, 7, 1.0, 10, 0), "7 rows, 7 names  7 names/s"),
])
def test_progress_line(args: tuple[int, int, float, int | None, int | None], expected: str) -> None:
    assert progress_line(*args) == expected


def test_lines_as_the_unit() -> None:
    assert progress_line(3, 3, 1.0, unit="lines") == "3 lines, 3 names  3 names/s"


def test_silent_when_not_enabled(capsys: pytest.CaptureFixture[str]) -> None:
    progress = Progress(enabled=False)
    progress(10, 10)
    progress.done()
    assert capsys.readouterr().err == ""


def test_draws_and_clears_when_enabled(capsys: pytest.CaptureFixture[str]) -> None:
    progress = Progress(enabled=True, unit="lines")
    progress(10, 10)
    progress.done()
    err = capsys.readouterr().err
    assert err.startswith("\r10 lines, 10 names") and err.endswith("\r")


def test_status_line_is_shown_and_cleared(capsys: pytest.CaptureFixture[str]) -> None:
    from namekit.cli.progress import status

    with status("baseline", enabled=True):
        pass
    with status("quiet", enabled=False):
        pass
    assert capsys.readouterr().err == "\rbaseline ...\r" + " " * 12 + "\r"
