"""Stable IDs: how a new entity's ID is minted, and which IDs are taken for ever.

The rule (also in CONTRIBUTING.md): the ID of a new entity is its canonical name made into a slug
by :func:`namekit.registry.importer.safe_id`: transliterated to ASCII, lowercased, every run of
other characters one hyphen, hyphens trimmed, at most 120 characters ("Hassan Rashad" ->
``hassan-rashad``, "Khalil al-Hayya" -> ``khalil-al-hayya``, "İbrahim Kalın" -> ``ibrahim-kalin``).
An ID is never reused: neither the ID of an entity nor any ID in some entity's ``previous_ids``
(a retired ID that now points to its successor) may be given to a new entity.
"""

from __future__ import annotations

from typing import Iterable

from namekit.errors import InputError
from namekit.registry.importer import ID_PATTERN, safe_id
from namekit.registry.model import Entity

__all__ = ["mint_id", "taken_ids", "check_free"]


def mint_id(name: str) -> str:
    """The ID the rule gives to an entity called ``name``."""
    return safe_id(name)


def taken_ids(entities: Iterable[Entity]) -> dict[str, str]:
    """Every ID in use, with who holds it ("hamas", "retired, now points to hamas")."""
    out: dict[str, str] = {}
    for entity in entities:
        out.setdefault(entity.id, f"the id of {entity.id}" + (f" ({entity.source})" if entity.source else ""))
        for old in entity.previous_ids:
            out.setdefault(old, f"a retired id that now points to {entity.id}")
    return out


def check_free(entity_id: str, entities: Iterable[Entity]) -> None:
    """:class:`InputError` if ``entity_id`` is not a valid slug or is taken (now or as a retired ID)."""
    if not ID_PATTERN.match(entity_id) or len(entity_id) > 120:
        raise InputError(f"id {entity_id!r} is not a lowercase ASCII slug (a-z, 0-9 and single hyphens, at most 120)")
    holder = taken_ids(entities).get(entity_id)
    if holder is not None:
        raise InputError(f"id {entity_id!r} is taken: it is {holder}; choose another with --id", entity_id=entity_id)
