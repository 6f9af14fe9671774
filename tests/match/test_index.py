"""The packed index answers exactly as the in-memory one, table by table and name by name."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from namekit.match.index import (KEY_TABLES, NameIndex, _decode_record, _encode_record, _record_fields, build_index,
                                 compile_index, open_index)
from namekit.normalize.pipeline import NormalizedName, normalize
from namekit.registry.loader import bundled_path, load
from namekit.registry.model import Alias, Entity
from namekit.resolve.resolver import Resolver

ODD = Entity(id="odd", type="person", name="Zeta \x1fUnit\x1e Seven", aliases=(Alias("Zéta Ünit", lang="de", note="n"),),
             titles=("General",), short=("Zeta",), not_=("Zeta Eight",), previous_ids=("old-odd",), description="")


@pytest.fixture(scope="module")
def entities() -> list[Entity]:
    return [*load(bundled_path()), ODD]


@pytest.fixture(scope="module")
def pair(entities: list[Entity], tmp_path_factory: pytest.TempPathFactory) -> tuple[NameIndex, NameIndex]:
    path = tmp_path_factory.mktemp("index") / "bundled.nkidx"
    with path.open("wb") as out:
        compile_index(entities, out)
    return build_index(entities), open_index(path)


@pytest.mark.parametrize("table", [*KEY_TABLES, "by_id", "redirects", "document_frequency"])
def test_tables_equal(pair: tuple[NameIndex, NameIndex], table: str) -> None:
    memory, packed = (getattr(index, table) for index in pair)
    assert len(memory) == len(packed)
    assert sorted(memory) == sorted(packed)
    for key, value in memory.items():
        assert packed.get(key) == value == packed[key]
        assert key in packed
    assert packed.get("no such key") is None and "no such key" not in packed


def test_names_entities_and_extras_equal(pair: tuple[NameIndex, NameIndex]) -> None:
    memory, packed = pair
    assert list(memory.names) == list(packed.names)
    assert len(memory.entities) == len(packed.entities)
    for a, b in zip(memory.entities, packed.entities):
        assert a == b and a.source == b.source and dict(a.locations) == dict(b.locations) and dict(a.links) == dict(b.links)
    assert dict(memory.not_keys) == dict(packed.not_keys) and dict(memory.titles) == dict(packed.titles)
    assert packed.names[-1] == memory.names[-1] and packed.entities[-1].id == "odd"
    with pytest.raises(IndexError):
        packed.names[len(packed.names)]


QUERIES = ["Maj. Gen. Rashad", "Aidan Alexander", "Edan Alexander", "Mahmoud Darwish", "Al-Hayya", "RASHAD, Hassan",
           "حسن رشاد", "Khalil al Hayya", "Zeta", "General Zeta", "Zeta Eight", "Hasan Rashaad", "Benjamen Netanyahou",
           "Nobody Atall", "", "   ", "Hamas Political Bureau Ltd"]


def test_resolver_answers_equal(pair: tuple[NameIndex, NameIndex]) -> None:
    memory, packed = (Resolver(index) for index in pair)
    names = QUERIES + [entry.text for entry in pair[0].names]
    for name in names:
        for type in (None, "person", "place"):
            assert memory.resolve(name, type) == packed.resolve(name, type), name


@pytest.mark.parametrize("limit", [1, 5, 50])
def test_candidates_equal(pair: tuple[NameIndex, NameIndex], limit: int) -> None:
    memory, packed = pair
    for query in QUERIES + ["Hassan Hassan", "Mohamad Abbas Khaled", "Alhayya", "Hakanfidan Kamel"]:
        found = packed.candidates(normalize(query), limit)
        assert memory.candidates(normalize(query), limit) == found and len(found) <= limit


def test_prefilter_texts_equal(pair: tuple[NameIndex, NameIndex]) -> None:
    memory, packed = pair
    positions = list(range(len(memory.names)))[::-1]
    texts, skeletons = packed.prefilter_texts(positions)
    assert (texts, skeletons) == memory.prefilter_texts(positions)
    assert len(texts) == len(skeletons) == len(positions) and all(texts)
    assert packed.prefilter_texts([]) == memory.prefilter_texts([]) == ([], [])


@pytest.mark.parametrize("norm, compact", [
    (normalize("Maj. Gen. Hassan Rashad"), True),
    (normalize("حسن رشاد"), True),
    (normalize("Kerem Shalom"), True),
    (NormalizedName("x", "x", ("x",)), True),
    (NormalizedName("", "", ()), True),
    (NormalizedName("a\x1fb", "a b", ("a", "b")), False),  # a separator in a string
    (NormalizedName("a", "a", ("a", "")), False),  # an empty item would read back as none
    (NormalizedName("a", "a", ("",)), False),
])
def test_records_read_back_as_they_were(norm: NormalizedName, compact: bool) -> None:
    fields = _record_fields()
    text, kinds = _encode_record(norm, fields)
    assert _decode_record(text, fields, kinds) == norm
    assert (not text.startswith("\x1d")) == compact  # the compact form wherever it can hold


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 8])
def test_the_best_few_candidates_are_the_head_of_the_best_many(pair: tuple[NameIndex, NameIndex], limit: int) -> None:
    # A name under several keys of a query is one candidate, not several: a cut made on counts of
    # entries would return fewer names than asked, or other ones.
    memory = pair[0]
    queries = [normalize(q) for q in QUERIES + ["Hassan Hassan", "Mohamad Abbas Khaled", "Abu Mohammed al-Masri"]]
    for q in queries:
        many = memory.candidates(q, 1000)
        assert len(set(many)) == len(many)
        assert memory.candidates(q, limit) == many[:limit]
    assert any(len(memory.candidates(q, 1000)) > 8 for q in queries)


def test_parts_of_a_name_read_without_decoding_are_its_parts(pair: tuple[NameIndex, NameIndex]) -> None:
    memory, packed = pair
    assert len(packed.names) > 100
    for pos in range(len(packed.names)):
        expected = memory.names[pos].normalized
        parts = packed.parts_of(pos)
        assert (parts.tokens, parts.text, parts.script) == (expected.tokens, expected.text, expected.script)
    assert {packed.parts_of(p).script for p in range(len(packed.names))} >= {"Latin", "Arabic", "Hebrew"}


def test_pickles_as_its_file(pair: tuple[NameIndex, NameIndex]) -> None:
    packed = pair[1]
    data = pickle.dumps(packed)
    assert len(data) < 1000
    again = pickle.loads(data)
    assert again.source_file == packed.source_file and list(again.names) == list(packed.names)


def test_weight_memo_does_not_change_weights(pair: tuple[NameIndex, NameIndex]) -> None:
    memory, packed = pair
    for token in ("hassan", "rashad", "al", "zzz"):
        assert memory.weight(token) == packed.weight(token) == memory.weight(token)


def test_empty_registry(tmp_path: Path) -> None:
    path = tmp_path / "empty.nkidx"
    with path.open("wb") as out:
        compile_index([], out)
    index = open_index(path)
    assert len(index.names) == 0 and len(index.entities) == 0
    assert Resolver(index).resolve("Hassan Rashad").status == "unresolved"


def _crowd(extra: list[Entity]) -> list[Entity]:
    """Sixty Ahmeds: sharing the given name alone must not be what brings a name to the top."""
    surnames = ["Haddad", "Mansour", "Khoury", "Nasser", "Saleh", "Aziz", "Kamal", "Farouk", "Hamdi", "Zaki"]
    given = ["Ahmed", "Ahmad", "Ahmet", "Achmed", "Ahmadou", "Ahmid"]
    crowd = [Entity(id=f"p{i}", type="person", name=f"{g} {s}") for i, (g, s) in enumerate((g, s) for g in given for s in surnames)]
    return crowd + extra


@pytest.mark.parametrize(
    "latin, native",
    [("Ahmed Chtourou", "احمد شطورو"),      # French ch for ش
     ("Parviz Sarvari", "پرویز سروری"),      # v for و
     ("Ahmed Ghobadi", "احمد قبادی")],        # Persian gh for ق
)
def test_blocking_meets_across_scripts_through_other_readings(latin: str, native: str) -> None:
    for registry_name, query in ((latin, native), (native, latin)):
        index = build_index(_crowd([Entity(id="target", type="person", name=registry_name)]))
        found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize(query), 12)}
        assert "target" in found, (registry_name, query)


def test_readings_do_not_join_two_latin_spellings() -> None:
    # ch read as sh meets شطورو, but never another Latin spelling (Chtourou is not Shtourou)
    index = build_index([Entity(id="target", type="person", name="Karim Chtourou")])
    assert index.candidates(normalize("شطورو"), 12)
    assert not index.candidates(normalize("Shtourou"), 12)


@pytest.mark.parametrize("others, found", [(5, True), (40, False)])
def test_a_known_part_meets_its_skeleton_only_when_that_list_is_not_much_longer(others: int, found: bool) -> None:
    # "hassan" is written as such once; its skeleton hsn is shared by Husni, Hasan, Hussein ...
    spellings = ["Husni", "Hasan", "Hussein", "Hassen", "Hosny"]
    entities = [Entity(id="target", type="person", name="Hassan Rashad")]
    entities += [Entity(id=f"p{i}", type="person", name=f"{spellings[i % 5]} Qurtubi{i:02d}") for i in range(others)]
    index = build_index(entities)
    hits = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize("Hassan Zzyzx"), 50)}
    assert "target" in hits
    assert ("p0" in hits) is found


def test_a_native_name_is_keyed_under_its_readings_too() -> None:
    from namekit.match.index import _reading_keys
    from namekit.normalize.pipeline import normalize

    # پهلوان: پ and ه side by side look like the digraph ph (f); read apart they are p-h, as in
    # the Latin Pahlavan (whose v may be the vowel letter و): both must meet on the key fhln
    native = normalize("پهلوان").tokens[0]
    assert "n:fhln" in _reading_keys(native, True, query=False)
    assert "n:fhln" in _reading_keys("pahlavan", False, query=True)


def test_a_native_name_written_apart_meets_a_latin_compound() -> None:
    # a name in Hebrew script of two parts that the Latin spelling writes as one word
    places = [Entity(id=f"t{i}", type="place", name=n) for i, n in enumerate(
        ["Tula", "Tulle", "Tolosa", "Karma", "Kerem Shalom", "Karmiel", "Tel Karm", "Toulon", "Tel Aviv"])]
    index = build_index(_crowd(places + [Entity(id="target", type="place", name="Tulkarm")]))
    found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize("טול כרם"), 4)}
    assert "target" in found


@pytest.mark.parametrize(
    "registry_name, query",
    [("Mohammad Khalilzadeh", "Mohammed Khalil Zadeh"),   # one word in the registry, two in the query
     ("Ahmed Abdelkarim", "Ahmad Abdel Karim"),
     ("Ahmed Chandy", "Ahmad Chan Dy"),
     ("Ahmed Gholamreza", "Ahmad Qolam Reza"),          # and by its skeleton: gh or q, o or nothing
     ("Ahmed Zorsecurity", "Ahmad Tsor Security")],     # ts or z
)
def test_a_compound_meets_its_two_parts_written_apart_in_the_query(registry_name: str, query: str) -> None:
    index = build_index(_crowd([Entity(id="target", type="person", name=registry_name)]))
    found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize(query), 12)}
    assert "target" in found, (registry_name, query)


@pytest.mark.parametrize(
    "registry_name, query",
    [("Ahmad Moghisseh", "Ahmed Moqiseh"),   # Persian gh and q: one letter (ق, غ said alike)
     ("Ahmed Baqbani", "Ahmad Baghbani")],
)
def test_gh_and_q_meet_as_part_similarity_folds_them(registry_name: str, query: str) -> None:
    for registry, asked in ((registry_name, query), (query, registry_name)):
        index = build_index(_crowd([Entity(id="target", type="person", name=registry)]))
        found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize(asked), 12)}
        assert "target" in found, (registry, asked)


@pytest.mark.parametrize(
    "registry_name, query",
    [("Ahmed Ali Ghadeer", "Ahmad Alighadeer"),     # two parts in the registry, one in the query
     ("Air Koryo", "Airkoryo")],
)
def test_a_part_written_as_one_word_meets_its_two_parts_in_the_registry(registry_name: str, query: str) -> None:
    index = build_index(_crowd([Entity(id="target", type="person", name=registry_name)]))
    found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize(query), 12)}
    assert "target" in found, (registry_name, query)


def test_a_split_needs_both_halves_in_one_name() -> None:
    # "ali" and "ghadeer" in two different names are no compound of either
    index = build_index(_crowd([Entity(id="a", type="person", name="Ali Haddad"),
                                Entity(id="b", type="person", name="Ghadeer Mansour")]))
    assert index._halves("alighadeer") == []
    index = build_index(_crowd([Entity(id="c", type="person", name="Ali Ghadeer")]))
    assert [index.entities[index.entity_of(int(p))].id for h in index._halves("alighadeer") for p in h] == ["c"]


@pytest.mark.parametrize(
    "registry_name, query",
    [("Ahmed Daamoush", "Ahmad Dagmoush"),      # a g written for the ayn the other leaves out
     ("Ahmed Shapetska", "Ahmad Sjapetska"),    # Swedish sj for sh
     ("Ahmed Khattalah", "Ahmad Bukhattalah")],  # Abu written joined, its a dropped
)
def test_a_misspelt_part_meets_a_skeleton_of_one_consonant_fewer(registry_name: str, query: str) -> None:
    index = build_index(_crowd([Entity(id="target", type="person", name=registry_name)]))
    found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize(query), 12)}
    assert "target" in found, (registry_name, query)


def test_skeletons_of_one_consonant_fewer() -> None:
    from namekit.match.index import _deletion_keys

    assert _deletion_keys("dagmoush") == ("s:jms", "s:dms", "s:djs", "s:djm")
    assert _deletion_keys("kassan") == ()  # ksn: its neighbours are the long lists of two consonants


@pytest.mark.parametrize(
    "registry_name, query",
    [("Ahmed Alsufyani", "احمد السفياني"),   # the article written joined in Latin letters
     ("Ahmed Ladhari", "احمد العذاري"),      # joined and its a dropped (Maghrebi spellings)
     ("Ahmed Albeik", "احمد البيك")],
)
def test_a_name_in_arabic_script_meets_the_article_written_joined(registry_name: str, query: str) -> None:
    index = build_index(_crowd([Entity(id="target", type="person", name=registry_name)]))
    found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize(query), 12)}
    assert "target" in found, (registry_name, query)


def test_the_parts_after_the_article() -> None:
    from namekit.match.index import _after_article

    query = normalize("زياد السفياني")
    assert query.tokens == ("ziad", "al", "sfiani") and _after_article(query.tokens, query.core) == (1,)
    assert _after_article(("al", "hayya", "khalil"), ("hayya", "khalil")) == (0,)
    assert _after_article(("bin", "ali", "al", "al", "x"), ("ali", "x")) == (1,)
    assert _after_article(("hassan", "rashad"), ("hassan", "rashad")) == ()


@pytest.mark.parametrize(
    "latin, cyrillic",
    [("Horsens", "Хорсенс"),          # Russian writes a foreign h as х (kh)
     ("Bhadrak", "Бхадрак"),
     ("Ahmed Halstenbek", "Ахмед Хальстенбек")],
)
def test_a_name_in_cyrillic_script_meets_the_h_its_kh_stands_for(latin: str, cyrillic: str) -> None:
    for registry_name, query in ((latin, cyrillic), (cyrillic, latin)):
        index = build_index(_crowd([Entity(id="target", type="place", name=registry_name)]))
        found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize(query), 12)}
        assert "target" in found, (registry_name, query)


def test_only_a_name_in_cyrillic_script_reads_kh_as_h() -> None:
    from namekit.match.index import _script_keys

    assert _script_keys("khorsens", "Cyrillic") == ("s:hrsns",)
    assert _script_keys("khorsens", "Latin") == ()  # Latin kh is its own letter (Khalid is not Halid)
    assert _script_keys("horsens", "Cyrillic") == ()


def test_a_skeleton_of_one_consonant_fewer_adds_to_a_name_it_does_not_bring_one() -> None:
    # Daamoush is a neighbour of Dagmoush's skeleton; with no other part of the query in the name
    # (Zayd is not Ahmad), that alone does not make it a candidate
    index = build_index(_crowd([Entity(id="target", type="person", name="Zayd Daamoush")]))
    found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize("Ahmad Dagmoush"), 100)}
    assert "target" not in found and found


def test_a_one_part_name_meets_a_short_skeleton_list_whatever_its_own() -> None:
    # qasiyun is in the registry once, as a part of Qasiyun Security Company; its skeleton ksn is
    # shared by seventeen names, more than ten times its own list: for a name of one part, fewer
    # than the candidates asked for, so looked up (Al-Qasiun); for a name of two, not
    vowels = ["aa", "ae", "ai", "ao", "au", "ea", "ei", "eo", "eu", "ia", "ie", "io", "oa", "oe", "oi"]
    entities = [Entity(id=f"p{i}", type="organization", name=f"K{a}s{b}n") for i, (a, b) in enumerate(vowels)]
    entities += [Entity(id="own", type="organization", name="Qasiyun Security Company"),
                 Entity(id="target", type="organization", name="Al-Qasiun")]
    index = build_index(entities)
    assert len(index.postings["s:ksn"]) == 17 and len(index.postings["t:qasiyun"]) == 1
    found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize("Qasiyun"), 50)}
    assert "target" in found and "own" in found
    found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize("Qasiyun Zzyzx"), 50)}
    assert "target" not in found


def _meets_both_ways(latin: str, native: str) -> None:
    """The place filed under either name is among the candidates of the other, in a crowd."""
    for registry_name, query in ((latin, native), (native, latin)):
        index = build_index(_crowd([Entity(id="target", type="place", name=registry_name)]))
        found = {index.entities[index.entity_of(p)].id for p in index.candidates(normalize(query), 12)}
        assert "target" in found, (registry_name, query)


@pytest.mark.parametrize(
    ("latin", "native"),
    [("Tehran", "טהרן"),      # ט+ה: t-h, not the th digraph the letters spell
     ("Isfahan", "אספהאן"),   # פ+ה: p-h, not ph
     ("Kandahar", "קנדהאר")],  # ד+ה: d-h, not dh
)
def test_a_native_name_read_apart_meets_a_latin_skeleton_both_ways(latin: str, native: str) -> None:
    # a native name is filed under its readings (n:), a Latin name under its own skeleton (s:): a
    # Latin query looks up its own skeleton among the readings, a native query its readings among
    # the skeletons
    _meets_both_ways(latin, native)


@pytest.mark.parametrize(("latin", "native"), [("Galaţi", "גאלאץ"), ("Elbląg", "אלבלונג"), ("Tekirdağ", "טקירדא")])
def test_a_latin_name_as_said_meets_a_hebrew_one_both_ways(latin: str, native: str) -> None:
    # filed and looked up under the skeleton of its letters as said (ţ ts, ą on, ğ nothing) too
    _meets_both_ways(latin, native)


@pytest.mark.parametrize(("latin", "native"), [("Lille", "ליל"), ("Sousse", "סוסה"), ("Ruiru", "רואירו")])
def test_a_skeleton_of_one_consonant_said_twice_meets_both_ways(latin: str, native: str) -> None:
    # no s: key for a skeleton of one letter: filed as a reading, and looked up by a Latin query
    # when its consonant is said twice
    _meets_both_ways(latin, native)


def test_a_latin_query_of_one_consonant_said_once_does_not_look_it_up() -> None:
    from namekit.match.index import _reading_keys

    assert "n:s" not in _reading_keys("jesi", False, query=True)  # j read as y: yesi, one s
    assert "n:l" in _reading_keys("lille", False, query=True)
    assert "r:s" in _reading_keys("iasi", False, query=False)  # filed all the same


def test_a_one_part_name_of_one_consonant_is_not_crowded_out_by_persons() -> None:
    # among the names under r:l most are persons named Ali: a one-part native name looks up the
    # one-part Latin names apart
    entities = [Entity(id=f"p{i}", type="person", name=f"Ali Zz{'x' * i}") for i in range(30)]
    entities.append(Entity(id="target", type="place", name="Lille"))
    index = build_index(entities)
    found = [index.entities[index.entity_of(p)].id for p in index.candidates(normalize("ליל"), 5)]
    assert "target" in found
