import pytest

from namekit import Registry, ResolverConfig
from namekit.errors import ConfigError

FILES = {
    "person/new-id.yaml": "id: new-id\ntype: person\nname: Hassan Rashad\nprevious_ids: [old-id]\n",
    "organization/hamas.yaml": "id: hamas\ntype: organization\nname: Hamas\n",
}


def test_get_follows_previous_ids(write_registry) -> None:  # type: ignore[no-untyped-def]
    registry = Registry.load(write_registry(FILES))
    assert registry.get("old-id").id == "new-id"  # type: ignore[union-attr]
    assert registry.get("nope") is None
    assert "old-id" in registry and len(registry) == 2


def test_resolve_many_keeps_order_and_resolves_repeats_once(write_registry) -> None:  # type: ignore[no-untyped-def]
    registry = Registry.load(write_registry(FILES))
    matches = registry.resolve_many(["Hamas", "Hassan Rashad", "Hamas", ""])
    assert [m.id for m in matches] == ["hamas", "new-id", "hamas", None]
    assert matches[0] is matches[2]


def test_unknown_type_is_an_error(bundled: Registry) -> None:
    with pytest.raises(ConfigError):
        bundled.resolve("Hamas", type="ship")


def test_env_var_names_the_registry(write_registry, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NAMEKIT_REGISTRY", str(write_registry(FILES)))
    assert len(Registry.load()) == 2


def test_config_is_checked() -> None:
    with pytest.raises(ConfigError):
        ResolverConfig(threshold=1.5)


def test_with_config_shares_the_index(bundled: Registry) -> None:
    strict = bundled.with_config(ResolverConfig(fuzzy=False))
    assert strict.index is bundled.index
    assert strict.resolve("Khalid Meshal Abu Walid").status != "resolved" or strict.resolve("Khalid Meshal Abu Walid").method != "fuzzy"
