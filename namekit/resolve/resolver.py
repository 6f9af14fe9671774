"""The resolver: a cascade of stages from exact to fuzzy, ending in one verdict per name.

Stages, in order; the first that finds any entity decides:

1. ``exact``: the name as written (up to case, Unicode form and spaces) is a registry name.
2. ``normalized``: titles, particles, punctuation, order, legal forms and script aside.
3. ``transliteration``: the same given-name groups and consonant skeletons (Mohamed/Muhammad,
   حسن رشاد/Hassan Rashad), confirmed by the part alignment.
4. ``short``: a partial form the registry allows on its own (a surname), title-checked.
5. ``acronym``: a name written as one word in capitals (IRGC, NIOC) is looked up among the
   initials of organizations' and places' names; after the fuzzy stage, not before, when it is
   also a part of some registry name (NIOC of NIOC International Affairs).
6. ``fuzzy``: candidates from the blocking index, scored by part alignment.

A stage that finds several entities answers ``ambiguous``; the resolver never picks silently.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import Callable, Iterable

import numpy as np

from namekit.match.align import Alignment, align
from namekit.match.index import NameIndex
from namekit.match.keys import (ACRONYM_SCORE, VOWELLESS_SCRIPTS, bare_key, exact_key, normalized_keys, query_acronym,
                                skeleton_key, translit_key)
from namekit.match.parts import hebrew_part_consonants_off, hebrew_part_sibilants_off, hebrew_part_vowel_fit
from namekit.match.rank import one_part, rank, rank_scores, reading_skeletons
from namekit.normalize.legal import ends_in_legal_form
from namekit.normalize.pipeline import NormalizedName, normalize, prepare
from namekit.normalize.script import ascii_words
from namekit.normalize.skeleton import skeleton_readings
from namekit.normalize.tables import tables
from namekit.resolve.config import ResolverConfig
from namekit.resolve.result import AMBIGUOUS, RESOLVED, UNRESOLVED, Candidate, Match, resolved_match

__all__ = ["Resolver"]

_MAX_INPUT = 4096
# A scored candidate of the fuzzy stage: (entity, (score, name position, alignment)).
_Ranked = tuple[int, tuple[float, int, Alignment]]
# Candidates scoring below this are not worth showing.
_SHOWN_FLOOR = 0.5
# A query of more parts than this is not a name: no fuzzy stage for it.
_MAX_FUZZY_PARTS = 24
# Of the candidates the pre-score ranks (0..2: letters plus skeletons), only those within this of
# the best are aligned: one further down was never the alignment's best or a rival within the
# margin in 4,542 benchmark candidates but one, and aligning it was a third of the fuzzy stage.
_RANK_WITHIN = 0.3
# A name of several parts written in Arabic or Hebrew script gets this many times the candidates
# and the aligned ones: its letters, without their short vowels, rank Latin spellings poorly.
# (Arabic 0.920 -> 0.931 and Persian 0.907 -> 0.919 of the cross-script set at 4; for one-part
# names, which meet many one-part rivals with the same skeleton, more candidates only made more
# of them ambiguous: Hebrew 0.619 -> 0.590.)
_NATIVE_WIDENING = 4
# A one-part name in Arabic or Hebrew script that none of its few aligned candidates fits gets
# this many more aligned, the next by the pre-score: its letters rank the right Latin spelling
# below names of its skeleton whose letters only look alike (2026-12-07: Hebrew native -> Latin
# 0.837 -> 0.842 at precision 0.985 -> 0.984, negatives answered 23 -> 25 of 790; a Latin query
# against names in those scripts the same way, Hebrew 0.838 -> 0.842 but Cyrillic precision
# 0.960 -> 0.946 and three negatives more: Latin spellings of Cyrillic names that their
# Cyrillic spelling misses take Hebrew ones, Leuven לובין, Necochea ניקוסיה)
_FURTHER_CANDIDATES = 8
_Filter = Callable[[Iterable[int]], list[int]]
_NONE: frozenset[int] = frozenset()
# A name that goes through every stage to the fuzzy one in any registry (none is likely to hold it).
_PREPARE_QUERY = "Qzxvokwy Abd al-Jwrtplaqq"


def _titles_fit(query_titles: tuple[str, ...], entity_titles: frozenset[str]) -> bool:
    """A title in the query must be one the entity is known by, or a part of one ("general" in "major general")."""
    if not query_titles or not entity_titles:
        return True
    for q in query_titles:
        for t in entity_titles:
            if q == t or f" {q} " in f" {t} " or f" {t} " in f" {q} ":
                return True
    return False


class Resolver:
    """Resolves names against a :class:`NameIndex`. Immutable, so safe to share between threads."""

    def __init__(self, index: NameIndex, config: ResolverConfig | None = None) -> None:
        self._index = index
        self._config = config or ResolverConfig()
        # The entities each 'not' key excludes, looked up by the query's keys (not a walk over
        # every entity with a 'not' list, per query), and whether any ID was retired at all.
        excluded_by: dict[str, set[int]] = {}
        for e, keys in index.not_keys.items():
            for key in keys:
                excluded_by.setdefault(key, set()).add(e)
        self._excluded_by = MappingProxyType({k: frozenset(v) for k, v in excluded_by.items()})
        self._has_redirects = len(index.redirects) > 0
        self._native_names = len(index.native_skeletons) > 0  # names written in Arabic or Hebrew script
        # What is built on first use (the data tables, compiled patterns, the fuzzy stage's first
        # scoring calls: 10 to 15 ms) now, in the start-up time, not in the time of the first names.
        prepare()
        self.resolve(_PREPARE_QUERY)

    @property
    def index(self) -> NameIndex:
        return self._index

    @property
    def config(self) -> ResolverConfig:
        return self._config

    def resolve(self, name: str, type: str | None = None, *, explain: bool = False) -> Match:
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not {builtin_type(name).__name__}")
        if not name or name.isspace():
            return Match(input=name, status=UNRESOLVED, explanation="empty name" if explain else None)
        if self._has_redirects:
            redirected = self._retired_id(name, type)
            if redirected is not None:
                return redirected
        query = normalize(name, type, explain=explain)
        notes: list[str] = []
        if explain:
            notes += [f"{step.name:>12}: {step.result}" for step in query.steps]
        match = self._cascade(name, query, type, notes, explain)
        if explain:
            return Match(**{**match.__dict__, "explanation": "\n".join(notes)})
        return match

    def _retired_id(self, name: str, type: str | None) -> Match | None:
        """A retired ID (in some entity's ``previous_ids``) answers its successor, with ``redirected_from``."""
        pos = self._index.redirects.get(name.strip())
        if pos is None or (type is not None and self._index.entities[pos].type != type):
            return None
        entity = self._index.entities[pos]
        return Match(input=name, status=RESOLVED, id=entity.id, name=entity.name, type=entity.type, score=1.0,
                     method="id", matched=name.strip(), redirected_from=name.strip())

    # -- stages -------------------------------------------------------------------------------

    def _cascade(self, name: str, query: NormalizedName, type: str | None, notes: list[str], explain: bool) -> Match:
        index = self._index
        keys = normalized_keys(query)
        excluded: set[int] | frozenset[int] = _NONE
        if self._excluded_by:
            excluded = set().union(*(self._excluded_by.get(k, ()) for k in keys))
        if excluded and explain:
            notes.append("excluded by 'not': " + ", ".join(index.entities[e].id for e in sorted(excluded)))

        # A name of no given type that ends in a legal form is an organization's: no person is
        # taken for it (Dan Gertler Diamonds Ltd. is not Dan Gertler).
        no_persons = type is None and bool(query.legal_forms) and ends_in_legal_form(ascii_words(name))
        # And so is one of three parts or more that ends in a kind word (Osiel Cardenas-Guillen
        # Organization, Nasif Barakat Alien Smuggling Organization: the organization named after
        # its head, not the head). (Two parts may be a person's: Robert Plant.)
        kind_ending = (type is None and not no_persons and len(query.tokens) > 2
                       and query.tokens[-1] in tables().kind_words)
        if (no_persons or kind_ending) and explain:
            notes.append(f"ends in {'a kind word' if kind_ending else 'a legal form'}: persons left out")
        no_persons = no_persons or kind_ending
        allowed: _Filter
        if not excluded and type is None and not no_persons:
            allowed = list  # nothing to filter out (the common case)
        else:
            def allowed(positions: Iterable[int]) -> list[int]:
                out = []
                for pos in positions:
                    e = index.entity_of(pos)  # the entity's number and type only: no decoding of names
                    if e in excluded or (type is not None and index.entity_type(e) != type):
                        continue
                    if no_persons and index.entity_type(e) == "person":
                        continue
                    out.append(pos)
                return out

        if len(name) <= _MAX_INPUT:
            hit = allowed(index.exact.get(exact_key(name), ()))
            if hit:
                return self._verdict(name, query, hit, "exact", notes, explain, exact=True)
        if not query.tokens:
            return Match(input=name, status=UNRESOLVED)
        table = index.normalized
        hit = allowed(table.get(keys[0], ()) if len(keys) == 1 else [p for k in keys for p in table.get(k, ())])
        if not hit and len(query.core) >= 2:
            hit = allowed(index.bare.get(bare_key(query), ()))
        if hit:
            return self._verdict(name, query, hit, "normalized", notes, explain, exact=True)
        if len(query.core) >= 2:
            if query.script in VOWELLESS_SCRIPTS:
                keyed = index.skeletons.get(skeleton_key(query), ())
            else:
                keyed = (tuple(index.translit.get(translit_key(query), ()))
                         + tuple(index.native_skeletons.get(skeleton_key(query), ())))
            confirmed = self._confirmed(query, allowed(keyed), self._config.translit_threshold)
            if confirmed:
                return self._verdict(name, query, list(confirmed), "transliteration", notes, explain, known=confirmed)
        short = allowed(p for k in {*keys, bare_key(query)} for p in index.short.get(k, ()))
        short = [p for p in short if _titles_fit(query.titles, index.titles.get(index.names[p].entity, frozenset()))]
        if short:
            return self._verdict(name, query, short, "short", notes, explain, exact=True)
        acronym = query_acronym(name)
        acronym_hit = allowed(index.acronyms.get(acronym, ())) if acronym is not None else []
        # An acronym that is a part of some registry name too (NIOC of NIOC International Affairs
        # Ltd, HAMAS) is that name's when the fuzzy stage finds it; one that is not, first.
        part = bool(acronym_hit) and bool(index.document_frequency.get(acronym or ""))
        if acronym_hit and not part:
            return self._by_acronym(name, acronym_hit, notes, explain)
        if self._config.fuzzy:
            match = self._fuzzy(name, query, allowed, notes, explain)
            if match.status != UNRESOLVED or not acronym_hit:
                return match
        if acronym_hit:
            return self._by_acronym(name, acronym_hit, notes, explain)
        return Match(input=name, status=UNRESOLVED)

    def _confirmed(self, query: NormalizedName, positions: list[int], threshold: float) -> dict[int, float]:
        """The positions whose alignment with ``query`` scores ``threshold`` or more, with that score."""
        scored = ((p, self._score(query, p).score) for p in positions)
        return {p: score for p, score in scored if score >= threshold}

    def _score(self, query: NormalizedName, pos: int) -> Alignment:
        index = self._index
        person = index.entity_type(index.entity_of(pos)) == "person"  # the type column: no entity decoded
        if query.titles and not person:
            # A title word is part of an organization's or a place's name ("General Trading").
            query = replace(query, tokens=query.full_tokens)
        return align(query, index.parts_of(pos), index.weight, person=person)  # the name's parts, not decoded

    def _fuzzy(self, name: str, query: NormalizedName, allowed: _Filter, notes: list[str], explain: bool) -> Match:
        index, config = self._index, self._config
        if len(query.core) > _MAX_FUZZY_PARTS:
            return Match(input=name, status=UNRESOLVED)
        # A spelling without its short vowels (Arabic, Hebrew script) fits many more names by its
        # skeletons, and the letter pre-score tells them apart poorly: more are proposed and aligned.
        single = len(query.core) == 1
        widen = _NATIVE_WIDENING if query.script in VOWELLESS_SCRIPTS and not single else 1
        # and a Latin spelling meets a name in those scripts by skeletons that many names share: more
        # are proposed (aligned as many as before), or the blocking's cut among equals decides; so
        # does a one-part name in those scripts (סאול, s-l, among the Latin names of skeleton s-l: Oslo,
        # Seoul, Sala...), whose candidates are ranked, and the best few aligned, whatever their number.
        # (2026-12-09: Hebrew native->Latin 0.788 -> 0.797, twice the candidates 0.795)
        native_query = query.script in VOWELLESS_SCRIPTS
        proposed = (_NATIVE_WIDENING if (self._native_names and not native_query) or (single and native_query)
                    else widen)
        positions = allowed(index.candidates(query, config.max_candidates * proposed))
        further: list[int] = []
        if single or len(positions) > config.aligned_candidates * widen:
            positions, further = self._prefilter(query, positions, config.aligned_candidates * widen, single=single,
                                                 further=_FURTHER_CANDIDATES if single and native_query else 0)
        best: dict[int, tuple[float, int, Alignment]] = {}
        self._align_into(query, positions, best)
        threshold = config.single_threshold if single else config.threshold
        if further and (not best or max(s for s, _, _ in best.values()) < threshold):
            # none of the few fits a one-part name in Arabic or Hebrew script: the next few are
            # aligned, all of them rivals (its letters rank a Latin spelling poorly: Yiddish ע for
            # e in עקסעטער, Exeter; ק for qu in איקיקה, Iquique; ס for z in מיסקה, Mizque)
            self._align_into(query, further, best)
            positions = positions + further
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], index.entity_id(kv[0])))
        if explain:
            notes.append(f"fuzzy: {len(positions)} candidate names, {len(ranked)} entities scored")
            for e, (score, pos, alignment) in ranked[:3]:
                notes.append(f"  {index.entities[e].id} via {index.names[pos].text!r}: {score:.3f}")
                notes += ["    " + line for line in alignment.explain().splitlines()]
        if explain:
            notes.append(f"fuzzy: resolves at {threshold:.2f} or more, with no other entity within {config.margin:.2f}")
        def shown() -> tuple[Candidate, ...]:  # decoded only for an answer that lists them
            return tuple(self._candidate(e, s) for e, (s, _, _) in ranked[: config.shown_candidates] if s >= _SHOWN_FLOOR)

        if ranked and ranked[0][1][2].fuller and index.entity_type(ranked[0][0]) == "person":
            # a person's name that is cleanly the other's fuller form: a name written with and
            # without a second given name, second surname or nasab is the commonest variant of all
            threshold = min(threshold, config.fuller_threshold)
            if explain:
                notes.append(f"fuzzy: the best is a person's fuller or shorter form: resolves at {threshold:.2f}")
        if not ranked or ranked[0][1][0] < threshold:
            return Match(input=name, status=UNRESOLVED, score=ranked[0][1][0] if ranked else 0.0, candidates=shown())
        top_score = ranked[0][1][0]
        rivals = [e for e, (s, _, _) in ranked[1:] if s >= top_score - config.margin]
        e, (score, pos, _) = ranked[0]
        if rivals:
            pick = self._hebrew_tiebreak(query, ranked[: len(rivals) + 1])
            if pick is None:
                return Match(input=name, status=AMBIGUOUS, score=top_score, method="fuzzy", candidates=shown())
            e, (score, pos, _) = pick
            if explain:
                notes.append(f"fuzzy: {index.entities[e].id} set apart by the Hebrew vowel letters")
        return self._resolved(name, e, score, "fuzzy", index.name_text(pos), candidates=())

    def _hebrew_tiebreak(self, query: NormalizedName, tied: list[_Ranked]) -> _Ranked | None:
        """Of the best candidates within the margin (``tied``, best first) of a Hebrew spelling
        against Latin ones, or a Latin spelling against Hebrew ones, the one of the best score whose
        parts the Hebrew vowel letters fit better than every other's, each letter read as the vowel
        it writes most (:func:`~namekit.match.parts.hebrew_part_vowel_fit`: פאורי is Pauri, not Pori;
        ראנצי Ranchi, not Ronse); None when none does. The score ties them: it allows each letter the
        looser qualities Hebrew writes less often (א for o, י for e), and ladders its evidence.
        Reached only by answers that would be ambiguous: no cost for the others."""
        index = self._index
        hebrew_query = query.script == "Hebrew"
        if not hebrew_query and query.script != "Latin":
            return None
        other = "Latin" if hebrew_query else "Hebrew"
        fits: list[tuple[int, int, int]] = []
        for _, (_, pos, alignment) in tied:
            if index.parts_of(pos).script != other:
                return None  # a Hebrew spelling against a Latin one, every one of them
            fit = off = sibilants = 0
            for part in alignment.parts:
                if part.left is not None and part.right is not None and part.how != "equal":
                    native, latin = (part.left, part.right) if hebrew_query else (part.right, part.left)
                    fit += hebrew_part_vowel_fit(native, latin)
                    off += hebrew_part_consonants_off(native, latin)
                    sibilants += hebrew_part_sibilants_off(native, latin)
            # the vowel letters first; then, alike by them, the consonants counted alike; then s and sh
            fits.append((fit, -off, -sibilants))
        best = max(fits)
        if fits.count(best) > 1 or tied[fits.index(best)][1][0] < tied[0][1][0]:
            return None
        return tied[fits.index(best)]

    def _align_into(self, query: NormalizedName, positions: Iterable[int],
                    best: dict[int, tuple[float, int, Alignment]]) -> None:
        """Align ``query`` with each of ``positions``, keeping each entity's best name in ``best``."""
        index = self._index
        for pos in positions:
            e = index.entity_of(pos)
            alignment = self._score(query, pos)
            current = best.get(e)
            if current is None or alignment.score > current[0]:
                best[e] = (alignment.score, pos, alignment)

    def _prefilter(self, query: NormalizedName, positions: list[int], keep: int, *, single: bool,
                   further: int = 0) -> tuple[list[int], list[int]]:
        """The ``keep`` candidates whose parts best find the query's (:func:`rank`, in C and
        numpy): part alignment is the costly step, and this picks which candidates get it.
        ``single``: only names of one part (a one-part query matches only those by spelling).
        ``further``: as many next ones, whatever their score, returned apart (none by default)."""
        texts, skeletons = self._index.prefilter_texts(positions)  # columns: no name is decoded here
        if single:
            # one skeleton per core part, joined by spaces: no space, one part; or a name that is
            # one part but for kind words (Makin Institute), or the query's part written apart
            # (Whitepigeon, White Pigeon), which the alignment reads as one
            kept = [i for i, s in enumerate(skeletons) if " " not in s or one_part(query.core[0], texts[i])]
            positions = [positions[i] for i in kept]
            texts, skeletons = [texts[i] for i in kept], [skeletons[i] for i in kept]
            # (ranked even when they are few: a name far behind the best by its letters is no
            # rival for a one-part name, whether four names or forty fit its skeleton. Until
            # 2026-12-02 four or fewer were all aligned: Hebrew native -> Latin 0.635 -> 0.647 at
            # precision 0.972 -> 0.971, Latin -> Hebrew 0.655 -> 0.660, Cyrillic 0.590 -> 0.592.)
            if len(positions) <= 1:
                return positions, []
        readings = None
        if query.script in VOWELLESS_SCRIPTS and query.skeletons:
            # as the alignment will read them
            skeletons = reading_skeletons(query.skeletons, texts, query.script)
        elif self._native_names and len(query.skeletons) == len(query.core):
            # a Latin query meets a name in Arabic or Hebrew script under its readings too (Košice,
            # c read as ts, is קושיצה), and as its letters are said (Galaţi as galats, גאלאץ): ranked
            # by the reading closest to each name
            said = dict(zip(query.tokens, query.spoken.split())) if query.spoken else {}
            readings = [sorted((skeleton_readings(tok) | skeleton_readings(said.get(tok, tok))) - {sk})
                        for tok, sk in zip(query.core, query.skeletons)]
        # (a Latin query's words against names in Arabic or Hebrew script, which are translated more
        # often: every translation group's words ranked as the query writes them, not kind words
        # only. For a native query too: Hebrew +1, but a negative more, סנטה פאולה taking Santa Paula's
        # namesake)
        translations = readings is not None
        if not further:
            ranked = rank(query, texts, skeletons, self._index.weight, within=_RANK_WITHIN, readings=readings,
                          translations=translations)
            return [positions[i] for i in ranked[:keep]], []
        scores = rank_scores(query, texts, skeletons, self._index.weight, readings=readings,
                             translations=translations)
        order = np.lexsort((np.arange(len(texts)), -scores)).tolist()
        first = [i for i in order[:keep] if scores[i] >= scores[order[0]] - _RANK_WITHIN]
        rest = [i for i in order if i not in first][:further]
        return [positions[i] for i in first], [positions[i] for i in rest]

    def _by_acronym(self, name: str, positions: list[int], notes: list[str], explain: bool) -> Match:
        """The answer for a name found by its acronym: the one entity whose names have it, or
        ambiguous between several (NOC: National Olympic Committee, of which country?)."""
        index = self._index
        first: dict[int, int] = {}
        for pos in positions:
            first.setdefault(index.entity_of(pos), pos)
        if explain:
            notes.append("acronym: the initials of " + ", ".join(
                f"{index.entities[e].id} via {index.names[p].text!r}" for e, p in first.items()))
        if len(first) == 1:
            (e, pos), = first.items()
            return self._resolved(name, e, ACRONYM_SCORE, "acronym", index.name_text(pos))
        ranked = sorted(first, key=index.entity_id)
        candidates = tuple(self._candidate(e, ACRONYM_SCORE) for e in ranked[: max(self._config.shown_candidates, 2)])
        return Match(input=name, status=AMBIGUOUS, score=ACRONYM_SCORE, method="acronym", candidates=candidates)

    # -- answers ------------------------------------------------------------------------------

    def _candidate(self, e: int, score: float) -> Candidate:
        index = self._index
        return Candidate(index.entity_id(e), index.entity_name(e), score, index.entity_type(e))

    def _resolved(self, name: str, e: int, score: float, method: str, matched: str | None,
                  candidates: tuple[Candidate, ...] = ()) -> Match:
        # id, name and type only: the rest of the entity is not decoded
        id_, entity_name, entity_type = self._index.entity_answer(e)
        return resolved_match(name, id_, entity_name, entity_type, score, method, matched, candidates)

    def _verdict(self, name: str, query: NormalizedName, positions: list[int], method: str,
                 notes: list[str], explain: bool, *, exact: bool = False,
                 known: dict[int, float] | None = None) -> Match:
        """The answer for the names ``positions`` a key found: ``exact`` when the key is proof
        enough (each scores 1.0), else each is aligned with the query, unless ``known`` has its score."""
        index = self._index
        if exact and not explain and len(positions) == 1:  # the common case: one name, nothing to rank
            pos = positions[0]
            return self._resolved(name, index.entity_of(pos), 1.0, method, index.name_text(pos))
        scores: dict[int, tuple[float, int]] = {}
        for pos in positions:
            e = index.entity_of(pos)
            if exact:
                score = 1.0
            elif known is not None and pos in known:
                score = known[pos]  # aligned already, by the stage that found it
            else:
                score = self._score(query, pos).score
            if e not in scores or score > scores[e][0]:
                scores[e] = (score, pos)
        if explain:
            notes.append(f"{method}: " + ", ".join(f"{index.entities[e].id} via {index.names[p].text!r}" for e, (_, p) in scores.items()))
            if not exact:
                for e, (score, pos) in sorted(scores.items(), key=lambda kv: -kv[1][0])[:3]:
                    notes.append(f"  {index.entities[e].id} via {index.names[pos].text!r}: {score:.3f}")
                    notes += ["    " + line for line in self._score(query, pos).explain().splitlines()]
        if len(scores) == 1:
            (e, (score, pos)), = scores.items()
            return self._resolved(name, e, score, method, index.name_text(pos))
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], index.entity_id(kv[0])))
        if not exact and ranked[1][1][0] < ranked[0][1][0] - self._config.margin:
            # Keys found several entities, but the alignment sets one clearly apart (Farouq
            # al-Shara: Farouk al-Shara 0.95, Farouk al-Sharaa 0.88): the same rule as the fuzzy stage.
            e, (score, pos) = ranked[0]
            return self._resolved(name, e, score, method, index.name_text(pos))
        candidates = tuple(self._candidate(e, s) for e, (s, _) in ranked[: max(self._config.shown_candidates, 2)])
        return Match(input=name, status=AMBIGUOUS, score=ranked[0][1][0], method=method, candidates=candidates)


builtin_type = type
