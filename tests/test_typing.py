"""The package is ``mypy --strict`` clean (settings in setup.cfg)."""

from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")
ROOT = Path(__file__).resolve().parent.parent


def test_mypy_strict() -> None:
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "setup.cfg"), str(ROOT / "namekit")])
    assert status == 0, stdout + stderr
