"""The resolver on the bundled registry: real names, real confusions."""

import time

import pytest

from namekit import Registry
from namekit.match.index import build_index
from namekit.resolve import ResolverConfig
from namekit.registry.model import Entity
from namekit.resolve.resolver import Resolver


@pytest.mark.parametrize(
    "name, entity_id",
    [
        ("Hassan Rashad", "hassan-rashad"),
        ("Maj. Gen. Rashad", "hassan-rashad"),
        ("حسن رشاد", "hassan-rashad"),
        ("RASHAD, Hassan", "hassan-rashad"),
        ("Major General Hassan Rashad", "hassan-rashad"),
        ("Aidan Alexander", "edan-alexander"),
        ("Edan Alexander", "edan-alexander"),
        ("Khalil al-Hayya", "khalil-al-hayya"),
        ("Khalil Al-Hayya", "khalil-al-hayya"),
        ("Al-Hayya", "khalil-al-hayya"),
        ("KHALIL AL HAYYA", "khalil-al-hayya"),
        ("Muhammad Darwish", "mohammad-darwish"),
        ("Mohamed Darwish", "mohammad-darwish"),
        ("Badr Abdel Aty", "badr-abdelatty"),
        ("Egyptian Foreign Minister Badr Abdelatty", "badr-abdelatty"),
        ("İbrahim Kalın", "ibrahim-kalin"),
        ("Ibrahim Kalin", "ibrahim-kalin"),
        ("Khaled Meshaal", "khaled-meshaal"),
        ("Khalid Mashal", "khaled-meshaal"),
        ("Gideon Sa’ar", "gideon-saar"),
        ("Benjamin Netanyahu", "benjamin-netanyahu"),
        ("Netanyahu", "benjamin-netanyahu"),
        ("Hamas", "hamas"),
        ("Gaza Strip", "gaza-strip"),
    ],
)
def test_resolves(bundled: Registry, name: str, entity_id: str) -> None:
    match = bundled.resolve(name)
    assert (match.status, match.id) == ("resolved", entity_id), match


@pytest.mark.parametrize(
    "name, never",
    [
        ("Mahmoud Darwish", "mohammad-darwish"),
        ("Mahmoud Abbas", "mohammad-darwish"),
        ("Khalil al-Wazir", "khalil-al-hayya"),
        ("Hassan Nasrallah", "hassan-rashad"),
        ("Hussein Rashad", "hassan-rashad"),
        ("Mohamed Rashad", "hassan-rashad"),
        ("Prime Minister Rashad", "hassan-rashad"),  # a title the entity is not known by
        ("Khalil", "khalil-al-hayya"),
        ("Hassan", "hassan-rashad"),
    ],
)
def test_does_not_confuse(bundled: Registry, name: str, never: str) -> None:
    assert bundled.resolve(name).id != never


@pytest.mark.parametrize("name", ["", "   ", "\t", "Zbigniew Brzezinski-Quux", "Acme Widgets GmbH"])
def test_unresolved(bundled: Registry, name: str) -> None:
    match = bundled.resolve(name)
    assert match.status == "unresolved" and match.id is None


def test_ambiguous_names_every_fitting_entity(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({
        "person/hassan-rashad.yaml": "id: hassan-rashad\ntype: person\nname: Hassan Rashad\nshort: [Rashad]\n",
        "person/rashad-al-alimi.yaml": "id: rashad-al-alimi\ntype: person\nname: Rashad al-Alimi\nshort: [Rashad]\n",
    })
    match = Registry.load(root).resolve("Rashad")
    assert match.status == "ambiguous" and match.id is None
    assert {c.id for c in match.candidates} == {"hassan-rashad", "rashad-al-alimi"}


def test_type_filter(bundled: Registry) -> None:
    assert bundled.resolve("Rafah", type="place").type == "place"
    assert bundled.resolve("Hamas", type="person").id is None


def test_not_list_excludes_an_entity(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"person/a.yaml": "id: a\ntype: person\nname: Mohammad Darwish\nnot: [Mohammed Darwesh]\n"})
    assert Registry.load(root).resolve("Mohammed Darwesh").id is None


def test_explain_tells_the_stages(bundled: Registry) -> None:
    match = bundled.resolve("Maj. Gen. Rashad", explain=True)
    assert match.explanation and "short" in match.explanation and "titles" in match.explanation


def test_match_to_dict_is_the_stable_contract(bundled: Registry) -> None:
    row = bundled.resolve("Edan Alexander").to_dict()
    assert list(row) == ["input", "id", "name", "type", "status", "score", "method", "candidates"]


@pytest.mark.parametrize("bad", [None, 7, b"Hamas"])
def test_non_string_is_type_error(bundled: Registry, bad: object) -> None:
    with pytest.raises(TypeError):
        bundled.resolve(bad)  # type: ignore[arg-type]


def test_a_one_megabyte_line_is_answered_within_a_second(bundled: Registry) -> None:
    line = ("Hassan Rashad " * 80000)[:1_000_000]
    start = time.perf_counter()
    match = bundled.resolve(line)
    assert time.perf_counter() - start < 1.0
    assert match.status in ("unresolved", "ambiguous", "resolved")


def test_a_title_word_in_an_organization_name_is_kept(write_registry) -> None:  # type: ignore[no-untyped-def]
    root = write_registry({"organization/sakan.yaml": "id: sakan\ntype: organization\nname: SAKAN GENERAL TRADING\n",
                           "organization/other.yaml": "id: other\ntype: organization\nname: GENERAL TRADING HOUSE\n"})
    assert Registry.load(root).resolve("Sakan General Trading, LLC").id == "sakan"
    assert Registry.load(root).resolve("SAKAN GENRAL TRADING").id == "sakan"


@pytest.mark.parametrize(
    "query, expected, others",
    [
        # the Latin spelling meets the native one only under another reading of its letters (c as
        # s, ch as tsh), and plainer spellings share the native skeleton: it must still be found
        ("סינסינטי", "Cincinnati", ["Sonsonate", "Sinsheim", "Sanandaj", "Sunsani", "Sint-Niklaas"]),
        ("טולטשין", "Tulchyn", ["Tolanaro", "Bad Tolz", "Toli-Toli", "Tultitlan"]),
    ],
)
def test_a_native_query_finds_a_name_under_another_reading(query: str, expected: str, others: list[str]) -> None:
    from namekit import Entity

    reg = Registry([Entity(id=f"p{i}", type="place", name=name) for i, name in enumerate([expected] + others)])
    match = reg.resolve(query)
    assert match.resolved and match.name == expected


def test_a_native_name_of_several_parts_gets_more_candidates_aligned() -> None:
    from namekit import Entity

    surnames = ["Almarmour", "Almansour", "Almasri", "Almarri", "Almoussa", "Almutairi", "Almahmoud", "Almajed",
                "Almarzouqi", "Almarzooq", "Almari"]
    reg = Registry([Entity(id=f"p{i}", type="person", name=f"Mohammed {s}") for i, s in enumerate(surnames)])
    match = reg.resolve("محمد المرمور", explain=True)
    assert match.id == "p0"
    aligned = next(line for line in match.explanation.splitlines() if "candidate names" in line)
    # all eleven, where a Latin query would have at most aligned_candidates (4) aligned
    assert aligned.startswith("fuzzy: 11 candidate names")


def _acronym_registry() -> Resolver:
    return Resolver(build_index([
        Entity(id="irgc", type="organization", name="Islamic Revolutionary Guard Corps"),
        Entity(id="noc", type="organization", name="National Olympic Committee"),
        Entity(id="noc-ly", type="organization", name="National Oil Corporation"),
        Entity(id="nioc", type="organization", name="National Iranian Oil Company"),
        Entity(id="nioc-ltd", type="organization", name="NIOC International Affairs Ltd"),
        Entity(id="ivan", type="person", name="Ivan Rurikovich Groznyi"),
    ]))


@pytest.mark.parametrize("query, status, entity_id", [
    ("IRGC", "resolved", "irgc"),
    ("I.R.G.C.", "resolved", "irgc"),
    ("NOC", "ambiguous", None),       # two organizations: never a guess between them
    ("NIOC", "resolved", "nioc"),     # a part of another name, which the fuzzy stage does not take
    ("irgc", "unresolved", None),     # written as a word, it is taken for a name
    ("IRG", "unresolved", None),      # not the initials of any name
])
def test_an_acronym_finds_the_organization_whose_initials_it_is(query: str, status: str, entity_id: str | None) -> None:
    match = _acronym_registry().resolve(query)
    assert (match.status, match.id) == (status, entity_id)
    if status != "unresolved":
        assert match.method == "acronym" and match.score < 1.0


def test_a_person_is_never_found_by_initials() -> None:
    assert _acronym_registry().resolve("IRG").id is None and _acronym_registry().resolve("IRGC").type == "organization"


@pytest.mark.parametrize("query, entity_id", [
    ("WHITEPIGEON", "pigeon"),      # one part against two written apart
    ("Kodokai", "kodo"),
    ("Makin Company", "makin"),     # one part against one and a kind word
    ("Pigeon", None),               # half of a name is not the name
])
def test_names_written_together_and_apart_meet(query: str, entity_id: str | None) -> None:
    resolver = Resolver(build_index([
        Entity(id="pigeon", type="organization", name="White Pigeon"),
        Entity(id="kodo", type="organization", name="Kodo-kai"),
        Entity(id="makin", type="organization", name="Makin Institute"),
        Entity(id="pasteur", type="organization", name="Pasteur Institute"),
        Entity(id="goethe", type="organization", name="Goethe Institute"),
    ]))
    assert resolver.resolve(query).id == entity_id


def test_a_persons_fuller_form_resolves_a_little_lower() -> None:
    people = [Entity(id="delcy", type="person", name="Delcy Eloina Rodriguez Gomez"),
              Entity(id="jorge", type="person", name="Jorge Jesus Rodriguez Gomez"),
              Entity(id="cilia", type="person", name="Cilia Adela Flores de Maduro")]
    match = Resolver(build_index(people)).resolve("Delcy Rodriguez", explain=True)
    assert (match.status, match.id) == ("resolved", "delcy") and 0.80 <= match.score < 0.85
    assert "fuller or shorter form" in (match.explanation or "")
    # at the plain threshold it would not have resolved
    strict = Resolver(build_index(people), ResolverConfig(fuller_threshold=0.85)).resolve("Delcy Rodriguez")
    assert strict.status == "unresolved"
    # an organization's shorter name is as often its sibling's: no lower threshold for it
    # (not Marshall Capital Partners: partners is a kind word, left over at a kind word's cost)
    firms = [Entity(id="marshall", type="organization", name="Marshall Capital Management"),
             Entity(id="navid", type="organization", name="Navid Composite Material Company")]
    for query in ("Marshall Capital", "Navid Composite"):
        match = Resolver(build_index(firms)).resolve(query)
        assert match.status == "unresolved" and 0.80 <= match.score < 0.85


def test_a_one_part_name_weighs_its_few_candidates_as_it_weighs_many() -> None:
    # פנזה (pnzh) fits Penza and Pančevo (p-n-ch-v, ch read as ts, v as a vowel letter) alike by
    # skeleton; by their letters Pančevo is far behind, and is no rival, however few the candidates
    # are. (Until 2026-12-08 the example was קלן, Köln and Cavaillon; Köln's o, an ö Hebrew leaves
    # out, now counts against it: parts.py, unwritten_vowels.)
    resolver = Resolver(build_index([Entity(id="penza", type="place", name="Penza"),
                                     Entity(id="pancevo", type="place", name="Pančevo")]))
    match = resolver.resolve("פנזה")
    assert (match.status, match.id) == ("resolved", "penza")


def test_a_latin_name_finds_its_hebrew_spelling_under_a_reading_of_its_letters() -> None:
    # Košice (k-s-k) is קושיצה (k-sh-ts) with its c read as ts: ranked so, it is among the few aligned
    names = ["קושיצה", "קוסקו", "יוקוסוקה", "קושירו", "קוסטה", "קאסל", "קוסובו", "קיסומו"]
    resolver = Resolver(build_index([Entity(id=f"e{i}", type="place", name=n) for i, n in enumerate(names)]))
    match = resolver.resolve("Košice")
    assert (match.status, match.id) == ("resolved", "e0")


def test_a_latin_name_is_proposed_among_many_native_names_of_its_skeleton() -> None:
    # Oslo (s-l) and sixty-four names in Hebrew letters of the skeleton s-l, אוסלו filed last: the
    # blocking's cut among equals (the first fifty by position) left it out
    import itertools

    spellings = ["".join(p) for p in itertools.product(["ס", "סא", "סי", "ש", "שא", "שי", "צ", "צא"],
                                                       ["ל", "לה", "לי", "לא", "ליה", "לע", "יל", "אל"])]
    names = [*spellings, "אוסלו"]
    resolver = Resolver(build_index([Entity(id=f"e{i}", type="place", name=n) for i, n in enumerate(names)]))
    match = resolver.resolve("Oslo")
    assert (match.status, match.id) == ("resolved", f"e{len(names) - 1}")


@pytest.mark.parametrize("query, entity_id", [
    ("Dan Gertler Diamonds Ltd.", None),              # a company named after him is not the person
    ("Sara Grimberg de Guberek Empresa Unipersonal", None),
    ("Dan Gertler", "gertler"),
    ("Haytham Ahmed S.A. Elmaghraby", "elmaghraby"),  # initials that look like a legal form, inside
])
def test_a_name_ending_in_a_legal_form_is_no_person(query: str, entity_id: str | None) -> None:
    resolver = Resolver(build_index([Entity(id="gertler", type="person", name="Dan Gertler"),
                                     Entity(id="grimberg", type="person", name="Sara Grimberg de Guberek"),
                                     Entity(id="elmaghraby", type="person", name="Haytham Ahmed S.A. Elmaghraby")]))
    assert resolver.resolve(query).id == entity_id


@pytest.mark.parametrize("query, entity_id", [
    ("Osiel Cardenas-Guillen Organization", None),          # his cartel, not him
    ("Nasif Barakat Alien Smuggling Organization", None),
    ("Osiel Cardenas-Guillen", "osiel"),
    ("Robert Plant", "plant"),                               # two parts: a kind word may be a surname
])
def test_a_name_ending_in_a_kind_word_is_no_person(query: str, entity_id: str | None) -> None:
    resolver = Resolver(build_index([Entity(id="osiel", type="person", name="Osiel Cardenas Guillen"),
                                     Entity(id="nasif", type="person", name="Nasif Barakat"),
                                     Entity(id="plant", type="person", name="Robert Plant")]))
    assert resolver.resolve(query).id == entity_id


@pytest.mark.parametrize(
    "query, expected, rival",
    [("פאורי", "Pauri", "Pori"),        # both fit the skeleton and the letters' looser qualities
     ("ראנצי", "Ranchi", "Ronse"),
     ("דארווין", "Darwin", "Darwen"),
     ("ניקוסיה", "Nicosia", "Necochea"),
     ("Pauri", "פאורי", "פורי"),        # and a Latin query among Hebrew names
     ("Beirut", "ביירוט", "ביירוית"),   # (Bayreuth: the ו of eu, a י that is no i)
     ("בלגרד", "Belgrade", "Volgograd"),  # alike by the vowel letters: by the consonants counted
     ("סטפני", "Stepney", "Zestaponi")],
)
def test_the_hebrew_vowel_letters_tell_apart_names_the_score_ties(query: str, expected: str, rival: str) -> None:
    names = [expected, rival]
    resolver = Resolver(build_index([Entity(id=f"e{i}", type="place", name=n) for i, n in enumerate(names)]))
    match = resolver.resolve(query)
    assert (match.status, match.id) == ("resolved", "e0")


def test_names_the_hebrew_vowel_letters_fit_alike_stay_ambiguous() -> None:
    # הרטפורד writes neither the a of Hartford nor the e of Hertford
    resolver = Resolver(build_index([Entity(id="hartford", type="place", name="Hartford"),
                                     Entity(id="hertford", type="place", name="Hertford")]))
    assert resolver.resolve("הרטפורד").status == "ambiguous"


def test_a_one_part_hebrew_name_is_proposed_among_many_latin_names_of_its_skeleton() -> None:
    # סאול (s-l) and 128 Latin names of the skeleton s-l, Seoul filed last: the blocking's cut among
    # equals (the first fifty by position) left it out
    import itertools

    spellings = ["".join(p) for p in itertools.product(["S", "Ss", "Sh", "Sch"], ["i", "y", "ii", "iy"],
                                                       ["l", "ll"], ["", "i", "y", "e"])]
    names = [*spellings, "Seoul"]
    resolver = Resolver(build_index([Entity(id=f"e{i}", type="place", name=n) for i, n in enumerate(names)]))
    match = resolver.resolve("סאול")
    assert (match.status, match.id) == ("resolved", f"e{len(names) - 1}")
