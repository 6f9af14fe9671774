from pathlib import Path

import pytest

from namekit.errors import InputError
from namekit.registry.importer import import_file, safe_id
from namekit.registry.loader import load


@pytest.mark.parametrize(
    "raw, slug", [("ofac:36", "ofac-36"), ("Al-Qahera News", "al-qahera-news"), ("Q42", "q42"), ("  x__y  ", "x-y"), ("Şişli", "sisli")]
)
def test_safe_id(raw: str, slug: str) -> None:
    assert safe_id(raw) == slug


def test_safe_id_needs_a_letter_or_digit() -> None:
    with pytest.raises(InputError):
        safe_id("::")


def test_import_jsonl_keeps_ids_and_loads_back(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "ofac:36", "type": "organization", "names": ["AEROCARIBBEAN AIRLINES", "AERO-CARIBBEAN"]}\n'
                      '{"id": "hassan-rashad", "type": "person", "names": ["Hassan Rashad"]}\n', encoding="utf-8")
    report = import_file(source, tmp_path / "out")
    assert report.written == 2 and report.renamed == (("ofac:36", "ofac-36"),)
    loaded = {e.id: e for e in load(tmp_path / "out")}
    assert loaded["ofac-36"].names == ("AEROCARIBBEAN AIRLINES", "AERO-CARIBBEAN")


def test_import_csv(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("\ufeffid,type,name,aliases\nx,person,Hassan Rashad,Hasan Rashad; حسن رشاد\n", encoding="utf-8")
    import_file(source, tmp_path / "out")
    (entity,) = load(tmp_path / "out")
    assert entity.names == ("Hassan Rashad", "Hasan Rashad", "حسن رشاد")


@pytest.mark.parametrize(
    "lines, message",
    [
        ('{"id": "a", "type": "ship", "names": ["A"]}', "type 'ship'"),
        ('{"id": "a", "type": "person", "names": []}', "'names' must be"),
        ('{"id": "a:1", "type": "person", "names": ["A"]}\n{"id": "a-1", "type": "person", "names": ["B"]}', "another record"),
        ("nope", "not a JSON object"),
    ],
)
def test_bad_records_write_nothing(tmp_path: Path, lines: str, message: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(lines + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        import_file(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()
