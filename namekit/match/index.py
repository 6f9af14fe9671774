"""The compiled index of a registry: every name normalized once, keyed for the resolver's stages.

Two forms of one :class:`NameIndex`, answering identically:

- :func:`build_index` builds it in memory (small registries, ``lint``, tests);
- :func:`compile_index` writes it to a packed file (:mod:`namekit.match.store`) and
  :func:`open_index` maps that file back: opening costs milliseconds whatever the registry's size,
  and names, entities and keys are decoded only when a query touches them. This is the form
  :mod:`namekit.cache` keeps on disk.
"""

from __future__ import annotations

import json
import math
import os
import threading
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import IO, Any, overload

import numpy as np

from namekit.frozen import new_frozen
from namekit.match.keys import (VOWELLESS_SCRIPTS, acronym_keys, bare_key, exact_key, normalized_keys, skeleton_key,
                                translit_key)
from namekit.match.parts import part_weight
from namekit.match.store import IntColumn, PackedTable, Store, StoreError, StoreWriter, StringColumn, open_store
from namekit.normalize.pipeline import NormalizedName, normalize
from namekit.normalize.skeleton import consonant_count, reading_spellings, skeleton, skeleton_readings
from namekit.normalize.tables import tables
from namekit.normalize.titles import canonical_title
from namekit.registry.model import Alias, Entity, Location

__all__ = ["NameIndex", "NameEntry", "build_index", "compile_index", "open_index", "INDEX_FORMAT", "KEY_TABLES"]

# A blocking key shared by more names than this is too common to pick candidates by.
MAX_POSTING = 20000
# A part the registry has as written is looked up by its skeleton too (Mohamed finds Muhammad),
# but not when the skeleton's list is more than this many times the part's own: it then adds
# thousands of names that share only consonants ("hsn" of Hassan, Hussein, Hasan, Husni...);
# unless the name is of one part and the list no longer than the candidates asked for.
SKELETON_FANOUT = 10
# A query's part that the registry lacks is also looked up as two parts it has, written together
# (Transgazelle, Trans Gazelle), each of this many letters or more; when the shorter of the two
# lists is at most SPLIT_MAX names (see NameIndex._halves).
SPLIT_MIN = 3
SPLIT_MAX = 5000
# A query's part that the registry lacks, in a name of two parts or more, is also looked up under
# its skeleton less one consonant (Dagmoush, djms, finds Daamoush, dms), when its skeleton has
# NEAR_MIN consonants or more, all of them together as one key (the gain of the sum of their
# lists) at NEAR_GAIN of a key's gain, added to the names another key of the query found: a
# neighbour is weaker evidence than the skeleton itself. (At full gain these names crowded out the
# candidates of the query's other parts: Gotsanyuk, Shahid Mahmood, two OFAC aliases lost. Bringing
# names of their own, their lists, long at 1M aliases, were a tenth of a fuzzy name's instructions
# and a fifth of its cache misses; read only, 3% and 5%, for 1,810 right of the benchmark's 2,000
# fuzzy names at 1M against 1,813 (1,763 without). At three consonants, whose neighbours are the
# long lists of two: Latin -> native +9 more but 3 lost and a negative more answered.)
NEAR_MIN = 4
NEAR_GAIN = 0.5
# Bumped whenever the packed layout changes; part of the cache key.
# 2: each name's normalized text and consonant skeletons as columns, for the fuzzy pre-score.
# 3: the skeleton keys of names written in Arabic or Hebrew script in a table of their own; a
#    name's normalized text and skeletons in one column.
# 4: a name's script in a byte column (so that aligning a candidate decodes nothing).
# 5: (unreleased: adjacent parts of a Latin name filed joined; dropped for its memory)
# 6: the acronyms of organizations' and places' names, a table of their own.
INDEX_FORMAT = 7
# The tables from a key to name positions. (``native_skeletons``: the skeleton keys of the names
# written in Arabic or Hebrew script, which a Latin spelling meets by its skeleton; a subset of
# ``skeletons``, kept apart so that a Latin query need not decode every name that shares a key.)
KEY_TABLES = ("exact", "normalized", "bare", "translit", "skeletons", "native_skeletons", "short", "acronyms",
              "postings")
# Decoded names and entities kept per open index (see _Memo).
_MEMO_SIZE = 1 << 17
_KINDS = ("name", "alias", "short")


@dataclass(frozen=True)
class NameEntry:
    """One name of one entity, normalized."""

    entity: int  # position in NameIndex.entities
    text: str
    normalized: NormalizedName
    kind: str  # "name", "alias" or "short"


def _freeze(table: dict[str, set[int]]) -> Mapping[str, tuple[int, ...]]:
    return MappingProxyType({k: tuple(sorted(v)) for k, v in table.items()})


@dataclass(frozen=True)
class NameIndex:
    """Immutable lookup tables over the names of a registry.

    Every key table (``exact`` ... ``postings``) maps a key to the positions (in :attr:`names`) of
    the names that have it, ascending. ``names`` and ``entities`` are sequences: tuples when built in
    memory, lazily decoded views of a mapped file when opened from the cache.
    """

    entities: Sequence[Entity]
    names: Sequence[NameEntry]
    by_id: Mapping[str, int]
    redirects: Mapping[str, int]
    exact: Mapping[str, tuple[int, ...]]
    normalized: Mapping[str, tuple[int, ...]]
    bare: Mapping[str, tuple[int, ...]]
    translit: Mapping[str, tuple[int, ...]]
    skeletons: Mapping[str, tuple[int, ...]]
    native_skeletons: Mapping[str, tuple[int, ...]]
    short: Mapping[str, tuple[int, ...]]
    acronyms: Mapping[str, tuple[int, ...]]  # of organizations and places: "irgc"
    postings: Mapping[str, tuple[int, ...]]
    not_keys: Mapping[int, frozenset[str]]
    titles: Mapping[int, frozenset[str]]
    document_frequency: Mapping[str, int]
    # The packed file this index is mapped from (None when built in memory).
    source_file: str | None = field(default=None, compare=False)
    # Memo of weight(): a pure function of the token for this index; filling it is idempotent.
    _weights: dict[str, float] = field(default_factory=dict, init=False, compare=False, repr=False)
    # Per-thread scratch arrays of candidates() (one float per name, kept zeroed between calls).
    _scratch: threading.local = field(default_factory=threading.local, init=False, compare=False, repr=False)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its file name when mapped (workers map the same file), else as plain tables."""
        if self.source_file is not None:
            return open_index, (self.source_file,)
        return _from_tables, ({f.name: _plain(getattr(self, f.name)) for f in fields(self) if f.init},)

    def entity_of(self, pos: int) -> int:
        """The entity of name ``pos``, without decoding the name (what the resolver's filters read)."""
        names = self.names
        if isinstance(names, _PackedNames):
            return names.entity_of(pos)
        return names[pos].entity

    def name_text(self, pos: int) -> str:
        """The text of name ``pos``, without decoding its normalized form."""
        names = self.names
        if isinstance(names, _PackedNames):
            return names.text_of(pos)
        return names[pos].text

    def entity_name(self, e: int) -> str:
        """The name of entity ``e``, without decoding the rest of the entity."""
        entities = self.entities
        if isinstance(entities, _PackedEntities):
            return entities.name_of(e)
        return entities[e].name

    def parts_of(self, pos: int) -> NormalizedName:
        """What :func:`namekit.match.align.align` reads of name ``pos``: its parts (``tokens``) and
        ``script``. Of a packed index, read from two columns, without decoding the name's record:
        its titles and legal forms are left empty. (Aligning a candidate decoded it only for
        these; a decoding was a fifth of an alignment's time.)"""
        names = self.names
        if isinstance(names, _PackedNames):
            return names.parts_of(pos)
        return names[pos].normalized

    def prefilter_texts(self, positions: Sequence[int]) -> tuple[list[str], list[str]]:
        """The normalized texts and the joined consonant skeletons of names ``positions``: what the
        fuzzy stage's pre-score compares. Read from columns of the packed file, not decoded."""
        names = self.names
        if isinstance(names, _PackedNames):
            return names.prefilter_texts(positions)
        norms = [names[p].normalized for p in positions]
        return [n.text for n in norms], [" ".join(n.skeletons) for n in norms]

    def entity_answer(self, e: int) -> tuple[str, str, str]:
        """The id, name and type of entity ``e`` (what an answer shows), in one call."""
        entities = self.entities
        if isinstance(entities, _PackedEntities):
            return entities.answer_of(e)
        entity = entities[e]
        return entity.id, entity.name, entity.type

    def entity_id(self, e: int) -> str:
        """The id of entity ``e``, without decoding the rest of the entity."""
        entities = self.entities
        if isinstance(entities, _PackedEntities):
            return entities.id_of(e)
        return entities[e].id

    def entity_type(self, e: int) -> str:
        """The type of entity ``e``, without decoding the rest of the entity."""
        entities = self.entities
        if isinstance(entities, _PackedEntities):
            return entities.type_of(e)
        return entities[e].type

    def weight(self, token: str) -> float:
        """A part's weight: what it says about identity (:func:`part_weight`) times its rarity here."""
        w = self._weights.get(token)
        if w is None:
            n = len(self.entities) + 1
            df = self.document_frequency.get(token, 0)
            rarity = math.log((n + 1) / (df + 1)) / math.log(n + 1) if n > 1 else 1.0
            w = part_weight(token) * (0.4 + 0.6 * max(0.0, min(1.0, rarity)))
            if len(self._weights) >= _MEMO_SIZE:
                self._weights.clear()
            self._weights[token] = w
        return w

    def _posting(self, key: str) -> Sequence[int]:
        postings = self.postings
        if isinstance(postings, PackedTable):
            view = postings.view(key)
            return () if view is None else view
        return postings.get(key, ())

    def candidates(self, query: NormalizedName, limit: int = 50) -> list[int]:
        """Names worth scoring against ``query``: they share a part or a part's skeleton or prefix."""
        # A name gains, for each query part, the weight of the part times how specific the most
        # specific key it shares with it is: sharing "pwint" says more than sharing the skeleton of
        # "hassan" with hundreds of names.
        # (Written with numpy over the posting arrays, not a loop per position: a posting may hold
        # thousands of names in a registry of a million. The sums are the same additions, in the
        # same order, as hits[pos] = hits.get(pos, 0.0) + gain per part, in single precision: the
        # scratch arrays are half the memory the scattered reads and writes go through, and the
        # candidates of the 4,000 benchmark queries at 1M came out the same as in double.)
        total = len(self.names) + 1
        scratch = self._scratch_arrays()
        try:
            return self._candidates(query, limit, total, scratch.acc, scratch.part)
        except BaseException:
            scratch.acc.fill(0.0)  # interrupted half way: the arrays must be zero for the next call
            scratch.part.fill(0.0)
            raise

    def _candidates(self, query: NormalizedName, limit: int, total: int, acc: Any, part: Any) -> list[int]:
        touched: list[Any] = []
        native = query.script in VOWELLESS_SCRIPTS
        # a Latin part's readings (n: keys) can only meet names written in Arabic or Hebrew script
        readings = native or len(self.native_skeletons) > 0
        core = query.core
        # A one-part name's skeleton list is looked up, whatever its own, when it is no longer than
        # the candidates asked for: it has no other part whose candidates that list could crowd
        # out, and its own may be names it is only a part of (Qasiyun of Qasiyun Security
        # Company, whose Al-Qasiun is under the skeleton).
        single = len(core) == 1
        deferred: list[tuple[float, list[Sequence[int]]]] = []
        # the parts of a name in Arabic or Hebrew script that follow the article, which the Latin
        # spellings write joined to them: as-Sufyani, Alsufyani; al-Adhari, Ladhari
        articled = _after_article(query.tokens, core) if native else ()
        # a Latin part as said (Galaţi as galatsi), which meets names in Hebrew script
        said = dict(zip(query.tokens, query.spoken.split())) if query.spoken and readings else {}
        for k, tok in enumerate(core):
            w = self.weight(tok)
            keyed: list[tuple[float, Sequence[int]]] = []
            # A part the registry has as written is looked up by its prefix only when it is not:
            # the prefix posting is there for misspelt parts, and is the largest list by far.
            own_posting = self._posting("t:" + tok)
            own = len(own_posting)
            known = own > 0
            keys = _blocking_keys(tok, prefix=not known)  # the first is "t:" + tok, looked up just now
            if not native and k + 1 < len(core):
                # a compound the query writes apart and the registry as one word (Khalil Zadeh,
                # Khalilzadeh; Chan Dy, Chandy): the part with the next one as one part, as written
                # and by its skeleton, as the alignment reads a compound (Kheir Beik, Kheirbek;
                # Qolam Reza, Gholamreza; Abdulj Jashari, Abdul Jashari: one j or two). (The other
                # way round, the registry's adjacent parts filed joined, found two OFAC aliases more
                # but grew the index at 1M aliases by 73 MB and its building's peak by 350 MB.)
                joined = tok + core[k + 1]
                keys += ("t:" + joined,)
                joined_skeleton = skeleton(joined)
                if len(joined_skeleton) >= 2:
                    keys += ("s:" + joined_skeleton,)
            if native and k + 1 < len(core):
                # and a name in Arabic or Hebrew script that writes apart, or with a hyphen, what the
                # Latin spelling writes as one word (טאי-יואן Taiyuan, באר שבע Beersheba, טול כרם
                # Tulkarm): the part with the next one as one part, under its readings
                joined = tok + core[k + 1]
                keys += tuple(dict.fromkeys(x for x in (("s:" + skeleton(joined),) + _reading_keys(joined, True, query=True))
                                            if len(x) > 3))
            keys += _script_keys(tok, query.script)
            spoken = said.get(tok)
            if spoken is not None and spoken != tok:
                keys += _spoken_keys(spoken, query=True)
            if k in articled:
                # the article's l before the part's skeleton and readings, as Latin spellings write
                # it joined, assimilated or not (as-Sufyani, Alsufyani; al-Adhari, Ladhari)
                keys += tuple(dict.fromkeys(("s:l" + skeleton(tok),) + tuple(
                    "r:l" + x[2:] for x in _reading_keys(tok, native, query=True))))
            for key in keys + _reading_keys(tok, native, query=True) if readings else keys:
                if readings and len(key) == 3 and key[1] == ":":  # (n: and r: keys come with readings only)
                    if key[0] == "n" and not single:
                        continue  # (a Latin part of one consonant meets a crowd of native ones: Ali, علي)
                    if key[0] == "r" and single:
                        key = key + "."  # (among the Latin names of one part: _one_part_keys)
                posting = own_posting if key is keys[0] else self._posting(key)
                if not posting or len(posting) > MAX_POSTING:
                    continue
                if known and key[0] == "s" and len(posting) > (max(SKELETON_FANOUT * own, limit) if single
                                                               else SKELETON_FANOUT * own):
                    continue
                gain = w * math.log(total / len(posting))
                if gain > 0.0:
                    keyed.append((gain, posting))
            if not known and not native:
                if len(core) > 1:
                    # a consonant written that another spelling leaves out (a g or gh for an ayn):
                    # the names under the skeleton with one consonant fewer, any of them, counted
                    # below. (Not for a name of one part, which has no other key to meet: bringing
                    # names of their own there, the candidates of short skeletons ranked by their
                    # letters put the right name out of the few aligned, Latin -> Hebrew -9.)
                    near = [p for p in map(self._posting, _deletion_keys(tok)) if p and len(p) <= MAX_POSTING]
                    if near:
                        gain = NEAR_GAIN * w * math.log(total / sum(len(p) for p in near))
                        if gain > 0.0:
                            deferred.append((gain, near))
                # a part the query writes as one word and the registry as two (Transgazelle, Trans
                # Gazelle; Alighadeer, Ali Ghadeer): the names that hold both halves
                for both in self._halves(tok):
                    keyed.append((w * math.log(total / len(both)), both))
            if not keyed:
                continue
            # the largest gain of each position: smaller gains first, larger ones overwrite them
            keyed.sort(key=lambda kv: kv[0])
            arrays = [np.asarray(posting, dtype=np.int64) for _, posting in keyed]
            for (gain, _), positions in zip(keyed, arrays):
                part[positions] = gain
            positions = np.concatenate(arrays) if len(arrays) > 1 else arrays[0]
            # a position listed twice reads and writes the same values twice: still one addition
            acc[positions] = acc[positions] + part[positions]
            part[positions] = 0.0
            touched.append(positions)
        for gain, near in deferred:
            # a neighbour of a part's skeleton adds to a name that another key of the query found;
            # it brings none of its own (its lists are long at 1M aliases: read, not written)
            positions = np.concatenate([np.asarray(p, dtype=np.int64) for p in near])
            positions = positions[acc[positions] > 0.0]
            # (a name in two of the lists is one position listed twice: still one addition)
            acc[positions] = acc[positions] + gain
        if not touched or limit < 1:
            for positions in touched:
                acc[positions] = 0.0
            return []
        every = np.concatenate(touched) if len(touched) > 1 else touched[0]
        scores = acc[every]  # a position listed twice has its whole sum in both entries
        acc[every] = 0.0
        # The limit-th largest score, then the positions at or above it, each once. The sums take
        # few distinct values, so the cut is found from the top, one distinct value a pass (a
        # median of two): numpy's selection (np.partition) is several times slower on an array of
        # so many equal values. A position is in `every` once per list that holds it, so a count
        # of entries may overstate the positions: they are made distinct then, among the few
        # chosen entries only (not among all: that was a fifth of the blocking's time).
        cut = scores.max()
        while True:
            chosen = scores >= cut
            count = np.count_nonzero(chosen)
            if count >= limit or count == len(every):
                hits, first = np.unique(every[chosen], return_index=True)
                if len(hits) >= limit or count == len(every):
                    break
            cut = scores[~chosen].max()
        scores = scores[chosen][first]
        order = np.lexsort((hits, -scores))  # by score, highest first; equal scores by position
        ranked: list[int] = hits[order[:limit]].tolist()
        return ranked

    def _halves(self, token: str) -> list[Any]:
        """For each way ``token`` splits into two parts the registry has (of SPLIT_MIN letters or
        more each), the names that hold both, when any. (The registry's adjacent parts are not filed
        joined: that grew the index at 1M aliases by 73 MB. So the query splits: a lookup per
        split, a second where the first half is a part, and the shorter list of the two sought in
        the longer, only when it is at most SPLIT_MAX names: two halves that common find a crowd.)"""
        out = []
        for i in range(SPLIT_MIN, len(token) - SPLIT_MIN + 1):
            left = self._posting("t:" + token[:i])
            if not left or len(left) > MAX_POSTING:
                continue
            right = self._posting("t:" + token[i:])
            if not right or len(right) > MAX_POSTING or min(len(left), len(right)) > SPLIT_MAX:
                continue
            short, long = (left, right) if len(left) <= len(right) else (right, left)
            a, b = np.asarray(short), np.asarray(long)
            at = np.searchsorted(b, a)  # both ascending
            both = a[b[np.minimum(at, len(b) - 1)] == a]
            if len(both):
                out.append(both)
        return out

    def _scratch_arrays(self) -> Any:
        """Two zeroed float arrays of one slot per name, per thread: left zeroed after each use."""
        local = self._scratch
        if getattr(local, "acc", None) is None or len(local.acc) != len(self.names):
            # one array of two columns: a name's two slots share a cache line, so the scattered
            # reads and writes of a posting (thousands of names in a registry of a million) miss
            # the cache once per name, not twice
            pairs = np.zeros((len(self.names), 2), dtype=np.float32)
            local.acc = pairs[:, 0]
            local.part = pairs[:, 1]
        return local


def _plain(value: Any) -> Any:
    return dict(value) if isinstance(value, MappingProxyType) else value


def _from_tables(tables: dict[str, Any]) -> NameIndex:
    frozen: dict[str, Any] = {k: MappingProxyType(v) if isinstance(v, dict) else v for k, v in tables.items()}
    return NameIndex(**frozen)


def _blocking_keys(token: str, *, prefix: bool = True) -> tuple[str, ...]:
    sk = skeleton(token)
    keys = ["t:" + token]
    if len(sk) >= 2:
        keys.append("s:" + sk)
    if "gh" in token:
        # gh and q, one letter's two spellings to a Persian (Ghasemi, Qasemi; Baghbani, Baqbani), as
        # part_similarity folds them: under the skeleton with q
        folded = skeleton(token.replace("gh", "q"))
        if len(folded) >= 2 and folded != sk:
            keys.append("s:" + folded)
    if prefix and len(token) >= 4:
        keys.append("p:" + token[:3])
    if token.startswith("al") and len(token) >= 6:
        # an article written joined ("alhayya", "alamir"): also the name without it
        keys.append("t:" + token[2:])
    return tuple(keys)


def _script_keys(token: str, script: str) -> tuple[str, ...]:
    """Keys of a part by the script its name is written in, the same for the registry's names and
    queries. Russian writes a foreign h as х, kh once transliterated (Хорсенс, Horsens; Бхадрак,
    Bhadrak): a part of a name in Cyrillic script is also filed and looked up under the skeleton
    with kh as h."""
    if script == "Cyrillic" and "kh" in token:
        return ("s:" + skeleton(token.replace("kh", "h")),)
    return ()


def _after_article(tokens: Sequence[str], core: Sequence[str]) -> tuple[int, ...]:
    """The positions in ``core`` of the parts that come right after the article ``al``."""
    out = []
    k = 0
    previous = ""
    for tok in tokens:
        if k < len(core) and tok == core[k]:
            if previous == "al":
                out.append(k)
            k += 1
        previous = tok
    return tuple(out)


def _deletion_keys(token: str) -> tuple[str, ...]:
    """The skeletons of ``token`` with one consonant fewer (Dagmoush, djms: jms, dms, djs, djm),
    when it has NEAR_MIN consonants or more."""
    sk = skeleton(token)
    if len(sk) < NEAR_MIN:
        return ()
    return tuple(dict.fromkeys("s:" + sk[:i] + sk[i + 1:] for i in range(len(sk))))


def _reading_keys(token: str, native: bool, *, query: bool) -> tuple[str, ...]:
    """Blocking keys that meet across scripts only: a Latin part under the other readings of its
    letters (``r:``, ch as sh, gh as q, v as w...), a part written in Arabic or Hebrew script under
    its skeleton (``n:``). A native query looks up ``r:`` keys, a Latin query ``n:`` keys, so two
    Latin spellings never meet through a reading (between them it would blur names apart)."""
    if native:
        # under its own readings too, as the alignment compares them: letters written side by side
        # that look like a digraph (پ+ه of پهلوان, Pahlavan, is p-h, not the f of ph; the ט+ש of
        # טולטשין, Tulchyn, may be the sh that ch is)
        own = sorted(x for x in skeleton_readings(token, True) if x)
        if not query:
            return tuple("n:" + x for x in own)
        # and a query's readings meet the Latin names' own skeletons too (ט+ה of טהרן is t-h, the
        # skeleton of Tehran, not the t of th)
        sk = skeleton(token)
        return tuple("r:" + x for x in own) + tuple("s:" + x for x in own if x != sk)
    sk = skeleton(token)
    # A skeleton of one consonant, which has no s: key: a Latin name's is filed as a reading, for the
    # native names of one (ליל Lille, סוסה Sousse, פולי Puli; and in names of several parts,
    # Persian ones: علینقی Ali-Naqi); a Latin query looks one up only when it is a consonant said
    # twice (Lille, Sousse, Ruiru): one said once meets too many (Jesi took יאשי, Iaşi).
    spelt = reading_spellings(token)
    readings = sorted(x for x, spelling in spelt.items()
                      if x != sk and (len(x) >= 2 or (x and (not query or consonant_count(spelling) >= 2))))
    if query and (len(sk) >= 2 or (sk and consonant_count(token) >= 2)):
        # a Latin query's own skeleton meets a native name's readings (Tehran, t-h-r-n, the ט+ה of
        # טהרן read apart; Isfahan אספהאן, the פ+ה)
        return tuple("n:" + x for x in [sk, *readings])
    if len(sk) == 1:
        readings.insert(0, sk)
    return tuple(("n:" if query else "r:") + x for x in readings)


def _one_part_keys(norm: NormalizedName) -> tuple[str, ...]:
    """A Latin name of one part whose skeleton is one consonant (Lille, Sousse) is filed under it
    apart too (``r:l.``), where a native name of one part looks it up: among the names with a part
    of that skeleton, most are persons of several parts (Ali, r:l), who crowd it out."""
    if len(norm.core) != 1 or norm.script in VOWELLESS_SCRIPTS:
        return ()
    return tuple(k + "." for k in _reading_keys(norm.core[0], False, query=False) if len(k) == 3)


def _spoken_parts(norm: NormalizedName) -> list[str]:
    """The core parts of a Latin name read as their letters are said (NormalizedName.spoken) that
    differ from the parts as written."""
    if not norm.spoken:
        return []
    particles = tables().particles
    return [said for tok, said in zip(norm.tokens, norm.spoken.split()) if said != tok and tok not in particles]


def _spoken_keys(token: str, *, query: bool) -> tuple[str, ...]:
    """The keys of a Latin part as said (Galaţi as galatsi), which meet names in Hebrew script only:
    its skeleton and readings, filed as a Latin part's readings are (``r:``) and looked up as a
    Latin query's skeleton is (``n:``)."""
    readings = sorted(x for x in skeleton_readings(token, False, "Hebrew") if len(x) >= 2)
    return tuple(("n:" if query else "r:") + x for x in readings)


def _forms(entity: Entity) -> list[tuple[str, str]]:
    forms: list[tuple[str, str]] = [(entity.name, "name")] + [(a.name, "alias") for a in entity.aliases]
    return forms + [(s, "short") for s in entity.short]


def _name_keys(text: str, norm: NormalizedName, kind: str, entity_type: str) -> Iterator[tuple[str, str]]:
    """``(table, key)`` for every key table a name is filed under (postings aside)."""
    if kind == "short":
        for key in {*normalized_keys(norm), bare_key(norm)}:
            yield "short", key
        return
    yield "exact", exact_key(text)
    for key in normalized_keys(norm):
        yield "normalized", key
    if norm.core:
        yield "bare", bare_key(norm)
        yield "skeletons", skeleton_key(norm)
        if norm.script in VOWELLESS_SCRIPTS:
            yield "native_skeletons", skeleton_key(norm)
        else:
            yield "translit", translit_key(norm)
            if entity_type != "person":  # a person is not written by initials alone
                for key in acronym_keys(text):
                    yield "acronyms", key


def _entity_extras(entity: Entity) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The normalized keys of an entity's ``not`` names and its canonical titles (None when none)."""
    nots = frozenset(k for n in entity.not_ for k in normalized_keys(normalize(n, entity.type))) if entity.not_ else None
    titles = frozenset(t for t in (canonical_title(x) for x in entity.titles) if t) if entity.titles else None
    return nots, titles


def build_index(entities: Iterable[Entity]) -> NameIndex:
    """Normalize every name of every entity and build the lookup tables in memory."""
    ents = tuple(entities)
    names: list[NameEntry] = []
    tables: dict[str, dict[str, set[int]]] = {k: defaultdict(set) for k in KEY_TABLES}
    by_id: dict[str, int] = {}
    redirects: dict[str, int] = {}
    not_keys: dict[int, frozenset[str]] = {}
    titles: dict[int, frozenset[str]] = {}
    df: dict[str, set[int]] = defaultdict(set)
    for e_pos, entity in enumerate(ents):
        by_id[entity.id] = e_pos
        for old in entity.previous_ids:
            redirects[old] = e_pos
        nots, entity_titles = _entity_extras(entity)
        if nots is not None:
            not_keys[e_pos] = nots
        if entity_titles is not None:
            titles[e_pos] = entity_titles
        for text, kind in _forms(entity):
            norm = normalize(text, entity.type)
            pos = len(names)
            names.append(NameEntry(e_pos, text, norm, kind))
            for table, key in _name_keys(text, norm, kind, entity.type):
                tables[table][key].add(pos)
            if kind == "short":
                continue
            native = norm.script in VOWELLESS_SCRIPTS
            for tok in norm.core:
                df[tok].add(e_pos)
                for key in _blocking_keys(tok) + _reading_keys(tok, native, query=False) + _script_keys(tok, norm.script):
                    tables["postings"][key].add(pos)
            for key in _one_part_keys(norm) + tuple(k for tok in _spoken_parts(norm)
                                                     for k in _spoken_keys(tok, query=False)):
                tables["postings"][key].add(pos)
    return NameIndex(
        entities=ents,
        names=tuple(names),
        by_id=MappingProxyType(by_id),
        redirects=MappingProxyType(redirects),
        exact=_freeze(tables["exact"]),
        normalized=_freeze(tables["normalized"]),
        bare=_freeze(tables["bare"]),
        translit=_freeze(tables["translit"]),
        skeletons=_freeze(tables["skeletons"]),
        native_skeletons=_freeze(tables["native_skeletons"]),
        short=_freeze(tables["short"]),
        acronyms=_freeze(tables["acronyms"]),
        postings=_freeze(tables["postings"]),
        not_keys=MappingProxyType(not_keys),
        titles=MappingProxyType(titles),
        document_frequency=MappingProxyType({k: len(v) for k, v in df.items()}),
    )


def positions_entities(index: NameIndex, positions: Sequence[int]) -> list[int]:
    """The distinct entities of some names, in first-seen order."""
    seen: dict[int, None] = {}
    for pos in positions:
        seen.setdefault(index.names[pos].entity, None)
    return list(seen)


# -- the packed form ------------------------------------------------------------------------------

# A NormalizedName is stored as its fields (``steps`` aside, it is empty without ``explain``), str
# fields as they are and tuple fields joined by _ITEM, the fields joined by _FIELD. A record whose
# text holds one of the separators is stored as JSON instead, marked by a leading _JSON.
_FIELD, _ITEM, _JSON = "\x1f", "\x1e", "\x1d"


def _record_fields() -> tuple[str, ...]:
    return tuple(f.name for f in fields(NormalizedName) if f.name != "steps")


def _encode_record(norm: NormalizedName, names: tuple[str, ...]) -> tuple[str, str]:
    """The stored form of ``norm`` and its field kinds (``s`` for str, ``t`` for a tuple of str)."""
    values = [getattr(norm, n) for n in names]
    kinds = "".join("t" if isinstance(v, tuple) else "s" for v in values)
    for v in values:
        if not isinstance(v, (str, tuple)) or (isinstance(v, tuple) and not all(isinstance(x, str) for x in v)):
            raise TypeError(f"cannot store a NormalizedName field of type {type(v).__name__}")
    # The compact form holds when no string holds a separator and no tuple holds an empty string
    # (it would read back as no item). The check is on the values: the joined text holds _ITEM
    # wherever a tuple has two items.
    strings = [x for v in values for x in (v if isinstance(v, tuple) else (v,))]
    if any(_FIELD in x or _ITEM in x or _JSON in x for x in strings) or any(
            isinstance(v, tuple) and "" in v for v in values):
        return _JSON + json.dumps([list(v) if isinstance(v, tuple) else v for v in values], ensure_ascii=False), kinds
    return _FIELD.join(_ITEM.join(v) if isinstance(v, tuple) else v for v in values), kinds


def _decode_record(text: str, names: tuple[str, ...], kinds: str) -> NormalizedName:
    if text.startswith(_JSON):
        raw: list[Any] = json.loads(text[1:])
        values: list[Any] = [tuple(v) if k == "t" else v for v, k in zip(raw, kinds)]
    else:
        values = [(tuple(p.split(_ITEM)) if p else ()) if k == "t" else p for p, k in zip(text.split(_FIELD), kinds)]
    return new_frozen(NormalizedName, steps=(), **dict(zip(names, values)))  # (steps: not stored)


class _Paths:
    """Numbers for the source files of entities, so each entity stores a number, not a path."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def location(self, loc: Location | None) -> list[Any] | None:
        if loc is None:
            return None
        path = loc.path if loc.path.startswith("<") else os.path.abspath(loc.path)
        return [self.numbers.setdefault(path, len(self.numbers)), loc.line, loc.column]


def _display(path: str) -> str:
    """A path as the loader shows it: relative to the working directory when below it."""
    if path.startswith("<"):
        return path
    try:
        shown = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return path
    return path if shown.startswith("..") else shown


def _encode_entity(entity: Entity, paths: _Paths) -> str:
    """The entity's fields other than id, type and name, empty ones left out."""
    doc: dict[str, Any] = {
        "aliases": [[a.name, a.lang, a.script, a.note] if (a.lang, a.script, a.note) != (None, None, None) else a.name
                    for a in entity.aliases],
        "titles": entity.titles, "short": entity.short, "not": entity.not_, "previous_ids": entity.previous_ids,
        "links": dict(entity.links), "source": paths.location(entity.source),
        "locations": {k: paths.location(v) for k, v in entity.locations.items()},
    }
    doc = {k: v for k, v in doc.items() if v}
    if entity.description is not None:
        doc["description"] = entity.description
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


class _Memo:
    """A bounded memo of decoded items: emptied when full, so memory stays flat on long runs.

    Per open index, never shared between indexes; a race between two threads at worst decodes an
    item twice (the values are equal and immutable).
    """

    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items: dict[int, Any] = {}

    def get(self, key: int) -> Any:
        return self._items.get(key)

    def put(self, key: int, value: Any) -> None:
        if len(self._items) >= _MEMO_SIZE:
            self._items.clear()
        self._items[key] = value


class _PackedEntities(Sequence[Entity]):
    """The entities of a packed index, decoded on access."""

    def __init__(self, store: Store, paths: Sequence[str]) -> None:
        self._ids = StringColumn(store.section("entity.id"), store.section("entity.id_offsets"))
        self._names = StringColumn(store.section("entity.name"), store.section("entity.name_offsets"))
        self._rest = StringColumn(store.section("entity.rest"), store.section("entity.rest_offsets"))
        self._types = IntColumn(store.section("entity.type"))
        self._type_names: tuple[str, ...] = tuple(store.meta["entity_types"])
        self._paths: tuple[str, ...] = tuple(paths)
        self._shown: dict[tuple[str, int], str] = {}  # (working directory, path number) -> path as shown
        self._memo = _Memo()
        self._len = len(self._ids)

    def __len__(self) -> int:
        return self._len

    def id_of(self, i: int) -> str:
        entity: Entity | None = self._memo.get(i)
        return entity.id if entity is not None else self._ids[i]

    def type_of(self, i: int) -> str:
        return self._type_names[self._types[i]]

    def answer_of(self, i: int) -> tuple[str, str, str]:
        entity: Entity | None = self._memo.get(i)
        if entity is not None:
            return entity.id, entity.name, entity.type
        # raw() and one decode each: the columns' checked __getitem__ cost as much again
        return (str(self._ids.raw(i), "utf-8", "surrogatepass"), str(self._names.raw(i), "utf-8", "surrogatepass"),
                self._type_names[self._types[i]])

    def name_of(self, i: int) -> str:
        entity: Entity | None = self._memo.get(i)
        return entity.name if entity is not None else self._names[i]

    def _location(self, raw: list[Any] | None, cwd: str) -> Location | None:
        if raw is None:
            return None
        shown = self._shown.get((cwd, raw[0]))
        if shown is None:
            shown = self._shown[(cwd, raw[0])] = _display(self._paths[raw[0]])
        return Location(shown, raw[1], raw[2])

    @overload
    def __getitem__(self, i: int) -> Entity: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Entity]: ...

    def __getitem__(self, i: int | slice) -> Entity | Sequence[Entity]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        entity: Entity | None = self._memo.get(i)
        if entity is None:
            if not 0 <= i < len(self):
                raise IndexError("entity index out of range")
            rest = json.loads(self._rest[i])
            cwd = os.getcwd() if "source" in rest or "locations" in rest else ""
            entity = Entity(
                id=self._ids[i], type=self._type_names[self._types[i]], name=self._names[i],
                aliases=tuple(Alias(a) if isinstance(a, str) else Alias(*a) for a in rest.get("aliases", ())),
                titles=tuple(rest.get("titles", ())), short=tuple(rest.get("short", ())),
                not_=tuple(rest.get("not", ())), previous_ids=tuple(rest.get("previous_ids", ())),
                links=MappingProxyType(rest.get("links", {})), description=rest.get("description"),
                source=self._location(rest.get("source"), cwd),
                locations=MappingProxyType({k: loc for k, v in rest.get("locations", {}).items()
                                            if (loc := self._location(v, cwd)) is not None}),
            )
            self._memo.put(i, entity)
        return entity


class _PackedNames(Sequence[NameEntry]):
    """The names of a packed index, decoded (with their normalized form) on access."""

    def __init__(self, store: Store) -> None:
        self._entity = IntColumn(store.section("name.entity"))
        self._kind = IntColumn(store.section("name.kind"))
        self._script = IntColumn(store.section("name.script"))
        self._script_names: tuple[str, ...] = tuple(store.meta["name_scripts"])
        self._text = StringColumn(store.section("name.text"), store.section("name.text_offsets"))
        self._record = StringColumn(store.section("name.record"), store.section("name.record_offsets"))
        # a name's normalized text and its skeletons, one line each, side by side
        self._prefilter = StringColumn(store.section("name.prefilter"), store.section("name.prefilter_offsets"))
        self._fields: tuple[str, ...] = tuple(store.meta["record_fields"])
        self._field_kinds: str = store.meta["record_kinds"]
        self._memo = _Memo()
        self._len = len(self._entity)

    def __len__(self) -> int:
        return self._len

    def entity_of(self, i: int) -> int:
        return self._entity[i]

    def text_of(self, i: int) -> str:
        entry: NameEntry | None = self._memo.get(i)
        return entry.text if entry is not None else self._text[i]

    def parts_of(self, i: int) -> NormalizedName:
        entry: NameEntry | None = self._memo.get(i)
        if entry is not None:
            return entry.normalized
        # the normalized text is the first line of the prefilter item (its parts joined by spaces),
        # the spoken one the third
        text, _, rest = self._prefilter[i].partition("\n")
        tokens = tuple(text.split())
        return new_frozen(NormalizedName, original=text, text=text, tokens=tokens, full_tokens=tokens, titles=(),
                          legal_forms=(), script=self._script_names[self._script[i]], spoken=rest.partition("\n")[2],
                          steps=())

    def prefilter_texts(self, positions: Sequence[int]) -> tuple[list[str], list[str]]:
        # Each name's item is its normalized text, a line break, its skeletons, a line break and its
        # spoken text (none holds a line break: all are parts joined by single spaces), stored side
        # by side so that a candidate costs one read of a cold page, not two. The items are joined
        # undecoded, then decoded and split once: texts, skeletons and spoken texts in turn. (The column's view is sliced
        # here, not through StringColumn.raw: a call per name cost as much as the rest.)
        if not positions:
            return [], []
        blob, off = self._prefilter.blob_and_offsets()
        lines = str(b"\n".join([blob[off[i]:off[i + 1]] for i in positions]), "utf-8", "surrogatepass").split("\n")
        return lines[0::3], lines[1::3]

    @overload
    def __getitem__(self, i: int) -> NameEntry: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[NameEntry]: ...

    def __getitem__(self, i: int | slice) -> NameEntry | Sequence[NameEntry]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        entry: NameEntry | None = self._memo.get(i)
        if entry is None:
            if not 0 <= i < len(self):
                raise IndexError("name index out of range")
            entry = NameEntry(self._entity[i], self._text[i],
                              _decode_record(self._record[i], self._fields, self._field_kinds), _KINDS[self._kind[i]])
            self._memo.put(i, entry)
        return entry


class _Column:
    """Strings appended as UTF-8 to one buffer with offsets: a tenth of the memory of a list of str."""

    def __init__(self) -> None:
        self.blob = bytearray()
        self.offsets = array("q", [0])

    def append(self, text: str) -> None:
        self.blob += text.encode("utf-8", "surrogatepass")
        self.offsets.append(len(self.blob))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def raw(self, i: int) -> bytes:
        return bytes(self.blob[self.offsets[i]:self.offsets[i + 1]])


def _group(pairs_keys: _Column, pairs_pos: array[int]) -> tuple[list[str], list[array[int]]]:
    """Distinct keys and, for each, its distinct positions ascending."""
    order = sorted(range(len(pairs_keys)), key=pairs_keys.raw)
    keys: list[str] = []
    values: list[array[int]] = []
    last = None
    for n in order:
        raw = pairs_keys.raw(n)
        if raw != last:
            keys.append(raw.decode("utf-8", "surrogatepass"))
            values.append(array("i"))
            last = raw
        values[-1].append(pairs_pos[n])
    for i, vals in enumerate(values):
        if len(vals) > 1:
            values[i] = array("i", sorted(set(vals)))
    return keys, values


def _add_table(writer: StoreWriter, prefix: str, keys: Sequence[str], values: Sequence[Any], *, multi: bool) -> None:
    for name, data in PackedTable.pack(keys, values, multi=multi).items():
        writer.add(f"{prefix}.{name}", data)


def compile_index(entities: Iterable[Entity], out: IO[bytes], meta: Mapping[str, Any] | None = None) -> None:
    """Normalize every name and write the packed index to ``out`` (a binary file open for writing).

    Memory stays near the size of the output: names and keys are kept as UTF-8 buffers with
    offsets, not Python strings, and each key table is grouped and written one at a time.
    """
    writer = StoreWriter(out, header_reserve=1 << 16)
    record_fields = _record_fields()
    record_kinds: str | None = None
    entity_types: dict[str, int] = {}
    e_id, e_name, e_rest, e_type = _Column(), _Column(), _Column(), array("B")
    n_entity, n_kind, n_text, n_record = array("i"), array("B"), _Column(), _Column()
    n_script, scripts = array("B"), dict[str, int]()
    n_prefilter = _Column()
    by_id: dict[str, int] = {}
    redirects: dict[str, int] = {}
    not_keys: dict[str, list[str]] = {}
    titles: dict[str, list[str]] = {}
    key_lists: dict[str, tuple[_Column, array[int]]] = {t: (_Column(), array("i")) for t in KEY_TABLES if t != "postings"}
    posting_ids: dict[str, int] = {}
    posting_key, posting_pos = array("i"), array("i")
    blocking: dict[tuple[str, str], tuple[int, ...]] = {}
    df: dict[str, int] = defaultdict(int)
    paths = _Paths()
    e_pos = -1
    for e_pos, entity in enumerate(entities):
        e_id.append(entity.id)
        e_name.append(entity.name)
        e_rest.append(_encode_entity(entity, paths))
        e_type.append(entity_types.setdefault(entity.type, len(entity_types)))
        by_id[entity.id] = e_pos
        for old in entity.previous_ids:
            redirects[old] = e_pos
        nots, entity_titles = _entity_extras(entity)
        if nots is not None:
            not_keys[str(e_pos)] = sorted(nots)
        if entity_titles is not None:
            titles[str(e_pos)] = sorted(entity_titles)
        entity_tokens: set[str] = set()
        for text, kind in _forms(entity):
            norm = normalize(text, entity.type)
            pos = len(n_entity)
            n_entity.append(e_pos)
            n_kind.append(_KINDS.index(kind))
            n_text.append(text)
            record, kinds = _encode_record(norm, record_fields)
            if record_kinds is None:
                record_kinds = kinds
            elif kinds != record_kinds:
                raise TypeError("NormalizedName fields changed type between names")
            n_record.append(record)
            n_prefilter.append(norm.text + "\n" + " ".join(norm.skeletons) + "\n" + norm.spoken)
            n_script.append(scripts.setdefault(norm.script, len(scripts)))
            for table, key in _name_keys(text, norm, kind, entity.type):
                keys, positions = key_lists[table]
                keys.append(key)
                positions.append(pos)
            if kind == "short":
                continue
            native = norm.script in VOWELLESS_SCRIPTS
            for tok in norm.core:
                entity_tokens.add(tok)
                ids = blocking.get((tok, norm.script))
                if ids is None:
                    ids = blocking[tok, norm.script] = tuple(
                        posting_ids.setdefault(k, len(posting_ids))
                        for k in _blocking_keys(tok) + _reading_keys(tok, native, query=False)
                        + _script_keys(tok, norm.script))
                for key_id in ids:
                    posting_key.append(key_id)
                    posting_pos.append(pos)
            for key in _one_part_keys(norm) + tuple(k for tok in _spoken_parts(norm)
                                                     for k in _spoken_keys(tok, query=False)):
                posting_key.append(posting_ids.setdefault(key, len(posting_ids)))
                posting_pos.append(pos)
        for tok in entity_tokens:
            df[tok] += 1
    del blocking
    for column, items in (("entity.id", e_id), ("entity.name", e_name), ("entity.rest", e_rest),
                          ("name.text", n_text), ("name.record", n_record),
                          ("name.prefilter", n_prefilter)):
        writer.add(column, items.blob)
        writer.add(column + "_offsets", items.offsets)
        items.blob, items.offsets = bytearray(), array("q")
    writer.add("entity.type", bytes(e_type))
    writer.add("name.entity", n_entity)
    writer.add("name.kind", bytes(n_kind))
    writer.add("name.script", bytes(n_script))
    _add_table(writer, "by_id", list(by_id), list(by_id.values()), multi=False)
    _add_table(writer, "redirects", list(redirects), list(redirects.values()), multi=False)
    _add_table(writer, "document_frequency", list(df), list(df.values()), multi=False)
    del by_id, redirects, df
    for table in list(key_lists):
        keys, positions = key_lists.pop(table)
        grouped_keys, grouped_values = _group(keys, positions)
        del keys, positions
        _add_table(writer, table, grouped_keys, grouped_values, multi=True)
        del grouped_keys, grouped_values
    # Postings: a counting sort by key number (positions come in ascending order already).
    counts = array("q", bytes(8 * (len(posting_ids) + 1)))
    for key_id in posting_key:
        counts[key_id + 1] += 1
    for i in range(1, len(counts)):
        counts[i] += counts[i - 1]
    fill = array("q", counts)
    ordered = array("i", bytes(4 * len(posting_pos)))
    for key_id, pos in zip(posting_key, posting_pos):
        ordered[fill[key_id]] = pos
        fill[key_id] += 1
    del posting_key, posting_pos, fill
    posting_values = [_dedup(ordered[counts[k]:counts[k + 1]]) for k in range(len(posting_ids))]
    _add_table(writer, "postings", list(posting_ids), posting_values, multi=True)
    writer.add("extras", json.dumps({"not_keys": not_keys, "titles": titles, "paths": list(paths.numbers)}, ensure_ascii=False).encode("utf-8"))
    writer.finish({**(meta or {}), "format": INDEX_FORMAT, "record_fields": list(record_fields),
                   "record_kinds": record_kinds or "", "entity_types": list(entity_types), "name_scripts": list(scripts),
                   "counts": {"entities": e_pos + 1, "names": len(n_entity)}})


def _dedup(positions: array[int]) -> array[int]:
    """Ascending positions without repeats (a name with a part twice is filed once)."""
    out = array("i")
    last = -1
    for pos in positions:
        if pos != last:
            out.append(pos)
            last = pos
    return out


def open_index(path: str | os.PathLike[str], *, verify: bool = True) -> NameIndex:
    """The packed index at ``path``, mapped; :class:`~namekit.match.store.StoreError` when unusable."""
    store = open_store(path, verify=verify)
    meta = store.meta
    if meta.get("format") != INDEX_FORMAT or tuple(meta.get("record_fields", ())) != _record_fields():
        raise StoreError(f"{path}: index of another format")
    try:
        extras = json.loads(bytes(store.section("extras")))
        tables = {t: PackedTable.from_store(store, t) for t in KEY_TABLES}
        return NameIndex(
            entities=_PackedEntities(store, extras["paths"]),
            names=_PackedNames(store),
            by_id=PackedTable.from_store(store, "by_id"),
            redirects=PackedTable.from_store(store, "redirects"),
            exact=tables["exact"],
            normalized=tables["normalized"],
            bare=tables["bare"],
            translit=tables["translit"],
            skeletons=tables["skeletons"],
            native_skeletons=tables["native_skeletons"],
            short=tables["short"],
            acronyms=tables["acronyms"],
            postings=tables["postings"],
            not_keys=MappingProxyType({int(k): frozenset(v) for k, v in extras["not_keys"].items()}),
            titles=MappingProxyType({int(k): frozenset(v) for k, v in extras["titles"].items()}),
            document_frequency=PackedTable.from_store(store, "document_frequency"),
            source_file=os.fspath(path),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError(f"{path}: incomplete index ({exc})") from None
