"""Every name mention of the seed articles resolves to its entity (facts in seeds/, not the articles)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from namekit import Registry

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHARED_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def _mentions(context: bool) -> list[Any]:
    out = []
    for path in sorted(SEEDS.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for mention in doc.get("mentions", []):
            if bool(mention.get("context")) == context:
                out.append(pytest.param(mention["text"], mention["id"], id=f"{doc['document'][:3]}:{mention['text']}"))
    return out


def _negatives() -> list[Any]:
    doc = yaml.safe_load((SEEDS / "negatives.yaml").read_text(encoding="utf-8"))
    return [pytest.param(n if isinstance(n, str) else n["text"], None if isinstance(n, str) else n["not"],
                         id=n if isinstance(n, str) else n["text"]) for n in doc["names"]]


@pytest.mark.parametrize("text, entity_id", _mentions(context=False))
def test_mention_resolves(bundled: Registry, text: str, entity_id: str) -> None:
    match = bundled.resolve(text)
    assert (match.status, match.id) == ("resolved", entity_id), match


@pytest.mark.parametrize("text, entity_id", _mentions(context=True))
def test_context_mention_never_resolves_wrong(bundled: Registry, text: str, entity_id: str) -> None:
    match = bundled.resolve(text)
    assert match.id in (None, entity_id), match


@pytest.mark.parametrize("text, never", _negatives())
def test_negative(bundled: Registry, text: str, never: str | None) -> None:
    match = bundled.resolve(text)
    if never is None:
        assert match.id is None, match
    else:
        assert match.id != never, match


def test_every_seed_id_is_in_the_registry(bundled: Registry) -> None:
    ids = {p.values[1] for p in _mentions(False) + _mentions(True)}
    assert ids and all(bundled.get(i) is not None for i in ids)


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="the seed articles (../shared/seeds) are not beside this checkout")
def test_every_mention_stands_in_its_article() -> None:
    for path in sorted(SEEDS.glob("0*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (SHARED_SEEDS / f"{doc['document']}.txt").read_text(encoding="utf-8")
        missing = [m["text"] for m in doc["mentions"] if m["text"] not in text]
        assert not missing, (path.name, missing)
