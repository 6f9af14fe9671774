"""Consonant skeletons: a key that one Latin spelling and one Arabic or Hebrew spelling share.

"rashad" and "rshad" (from رشاد) both give ``rsd``; "meshaal" and "mashal" both give ``msl``.
Vowels, w and y are dropped (Arabic and Hebrew write short vowels not at all and long ones as
letters that Latin spellings render as vowels or w/y); letters that transliterations confuse
share one class (q/k/c, g/j, v/b, p/f, sh/s); a doubled class is written once; a word-final h is
dropped (Hamza/Hamzah, Abdulla/Abdullah).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from namekit.normalize.tables import tables

__all__ = ["skeleton", "skeleton_readings", "reading_spellings", "consonant_count", "class_spelling",
           "arabic_reading", "arabic_onset", "ArabicReading"]

# A Latin spelling read as Arabic script (:func:`arabic_reading`): for each consonant in order the
# Arabic letters it may write and the one it writes in standard spellings, and the vowel letters
# before, between and after them.
ArabicReading = tuple[tuple[tuple[frozenset[str], str], ...], tuple[str, ...]]


@lru_cache(maxsize=1)
def _scanner() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex that reads a token digraph-first (longest first), and what each match becomes."""
    t = tables()
    classes = dict(t.skeleton_digraphs)
    for letter, cls in t.skeleton_letters.items():
        classes.setdefault(letter, cls)
    digraphs = "|".join(re.escape(d) for d, _ in t.skeleton_digraphs)
    return re.compile(f"(?:{digraphs})|[0-9]|[a-z]" if digraphs else "[0-9]|[a-z]"), classes


def _classes(token: str) -> list[str]:
    """The class of each letter or digraph of ``token``, digraph-first; "" for a vowel (and w, y)."""
    pattern, classes = _scanner()
    return [classes.get(piece, piece if piece.isdigit() else "") for piece in pattern.findall(token)]


@lru_cache(maxsize=1)
def _skeleton_tables() -> tuple[re.Pattern[str], Mapping[str, str], dict[int, str | None]]:
    """What :func:`skeleton` reads an ASCII token with: a regex of the digraphs (in the table's order,
    as :func:`_scanner` tries them), the class of each, and a translation of every other ASCII
    character to its class (a letter), itself (a digit) or nothing (a vowel, w, y, anything else)."""
    t = tables()
    digraphs = dict(t.skeleton_digraphs)
    pattern = re.compile("|".join(re.escape(d) for d, _ in t.skeleton_digraphs) if digraphs else "(?!)")
    table: dict[int, str | None] = {c: None for c in range(128)}
    for digit in "0123456789":
        table[ord(digit)] = digit
    for letter, cls in t.skeleton_letters.items():
        if len(letter) == 1 and letter.isascii():
            table[ord(letter)] = cls
    return pattern, MappingProxyType(digraphs), table


@lru_cache(maxsize=262144)
def skeleton(token: str) -> str:
    """The consonant skeleton of one lowercase ASCII token."""
    if not token.isascii():
        return _skeleton_of_classes(_classes(token))
    # (the digraphs replaced by their classes, then every letter translated: the same classes as
    # _classes reads, at half its cost; a part a candidate brings is a new token for each query)
    pattern, digraphs, table = _skeleton_tables()
    classes = pattern.sub(lambda match: digraphs[match.group()], token).translate(table)
    return _skeleton_of_classes(classes)


def _skeleton_of_classes(classes: Iterable[str]) -> str:
    """The skeleton of a token's classes in order ("" for a vowel): a class written again at once
    (vowels between or not) once, and a final h dropped."""
    collapsed: list[str] = []
    for cls in classes:
        if cls and (not collapsed or collapsed[-1] != cls):
            collapsed.append(cls)
    if len(collapsed) > 1 and collapsed[-1] == "h":
        collapsed.pop()
    return "".join(collapsed)


@lru_cache(maxsize=65536)
def class_spelling(token: str) -> str:
    """``token`` with each consonant (digraphs first) written as its skeleton class and its vowels
    kept (y as i, w as u), a doubled letter once."""
    pattern, classes = _scanner()
    out: list[str] = []
    for piece in pattern.findall(token):
        cls = classes.get(piece)
        letter = cls if cls else {"y": "i", "w": "u"}.get(piece, piece)
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out)


@lru_cache(maxsize=262144)
def consonant_count(token: str) -> int:
    """How many consonants the skeleton of ``token`` stands for: a doubled letter once, but a
    consonant written again after a vowel twice (akureyri: k, r, r, where the skeleton is ``kr``).
    Two spellings whose skeletons agree agree on at least the fewer of their two counts."""
    count, last, consonant = 0, "", ""
    for cls in _classes(token):
        if cls and cls != last:
            count += 1
        last = cls
        consonant = cls or consonant
    if count > 1 and consonant == "h":  # the final h the skeleton drops
        count -= 1
    return count


@lru_cache(maxsize=8)
def _alternates(native: bool, script: str = "") -> tuple[tuple[re.Pattern[str], str], ...]:
    t = tables()
    return tuple((re.compile(p), r) for p, r in t.skeleton_alternates
                 if not (native and p in t.skeleton_latin_only)
                 and not (native and script == "Hebrew" and p in t.skeleton_not_hebrew)
                 and not (not native and p in t.skeleton_native_only)
                 and not (script == "Hebrew" and p in t.skeleton_arabic_only)
                 and not (script == "Arabic" and p in t.skeleton_hebrew_only))


@lru_cache(maxsize=65536)
def skeleton_readings(token: str, native: bool = False, script: str = "") -> frozenset[str]:
    """The skeletons of ``token`` under the other readings of its letters (``alternates`` in
    transliteration.yml, one or two at a time): what it may stand for in Arabic or Hebrew script.
    ``native``: ``token`` is such a spelling (transliterated), not read under the ``latin_only``
    readings, a Latin one not under the ``native_only`` ones. ``script``: the native script it is
    compared with ("Arabic" or "Hebrew"), which
    leaves out the readings of the other (``arabic_only``: Hebrew has letters of its own for what
    they stand for; ``hebrew_only``); "" for both."""
    return frozenset(reading_spellings(token, native, script))


@lru_cache(maxsize=65536)
def reading_spellings(token: str, native: bool = False, script: str = "") -> Mapping[str, str]:
    """:func:`skeleton_readings` with, for each skeleton, the token as read to give it (the plainest
    reading first: the token itself, then one rule, then two), whose letters tell what the
    skeleton does not: where its vowels are, how it starts and ends (Maryborough read as
    "maryboro" ends in a vowel, as מריבורו does)."""
    rules = [(p, r) for p, r in _alternates(native, script) if p.search(token)]
    out: dict[str, str] = {}
    plain = skeleton(token)
    if plain:
        out[plain] = token
    twice: list[str] = []
    for i, (p, r) in enumerate(rules):
        once = p.sub(r, token)
        out.setdefault(skeleton(once), once)
        twice += [q.sub(s, once) for q, s in rules[i + 1:]]
    for spelling in twice:
        out.setdefault(skeleton(spelling), spelling)
    out.pop("", None)
    return MappingProxyType(out)


# The contexts of the tables of :func:`arabic_reading` (``latin_arabic`` in transliteration.yml): the
# end of a word, before a vowel, before e or i.
_CONTEXTS = ("$", "(?=[aeiou])", "(?=[ei])")
_Letters = tuple[frozenset[str], str]


@lru_cache(maxsize=1)
def _arabic_scanner() -> tuple[re.Pattern[str], tuple[Mapping[str, _Letters], ...]]:
    """One regex that reads a Latin token for :func:`arabic_reading`, a group for each table (the
    letters in their contexts, then the digraphs, longest first, then single characters), and for
    each group what its letters write: the Arabic letters, and the one standard spellings write."""
    t = tables()
    contextual = (t.latin_arabic_finals, t.latin_arabic_before_vowels, t.latin_arabic_before_front)
    groups = []
    for table, context in zip(contextual, _CONTEXTS):
        keys = sorted(table, key=len, reverse=True)
        groups.append("(" + "|".join(re.escape(k) for k in keys) + ")" + context if keys else "(?!)")
    digraphs = sorted((d for d in t.latin_arabic_consonants if len(d) > 1), key=len, reverse=True)
    groups.append("(" + "|".join(re.escape(d) for d in digraphs) + ")" if digraphs else "(?!)")
    groups.append("(.)")
    consonants = _letter_entries(t.latin_arabic_consonants)
    entries = (*(_letter_entries(table) for table in contextual), consonants, consonants)
    return re.compile("|".join(groups)), entries


def _letter_entries(table: Mapping[str, str]) -> Mapping[str, _Letters]:
    return {latin: (frozenset(letters), letters[0]) for latin, letters in table.items() if letters}


@lru_cache(maxsize=16384)  # (read only for the parts of the few candidates aligned, seldom twice)
def arabic_reading(token: str) -> ArabicReading:
    """What a Latin spelling of an Arabic name may write in Arabic script (``latin_arabic`` in
    transliteration.yml): for each consonant (digraphs first, a doubled one once, a word-final h
    dropped as the skeleton drops it) the Arabic letters it may write and the one of them it writes
    in standard spellings, and the vowel letters before the first consonant, between each two and
    after the last. A letter the table does not list writes itself.
    "kobeissi": ((كق, ك), (ب, ب), (سص, س)) and ("", "o", "ei", "i")."""
    pattern, entries = _arabic_scanner()
    vowels = tables().latin_arabic_vowels
    consonants: list[_Letters] = []
    runs: list[str] = [""]
    last = ""
    for match in pattern.finditer(token):
        piece = match.group()
        group = match.lastindex or len(entries)
        if group == len(entries) and piece in vowels:
            runs[-1] += piece
            continue
        if piece == last and not runs[-1]:
            continue  # a doubled consonant writes one letter (shadda)
        consonants.append(entries[group - 1].get(piece) or (frozenset((piece,)), piece))
        runs.append("")
        last = piece
    if len(consonants) > 1 and last == "h" and not runs[-1]:
        consonants.pop()  # Haniyah, Haniya
        runs.pop()
    return tuple(consonants), tuple(runs)


@lru_cache(maxsize=16384)
def arabic_onset(token: str) -> tuple[bool, frozenset[str]] | None:
    """How :func:`arabic_reading` of ``token`` starts, read only that far: whether vowel letters come
    before the first consonant, and the Arabic letters that consonant may write; None when it has no
    consonant. Two spellings whose onsets differ are not one Arabic spelling, and most of the pairs
    of Latin parts compared as such are two names that differ there ("haytham" and "tubaigy"): told
    apart so, neither is read whole (a reading was two thirds of the cost of a comparison)."""
    pattern, entries = _arabic_scanner()
    vowels = tables().latin_arabic_vowels
    vowel_first = False
    for match in pattern.finditer(token):
        piece = match.group()
        group = match.lastindex or len(entries)
        if group == len(entries) and piece in vowels:
            vowel_first = True
            continue
        letters, _ = entries[group - 1].get(piece) or (frozenset((piece,)), piece)
        return vowel_first, letters
    return None
