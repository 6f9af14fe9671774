"""Long vowels: what an Arabic or Hebrew spelling says that its consonant skeleton does not.

Arabic and Hebrew write long vowels as letters (ا و ي, ו י) and short ones not at all, so
حسن (Hassan) and حسين (Hussein) share the skeleton ``hsn`` but differ by a long i. Comparing a
native spelling (already transliterated by :mod:`namekit.normalize.script`) with a Latin one, the
vowels between two consonants must agree: a long vowel letter needs a vowel of its quality in the
Latin spelling, and a Latin long vowel (a doubled vowel or a digraph: ee, ei, ou, ...) needs a
vowel letter in the native spelling. Only inner gaps count: word-initial and final vowels are
written too unevenly (ة, final ه, إ).
"""

from __future__ import annotations

import re

__all__ = ["vowels_agree", "vowel_evidence", "gaps"]

_VOWELS = "aeiouwy"
# Consonants as the skeleton sees them: digraphs first, so "sh", "kh", "th" are one consonant.
# w is not one: a native spelling writes و/ו as the vowel u/o ("khuajh" for Khawaja).
_CONSONANT = re.compile(r"sch|tch|dzh|kh|ch|ck|sh|zh|th|dh|gh|dj|ph|tz|ts|[b-df-hj-np-tvxz]")
# Alef is a long a, which Persian spellings often write o ("Rouhollah" for روحالله).
_QUALITY = {"i": "iey", "u": "uow", "a": "aeo"}
# Hebrew ו, transliterated o, is a long o or u: checked only on a spelling known to be native (a
# Latin o is often short, and Hebrew often leaves it unwritten).
_NATIVE_QUALITY = {**_QUALITY, "o": "uow"}
# (Not ou: French spellings write every u so, long or short: Loubna لبنى, Choukri شكري.)
_LATIN_LONG = re.compile(r"aa|ee|ii|oo|uu|ei|ai|ay|ey|ie|ue|oa")


def gaps(token: str) -> list[str]:
    """The vowel runs between consecutive consonants of ``token`` (inner gaps only)."""
    runs: list[str] = []
    pos = 0
    first = True
    for match in _CONSONANT.finditer(token):
        between = token[pos : match.start()]
        if not first:
            runs.append(between if all(c in _VOWELS for c in between) else "")
        first = False
        pos = match.end()
    return runs


def vowels_agree(native: str, latin: str, known_native: bool = False) -> bool:
    """Whether the inner long vowels of a transliterated native spelling fit a Latin spelling.

    Both must have the same consonants (the caller checks the skeletons); doubled consonants
    ("hassan") count once. ``known_native``: ``native`` surely comes from Arabic or Hebrew script,
    so its o is the letter ו too.
    """
    return vowel_evidence(native, latin, known_native) != "differ"


def vowel_evidence(native: str, latin: str, known_native: bool = False) -> str:
    """What the vowels say, as :func:`vowels_agree` reads them: ``agree`` (compared gap by gap,
    they fit), ``differ``, or ``none`` (the gaps do not line up, so they were not compared)."""
    qualities = _NATIVE_QUALITY if known_native else _QUALITY
    n_gaps = [g for g in gaps(_undouble(native))]
    l_gaps = [g for g in gaps(_undouble(latin))]
    if len(n_gaps) != len(l_gaps):
        return "none"  # not comparable gap by gap: no evidence either way
    for n_gap, l_gap in zip(n_gaps, l_gaps):
        letters = n_gap.replace("w", "").replace("y", "")
        if not letters:
            if _LATIN_LONG.search(l_gap):
                return "differ"
            continue
        # Two letters in one gap are a long vowel beside an ayin or a hamza seat (مسعود "msaud",
        # Masoud): one of them heard in the Latin spelling is enough.
        # A doubled yod (Hebrew יי) is the diphthong ai/ei/ay: Lake - לייק, Spokane - ספוקיין.
        wanted = ["aeiy"] if "ii" in letters else [qualities[letter] for letter in set(letters) if letter in qualities]
        if wanted and not any(c in quality for quality in wanted for c in l_gap):
            return "differ"
    return "agree"


def _undouble(token: str) -> str:
    return re.sub(r"([b-df-hj-np-tv-xz])\1+", r"\1", token)
