"""fmt's canonical layout: comments kept, idempotent, never lossy (checked with ruamel.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from namekit.registry.format import (
    FormatError,
    canonical_document,
    comment_lines,
    dump_entity,
    format_text,
    scalar_text,
    verify_lossless,
)
from namekit.registry.loader import alias_files, bundled_path

SHIPPED = alias_files(bundled_path())


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_file_is_canonical_and_round_trips(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    formatted = format_text(text, str(path))
    assert formatted == text
    verify_lossless(text, formatted, str(path))
    assert format_text(formatted, str(path)) == formatted


CASES = [
    (  # key order, sorting, a comment line moves with its alias, eol comments stay on their line
        "type: person  # t\n"
        "id: x\n"
        "aliases:\n"
        "  - Zed  # z\n"
        "  # before alpha\n"
        "  - Alpha\n"
        "name: X\n",
        "id: x\n"
        "type: person  # t\n"
        "name: X\n"
        "aliases:\n"
        "  # before alpha\n"
        "  - Alpha\n"
        "  - Zed  # z\n",
    ),
    (  # header comments stay on top, trailing comments at the bottom, blank lines go
        "# yaml-language-server: $schema=../entity.schema.json\n"
        "\n"
        "id: x\n"
        "type: place\n"
        "name: X\n"
        "\n"
        "# the end\n",
        "# yaml-language-server: $schema=../entity.schema.json\n"
        "id: x\n"
        "type: place\n"
        "name: X\n"
        "# the end\n",
    ),
    (  # duplicates merge (their comments too); a bare alias gives way to its richer mapping
        "id: x\n"
        "type: person\n"
        "name: X\n"
        "aliases:\n"
        "  - Beta  # one\n"
        "  - Beta  # two\n"
        "  - Gamma\n"
        "  - name: Gamma\n"
        "    lang: en  # english\n"
        "titles:\n"
        "  - Dr.\n"
        "  - Dr.\n",
        "id: x\n"
        "type: person\n"
        "name: X\n"
        "aliases:\n"
        "  # two\n"
        "  - Beta  # one\n"
        "  - name: Gamma\n"
        "    lang: en  # english\n"
        "titles:\n"
        "  - Dr.\n",
    ),
    (  # quoting: needless quotes go, needed ones stay; a mapping alias with only a name becomes a string
        "id: x\n"
        "type: person\n"
        "name: \"X\"\n"
        "aliases:\n"
        "  - 'Yes'\n"
        "  - \"a: b\"\n"
        "  - name: Plain\n"
        "    note: ''\n",
        "id: x\n"
        "type: person\n"
        "name: X\n"
        "aliases:\n"
        "  - 'a: b'\n"
        "  - Plain\n"
        "  - 'Yes'\n",
    ),
    (  # an empty field goes; its comment is kept at the end; flow lists become block lists
        "id: x\n"
        "type: person\n"
        "name: X\n"
        "not: []  # none yet\n"
        "titles: [General, Dr.]  # flow\n",
        "id: x\n"
        "type: person\n"
        "name: X\n"
        "titles:  # flow\n"
        "  - General\n"
        "  - Dr.\n"
        "# none yet\n",
    ),
    (  # a block scalar becomes one quoted line; a '#' inside it is data
        "id: x\ntype: person\nname: X\ndescription: |\n  Two # lines\n  here\n# after\n",
        "id: x\ntype: person\nname: X\ndescription: \"Two # lines\\nhere\\n\"\n# after\n",
    ),
    (  # a comment inside a quoted value is data, not a comment
        "id: x\ntype: person\nname: 'X # not a comment'\n",
        "id: x\ntype: person\nname: 'X # not a comment'\n",
    ),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_format_layout_and_comments(source: str, expected: str) -> None:
    formatted = format_text(source)
    assert formatted == expected
    assert format_text(formatted) == formatted  # idempotent
    verify_lossless(source, formatted)  # the same data and every comment, as ruamel.yaml reads them


REFUSED = [
    ("id: x\ntype: person\nname: X\ntitles: [General,  # first\n  Dr.]\n", "inside [...] or {...}"),
    ("id: x\ntype: person\nname:\n  # why\n  X\n", "inside the value of name"),
    ("id: x\ntype: person\nname: X\ndescription: |  # why\n  Long\n", "after | or >"),
    ("id: x\ntype: person\nname: X\nname: Y\n", "duplicate key 'name'"),
    ("id: x\ntype: person\nname: X\nalias: [Y]\n", "schema error"),
    ("- id: x\n", "one block mapping"),
    ("id: x\ntype: person\nname: [X\n", "YAML syntax error"),
]


@pytest.mark.parametrize(("source", "message"), REFUSED)
def test_format_refuses_what_it_cannot_keep(source: str, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        format_text(source, "f.yaml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("f.yaml")


def test_verify_lossless_catches_a_lost_comment() -> None:
    with pytest.raises(FormatError, match="would not keep the comment '# keep me'"):
        verify_lossless("id: x  # keep me\ntype: person\nname: X\n", "id: x\ntype: person\nname: X\n")


def test_verify_lossless_catches_changed_data() -> None:
    with pytest.raises(FormatError, match="change the data"):
        verify_lossless("id: x\ntype: person\nname: X\n", "id: x\ntype: person\nname: Y\n")


def test_comment_lines_sees_every_comment() -> None:
    text = "# a\nid: x  # b\ntype: person\nname: X\naliases:\n  # c\n  - Y  # d\n# e\n"
    assert sorted(comment_lines(text).elements()) == ["# a", "# b", "# c", "# d", "# e"]


@pytest.mark.parametrize(("value", "written"), [
    ("Hassan Rashad", "Hassan Rashad"),
    ("حسن رشاد", "حسن رشاد"),
    ("yes", "'yes'"),
    ("null", "'null'"),
    ("123", "'123'"),
    ("a: b", "'a: b'"),
    ("- dash", "'- dash'"),
    (" padded", "' padded'"),
    ("two\nlines", '"two\\nlines"'),
    ("it's", "it's"),
    ("Gideon Sa'ar", "Gideon Sa'ar"),
])
def test_scalar_text(value: str, written: str) -> None:
    assert scalar_text(value) == written
    assert yaml.safe_load(f"k: {written}") == {"k": value}


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1), st.lists(st.text(min_size=1), max_size=4))
def test_dump_entity_reads_back_as_the_canonical_document(name: str, aliases: list[str]) -> None:
    doc = {"id": "x", "type": "person", "name": name, "aliases": aliases}
    text = dump_entity(doc)
    assert yaml.safe_load(text) == canonical_document(doc)
    assert format_text(text, check_schema=False) == text
