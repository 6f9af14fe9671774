"""namekit.match.store: a packed file of sections, read back exactly; damage is a StoreError, never data."""

from __future__ import annotations

import struct
import zlib
from array import array
from pathlib import Path
from typing import Callable

import pytest

from namekit.match.store import IntColumn, PackedTable, StoreError, StoreWriter, StringColumn, open_store

NAMES = ["Hassan Rashad", "حسن رشاد", "Khalil al-Hayya", "עידן אלכסנדר", "", "x\ud800y"]
MULTI = {"hassan rashad": (0, 3), "khalil al hayya": (1,), "edan alexander": ()}
SINGLE = {"hamas": 10, "fatah": -20}


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "index.nks"
    with open(path, "wb") as out:
        writer = StoreWriter(out, header_reserve=4096)
        blob, offsets = StringColumn.pack(NAMES)
        writer.add("names", blob)
        writer.add("names.offsets", offsets)
        writer.add("ints", array("i", [-1, 0, 7]))
        writer.add("uints", array("I", [4_000_000_000]))
        writer.add("longs", array("q", [2**40]))
        writer.add("raw", b"abc")
        for prefix, keys, values, multi in (("multi", list(MULTI), list(MULTI.values()), True),
                                            ("single", list(SINGLE), list(SINGLE.values()), False),
                                            ("empty", [], [], False)):
            for name, data in PackedTable.pack(keys, values, multi=multi).items():
                writer.add(f"{prefix}.{name}", data)
        writer.finish({"version": 1, "registry": "aliases/ü"})
    return path


def test_sections_read_back_as_written(store_path: Path) -> None:
    store = open_store(store_path)
    assert store.meta == {"version": 1, "registry": "aliases/ü"}
    assert store.size == store_path.stat().st_size and store.size % 8 == 0
    assert list(IntColumn(store.section("ints"))) == [-1, 0, 7]
    assert IntColumn(store.section("uints"))[0] == 4_000_000_000 and IntColumn(store.section("longs"))[0] == 2**40
    assert IntColumn(store.section("ints"))[1:] == (0, 7) and len(IntColumn(store.section("ints"))) == 3
    assert bytes(store.section("raw")) == b"abc"
    with pytest.raises(StoreError, match="store has no section 'nope'"):
        store.section("nope")


def test_string_column(store_path: Path) -> None:
    store = open_store(store_path)
    column = StringColumn(store.section("names"), store.section("names.offsets"))
    assert len(column) == 6 and list(column) == NAMES  # a lone surrogate survives too
    assert (column[1], column[-3], column[1:3]) == ("حسن رشاد", "עידן אלכסנדר", ["حسن رشاد", "Khalil al-Hayya"])
    assert bytes(column.raw(0)) == b"Hassan Rashad"
    with pytest.raises(IndexError):
        column[6]


def test_multi_valued_table(store_path: Path) -> None:
    table = PackedTable.from_store(open_store(store_path), "multi")
    assert dict(table) == MULTI and len(table) == 3 and list(table) == list(MULTI)
    assert table["hassan rashad"] == (0, 3) and table.get("edan alexander") == ()
    view = table.view("khalil al hayya")
    assert view is not None and view.tolist() == [1]
    assert table.view("nobody") is None and table.get("nobody", "absent") == "absent"
    assert "hassan rashad" in table and "hasan rashad" not in table and 3 not in table  # type: ignore[comparison-overlap]


def test_single_valued_and_empty_tables(store_path: Path) -> None:
    store = open_store(store_path)
    single, empty = PackedTable.from_store(store, "single"), PackedTable.from_store(store, "empty")
    assert dict(single) == SINGLE and single["fatah"] == -20 and single.view("hamas") is None
    with pytest.raises(KeyError):
        single["Hamas"]
    with pytest.raises(KeyError):
        single[1]  # type: ignore[index]
    assert single.get(1, "not a str") == "not a str"  # type: ignore[arg-type]
    assert (len(empty), list(empty), empty.get("hamas"), "hamas" in empty) == (0, [], None, False)


def test_many_keys_survive_probing(tmp_path: Path) -> None:
    keys = [f"name {i}" for i in range(500)] + ["khalil al-hayya", "خليل الحية"]
    path = tmp_path / "big.nks"
    with open(path, "wb") as out:
        writer = StoreWriter(out)
        for name, data in PackedTable.pack(keys, list(range(len(keys))), multi=False).items():
            writer.add(f"t.{name}", data)
        writer.finish({})
    table = PackedTable.from_store(open_store(path), "t")
    assert [table[k] for k in keys] == list(range(len(keys)))
    assert table.get("name 500") is None


def _flip(offset_from_end: int) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        i = len(data) - offset_from_end
        return data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]

    return damage


def _rechecked(change: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    """Change the header and write its checksum anew: what only the header's parser can catch."""
    def damage(data: bytes) -> bytes:
        length = struct.unpack("<I", data[8:12])[0]
        header = change(data[16:16 + length])
        return data[:8] + struct.pack("<II", length, zlib.crc32(header)) + header + data[16 + length:]

    return damage


@pytest.mark.parametrize(("damage", "message"), [
    (lambda data: data[: len(data) // 2], "truncated store"),
    (lambda data: data[:-1], "truncated store"),
    (lambda data: data + bytes(8), "truncated store"),  # the trailer is not at the end
    (lambda data: b"NKSTORE0" + data[8:], "not a namekit store"),
    (lambda data: data[:20], "too short to be a store (20 bytes)"),
    (lambda data: data[:16] + b"[" + data[17:], "store header is damaged (checksum mismatch)"),
    (_rechecked(lambda header: b"[" + header[1:]), "unreadable store header"),  # damaged, checksum redone
    (_flip(20), "is damaged (checksum mismatch)"),  # a byte of the last section
])
def test_damage_is_a_store_error(store_path: Path, damage: Callable[[bytes], bytes], message: str) -> None:
    store_path.write_bytes(damage(store_path.read_bytes()))
    with pytest.raises(StoreError, match=message.replace("(", r"\(").replace(")", r"\)")):
        open_store(store_path)


def test_damage_in_the_header_meta_is_a_store_error(store_path: Path) -> None:
    data = store_path.read_bytes()
    assert data.count(b'"version":1') == 1
    store_path.write_bytes(data.replace(b'"version":1', b'"version":7'))
    with pytest.raises(StoreError, match=r"store header is damaged \(checksum mismatch\)"):
        open_store(store_path)


def test_verify_false_skips_checksums_only(store_path: Path, tmp_path: Path) -> None:
    store_path.write_bytes(_flip(20)(store_path.read_bytes()))
    assert open_store(store_path, verify=False).meta["version"] == 1
    with pytest.raises(StoreError, match="cannot read"):
        open_store(tmp_path / "missing.nks", verify=False)


def test_writer_refusals(tmp_path: Path) -> None:
    with open(tmp_path / "s.nks", "wb") as out:
        writer = StoreWriter(out, header_reserve=64)
        writer.add("a", b"x")
        with pytest.raises(ValueError, match="section 'a' written twice"):
            writer.add("a", b"y")
        with pytest.raises(ValueError, match="unsupported array format 'd'"):
            writer.add("b", array("d", [1.5]))  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="exceeds the 64 reserved"):
            writer.finish({"registry": "x" * 100})
