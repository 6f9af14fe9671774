"""The on-disk cache of compiled indexes, keyed by a hash of the registry's content.

A registry is compiled once (:func:`namekit.match.index.compile_index`) into
``<cache dir>/<root>-<content>.nkidx`` and mapped on every later load (:func:`load_index`):

- ``<content>`` hashes every file the loader reads (their paths and bytes), the registry's absolute
  path, the index format and namekit's own code and word lists, so an edited alias file, another
  namekit version or a moved registry is never answered from an old index;
- a cache file that is truncated, damaged or of another format is rebuilt, never fatal;
- files are written to a temporary name and renamed, so a reader never sees half of one and two
  processes compiling at once both end with a whole file;
- older indexes of the same registry path are removed when a new one is written.

The cache lives in ``$NAMEKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/namekit``, else
``~/.cache/namekit``. ``NAMEKIT_CACHE=0`` turns it off (every load builds in memory); an unwritable
cache directory does the same, silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from namekit.match.index import INDEX_FORMAT, NameIndex, build_index, compile_index, open_index
from namekit.match.store import StoreError
from namekit.registry import loader
from namekit.registry.model import Entity

__all__ = ["CacheInfo", "cache_dir", "cache_enabled", "code_fingerprint", "load_index", "registry_fingerprint"]

CACHE_ENV = "NAMEKIT_CACHE_DIR"
SWITCH_ENV = "NAMEKIT_CACHE"
SUFFIX = ".nkidx"
_PACKAGE = Path(__file__).resolve().parent
_CHUNK = 1 << 20


@dataclass(frozen=True)
class CacheInfo:
    """How an index was had: ``hit`` (mapped from the cache), ``built`` (compiled into it) or ``memory``."""

    how: str
    key: str
    path: Path | None


def cache_enabled() -> bool:
    return os.environ.get(SWITCH_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "namekit"


# What a compiled index depends on besides the registry: how names are read, normalized and keyed,
# and the packed layout. Scoring (align.py, parts.py) and the resolver are applied at query time and
# are left out, so tuning them does not throw every cache away. A module that comes to shape what is
# compiled must be listed here.
_COMPILED_FROM = ("normalize/", "data/", "registry/loader.py", "registry/model.py", "registry/schema.py",
                  "registry/yamlmarks.py", "match/index.py", "match/keys.py", "match/store.py", "cache.py")


def code_fingerprint() -> str:
    """A hash of the namekit modules and word lists that compiling an index depends on."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(_PACKAGE.rglob("*")):
        rel = path.relative_to(_PACKAGE).as_posix()
        if not rel.startswith(_COMPILED_FROM) or "__pycache__" in rel or path.suffix not in (".py", ".yml", ".json"):
            continue
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _registry_files(root: Path) -> list[Path] | None:
    """The files the loader reads for ``root``, or None when the loader would refuse it."""
    if root.is_dir():
        files = loader.alias_files(root) + sorted(root.rglob("*.jsonl"))
        return files or None
    if root.is_file() and (root.suffix == ".jsonl" or root.suffix in loader.YAML_SUFFIXES):
        return [root]
    return None


def _hash_file(digest: "hashlib.blake2b", path: Path) -> None:
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)


def registry_fingerprint(root: Path, files: list[Path]) -> str:
    """``<root>-<content>``: a hash of the registry's path, and one of everything compiling reads."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"namekit-index {INDEX_FORMAT} {code_fingerprint()}\0{root}\0".encode())
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() if path != root else b".")
        digest.update(b"\0%d\0" % path.stat().st_size)
        _hash_file(digest, path)
    where = hashlib.blake2b(str(root).encode(), digest_size=6).hexdigest()
    return f"{where}-{digest.hexdigest()}"


def _write(directory: Path, key: str, root: Path, entities: Sequence[Entity]) -> Path:
    """Compile the entities and rename the result into place."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"{key}{SUFFIX}"
    handle, temp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            compile_index(entities, out, {"key": key, "registry": str(root)})
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    prefix = key.split("-", 1)[0] + "-"
    for old in directory.glob(f"{prefix}*{SUFFIX}"):
        if old != target:
            with contextlib.suppress(OSError):
                old.unlink()
    return target


def load_index(path: str | os.PathLike[str] | None = None) -> tuple[NameIndex, CacheInfo]:
    """The index of the registry at ``path`` (None: the default one), from the cache when it can.

    Raises what :func:`namekit.registry.loader.load` raises for a missing or invalid registry.
    """
    root = Path(os.path.abspath(path if path is not None else loader.default_path()))
    files = _registry_files(root)
    if files is None or not cache_enabled():
        return build_index(loader.load(root)), CacheInfo("memory", "", None)
    key = registry_fingerprint(root, files)
    directory = cache_dir()
    target = directory / f"{key}{SUFFIX}"
    if target.exists():
        try:
            return open_index(target), CacheInfo("hit", key, target)
        except StoreError:
            pass  # damaged or of another format: rebuilt below
    entities = loader.load(root)
    try:
        written = _write(directory, key, root, entities)
    except OSError:
        return build_index(entities), CacheInfo("memory", key, None)
    return open_index(written), CacheInfo("built", key, written)
