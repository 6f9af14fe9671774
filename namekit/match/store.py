"""A packed, memory-mapped file of arrays: the on-disk form of a compiled index.

One file holds a JSON header and named sections, each a flat array (bytes, int32, int64, uint32).
Opening it maps the file and reads the header; nothing else is read until it is used, so opening
costs the same for a registry of a hundred names and one of a million. The views built on top are
read-only: :class:`StringColumn` (a sequence of strings), :class:`IntColumn` and
:class:`PackedTable` (a hash table from a string key to a tuple of ints, or to one int).

Layout::

    MAGIC (8 bytes) | header length, header CRC-32 (4 bytes each, little endian) | header (JSON, UTF-8)
    | sections, each aligned to 8 bytes | TRAILER (8 bytes)

The header gives every section's offset, length, item format and CRC-32, and the file's total size.
:func:`open_store` checks the magic, the trailer, the size, the header's checksum and every
section's, and raises :class:`StoreError` on any mismatch: a truncated or damaged file is never
read as data.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
import sys
import zlib
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any, overload

__all__ = [
    "IntColumn",
    "PackedTable",
    "Store",
    "StoreError",
    "StoreWriter",
    "StringColumn",
    "open_store",
]

MAGIC = b"NKSTORE2"  # 2: the header has a checksum of its own
TRAILER = b"NKEND001"
_FORMATS = ("B", "i", "I", "q")
_ALIGN = 8


class StoreError(Exception):
    """A store file is missing, truncated, damaged or of another format version."""


def _pad(n: int) -> int:
    return (-n) % _ALIGN


class StoreWriter:
    """Writes sections one after the other to a binary file, then the header.

    Sections are written to the file as they come (so a big one need not stay in memory), and the
    header, which must come first, is written last into a space reserved at the start: the caller
    gives an upper bound of the header's size via ``header_reserve``.
    """

    def __init__(self, out: IO[bytes], header_reserve: int = 1 << 20) -> None:
        if sys.byteorder != "little":  # pragma: no cover - no big-endian CI
            raise StoreError("packed stores are written on little-endian machines only")
        self._out = out
        self._reserve = header_reserve
        self._sections: dict[str, list[Any]] = {}
        out.write(b"\0" * (16 + header_reserve))
        self._pos = 16 + header_reserve
        self._pos += self._write(b"\0" * _pad(self._pos))

    def _write(self, data: bytes | memoryview) -> int:
        self._out.write(data)
        return len(data)

    def add(self, name: str, data: array[int] | bytes | bytearray) -> None:
        """Append one section: an ``array`` (format i, I or q) or raw bytes."""
        if name in self._sections:
            raise ValueError(f"section {name!r} written twice")
        fmt = data.typecode if isinstance(data, array) else "B"
        if fmt not in _FORMATS:
            raise ValueError(f"unsupported array format {fmt!r}")
        raw = memoryview(data).cast("B")
        start = self._pos
        self._pos += self._write(raw)
        self._pos += self._write(b"\0" * _pad(self._pos))
        self._sections[name] = [start, len(raw), fmt, zlib.crc32(raw)]

    def finish(self, meta: Mapping[str, Any]) -> None:
        """Write the trailer, then the header into its reserved space."""
        self._pos += self._write(TRAILER)
        header = json.dumps({"meta": meta, "sections": self._sections, "size": self._pos},
                            ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if len(header) > self._reserve:
            raise StoreError(f"store header of {len(header)} bytes exceeds the {self._reserve} reserved")
        self._out.seek(0)
        self._out.write(MAGIC + struct.pack("<II", len(header), zlib.crc32(header)) + header)
        self._out.seek(0, os.SEEK_END)


@dataclass(frozen=True)
class Store:
    """An open store: its metadata and its sections as read-only memory views."""

    meta: Mapping[str, Any]
    sections: Mapping[str, memoryview]
    size: int

    def section(self, name: str) -> memoryview:
        try:
            return self.sections[name]
        except KeyError:
            raise StoreError(f"store has no section {name!r}") from None


def open_store(path: str | os.PathLike[str], *, verify: bool = True) -> Store:
    """Map the store at ``path``; :class:`StoreError` when it is not a whole, valid store."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size < 24:
                raise StoreError(f"{path}: too short to be a store ({size} bytes)")
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror}") from None
    view = memoryview(mapped)
    if view[:8] != MAGIC:
        raise StoreError(f"{path}: not a namekit store (or another format version)")
    header_len, header_crc = struct.unpack("<II", view[8:16])
    if 16 + header_len > size or view[size - 8:] != TRAILER:
        raise StoreError(f"{path}: truncated store")
    raw_header = bytes(view[16:16 + header_len])
    if zlib.crc32(raw_header) != header_crc:
        raise StoreError(f"{path}: store header is damaged (checksum mismatch)")
    try:
        header = json.loads(raw_header)
        sections = {}
        if header["size"] != size:
            raise StoreError(f"{path}: truncated store ({size} of {header['size']} bytes)")
        for name, (start, length, fmt, crc) in header["sections"].items():
            if fmt not in _FORMATS or start < 16 + header_len or start + length > size - 8:
                raise StoreError(f"{path}: section {name!r} out of bounds")
            raw = view[start:start + length]
            if verify and zlib.crc32(raw) != crc:
                raise StoreError(f"{path}: section {name!r} is damaged (checksum mismatch)")
            sections[name] = raw.cast(fmt) if fmt != "B" else raw
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{path}: unreadable store header ({exc})") from None
    return Store(meta=header["meta"], sections=sections, size=size)


class StringColumn(Sequence[str]):
    """Strings packed as one UTF-8 blob and ``n + 1`` int64 offsets; item ``i`` is decoded on access."""

    __slots__ = ("_blob", "_offsets", "_len")

    def __init__(self, blob: memoryview, offsets: memoryview) -> None:
        self._blob = blob
        self._offsets = offsets
        self._len = max(0, len(offsets) - 1)

    @staticmethod
    def pack(items: Iterator[str] | Sequence[str]) -> tuple[bytearray, array[int]]:
        """The blob and offsets of ``items``."""
        blob = bytearray()
        offsets = array("q", [0])
        for item in items:
            blob += item.encode("utf-8", "surrogatepass")
            offsets.append(len(blob))
        return blob, offsets

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[str]: ...

    def __getitem__(self, i: int | slice) -> str | Sequence[str]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("string column index out of range")
        off = self._offsets
        return str(self._blob[off[i]:off[i + 1]], "utf-8", "surrogatepass")

    def blob_and_offsets(self) -> tuple[memoryview, Sequence[int]]:
        """The bytes of all items and the offsets that cut them: item ``i`` is
        ``blob[offsets[i]:offsets[i + 1]]`` (for loops that slice many items themselves)."""
        return self._blob, self._offsets

    def raw(self, i: int) -> memoryview:
        """Item ``i`` as undecoded UTF-8 bytes (no bounds check beyond the offsets')."""
        off = self._offsets
        return self._blob[off[i]:off[i + 1]]


class IntColumn(Sequence[int]):
    """A read-only sequence of ints over a memory view."""

    __slots__ = ("_view",)

    def __init__(self, view: memoryview) -> None:
        self._view = view

    def __len__(self) -> int:
        return len(self._view)

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[int]: ...

    def __getitem__(self, i: int | slice) -> int | Sequence[int]:
        if isinstance(i, slice):
            return tuple(self._view[i])
        return int(self._view[i])


def _slots_for(n: int) -> int:
    size = 8
    while size < 2 * n:
        size *= 2
    return size


def _hash(key: bytes | bytearray | memoryview) -> int:
    return zlib.crc32(key)


class PackedTable(Mapping[str, Any]):
    """A read-only hash table from string keys to a tuple of ints (``multi``) or one int.

    Open addressing with linear probing over ``slots`` (uint32, 0 = empty, else key number + 1),
    the keys in a :class:`StringColumn`, and the values as an int32 array: for a multi-valued table
    key ``k`` owns ``values[value_offsets[k]:value_offsets[k + 1]]``, otherwise ``values[k]``.
    A lookup hashes the key once (CRC-32) and compares bytes; nothing is decoded but the answer.
    """

    __slots__ = ("_keys", "_slots", "_mask", "_values", "_value_offsets", "_multi")

    def __init__(self, keys: StringColumn, slots: memoryview, values: memoryview,
                 value_offsets: memoryview | None) -> None:
        self._keys = keys
        self._slots = slots
        self._mask = len(slots) - 1
        self._values = values
        self._value_offsets = value_offsets
        self._multi = value_offsets is not None

    @staticmethod
    def pack(keys: Sequence[str], values: Sequence[Sequence[int]] | Sequence[int], *,
             multi: bool) -> dict[str, array[int] | bytearray]:
        """The sections of a table of ``keys[i] -> values[i]`` (keys must be distinct)."""
        blob, offsets = StringColumn.pack(keys)
        slots = array("I", bytes(4 * _slots_for(len(keys))))
        mask = len(slots) - 1
        for number in range(len(keys)):
            h = _hash(blob[offsets[number]:offsets[number + 1]]) & mask
            while slots[h]:
                h = (h + 1) & mask
            slots[h] = number + 1
        out: dict[str, array[int] | bytearray] = {"keys": blob, "key_offsets": offsets, "slots": slots}
        if multi:
            flat = array("i")
            value_offsets = array("q", [0])
            for vals in values:
                flat.extend(vals)  # type: ignore[arg-type]
                value_offsets.append(len(flat))
            out["values"] = flat
            out["value_offsets"] = value_offsets
        else:
            out["values"] = array("i", values)  # type: ignore[arg-type]
        return out

    @classmethod
    def from_store(cls, store: Store, prefix: str) -> "PackedTable":
        multi = f"{prefix}.value_offsets" in store.sections
        return cls(StringColumn(store.section(f"{prefix}.keys"), store.section(f"{prefix}.key_offsets")),
                   store.section(f"{prefix}.slots"), store.section(f"{prefix}.values"),
                   store.section(f"{prefix}.value_offsets") if multi else None)

    def _find(self, key: str) -> int:
        """The key's number, or -1."""
        try:
            raw = key.encode("utf-8")
        except UnicodeEncodeError:
            raw = key.encode("utf-8", "surrogatepass")
        slots, mask = self._slots, self._mask
        blob, offsets = self._keys._blob, self._keys._offsets  # keys.raw(), inlined: the hot loop
        h = zlib.crc32(raw) & mask  # (_hash, inlined: a fuzzy query looks up some twenty keys)
        while True:
            s = slots[h]
            if not s:
                return -1
            if blob[offsets[s - 1]:offsets[s]] == raw:
                return s - 1
            h = (h + 1) & mask

    def view(self, key: str) -> memoryview | None:
        """The values of ``key`` as a memory view (no copy), or None; multi-valued tables only."""
        k = self._find(key)
        if k < 0 or self._value_offsets is None:
            return None
        off = self._value_offsets
        return self._values[off[k]:off[k + 1]]

    def __getitem__(self, key: str) -> Any:
        if not isinstance(key, str):
            raise KeyError(key)
        k = self._find(key)
        if k < 0:
            raise KeyError(key)
        if self._value_offsets is None:
            return int(self._values[k])
        off = self._value_offsets
        return tuple(self._values[off[k]:off[k + 1]])

    def get(self, key: str, default: Any = None) -> Any:
        if not isinstance(key, str):
            return default
        k = self._find(key)
        if k < 0:
            return default
        if self._value_offsets is None:
            return int(self._values[k])
        off = self._value_offsets
        return tuple(self._values[off[k]:off[k + 1]])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
