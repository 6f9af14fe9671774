"""Turning a machine-made list (JSONL or CSV) into alias files.

IDs are kept as given when they are already valid (a lowercase ASCII slug); otherwise they are made
file-safe by one documented rule, :func:`safe_id`: transliterate to ASCII, lowercase, every run of
other characters becomes one hyphen, hyphens trimmed at both ends ("ofac:36" -> "ofac-36",
"Al-Qahera News" -> "al-qahera-news"). Two IDs that become equal are an error, never a silent merge.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from unidecode import unidecode

from namekit.errors import InputError
from namekit.io.atomic import atomic_output
from namekit.registry.format import dump_entity
from namekit.registry.model import ENTITY_TYPES

__all__ = ["safe_id", "read_records", "import_file", "ImportReport", "ID_PATTERN"]

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def safe_id(raw: str) -> str:
    """The file-safe form of an ID (see the module's doc)."""
    slug = re.sub(r"[^a-z0-9]+", "-", unidecode(raw).lower()).strip("-")
    if not slug:
        raise InputError(f"id {raw!r} has no letter or digit to make a file name of")
    return slug[:120].rstrip("-")


@dataclass(frozen=True)
class ImportReport:
    written: int
    renamed: tuple[tuple[str, str], ...]


def read_records(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """``(line, {"id", "type", "names"})`` from a JSONL file or a CSV with columns id, type, name, aliases."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"id", "type", "name"} - set(reader.fieldnames or ())
            if missing:
                raise InputError(f"CSV needs the columns id, type, name (and aliases); missing: {', '.join(sorted(missing))}",
                                 path=str(path), line=1)
            for row in reader:
                aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
                yield reader.line_num, {"id": row["id"], "type": row["type"], "names": [row["name"], *aliases]}
        return
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError as exc:
                raise InputError(f"not a JSON object: {exc}", path=str(path), line=number) from None
            if not isinstance(record, dict):
                raise InputError("each line must be a JSON object", path=str(path), line=number)
            yield number, record


def import_file(path: str | Path, out: str | Path, *, overwrite: bool = False) -> ImportReport:
    """Write one alias file per record of ``path`` under ``out/<type>/<id>.yaml``.

    Checks every record first and writes nothing if any is bad; an existing file is an error
    unless ``overwrite``.
    """
    source, target = Path(path), Path(out)
    docs: dict[str, dict[str, object]] = {}
    renamed: list[tuple[str, str]] = []
    for line, record in read_records(source):
        raw_id, etype, names = record.get("id"), record.get("type"), record.get("names")
        if not isinstance(raw_id, str) or not raw_id.strip():
            raise InputError("missing 'id'", path=str(source), line=line)
        if etype not in ENTITY_TYPES:
            raise InputError(f"type {etype!r} is not one of {', '.join(ENTITY_TYPES)}", path=str(source), line=line, entity_id=raw_id)
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            raise InputError("'names' must be a non-empty list of names", path=str(source), line=line, entity_id=raw_id)
        entity_id = raw_id if ID_PATTERN.match(raw_id) else safe_id(raw_id)
        if entity_id != raw_id:
            renamed.append((raw_id, entity_id))
        if entity_id in docs:
            raise InputError(f"id {raw_id!r} becomes {entity_id!r}, which another record already has",
                             path=str(source), line=line, entity_id=raw_id)
        clean = [n.strip() for n in names]
        doc: dict[str, object] = {"id": entity_id, "type": etype, "name": clean[0], "aliases": clean[1:]}
        for key in ("description", "titles", "short", "not", "previous_ids", "links"):
            if record.get(key):
                doc[key] = record[key]
        docs[entity_id] = doc
    for entity_id, doc in docs.items():
        file = target / str(doc["type"]) / f"{entity_id}.yaml"
        if file.exists() and not overwrite:
            raise InputError(f"{file} exists (use --overwrite to replace it)", entity_id=entity_id)
    for entity_id, doc in docs.items():
        folder = target / str(doc["type"])
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_output(folder / f"{entity_id}.yaml") as handle:
            handle.write(dump_entity(doc))
    return ImportReport(len(docs), tuple(renamed))
