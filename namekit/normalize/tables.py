"""The normalizers' word lists and letter tables, built once from ``namekit/data/*.yml``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Any, Mapping

from namekit import data

__all__ = ["Tables", "tables"]


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(re.sub(r"[^a-z0-9&' ]+", " ", str(text).lower()).split())


@dataclass(frozen=True)
class ScriptTable:
    letters: Mapping[str, str]
    word_initial: Mapping[str, str]
    remove: frozenset[str]
    words: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # whole words read whole
    # letters read together, anywhere in a word, before they are read one by one (longest first)
    sequences: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Tables:
    """Every table the normalizers use, immutable."""

    titles: Mapping[tuple[str, ...], str]  # written form (tokens) -> canonical title
    title_qualifiers: frozenset[tuple[str, ...]]
    appositive_roles: frozenset[str]
    article_forms: frozenset[str]
    article_free: frozenset[str]
    article_assimilated: frozenset[str]  # the forms of the sun letters (as, ar, et...), written apart
    article_apostrophe: frozenset[str]
    kinship: Mapping[str, str]  # written form -> canonical particle
    other_particles: frozenset[str]
    locative_particles: frozenset[str]  # of the other particles, those a place's qualifier follows (am, sur, on)
    place_kinds: frozenset[str]  # city, province, ciudad: what kind of place a name names
    ezafe: tuple[str, ...]  # the Persian ezafe after a hyphen: -e, -ye
    abd_glue: frozenset[str]
    din_endings: tuple[str, ...]
    din_words: frozenset[str]
    din_joiners: frozenset[str]
    given_names: Mapping[str, int]  # spelling -> group number
    patronymic_endings: tuple[str, ...]  # Sergeevich: serge(i) + evich
    legal_forms: frozenset[tuple[str, ...]]
    legal_max_len: int
    generic: frozenset[str]
    kind_words: frozenset[str]
    sector_words: frozenset[str]  # what an organization does (legal_forms.yml sector), and their translations
    # words that do not tell one organization from another: generic, kind and sector words
    # (legal_forms.yml), particles, the words of the translation groups (org_words.yml)
    undistinctive: frozenset[str]
    word_groups: Mapping[str, int]  # a word of organizations' names -> its translation group
    acronym_skip: frozenset[str]  # words an acronym leaves out: of, the, and
    arabic: ScriptTable
    arabic_digits: str
    hebrew: ScriptTable
    hebrew_geresh: Mapping[str, str]
    hebrew_geresh_marks: str
    skeleton_digraphs: tuple[tuple[str, str], ...]
    skeleton_letters: Mapping[str, str]
    numbers: Mapping[str, int]  # number word or roman numeral -> its value
    skeleton_alternates: tuple[tuple[str, str], ...] = ()
    skeleton_latin_only: frozenset[str] = frozenset()  # patterns of the above not read in native spellings
    skeleton_native_only: frozenset[str] = frozenset()  # patterns of the above read in native spellings only
    skeleton_not_hebrew: frozenset[str] = frozenset()  # ... never read in a Hebrew spelling
    # Latin spellings of Arabic names: consonant (or digraph) -> the Arabic letters it may write, the
    # one it writes in standard spellings first; the same at the end of a word, before a vowel,
    # before e or i; vowel letter (or two) -> the vowels it may write, each a sequence of a, i, u
    latin_arabic_consonants: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    latin_arabic_finals: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    latin_arabic_before_vowels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    latin_arabic_before_front: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    latin_arabic_vowels: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    skeleton_arabic_only: frozenset[str] = frozenset()  # patterns of the above not read against Hebrew script
    skeleton_hebrew_only: frozenset[str] = frozenset()  # ... nor these against Arabic script
    # Latin spellings of Cyrillic after other languages' conventions: letters -> English-style ones
    latin_systems: tuple[Mapping[str, str], ...] = ()
    # European letters as they are said and Hebrew writes them (ü as i, ş as sh): pattern -> ASCII
    latin_sounds: tuple[tuple[str, str], ...] = ()
    latin_sounds_hints: tuple[str, ...] = ()  # an ASCII name holding none of these has no latin_sounds

    @cached_property
    def title_first(self) -> frozenset[str]:
        """The first words of the titles: a token that is none of them starts no title."""
        return frozenset(form[0] for form in self.titles if form)

    @cached_property
    def title_lengths(self) -> Mapping[str, tuple[int, ...]]:
        """For each first word of a title, the lengths of the titles it starts, longest first."""
        lengths: dict[str, set[int]] = {}
        for form in self.titles:
            if form:
                lengths.setdefault(form[0], set()).add(len(form))
        return MappingProxyType({w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()})

    @cached_property
    def legal_first(self) -> frozenset[str]:
        """The first words of the legal forms: a token that is none of them starts no legal form."""
        return frozenset(form[0] for form in self.legal_forms if form)

    @cached_property
    def particle_triggers(self) -> frozenset[str]:
        """Every token the particle steps (articles, kinship words, Abd and ad-Din compounds) may
        act on by itself: a name with none of them, and no Abd- or -eddin token, they leave as it is."""
        return self.article_free | self.article_assimilated | frozenset(self.kinship) | self.abd_glue | self.din_words | {"din"}

    @cached_property
    def token_triggers(self) -> frozenset[str]:
        """Every token a token step (particles, Abd and ad-Din compounds, titles, legal forms) may
        act on by itself: a name with none of them, and no Abd- or -eddin token, those steps leave
        as it is."""
        return self.particle_triggers | self.title_first | self.legal_first

    @cached_property
    def abd_or_din_hints(self) -> tuple[str, ...]:
        """Substrings every match of :attr:`abd_or_din` contains: "abd" and the last three letters
        of each ending ("din", "een", "ine"). A text with none of them has no match."""
        return tuple(sorted({"abd"} | {e[-3:] for e in self.din_endings}))

    @cached_property
    def abd_or_din(self) -> "re.Pattern[str]":
        """A token that starts with abd or ends in an ad-Din ending (more than the steps merge)."""
        endings = "|".join(re.escape(e) for e in self.din_endings)
        return re.compile(r"(?<![a-z0-9])abd" + (rf"|(?:{endings})(?![a-z0-9])" if endings else ""))

    @cached_property
    def particles(self) -> frozenset[str]:
        """Canonical particles: they weigh little when names are compared (built once: read per part)."""
        return frozenset({"al", *self.kinship.values()}) | self.other_particles


def _script(raw: Mapping[str, Any]) -> ScriptTable:
    return ScriptTable(
        letters=MappingProxyType({str(k): str(v) for k, v in raw["letters"].items()}),
        word_initial=MappingProxyType({str(k): str(v) for k, v in raw.get("word_initial", {}).items()}),
        remove=frozenset(str(raw.get("remove", ""))),
        words=MappingProxyType({str(k): str(v) for k, v in (raw.get("words") or {}).items()}),
        sequences=tuple(sorted(((str(k), str(v)) for k, v in (raw.get("sequences") or {}).items()),
                               key=lambda kv: -len(kv[0]))),
    )


@lru_cache(maxsize=1)
def tables() -> Tables:
    """The tables, parsed from the data files on first use and shared (they are immutable)."""
    titles_raw = data.load("titles.yml")
    titles: dict[tuple[str, ...], str] = {}
    for canonical, forms in titles_raw["titles"].items():
        for form in [canonical, *(forms or [])]:
            titles[_phrase(form)] = str(canonical)
    particles_raw = data.load("particles.yml")
    kinship: dict[str, str] = {}
    for canonical, forms in particles_raw["kinship"].items():
        for form in forms:
            kinship[str(form)] = str(canonical)
    given: dict[str, int] = {}
    given_raw = data.load("given_names.yml")
    for number, group in enumerate(given_raw["groups"]):
        for spelling in group:
            # a spelling written in two words ("abu bakr") is matched as one part ("abubakr"):
            # its words alone ("abu") are not this name
            given.setdefault("".join(_phrase(spelling)), number)
    word_groups = {str(w): number for number, group in enumerate(data.load("org_words.yml")["groups"])
                   for w in group}
    legal_raw = data.load("legal_forms.yml")
    # A kind word's translations are kind words too (muassasa, bonyad, fondation: foundation;
    # khayriyah: charitable): what kind of organization a name is, in another language.
    kinds = {str(k) for k in legal_raw["kind"]}
    kind_groups = {word_groups[k] for k in kinds if k in word_groups}
    kinds |= {w for w, number in word_groups.items() if number in kind_groups}
    generic = frozenset(str(g) for g in legal_raw["generic"])
    sectors = {str(k) for k in legal_raw["sector"]}
    sector_groups = {word_groups[k] for k in sectors if k in word_groups}
    sectors |= {w for w, number in word_groups.items() if number in sector_groups}
    acronym_skip = frozenset(str(k) for k in legal_raw["acronym_skip"])
    written = [_phrase(f) for f in legal_raw["legal_forms"]]
    # a one-word form of three letters or more written with a dot after every letter (L.T.D., D.O.O.,
    # G.m.b.H.): its letters one by one, as the tokenizer splits them (not two: "a s" of A. S. Smith)
    spelled = [tuple(form[0]) for form in written if len(form) == 1 and 3 <= len(form[0]) <= 5]
    legal = frozenset(written + spelled)
    translit = data.load("transliteration.yml")
    numbers_raw = data.load("numbers.yml")
    numbers = {str(k): int(v) for section in ("roman", "words") for k, v in numbers_raw[section].items()}
    skeleton = translit["skeleton"]
    latin_arabic = translit.get("latin_arabic") or {}
    digraphs = sorted(((str(k), str(v)) for k, v in skeleton["digraphs"].items()), key=lambda kv: -len(kv[0]))
    return Tables(
        titles=MappingProxyType(titles),
        title_qualifiers=frozenset(_phrase(q) for q in titles_raw["qualifiers"]),
        appositive_roles=frozenset(str(r) for r in titles_raw["appositive"]),
        article_forms=frozenset(str(f) for f in particles_raw["article"]["forms"]),
        article_free=frozenset(str(f) for f in particles_raw["article"]["free_standing"]),
        article_assimilated=frozenset(str(f) for f in particles_raw["article"]["forms"]
                                      if len(str(f)) > 1 and str(f)[0] in "aeiou" and str(f)[1] != "l"),
        article_apostrophe=frozenset(str(f) for f in particles_raw["article"]["apostrophe"]),
        kinship=MappingProxyType(kinship),
        other_particles=frozenset(str(p) for p in particles_raw["other"]),
        locative_particles=frozenset(str(p) for p in particles_raw.get("locative") or ()),
        ezafe=tuple(sorted((str(e) for e in particles_raw["ezafe"]), key=len, reverse=True)),
        abd_glue=frozenset(str(g) for g in particles_raw["abd"]["glue"]),
        din_endings=tuple(sorted((str(e) for e in particles_raw["din"]["endings"]), key=len, reverse=True)),
        din_words=frozenset(str(w) for w in particles_raw["din"]["words"]),
        din_joiners=frozenset(str(w) for w in particles_raw["din"]["joiners"]),
        given_names=MappingProxyType(given),
        patronymic_endings=tuple(sorted((str(e) for e in given_raw.get("patronymic_endings") or ()), key=len,
                                        reverse=True)),
        legal_forms=legal,
        legal_max_len=max(len(f) for f in legal),
        generic=generic,
        kind_words=frozenset(kinds),
        sector_words=frozenset(sectors),
        place_kinds=frozenset(str(k) for k in legal_raw.get("place_kind") or ()),
        undistinctive=frozenset(generic | kinds | {str(k) for k in legal_raw["sector"]} | set(word_groups)
                                | {str(p) for p in particles_raw["other"]} | acronym_skip),
        word_groups=MappingProxyType(word_groups),
        acronym_skip=acronym_skip,
        arabic=_script(translit["arabic"]),
        arabic_digits=str(translit["arabic"]["digits"]),
        hebrew=_script(translit["hebrew"]),
        hebrew_geresh=MappingProxyType({str(k): str(v) for k, v in translit["hebrew"]["geresh"].items()}),
        hebrew_geresh_marks=str(translit["hebrew"]["geresh_marks"]),
        skeleton_digraphs=tuple(digraphs),
        skeleton_letters=MappingProxyType({str(k): str(v) for k, v in skeleton["letters"].items()}),
        skeleton_alternates=tuple((str(k), str(v)) for k, v in (translit.get("alternates") or {}).items()),
        skeleton_latin_only=frozenset(str(p) for p in (translit.get("latin_only") or [])),
        skeleton_native_only=frozenset(str(p) for p in (translit.get("native_only") or [])),
        skeleton_not_hebrew=frozenset(str(p) for p in (translit.get("not_hebrew") or [])),
        skeleton_arabic_only=frozenset(str(p) for p in (translit.get("arabic_only") or [])),
        skeleton_hebrew_only=frozenset(str(p) for p in (translit.get("hebrew_only") or [])),
        numbers=MappingProxyType(numbers),
        latin_arabic_consonants=_strings(latin_arabic.get("consonants")),
        latin_arabic_finals=_strings(latin_arabic.get("final_consonants")),
        latin_arabic_before_vowels=_strings(latin_arabic.get("before_vowels")),
        latin_arabic_before_front=_strings(latin_arabic.get("before_front_vowels")),
        latin_arabic_vowels=MappingProxyType({str(k): tuple(str(r) for r in v)
                                              for k, v in (latin_arabic.get("vowels") or {}).items()}),
        latin_systems=tuple(_strings(system) for system in (translit.get("latin_systems") or {}).values()),
        latin_sounds=tuple((str(k), str(v)) for k, v in (translit.get("latin_sounds") or {}).items()),
        latin_sounds_hints=tuple(str(h) for h in translit.get("latin_sounds_hints") or ()),
    )


def _strings(raw: Mapping[str, Any] | None) -> Mapping[str, str]:
    return MappingProxyType({str(k): str(v) for k, v in (raw or {}).items()})
