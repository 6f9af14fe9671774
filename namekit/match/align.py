"""Name against name: parts aligned one to one, scored by weight and similarity.

Each part of one name is paired with at most one part of the other, best pairs first. A part may
also pair with two adjacent parts of the other name written as one ("Abdelatty" and "Abdel Aty",
"Aryasasol" and "Arya Sasol", "Abumalih" and "Abu Malih"): compounds are merged and split by
spelling, not by a word list. Parts left over cost their weight; less in the middle of a name
(nasab chains, patronymics, middle names) and less again when the other name is wholly matched
(one name is a fuller form of the other).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Mapping

from namekit.match.keys import ACRONYM_SCORE as ACRONYM
from namekit.match.parts import (HEBREW, MEMO_SIZE, may_reach, number_value, part_similarity, part_weight,
                                 patronymic_group)
from namekit.normalize.pipeline import NormalizedName
from namekit.normalize.tables import tables

__all__ = ["Alignment", "PartMatch", "align", "MIN_PART_SIMILARITY"]

# Below this two parts are not taken for spellings of each other.
MIN_PART_SIMILARITY = 0.7
# An unmatched middle part (nasab chains, middle names) costs this share of its weight.
MIDDLE_COST = 0.3
# An unmatched part costs this share of its weight when every part of the other name is matched:
# one name is a fuller form of the other ("Osiris Luna" and "Osiris Luna Meza", "Oxin Steel
# Company" and "Khuzestan Oxin Steel Company"); for persons, PERSON_EXTRA_COST below. (It was 0.6
# for organizations until 2026-12-01; 0.4 found 37 more of the 600 organization matches of
# eval/pairs and 55 more OFAC aliases, for six more OFAC negatives answered, 40 -> 46 of 1,787.)
EXTRA_COST = 0.4
# For persons, a middle part costs less again: a person's name is often written without its middle
# names, patronymic or nasab chain ("Vladimir Vashkevich" for Vladimir Vladimirovich Vashkevich),
# while an organization's middle word is usually part of what tells it apart.
PERSON_MIDDLE_COST = 0.15
# And a part of a person's fuller name left over when every part of the other is matched costs
# this, less than an organization's: a person is written with and without a second given name,
# second surname or nasab at either end ("Delcy Rodriguez", Delcy Eloina Rodriguez Gomez; "Kur
# Ajing", Kur Ajing Ater). (0.4, as organizations, until 2026-12-01: OFAC F1 0.752 -> 0.757 at
# precision 0.973 -> 0.972, negatives answered 2.6% -> 2.7%; pairs 0.852 -> 0.854, persons 0.915
# -> 0.919 at precision 0.936 -> 0.929. At 0.25 at both ends OFAC answered 3.0% of its negatives.)
PERSON_EXTRA_COST = 0.25
# ... but more when it comes before the other's parts: a name goes on at its end (a second
# surname, a grandfather's or family name) more often than it starts with a name of its own the
# other lacks, and in a nasab chain a name before is another person: Ali Muhammad Hamsho is Ali,
# son of Muhammad Hamsho. (2026-12-02, from 0.3 at both ends: OFAC F1 0.758 -> 0.760, negatives
# answered 2.6% -> 2.5%; pairs persons 0.920 -> 0.924; handmade persons 0.921 -> 0.914, one
# hard non-match more: Mohammad Javad Zarif / Mohammad Javad Azari Jahromi. At 0.3 and 0.25, the
# same F1, at 2.6%; at 0.4 and 0.2, 0.761 at 2.6%; 0.4 and 0.6 at the front alone, 0.757, 0.753.)
PERSON_FRONT_EXTRA_COST = 0.35
# A word that says what kind of organization a name is ("foundation", "association", "stichting";
# legal_forms.yml, ``kind``) left over costs this share of its weight, about what a particle weighs:
# names of one organization are written with one kind word, another, or none ("Al-Aqsa
# Foundation", "Al-Aqsa Charitable Organization"), while the kind word, where both have it, still
# counts. (Measured 2026-12-01: pairs F1 0.837 -> 0.845, organizations 0.753 -> 0.772; OFAC F1
# 0.746 -> 0.748, negatives answered 2.4% -> 2.5%; at 0.15, 0.843 and 0.748, but "Al-Bustan
# Association" and "Al-Bustan Organization" scored 0.77. As a low weight instead, the kind words
# that agree counted for little too, and "Sadra Center" fell below "Sadra Research Center": pairs
# 0.840, OFAC 0.746.)
KIND_COST = 0.1
# (So does a generic word of an organization's name (legal_forms.yml generic: international,
# general, trading, services, enterprises), not a small word that acronyms skip too (of, the,
# and): a generic word already weighs little, and left over it cost that weight in full at either
# end, three times a kind word's: International Al Quds Institute / Al-Quds Foundation 0.667.
# (2026-12-07: pairs organizations 0.805 -> 0.811, five matches more, no hard non-match more;
# OFAC +6 aliases, one answered wrongly, Caribbean Export Enterprise; negatives answered the same.
# With the small words too: pairs 0.815, but OFAC two negatives more and four wrong answers more.)
# And an organization's kind and generic words left over cost one kind word's at most in all, on
# both sides together: they say together what kind of organization it is, as one kind word does,
# and a name written with more of them, or with one kind word in place of another, is no more
# another organization (Al-Aqsa International Foundation / Al-Aqsa Charitable Organization;
# Al-Aqsa Foundation / Aqssa Society). (2026-12-07, on one side: pairs organizations 0.821 ->
# 0.824, three matches more, no hard non-match more; OFAC, cross-script and handmade unchanged.
# On both sides together: pairs +1; OFAC +3 aliases, one answered wrongly, negatives the same.)
# The small words of an organization's name (legal_forms.yml acronym_skip: of, the, and, for, de,
# la) left over cost this share of their weight: nothing, as an acronym skips them. A name is
# reworded around them (Investigative Committee of the Republic of Belarus, Belarusian
# Investigative Committee; Pouya Tamin Kish Oil and Gas Co / Pouya Tamin Kish Co.). (2026-12-07:
# pairs organizations 0.832 -> 0.838, six matches more, no hard non-match more; OFAC +11 aliases,
# three answered wrongly (Palestine Liberation Front took the Popular Front for the Liberation of
# Palestine), negatives answered 46 -> 48; at 0.1, pairs +4 and OFAC the same three wrong. Stop
# 18's try, at a kind word's cost, answered two negatives more too.)
SMALL_WORD_COST = 0.0
# A word of what an organization does (legal_forms.yml sector, and its translations: bank,
# leasing, trade, petrochemical) left over costs this share of its weight when the other name is
# wholly matched, the word stands in a name written with its legal form, and the names share a
# word that tells the organization apart and weighs RARE_WORD or more (rare among the registry's
# names, when resolving): a firm's registered name spells out its trade, which its short name
# leaves out (JSC Taatta Bank / Taatta, AO; Ghaed Bassir / Ghaed Bassir Petrochemical Products
# Company), while a name of common words with a trade is another firm (Iran and Shargh Leasing
# Company is not Iran & Shargh Company). (2026-12-07: pairs organizations 0.840 -> 0.851, ten
# matches more, no hard non-match more; OFAC +3 aliases, none wrong; handmade and cross-script
# unchanged. Without the rare word: OFAC three negatives more, Iran and East Leasing Company; at
# 0.1, OFAC five wrong answers more; without the legal form, pairs +2 but OFAC one negative more
# and three aliases lost.)
SECTOR_COST = 0.2
RARE_WORD = 0.85
# An East Slavic patronymic (parts.patronymic_group: Vladimirovich, Grigorievich) left out of a
# person's name costs this share of its weight, less than another middle name: a name written in
# another language or in short leaves the patronymic out far more often than any other part
# (Vladislavas Leontjevas, Vladislav Vladimirovich Leontyev; Petr Grigorievich Jarosh, Pyotr
# Yarosh), while it is never the part that tells two persons apart on its own. (2026-12-07: pairs
# persons 0.931 -> 0.932, two matches more, one hard non-match more, Andrey Dmitrievich Kozenko /
# Andrey Kovalenko; OFAC +3 aliases, no wrong answer more; 0.05 and 0 gave the same pairs. And a
# middle part of eight letters or more with a patronymic ending, its given name not in the table:
# pairs persons one match more, Yuri Karayev / Yuriy Khadzymuratavich Karaeu; OFAC +1, Nazhmidin
# Kamoldinovich Zhalolov.)
PATRONYMIC_COST = 0.1
# A place's qualifier (see _qualifiers) left over, when the other name has none of its own, costs this
# share of its weight: half a kind word's, so that a one-part name (פרנקפורט) and the qualified one
# (Frankfurt am Main, 0.943) pass the one-part threshold (0.92), as at 0.1 (0.90) they did not.
QUALIFIER_COST = 0.05
# A different given name where one was expected multiplies the score by this, per conflict.
CONFLICT_FACTOR = 0.8
# Two given names of a person (given_names.yml) paired in the other order multiply the score by
# this: in a nasab chain the order is the lineage (Qasim Muhammad Ali Bazzi, Qasim son of Muhammad,
# is not Muhammad Qasim al-Bazzal), while a name written in another order (surname first) is still
# the name. (2026-12-02: three OFAC wrong answers fewer, none lost; pairs persons one match fewer,
# Amin Muhammad Al-Rawi / 'Adnan Muhammad Amin Al-Rawi, one hard non-match fewer. 0.85 gave the
# same.)
SWAPPED_GIVEN_FACTOR = 0.9
# In a name not a person's, the words that tell an organization from another (not a legal form,
# generic, kind or sector word, nor one of org_words.yml: tables().undistinctive) must agree: when
# the best alike of them is below this, the score is at most that one's (less its shortfall below
# WEAK_PART, as it counts in the sum), whatever the words of what the organizations are and do
# add: Sima Shipping Company Limited is not Sina Shipping Company Limited (0.873), nor RFA Bank
# RFC-Bank (0.842), though shipping and bank agree. (2026-12-07: pairs organizations P 0.915 ->
# 0.926, six hard non-matches fewer, one match fewer, Palaestinaenser Verein / Palestinian
# Association; OFAC +2 -1, one wrong answer fewer. Below 0.9 (WEAK_PART), twelve OFAC aliases lost,
# place adjectives the distinctive words: Lugansk People's Republic, Belarusian Investigative
# Committee.)
DISTINCT_WEAK = 0.8
# In a person's name, a part of this many letters or more pairs with another (not an initial) only
# when they are at least LONG_PART_SIMILARITY alike: a long name shares many letters with another
# by chance, and a weak pairing of two long parts is two names, not one spelled two ways (Karadzic
# and Radic, Hasouri and Mansour, Obrenovic and Zelenovic), counted as a part left over on each
# side. (Not against a name in Arabic or Hebrew letters, whose readings score on a scale of their
# own.) (2026-12-07: pairs persons 0.935 -> 0.942, P 0.932 -> 0.951; handmade persons 0.922 ->
# 0.929; OFAC +2 -3, one wrong answer fewer, Radovan Radic; cross-script unchanged. At 0.8, pairs
# persons 0.942 too but OFAC -10 +3; from seven letters, persons 0.940.)
LONG_PART = 6
LONG_PART_SIMILARITY = 0.77
# A word and its English plural (guard and guards, wing and wings, company and companies) score
# this, as two spellings of one word do, when both names are written in Latin letters and the word
# has PLURAL_MIN letters or more: organizations are named in the singular and the plural alike.
# (Not a name transliterated from another script, whose final s is a letter of it: Mila and Milas,
# Serre and Serres. 2026-12-07: pairs organizations 0.824 -> 0.828, four matches more, one hard
# non-match more, IRGC Aerospace Force and its Self-Sufficiency Jihad Organization; OFAC and
# cross-script unchanged. From three letters, the same; five, three fewer. Read in every script:
# cross-script Latin->native answered 5.1% of its negatives, Mila took Milas.)
PLURAL = 0.95
PLURAL_MIN = 4
# An acronym and the run of parts whose initials it is (IRGC, Islamic Revolutionary Guard Corps)
# score ACRONYM, as the resolver's acronym stage does; runs of this many words
_ACRONYM_MIN = 3
_ACRONYM_MAX = 6
# A compound scores at most this, below two parts that are the same.
_COMPOUND_CAP = 0.95
# A compound (two parts written as one) must be at least this alike to the single part.
MIN_COMPOUND_SIMILARITY = 0.85
_VOWELLESS = ("Arabic", "Hebrew")
# A pair of parts less alike than this is a doubtful spelling ...
WEAK_PART = 0.9
# ... and counts for less than its similarity: its shortfall again times this (Radic ~ Karadzic,
# 0.77, counts 0.705), so that one doubtful surname beside an equal given name does not pass.
WEAK_PART_PENALTY = 0.5

Weight = Callable[[str], float]


@dataclass(frozen=True)
class PartMatch:
    """One row of an alignment: a part of each name (or None when unmatched) and its score."""

    left: str | None
    right: str | None
    similarity: float
    weight: float
    how: str


@dataclass(frozen=True)
class Alignment:
    """The score of two names (0..1) and the part-by-part alignment that gave it."""

    score: float
    parts: tuple[PartMatch, ...]
    # One name is the other's fuller form, cleanly: every part of the shorter is paired, each at
    # WEAK_PART or more, with no conflict; two of them or more, one not a given name (a surname is
    # shared, not only "Muhammad Ibrahim"); and the longer name's first part is paired too (a part
    # before it is a name of its own: Firas Fawaz Akhras is Firas, son of Fawaz Akhras), and the
    # parts paired in the same order (Abdo Ali Abd al-Rahman is no fuller form of Ali Abdo).
    fuller: bool = False

    def explain(self) -> str:
        """One row per part: ``left ~ right  similarity x weight  how``, then the score."""
        width = max([16] + [len(p.left or "") for p in self.parts])
        rows = [f"{'left':>{width}}   {'right':<16} {'sim':>4}  {'weight':>6}  how"]
        for p in self.parts:
            rows.append(f"{p.left or '-':>{width}} ~ {p.right or '-':<16} {p.similarity:4.2f}  x{p.weight:5.2f}  {p.how}")
        return "\n".join(rows + [f"score {self.score:.3f}"])


# A part, or two adjacent tokens read as one (a compound): its text, the parts it covers, and how it
# is shown. (A plain tuple: a name's units are built for every candidate it is aligned with, and
# cached; a tuple of strings and ints is made fastest and is soon untracked by the garbage
# collector, where a named tuple stays tracked and every full collection walked the cached ones.)
_Unit = tuple[str, tuple[int, ...], str]


def _units(name: NormalizedName) -> tuple[tuple[str, ...], tuple[_Unit, ...]]:
    return _units_of(name.tokens)


_NONE: frozenset[int] = frozenset()


@lru_cache(maxsize=MEMO_SIZE)
def _qualifiers(tokens: tuple[str, ...]) -> frozenset[int]:
    """The positions among a name's parts (particles left out, as :func:`_units_of` counts them) of
    its qualifiers: the parts after a locative particle that is not its first token (Main of
    Frankfurt am Main), and the words that say what kind of place it is (City of Surif City)."""
    t = tables()
    particles, locative, kinds = t.particles, t.locative_particles, t.place_kinds
    out: set[int] = set()
    k = 0
    after = False
    for i, tok in enumerate(tokens):
        if tok in particles:
            after = after or (i > 0 and tok in locative)
            continue
        if after or (tok in kinds and len(tokens) > 1):
            out.add(k)
        k += 1
    return frozenset(out)


@lru_cache(maxsize=MEMO_SIZE)
def _units_of(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[_Unit, ...]]:
    """The parts and units of a name's tokens: the same for every name it is aligned with, so
    computed once per distinct tokens (a query is aligned with many candidates)."""
    particles = tables().particles
    parts: list[str] = []
    index: dict[int, int] = {}  # token position -> part position
    for t, tok in enumerate(tokens):
        if tok not in particles:
            index[t] = len(parts)
            parts.append(tok)
    if not parts:  # a name of particles only: take them as they are
        parts = list(tokens)
        index = {t: t for t in range(len(tokens))}
    units: list[_Unit] = [(p, (k,), p) for k, p in enumerate(parts)]
    patronymic = [patronymic_group(tok) is not None for tok in tokens]
    for t in range(len(tokens) - 1):
        first, second = index.get(t), index.get(t + 1)
        if first is not None:
            covers: tuple[int, ...] = (first,) if second is None else (first, second)
        elif second is not None:
            covers = (second,)
        else:
            continue
        if patronymic[t] or patronymic[t + 1]:
            continue  # a patronymic is a word of its own: Viktor Fedorovych is not Viktorovych
        units.append((tokens[t] + tokens[t + 1], covers, tokens[t] + " " + tokens[t + 1]))
    return tuple(parts), tuple(units)


def _married_surname(tokens: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Whether a name ends in de and a surname (Amezcua de Ladino), its last part."""
    return len(tokens) >= 2 and tokens[-2] == "de" and tokens[-1] == parts[-1]


def _in_capitals(original: str, part: str) -> bool:
    """Whether ``part`` is written as a word in capitals in ``original``: an acronym (IRGC; Irgc is
    a word). A name known only in lower case (a packed index's candidate, read from its normalized
    text) may be one."""
    if original.islower():
        return True
    return re.search(r"(?<![A-Za-z])" + re.escape(part.upper()) + r"(?![A-Za-z])", original) is not None


@lru_cache(maxsize=MEMO_SIZE)
def _acronym_runs(parts: tuple[str, ...]) -> tuple[tuple[str, tuple[int, ...], str], ...]:
    """The initials of every run of an organization's parts that starts and ends with a word that
    is not a small one (of, the, and: ``acronym_skip``), of 3 to 6 such words and no number:
    ``(initials, the parts the run covers, the run as written)``. "Popular Front for the
    Liberation of Palestine" gives "pflp" among them."""
    skip = tables().acronym_skip
    out = []
    n = len(parts)
    for i in range(n):
        if parts[i] in skip or not parts[i][0].isalpha():
            continue
        letters = []
        for j in range(i, n):
            tok = parts[j]
            if not tok[0].isalpha():
                break
            if tok in skip:
                continue
            letters.append(tok[0])
            if len(letters) > _ACRONYM_MAX:
                break
            if len(letters) >= _ACRONYM_MIN:
                out.append(("".join(letters), tuple(range(i, j + 1)), " ".join(parts[i:j + 1])))
    return tuple(out)


def _taken_first(a: tuple[str, ...], b: tuple[str, ...], vowelless: bool, native: int,
                 native_swapped: int, said: Mapping[str, str] | None = None
                 ) -> tuple[set[int], set[int], list[list[tuple[float, str]]]]:
    """The parts that pairs of single parts more alike than any compound can be (above
    ``_COMPOUND_CAP``) take, in the order :func:`align` takes pairs: a compound covering one of them
    would be skipped when its turn comes, so :func:`align` need not score it (the costly step).
    And the similarity of every pair of single parts, ``sims[i][j]``, for :func:`align` to reuse.
    ``said``: the Latin parts as said (:func:`_said_parts`), when there are any.
    """
    high = []
    sims: list[list[tuple[float, str]]] = []
    for i, x in enumerate(a):
        row = []
        for j, y in enumerate(b):
            if said:
                sim, how = _similarity(x, y, vowelless, native, native_swapped, said)
            elif x <= y:  # (_similarity without a part as said: inline, as this runs for every pair)
                sim, how = part_similarity(x, y, vowelless, native)
            else:
                sim, how = part_similarity(y, x, vowelless, native_swapped)
            row.append((sim, how))
            if sim > _COMPOUND_CAP and how != "different name":
                high.append((-sim, min(x, y), max(x, y), (min(i, j),), (max(i, j),), i, j))  # covers as align() sorts them
        sims.append(row)
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    high.sort(key=lambda p: p[:5])
    for *_, i, j in high:
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
    return taken_a, taken_b, sims


_AS_SAID = " (as said)"


def _similarity(x: str, y: str, vowelless: bool, native: int, native_swapped: int,
                said: Mapping[str, str] | None) -> tuple[float, str]:
    """:func:`part_similarity` of ``x`` and ``y`` (in the order it is memoized in), or, when one is
    a Latin part read otherwise as said (``said``: Zürich as zirich against ציריך), of that reading
    when it scores more."""
    if x <= y:
        sim, how = part_similarity(x, y, vowelless, native)
    else:
        sim, how = part_similarity(y, x, vowelless, native_swapped)
    if said:
        x2, y2 = said.get(x, x), said.get(y, y)
        if x2 != x or y2 != y:
            if x2 <= y2:
                sim2, how2 = part_similarity(x2, y2, vowelless, native)
            else:
                sim2, how2 = part_similarity(y2, x2, vowelless, native_swapped)
            if sim2 > sim and how2 != "different name":
                return sim2, how2 + _AS_SAID
    return sim, how


def _said_parts(left: NormalizedName, right: NormalizedName) -> dict[str, str] | None:
    """The Latin name's parts (and adjacent two as one) as said (NormalizedName.spoken) that differ
    from them as written, when the other name is written in Hebrew script; else None."""
    if left.script == "Hebrew" and right.spoken:
        latin = right
    elif right.script == "Hebrew" and left.spoken:
        latin = left
    else:
        return None
    spoken = latin.spoken.split()
    if len(spoken) != len(latin.tokens):
        return None  # (the tokens were replaced since: a title put back)
    said = {tok: s for tok, s in zip(latin.tokens, spoken) if tok != s}
    for (t1, s1), (t2, s2) in zip(zip(latin.tokens, spoken), zip(latin.tokens[1:], spoken[1:])):
        if t1 != s1 or t2 != s2:
            said[t1 + t2] = s1 + s2
    return said or None


def align(left: NormalizedName, right: NormalizedName, weight: Weight = part_weight, *,
          person: bool = False) -> Alignment:
    """Align the parts of two names and score them; symmetric in its two arguments.

    ``person``: the names are known to be a person's, whose middle parts are often left out.

    Pairs are taken best first, so a compound that is a little more alike than one single pair
    may take parts that two single pairs would have matched better ("tl" from Hebrew תל against
    "tel aviv" read as one, leaving אביב without "aviv"): when a compound was taken, the
    alignment of single parts alone is scored too, and the better of the two is the answer.
    """
    result, compounds = _align(left, right, weight, person, compounds=True)
    if compounds:
        singles, _ = _align(left, right, weight, person, compounds=False)
        if singles.score > result.score:
            return singles
    return result


def _single(units: tuple[_Unit, ...]) -> tuple[_Unit, ...]:
    return tuple(u for u in units if len(u[1]) == 1 and u[0] == u[2])


def _open_middle(parts: tuple[str, ...], used: set[int], undistinctive: frozenset[str] | None = None) -> bool:
    """Whether a middle part of more than one letter is left unmatched; with ``undistinctive``, one
    that tells an organization apart (:func:`_distinct`)."""
    return any(k not in used
               and (_distinct(parts[k], undistinctive) if undistinctive is not None else len(parts[k]) > 1)
               for k in range(1, len(parts) - 1))


def _distinct(token: str, undistinctive: frozenset[str]) -> bool:
    """Whether a part of three letters or more tells an organization apart (not in ``undistinctive``)."""
    return len(token) > 2 and token not in undistinctive


def _align(left: NormalizedName, right: NormalizedName, weight: Weight, person: bool, *,
           compounds: bool) -> tuple[Alignment, bool]:
    """The best-first alignment, with compounds or without; and whether a compound was taken."""
    a, units_a = _units(left)
    b, units_b = _units(right)
    if not left.tokens or not right.tokens or not a or not b:
        return Alignment(0.0, ()), False
    if not compounds:
        units_a, units_b = _single(units_a), _single(units_b)
    vowelless = left.script in _VOWELLESS or right.script in _VOWELLESS
    native = (1 if left.script in _VOWELLESS else 0) | (2 if right.script in _VOWELLESS else 0)
    pairs = []
    conflicts_found = []
    latin = left.script == right.script == "Latin"
    if native and "Hebrew" in (left.script, right.script):
        native |= HEBREW
    native_swapped = (native & 1) << 1 | (native & 2) >> 1 | (native & HEBREW)  # the sides exchanged
    said = _said_parts(left, right) if native & HEBREW else None
    taken_a, taken_b, single_sims = _taken_first(a, b, vowelless, native, native_swapped, said)
    for ua in units_a:
        x, covers_a, shown_a = ua  # each unit read once, not once per pair
        n_a = len(covers_a)
        joined_a = x != shown_a
        for ub in units_b:
            y, covers_b, shown_b = ub
            n_b = len(covers_b)
            compound = n_a + n_b > 2 or joined_a or y != shown_b
            if n_a > 1 and n_b > 1:
                continue
            if compound and (taken_a.intersection(covers_a) or taken_b.intersection(covers_b)):
                continue  # a part it covers is taken before any compound comes up: never used
            if compound and not vowelless and not may_reach(x, y, MIN_COMPOUND_SIMILARITY):
                continue  # surely below the compound floor: skipped below after the costly score
            if not compound:
                sim, how = single_sims[covers_a[0]][covers_b[0]]
                if latin and sim < PLURAL and (x[-1:] == "s" or y[-1:] == "s") and _plural_of(x, y):
                    sim, how = PLURAL, "plural"
            else:
                sim, how = _similarity(x, y, vowelless, native, native_swapped, said)
            if compound:
                if sim < MIN_COMPOUND_SIMILARITY or x == y and shown_a == shown_b:
                    continue
                how = "compound" if sim >= _COMPOUND_CAP else f"compound ({how})"
                sim = min(sim, _COMPOUND_CAP)
            if how == "different name":
                if not compound:
                    conflicts_found.append((covers_a[0], covers_b[0]))
                continue
            if sim >= MIN_PART_SIMILARITY and not (person and not native and sim < LONG_PART_SIMILARITY
                                                   and max(len(x), len(y)) >= LONG_PART and min(len(x), len(y)) > 1):
                size = n_a + n_b
                # best first; at equal similarity a compound (covering more) first; ties broken by
                # the texts and positions so the result does not depend on the order of the names
                pairs.append((-sim, -size, min(x, y), max(x, y), min(covers_a, covers_b), max(covers_a, covers_b),
                              ua, ub, sim, how))
    if compounds and not person and not vowelless:
        # an acronym written as one part of one name, the initials of a run of parts of the other:
        # IRGC Ground Forces / Islamic Revolution Guards Corps Ground Force, PMC Wagner / Private
        # Military Company Wagner, Flores DTO / Flores Drug Trafficking Organization
        # (most names hold no part that is even a substring of the other's initials: one test each)
        # (the initials of fewer than _ACRONYM_MIN parts hold no acronym: tested before they are read)
        skip = tables().acronym_skip
        initials_a = "".join(p[0] for p in a if p not in skip) if len(a) >= _ACRONYM_MIN else ""
        initials_b = "".join(p[0] for p in b if p not in skip) if len(b) >= _ACRONYM_MIN else ""
        if initials_a and any(_ACRONYM_MIN <= len(y) <= _ACRONYM_MAX and y in initials_a for y in b):
            for acronym, covers, shown in _acronym_runs(a):
                for j, y in enumerate(b):
                    if y == acronym and _in_capitals(right.original, y):
                        pairs.append((-ACRONYM, -(len(covers) + 1), acronym, acronym, min(covers, (j,)),
                                      max(covers, (j,)), (acronym, covers, shown), (y, (j,), y), ACRONYM, "acronym"))
        if initials_b and any(_ACRONYM_MIN <= len(x) <= _ACRONYM_MAX and x in initials_b for x in a):
            for acronym, covers, shown in _acronym_runs(b):
                for i, x in enumerate(a):
                    if x == acronym and _in_capitals(left.original, x):
                        pairs.append((-ACRONYM, -(len(covers) + 1), acronym, acronym, min((i,), covers),
                                      max((i,), covers), (x, (i,), x), (acronym, covers, shown), ACRONYM, "acronym"))
    pairs.sort(key=lambda p: p[:6])
    weights_a, weights_b = [weight(t) for t in a], [weight(t) for t in b]
    used_a: set[int] = set()
    used_b: set[int] = set()
    rows: list[PartMatch] = []
    numerator = 0.0
    denominator = 0.0
    took_compound = False
    given = tables().given_names
    given_pairs: list[tuple[int, int]] = []  # (position in a, position in b) of paired given names
    undistinctive = tables().undistinctive
    rare_distinct = 0.0  # the weight of the heaviest pair holding a distinctive word, alike at WEAK_PART or more
    best_distinct = -1.0  # the best similarity of a pair taken holding a distinctive word, if any
    order: list[tuple[int, int]] = []  # (position in a, position in b) of every pair taken
    for *_, (x, covers_a, shown_a), (y, covers_b, shown_b), sim, how in pairs:
        if used_a.intersection(covers_a) or used_b.intersection(covers_b):
            continue
        took_compound = took_compound or len(covers_a) + len(covers_b) > 2 or x != shown_a or y != shown_b
        used_a.update(covers_a)
        used_b.update(covers_b)
        # (the sums as sum() makes them: 0 + w, then + w of a second part; an acronym covers more)
        if len(covers_a) > 2 or len(covers_b) > 2:
            w = (sum(weights_a[k] for k in covers_a) + sum(weights_b[k] for k in covers_b)) / 2
        else:
            w = ((weights_a[covers_a[0]] + weights_a[covers_a[1]] if len(covers_a) > 1 else weights_a[covers_a[0]])
                 + (weights_b[covers_b[0]] + weights_b[covers_b[1]] if len(covers_b) > 1 else weights_b[covers_b[0]])) / 2
        numerator += (sim - WEAK_PART_PENALTY * (WEAK_PART - sim) if sim < WEAK_PART else sim) * w
        denominator += w
        if said and how.endswith(_AS_SAID):
            # shown as read, as the Hebrew tie-break reads the parts (Borås as boros, בורוס)
            shown_a, shown_b = said.get(x, shown_a), said.get(y, shown_b)
        rows.append(PartMatch(shown_a, shown_b, sim, w, how))
        order.append((covers_a[0], covers_b[0]))
        if not person and (any(len(a[k]) > 1 and a[k] not in undistinctive for k in covers_a)
                           or any(len(b[k]) > 1 and b[k] not in undistinctive for k in covers_b)):
            best_distinct = max(best_distinct, sim)
            if sim >= WEAK_PART:
                rare_distinct = max(rare_distinct, w)
        if person and len(covers_a) == 1 and len(covers_b) == 1 and x in given and y in given:
            given_pairs.append((covers_a[0], covers_b[0]))
    open_conflicts = [(i, j) for i, j in conflicts_found if i not in used_a and j not in used_b]
    conflicts = min(len({i for i, _ in open_conflicts}), len({j for _, j in open_conflicts}))
    whole_a, whole_b = len(used_a) == len(a), len(used_b) == len(b)
    middle_cost, extra_cost = ((PERSON_MIDDLE_COST, PERSON_EXTRA_COST) if person else (MIDDLE_COST, EXTRA_COST))
    # A person's middle name left over on both sides is one name in place of another (Jose Luis /
    # Jose Bernabe Gutierrez Parra), not one left out: it costs what a part at an end costs. (An
    # initial is a name shortened, not another; an organization's middle words are reworded
    # freely: Bir wa Elehssan Society / Elehssan Society wa Birr.)
    substituted = person and _open_middle(a, used_a) and _open_middle(b, used_b)
    missing = {"left": 0.0, "right": 0.0}
    kind_left = {"left": 0.0, "right": 0.0}  # what each side's kind and generic words left over cost
    kind_rows: list[int] = []
    # So is an organization's distinctive middle word left over on both sides (Islamic Revolution
    # Guards Corps Naval Force / Air Force; Bandar Imam Kharazmi / Besparan Petrochemical Company):
    # one in place of another tells two organizations apart, where a generic or kind word, or one
    # of what it does, is reworded freely. (2026-12-07: pairs organizations P 0.927 -> 0.954, 13
    # hard non-matches fewer, no match fewer; OFAC +1 -1, negatives answered the same.)
    swap_org = not person and _open_middle(a, used_a, undistinctive) and _open_middle(b, used_b, undistinctive)
    # A Spanish married name: a woman's name ends in de and her husband's surname in place of her
    # mother's (Patricia Amezcua de Ladino, Patricia Amezcua Contreras): when one name ends so, and
    # that part and the other name's last are both left over, each is one of the two surnames a
    # name may end in, and costs what a middle part does.
    married = person and len(a) > 2 and len(b) > 2 and (len(a) - 1) not in used_a and (len(b) - 1) not in used_b and (
        _married_surname(left.tokens, a) or _married_surname(right.tokens, b))
    kind_words = tables().kind_words
    # A place's qualifier (the part after am, sur, on: Main of Frankfurt am Main) left over costs
    # little (QUALIFIER_COST) when the other name has none of its own left over: Frankfurt am Main
    # is Frankfurt (פרנקפורט), but not Frankfurt an der Oder. (Not for persons.)
    qualifiers_a = qualifiers_b = _NONE
    if not person:  # (most names have none: the set taken only from those that have)
        qualifiers_a, qualifiers_b = _qualifiers(left.tokens), _qualifiers(right.tokens)
        if qualifiers_a:
            qualifiers_a = qualifiers_a - used_a
        if qualifiers_b:
            qualifiers_b = qualifiers_b - used_b
    if qualifiers_a and qualifiers_b:
        qualifiers_a = qualifiers_b = frozenset()
    patronymic_endings = tables().patronymic_endings
    generic = tables().generic
    skip = tables().acronym_skip  # the small words: of, the, and
    sectors = tables().sector_words
    for parts, weights, used, side, other_whole, qualifiers in ((a, weights_a, used_a, "left", whole_b, qualifiers_a),
                                                                (b, weights_b, used_b, "right", whole_a, qualifiers_b)):
        for k, tok in enumerate(parts):
            if k in used:
                continue
            middle = (0 < k < len(parts) - 1 and not substituted
                      and not (swap_org and _distinct(tok, undistinctive)))
            cost = middle_cost if middle or (married and k == len(parts) - 1) else 1.0
            fuller = PERSON_FRONT_EXTRA_COST if person and k == 0 else extra_cost
            if other_whole:
                cost = min(cost, fuller)
            kindish = False
            if k in qualifiers:  # (before kind words: province is one too, Bandundu Province)
                cost = min(cost, QUALIFIER_COST)
            elif tok in kind_words or (not person and tok in generic and tok not in skip):
                cost = min(cost, KIND_COST)
                kindish = True
            elif not person and tok in skip:
                cost = min(cost, SMALL_WORD_COST)
            elif (not person and tok in sectors and other_whole and rare_distinct >= RARE_WORD
                  and (left if side == "left" else right).legal_forms):
                cost = min(cost, SECTOR_COST)
            elif person and (patronymic_group(tok) is not None
                             or (middle and len(tok) >= 8 and tok.endswith(patronymic_endings))):
                # (in the middle, a patronymic of a given name the table does not hold, told by its
                # ending alone: Khadzymuratavich, Kamoldinovich)
                cost = min(cost, PATRONYMIC_COST)
            number = number_value(tok) is not None
            if number:
                # a number is never a part that may be left out; in an organization's name it tells
                # one entity from its sibling ("Investments II Corp." and "Investments Corp.")
                middle, cost = False, 1.0
                conflicts += 0 if person else 1
            w = weights[k] * cost
            if kindish and not number and not person:
                # a side's leftover kind and generic words cost one kind word's at most (see
                # KIND_COST), and both sides' together too, below
                w = min(w, max(0.0, KIND_COST - kind_left[side]))
                kind_left[side] += w
                kind_rows.append(len(rows))
            missing[side] += w
            how = "missing number" if number else "missing (middle)" if middle else "missing"
            rows.append(PartMatch(tok if side == "left" else None, tok if side == "right" else None, 0.0, w,
                                  how + (", other name whole" if other_whole and cost == fuller else "")))
    # each side's parts left over summed apart, then added: the same sum with the names exchanged
    # (one running sum over both sides rounded differently: 0.1953124... and 0.1953125...)
    denominator += missing["left"] + missing["right"]
    kinds_cost = kind_left["left"] + kind_left["right"]
    if kinds_cost > KIND_COST:
        # both sides' kind and generic words left over: one kind word's cost in all
        denominator -= kinds_cost - KIND_COST
        share = KIND_COST / kinds_cost
        for r in kind_rows:
            rows[r] = replace(rows[r], weight=rows[r].weight * share)
    score = numerator / denominator if denominator else 0.0
    if conflicts and score < 1.0:
        # A different given name where one was expected is strong evidence against.
        score *= CONFLICT_FACTOR ** conflicts
    if 0.0 <= best_distinct < DISTINCT_WEAK:
        # the words that tell the organization apart are only doubtfully alike (DISTINCT_WEAK)
        score = min(score, best_distinct - WEAK_PART_PENALTY * (WEAK_PART - best_distinct))
    if len(given_pairs) > 1 and any(i1 < i2 and j1 > j2 for i1, j1 in given_pairs for i2, j2 in given_pairs):
        # Two given names in the other order are another person: Eduardo Ramon and Ramon Eduardo
        # Arellano Felix are brothers, Ali Mohammad is Ali son of Mohammad.
        score *= SWAPPED_GIVEN_FACTOR
    fuller = (whole_a != whole_b and not conflicts and score < 1.0
              and _clean_fuller(a if whole_a else b, b if whole_a else a, used_b if whole_a else used_a, rows, given)
              and _in_order(order))
    return Alignment(round(score, 6), tuple(rows), fuller), took_compound


def _plural_of(a: str, b: str) -> bool:
    """Whether one part is the other's English plural (-s, -es, -ies), a word of four letters or more."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= PLURAL_MIN and (long == short + "s" or long == short + "es"
                                         or (short[-1] == "y" and long == short[:-1] + "ies"))


def _in_order(pairs: list[tuple[int, int]]) -> bool:
    """Whether the pairs taken keep the parts of both names in one order."""
    second = [j for _, j in sorted(pairs)]
    return all(x < y for x, y in zip(second, second[1:]))


def _clean_fuller(short: tuple[str, ...], long: tuple[str, ...], used_long: set[int], rows: list[PartMatch],
                  given: Mapping[str, int]) -> bool:
    """See :attr:`Alignment.fuller`; ``short`` is the wholly paired name, ``long`` the other and
    ``used_long`` its paired parts. The longer name's first part may go unpaired when it is
    Muhammad: Arabic and Persian names lead a compound given name with it, and drop it in use
    (Mohammed Saeed Ajily is Saeed Ajily, Mohammad Javad Zarif is Javad Zarif)."""
    paired = [p for p in rows if p.left is not None and p.right is not None]
    first_paired = 0 in used_long or (1 in used_long and given.get(long[0], -1) == given.get("muhammad"))
    return (len(short) >= 2 and first_paired and len(paired) >= 2
            and all(p.similarity >= WEAK_PART for p in paired)
            and any(part not in given for part in short))
