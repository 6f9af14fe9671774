"""Names from a byte stream, one per line, with bad lines reported instead of fatal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Iterator

__all__ = ["Line", "read_lines"]


@dataclass(frozen=True)
class Line:
    """One input line: its number (1-based), its text, and the problem with it, if any."""

    number: int
    text: str
    error: str | None = None


def read_lines(stream: BinaryIO, encoding: str = "utf-8") -> Iterator[Line]:
    """Decode ``stream`` line by line; an undecodable line comes back with ``error`` set.

    A UTF-8 byte-order mark at the start is dropped; line ends (LF or CRLF) are removed.
    """
    for number, raw in enumerate(stream, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        raw = raw.rstrip(b"\r\n")
        try:
            yield Line(number, raw.decode(encoding))
        except UnicodeDecodeError as exc:
            yield Line(number, raw.decode(encoding, errors="replace"),
                       f"line {number} is not valid {encoding.upper()} (byte {exc.start + 1}: 0x{raw[exc.start]:02x})")
