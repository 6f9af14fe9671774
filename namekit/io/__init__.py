"""Reading names and writing results: stdin lines, CSV/JSONL/text output, whole-or-nothing files."""

from namekit.io.atomic import atomic_output
from namekit.io.lines import Line, read_lines
from namekit.io.output import MATCH_FIELDS, write_matches

__all__ = ["Line", "MATCH_FIELDS", "atomic_output", "read_lines", "write_matches"]
