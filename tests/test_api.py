"""The public API: what ``import namekit`` promises."""

from pathlib import Path

import namekit


def test_all_is_explicit_and_importable() -> None:
    for name in namekit.__all__:
        assert hasattr(namekit, name), name
    assert {"Registry", "normalize", "compare", "Match", "NamekitError"} <= set(namekit.__all__)


def test_py_typed_ships() -> None:
    assert (Path(namekit.__file__).parent / "py.typed").exists()


def test_error_family() -> None:
    for error in (namekit.RegistryError, namekit.InputError, namekit.ConfigError):
        assert issubclass(error, namekit.NamekitError)
    err = namekit.InputError("bad row", path="in.csv", line=3, entity_id="x")
    assert str(err) == "in.csv:3: bad row" and err.entity_id == "x"


def test_the_readme_example() -> None:
    registry = namekit.Registry.load()
    assert registry.resolve("Maj. Gen. Rashad").id == "hassan-rashad"
    assert namekit.compare("Edan Alexander", "Aidan Alexander").match
