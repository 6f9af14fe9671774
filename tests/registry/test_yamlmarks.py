from namekit.registry.yamlmarks import parse_yaml


def test_places_of_nested_fields() -> None:
    data, places, issues = parse_yaml("id: x\naliases:\n  - a\n  - name: b\n    lang: ar\n", "f.yaml")
    assert data == {"id": "x", "aliases": ["a", {"name": "b", "lang": "ar"}]}
    assert (places["aliases.1"].line, places["aliases.1"].column) == (4, 5)
    assert (places["aliases.1.lang"].line, places["aliases.1.lang"].column) == (5, 11)
    assert issues == []


def test_duplicate_keys_at_any_depth() -> None:
    _, _, issues = parse_yaml("id: x\nlinks:\n  wikidata: Q1\n  wikidata: Q2\n", "f.yaml")
    assert [(i.line, i.message) for i in issues] == [(4, "duplicate key 'wikidata' (first at line 3)")]


def test_syntax_error_has_a_place() -> None:
    data, _, issues = parse_yaml("id: x\n  bad: indent\n", "f.yaml")
    assert data is None and issues[0].line == 2 and issues[0].message.startswith("YAML syntax error")
