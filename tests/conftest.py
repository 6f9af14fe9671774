"""Shared fixtures: the bundled registry (loaded once) and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from namekit import Registry

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def bundled() -> Registry:
    return Registry.load()


@pytest.fixture
def write_registry(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write alias files {relative path: text} under a temporary registry folder; returns the folder."""

    def write(files: dict[str, str]) -> Path:
        for rel, text in files.items():
            path = tmp_path / "reg" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return tmp_path / "reg"

    return write
