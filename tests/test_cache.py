"""The on-disk index cache: hits when nothing changed, rebuilds when anything did, survives damage."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import pytest

from namekit import Registry
from namekit.cache import SUFFIX, load_index
from namekit.errors import RegistryError
from namekit.match.index import build_index
from namekit.registry.loader import load

RASHAD = "id: hassan-rashad\ntype: person\nname: Hassan Rashad\naliases: [Hasan Rashad]\n"
ALEXANDER = "id: edan-alexander\ntype: person\nname: Edan Alexander\naliases: [Aidan Alexander]\n"


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("NAMEKIT_CACHE_DIR", str(home))
    monkeypatch.delenv("NAMEKIT_CACHE", raising=False)
    return home


@pytest.fixture
def registry_dir(tmp_path: Path) -> Path:
    root = tmp_path / "reg" / "person"
    root.mkdir(parents=True)
    (root / "hassan-rashad.yaml").write_text(RASHAD, encoding="utf-8")
    (root / "edan-alexander.yaml").write_text(ALEXANDER, encoding="utf-8")
    return tmp_path / "reg"


def cached(home: Path) -> list[Path]:
    return sorted(home.glob(f"*{SUFFIX}"))


def test_first_load_builds_then_hits(registry_dir: Path, cache_home: Path) -> None:
    _, first = load_index(registry_dir)
    _, second = load_index(registry_dir)
    assert (first.how, second.how) == ("built", "hit")
    assert first.key == second.key and cached(cache_home) == [first.path]


@pytest.mark.parametrize("change", [
    lambda root: (root / "person" / "hassan-rashad.yaml").write_text(RASHAD.replace("Hasan Rashad", "Hassan Rachad"), encoding="utf-8"),
    lambda root: (root / "person" / "edan-alexander.yaml").unlink(),
    lambda root: (root / "person" / "x.jsonl").write_text('{"id": "x", "type": "person", "names": ["Hasan Rashad"]}\n', encoding="utf-8"),
])
def test_a_changed_registry_is_never_answered_from_the_old_index(
        registry_dir: Path, cache_home: Path, change: Callable[[Path], object]) -> None:
    _, old = load_index(registry_dir)
    change(registry_dir)
    index, new = load_index(registry_dir)
    assert new.how == "built" and new.key != old.key
    assert cached(cache_home) == [new.path]  # the old index of this registry is removed
    assert list(index.names) == list(build_index(load(registry_dir)).names)


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],
    lambda data: data[:100] + bytes([data[100] ^ 0xFF]) + data[101:],
    lambda data: data[:-20] + bytes(20),
    lambda data: b"",
    lambda data: b"garbage" * 10,
])
def test_a_damaged_cache_file_is_rebuilt(registry_dir: Path, damage: Callable[[bytes], bytes]) -> None:
    _, info = load_index(registry_dir)
    assert info.path is not None
    info.path.write_bytes(damage(info.path.read_bytes()))
    index, again = load_index(registry_dir)
    assert again.how == "built"
    assert Registry((), index=index).resolve("Aidan Alexander").id == "edan-alexander"
    assert load_index(registry_dir)[1].how == "hit"


def test_cache_can_be_turned_off(registry_dir: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAMEKIT_CACHE", "0")
    _, info = load_index(registry_dir)
    assert info.how == "memory" and not cache_home.exists()


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes anywhere")
def test_an_unwritable_cache_falls_back_to_memory(registry_dir: Path, cache_home: Path) -> None:
    cache_home.mkdir()
    cache_home.chmod(0o500)
    try:
        assert load_index(registry_dir)[1].how == "memory"
    finally:
        cache_home.chmod(0o700)


def test_a_file_in_the_way_of_the_cache_falls_back_to_memory(registry_dir: Path, cache_home: Path) -> None:
    cache_home.write_text("not a folder")
    index, info = load_index(registry_dir)
    assert info.how == "memory" and Registry((), index=index).resolve("Hassan Rashad").id == "hassan-rashad"


def test_registry_errors_are_raised_and_nothing_cached(registry_dir: Path, cache_home: Path) -> None:
    (registry_dir / "person" / "bad.yaml").write_text("id: bad\ntype: person\n", encoding="utf-8")
    with pytest.raises(RegistryError):
        Registry.load(registry_dir)
    assert cached(cache_home) == []


def test_registry_load_uses_the_cache_and_answers_the_same(registry_dir: Path, cache_home: Path) -> None:
    cold = Registry.load(registry_dir)
    warm = Registry.load(registry_dir)
    assert cached(cache_home)
    for name in ("Aidan Alexander", "Hasan Rashad", "Rashad", "Nobody"):
        assert cold.resolve(name) == warm.resolve(name)
    assert warm.get("edan-alexander") == cold.get("edan-alexander") and len(warm) == 2
    entity = warm.get("hassan-rashad")
    assert entity is not None and entity.source is not None and entity.source.path.endswith("hassan-rashad.yaml")


def test_a_moved_registry_gets_its_own_index(registry_dir: Path, tmp_path: Path) -> None:
    _, first = load_index(registry_dir)
    moved = registry_dir.rename(tmp_path / "moved")
    _, second = load_index(moved)
    assert second.key != first.key and second.how == "built"


@pytest.mark.parametrize("rel, counts", [
    ("normalize/pipeline.py", True), ("data/titles.yml", True), ("match/index.py", True), ("registry/loader.py", True),
    ("match/align.py", False), ("cli/clean_cmd.py", False), ("resolve/resolver.py", False),
])
def test_code_fingerprint_follows_what_compiling_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      rel: str, counts: bool) -> None:
    import namekit.cache as cache

    package = tmp_path / "pkg"
    (package / rel).parent.mkdir(parents=True)
    (package / rel).write_text("one")
    monkeypatch.setattr(cache, "_PACKAGE", package)
    before = cache.code_fingerprint()
    (package / rel).write_text("two")
    assert (cache.code_fingerprint() != before) == counts
