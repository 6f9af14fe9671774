"""Lookup keys of a normalized name, computed the same way for registry names and queries."""

from __future__ import annotations

from namekit.normalize.pipeline import NormalizedName
from namekit.normalize.skeleton import skeleton
from namekit.normalize.tables import tables
from namekit.normalize.unicode import fold

__all__ = ["exact_key", "normalized_keys", "bare_key", "translit_key", "skeleton_key", "VOWELLESS_SCRIPTS"]

VOWELLESS_SCRIPTS = ("Arabic", "Hebrew")


def exact_key(name: str) -> str:
    """The name as written, up to Unicode form, case and white space."""
    return fold(name)


def normalized_keys(name: NormalizedName) -> tuple[str, ...]:
    """The normalized text with titles removed, and with them kept when they differ."""
    if name.full_tokens == name.tokens:  # no title removed: one key (most names)
        return (name.text,) if name.text else ()
    keys = [name.text]
    full = " ".join(name.full_tokens)
    if full and full != name.text:
        keys.append(full)
    return tuple(k for k in keys if k)


def bare_key(name: NormalizedName) -> str:
    """The normalized parts without particles: "khalil al hayya" -> "khalil hayya"."""
    return " ".join(name.core)


def translit_key(name: NormalizedName) -> str:
    """Parts as given-name groups or consonant skeletons: one key for Mohamed/Muhammad Darwish.

    Only for names written in Latin (or transliterated from Cyrillic, Greek...): Arabic and Hebrew
    spellings lack the vowels that tell Mohammad from Mahmoud, and use :func:`skeleton_key`.
    """
    given = tables().given_names
    parts = []
    for tok in name.core:
        group = given.get(tok)
        parts.append(f"#{group}" if group is not None else skeleton(tok) or tok)
    return " ".join(parts)


def skeleton_key(name: NormalizedName) -> str:
    """The consonant skeletons of the parts: the key Latin and Arabic/Hebrew spellings share."""
    return " ".join(skeleton(tok) or tok for tok in name.core)
