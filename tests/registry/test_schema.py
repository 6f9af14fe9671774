import json

from namekit.registry.schema import schema, schema_errors


def test_every_field_has_a_description() -> None:
    doc = schema()
    for name, prop in doc["properties"].items():
        assert prop.get("description"), name


def test_schema_is_draft7_and_valid() -> None:
    import jsonschema

    jsonschema.Draft7Validator.check_schema(schema())
    assert json.dumps(schema())


def test_errors_name_the_field() -> None:
    errors = schema_errors({"id": "a", "type": "person", "name": "A", "aliases": [{"lang": "ar"}]})
    assert errors and errors[0][0] == "aliases.0"
