from pathlib import Path

import pytest

from namekit.errors import ConfigError, RegistryError
from namekit.registry.loader import bundled_path, load, load_entities

GOOD = "id: hassan-rashad\ntype: person\nname: Hassan Rashad\naliases:\n  - Hasan Rashad\n  - name: حسن رشاد\n    lang: ar\n"


def messages(root: Path) -> list[str]:
    return [f"{Path(i.path).name}:{i.line}:{i.column}: {i.message}" for i in load_entities(root)[1]]


def test_loads_a_good_file(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"person/hassan-rashad.yaml": GOOD})
    (entity,) = load(root)
    assert entity.id == "hassan-rashad"
    assert entity.names == ("Hassan Rashad", "Hasan Rashad", "حسن رشاد")
    assert entity.aliases[1].lang == "ar"
    assert entity.location("aliases.1").line == 6


@pytest.mark.parametrize(
    "text, expected",
    [
        ("id: x\ntype: person\nname: [unclosed\n", "x.yaml:4:1: YAML syntax error"),
        ("id: x\ntype: person\nname: A\nname: B\n", "x.yaml:4:1: duplicate key 'name' (first at line 3)"),
        ("id: x\ntype: person\nname: A\nalias: [B]\n", "x.yaml:1:1: unknown field 'alias'"),
        ("id: x\ntype: persn\nname: A\n", "x.yaml:2:7: type: 'persn' is not one of"),
        ("id: x\ntype: person\n", "x.yaml:1:1: 'name' is a required property"),
        ("id: X_1\ntype: person\nname: A\n", "x.yaml:1:5: id 'X_1' is not a lowercase ASCII slug"),
        ("id: y\ntype: person\nname: A\n", "x.yaml:1:5: id 'y' differs from its file name 'x'"),
        ("id: x\ntype: organization\nname: A\n", "x.yaml:2:7: type 'organization' but the file is in person/"),
        ("id: x\ntype: person\nname: A\naliases:\n  - ''\n", "x.yaml:5:5: aliases.0: an alias is a non-empty string"),
        ("- just\n- a list\n", "x.yaml:1:1: an alias file holds one mapping"),
        ("", "x.yaml:1:1: empty file"),
    ],
)
def test_each_problem_is_reported_with_its_place(write_registry, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"person/x.yaml": text})
    found = messages(root)
    assert any(m.startswith(expected) for m in found), found


def test_every_problem_at_once_and_load_raises_with_all(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({
        "person/a.yaml": "id: a\ntype: person\nname: A\nname: B\n",
        "person/b.yaml": "id: b\ntype: person\nname: [\n",
        "person/c.yaml": "id: c\ntype: person\nname: C\nprevious_ids: [a]\n",
    })
    with pytest.raises(RegistryError) as info:
        load(root)
    codes = sorted(i.code for i in info.value.issues)
    assert codes == ["duplicate-id", "duplicate-key", "yaml"]
    assert "a.yaml:4:1" in str(info.value)


def test_invalid_utf8_file(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"person/x.yaml": "id: x\n"})
    (root / "person" / "x.yaml").write_bytes(b"id: x\ntype: person\nname: \xff\n")
    assert messages(root) == ["x.yaml:3:7: not UTF-8 text (byte 0xff)"]


def test_jsonl_registry(tmp_path: Path) -> None:
    path = tmp_path / "reg.jsonl"
    path.write_text('{"id": "ofac:1", "type": "person", "names": ["A B", "C D"]}\n\n'
                    '{"id": "ofac:2", "type": "ship", "names": ["X"]}\nnot json\n', encoding="utf-8")
    entities, issues = load_entities(path)
    assert [e.id for e in entities] == ["ofac:1"]
    assert entities[0].aliases[0].name == "C D"
    assert [(i.line, i.message.split(":")[0]) for i in issues] == [(3, "type 'ship' is not one of person, organization, place"), (4, "not a JSON object")]


def test_missing_registry_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_entities(tmp_path / "nowhere")


def test_bundled_registry_is_found_and_clean() -> None:
    entities, issues = load_entities(bundled_path())
    assert len(entities) > 50
    assert issues == []
