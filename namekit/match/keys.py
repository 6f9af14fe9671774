"""Lookup keys of a normalized name, computed the same way for registry names and queries."""

from __future__ import annotations

import re

from namekit.normalize.pipeline import NormalizedName
from namekit.normalize.script import ascii_words
from namekit.normalize.skeleton import skeleton
from namekit.normalize.tables import tables
from namekit.normalize.unicode import fold

__all__ = ["exact_key", "normalized_keys", "bare_key", "translit_key", "skeleton_key", "acronym_keys", "query_acronym",
           "VOWELLESS_SCRIPTS", "ACRONYM_MIN", "ACRONYM_MAX", "ACRONYM_SCORE"]

VOWELLESS_SCRIPTS = ("Arabic", "Hebrew")
# The letters an acronym has: fewer fit too many names by chance (two letters: one in 676), and a
# longer one is seldom written for a name.
ACRONYM_MIN, ACRONYM_MAX = 3, 8
# The score of a name found by its acronym (by the resolver, and by compare): initials alone are
# weaker evidence than a name's spelling, so an answer by them ranks below one by name, but it resolves.
ACRONYM_SCORE = 0.9
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
# A query written as an acronym: capitals and digits, with or without a dot after each letter.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*|(?:[A-Z0-9]\.){2,}[A-Z0-9]?")


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


def acronym_keys(text: str) -> tuple[str, ...]:
    """The acronyms a name of three words or more may be written as: the first letters of all its
    words, legal forms and small words too (PDVSA: Petroleos de Venezuela S.A.), and of the words
    an acronym does not leave out (IRGC: Islamic Revolutionary Guard Corps; ``acronym_skip`` in
    legal_forms.yml). Only for names written in Latin letters; the keys are lowercase."""
    words = ascii_words(text)
    if len(words) < ACRONYM_MIN:
        return ()
    # In a name written in upper and lower case, a word in capitals is an acronym itself and gives
    # all its letters: "US National Security Council" is USNSC, not the UN's UNSC.
    capitals = frozenset(w.lower() for w in _CAPITALS.findall(text)) if not text.isupper() else frozenset()
    skip = tables().acronym_skip
    keys = {"".join(w if w in capitals else w[0] for w in words),
            "".join(w if w in capitals else w[0] for w in words if w not in skip)}
    return tuple(sorted(k for k in keys if ACRONYM_MIN <= len(k) <= ACRONYM_MAX))


def query_acronym(name: str) -> str | None:
    """The acronym ``name`` is, lowercase without dots, when it is written as one word in capitals
    (IRGC, I.R.G.C., NIOC); None for any other name. Lowercase words are taken for names."""
    text = name.strip()
    if not _ACRONYM.fullmatch(text):
        return None
    letters = text.replace(".", "").lower()
    return letters if ACRONYM_MIN <= len(letters) <= ACRONYM_MAX else None
