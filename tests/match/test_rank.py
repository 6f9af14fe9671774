import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from namekit.match.parts import part_weight
from namekit.match.rank import one_part, part_scores, rank
from namekit.normalize.pipeline import normalize


@pytest.mark.parametrize(
    "query, best, others",
    [("Ismail Haniyeh", "Ismail Haniya", ["Ismail Hamid", "Hani Ismaili"]),
     ("Edan Alexander", "Aidan Alexander", ["Alexander Edwards", "Dan Alexandrov"]),
     ("Mahmoud Abbas", "Mahmud Abbas", ["Mohammad Abbasi", "Abbas Mahdi Kamel"]),
     ("حسن رشاد", "Hassan Rashad", ["Hassan Rashid Obeid", "Rasheed Hassouna"]),  # across scripts
     ("קוסקו", "Cusco", ["Kawasaki"])],  # ו is o or u: kosko is Cusco before Kawasaki (one skeleton, ksk)
)
def test_the_closest_spelling_ranks_first(query: str, best: str, others: list[str]) -> None:
    names = [normalize(n) for n in [*others, best]]
    order = rank(normalize(query), [n.text for n in names], [" ".join(n.skeletons) for n in names], part_weight)
    assert order[0] == len(others)
    assert sorted(order) == list(range(len(names)))


@pytest.mark.parametrize("query, best, others", [
    ("The Sabireen Movement", "Harakat al-Sabireen", ["South-East Movement", "Hasm Movement", "Sabiri Movement"]),
    ("Mu'assasat al-Quds", "Al-Quds International Foundation", ["Sayara al-Quds", "Al Qods", "Quds Force"]),
    ("Hizballah Brigades", "Kata'ib Hizballah", ["Hizballah", "Hizballah Military Wing", "Hisbollah Brigade"]),
])
def test_a_kind_word_in_another_language_ranks_as_the_query_writes_it(query: str, best: str,
                                                                       others: list[str]) -> None:
    # harakat is movement, muassasat foundation, kataib brigades (org_words.yml): the alignment
    # pairs them at 0.9, by their letters nothing
    names = [normalize(n) for n in [*others, best]]
    order = rank(normalize(query), [n.text for n in names], [" ".join(n.skeletons) for n in names], part_weight,
                 within=0.3)
    assert len(others) in order[:2]


@pytest.mark.parametrize("query, best, others", [
    ("East Jerusalem", "מזרח ירושלים", ["ירושלים", "אסט", "איסט ג׳רזי", "ירוחם"]),
    ("North Canton", "קנטון הצפונית", ["קנטון", "נורת׳ קנטון", "קנטון צפון", "נורטון"]),
])
def test_a_latin_query_ranks_the_translated_words_of_native_names_as_it_writes_them(query: str, best: str,
                                                                                    others: list[str]) -> None:
    # מזרח is east, הצפונית north (org_words.yml): with translations, every translation group's words
    # are read as the query writes them, not kind words only
    from namekit.normalize.skeleton import skeleton_readings

    names = [normalize(n) for n in [*others, best]]
    q = normalize(query)
    readings = [sorted(skeleton_readings(t) - {s}) for t, s in zip(q.core, q.skeletons)]
    order = rank(q, [n.text for n in names], [" ".join(n.skeletons) for n in names], part_weight, within=0.3,
                 readings=readings, translations=True)
    assert len(others) in order[:3]


@pytest.mark.parametrize("query, best, others", [
    ("Godaime Kudo-kai", "Fifth Kudo-kai", ["Kudo-kai", "Koudou-kai", "Kodo-kai", "Sandaime Kodo-kai"]),
    ("Yondaime Yamaken-gumi", "Fourth Yamaken-gumi", ["Yamaken-gumi", "Sandaime Yamaguchi-gumi", "Rokudaime Yamaken"]),
    ("Investments II Corp", "Investments 2 Corp", ["Investments Corp", "Investments III Corp"]),
])
def test_a_number_written_otherwise_ranks_as_the_query_writes_it(query: str, best: str, others: list[str]) -> None:
    # godaime and fifth are one number, which the alignment pairs at 1.0: by their letters nothing
    names = [normalize(n) for n in [*others, best]]
    order = rank(normalize(query), [n.text for n in names], [" ".join(n.skeletons) for n in names], part_weight,
                 within=0.3)
    assert order[0] == len(others)


@pytest.mark.parametrize("part, text, expected", [
    ("makin", "makin institute", True),       # a kind word is not a part of its own
    ("waed", "wa ed organization", False),    # two parts besides the kind word, not written together
    ("whitepigeon", "white pigeon", True),    # written apart
    ("kodokai", "kodo kai", True),
    ("kodokai", "kodo kai trading", False),   # more than the query's letters
    ("makin", "makin", True),
    ("makin", "tamin kala", False),
    ("prnkport", "frankfurt am main", True),  # a place's qualifier left out
    ("prnkport", "frankfurt main", False),
    ("tzorif", "surif city", True),            # a word for the kind of place
])
def test_one_part_against_a_name_of_several(part: str, text: str, expected: bool) -> None:
    assert one_part(part, text) is expected


def test_the_same_parts_score_one_and_nothing_scores_zero() -> None:
    scores = part_scores(("hassan", "rashad"), [1.0, 0.5], ["hassan rashad", "rashad hassan", "", "zzz"])
    assert scores[0] == pytest.approx(1.0) and scores[1] == pytest.approx(1.0)
    assert scores[2] == 0.0
    assert scores[3] < 0.3


def test_no_names_or_no_query_parts() -> None:
    assert len(part_scores(("a",), [1.0], [])) == 0
    assert part_scores((), [], ["x y"]).tolist() == [0.0]


@given(st.lists(st.text(alphabet="abcdehik ", max_size=20), min_size=1, max_size=8),
       st.lists(st.text(alphabet="abcdehik", min_size=1, max_size=8), min_size=1, max_size=4))
def test_scores_are_between_zero_and_one(names: list[str], query: list[str]) -> None:
    scores = part_scores(query, [1.0] * len(query), names)
    assert len(scores) == len(names)
    assert np.all(scores >= 0.0) and np.all(scores <= 1.0 + 1e-9)


def test_within_keeps_only_those_near_the_best() -> None:
    names = [normalize(n) for n in ["Zbigniew Brzezinski", "Ismail Haniya", "Ismail Hamid"]]
    args = (normalize("Ismail Haniyeh"), [n.text for n in names], [" ".join(n.skeletons) for n in names], part_weight)
    everything = rank(*args)
    assert everything[0] == 1 and sorted(everything) == [0, 1, 2]
    # by letters and skeletons: Haniya 1.88, Hamid 1.45, Brzezinski 0.67
    assert rank(*args, within=0.5) == [1, 2] and rank(*args, within=0.3) == rank(*args, within=0.0) == [1]
    assert rank(normalize("x"), [], [], part_weight, within=0.3) == []


@pytest.mark.parametrize(
    "query_skeletons, text, expected",
    [
        (("snsnt",), "cincinnati", "snsnt"),  # c as s before i (סינסינטי)
        (("tlsn",), "tulchyn", "tlsn"),  # ch as sh (טולטשין read tsh as sh)
        (("dbd", "bnt"), "dawid al bennett", "dbd bnt"),  # w read as v; the particle left out
        (("knknt",), "cincinnati", "knknt"),  # its own skeleton when that is closest
    ],
)
def test_reading_skeletons_take_the_closest_reading(query_skeletons: tuple[str, ...], text: str, expected: str) -> None:
    from namekit.match.rank import reading_skeletons

    assert reading_skeletons(query_skeletons, [text]) == [expected]


@pytest.mark.parametrize("query, best, others", [
    ("Košice", "קושיצה", ["קוסקו", "יוקוסוקה", "קושירו"]),  # c read as ts, as צ writes it
    ("Nancy", "נאנסי", ["נואוק", "נקוצ'אה", "נוקיה"]),       # c before y read as s
])
def test_a_latin_query_ranks_native_names_by_its_readings(query: str, best: str, others: list[str]) -> None:
    from namekit.normalize.skeleton import skeleton_readings

    q = normalize(query)
    names = [normalize(n) for n in [*others, best]]
    texts, skeletons = [n.text for n in names], [" ".join(n.skeletons) for n in names]
    readings = [sorted(skeleton_readings(t) - {s}) for t, s in zip(q.core, q.skeletons)]
    assert rank(q, texts, skeletons, part_weight, readings=readings)[0] == len(others)
    assert rank(q, texts, skeletons, part_weight)[0] != len(others)  # by its own skeleton, another


def test_part_scores_take_the_best_form_of_each_query_part() -> None:
    plain = part_scores(["ksk"], [1.0], ["kszh", "ksk"])
    read = part_scores(["ksk"], [1.0], ["kszh", "ksk"], [["kszh"]])
    assert read[0] == 1.0 and plain[0] < 1.0 and read[1] == plain[1] == 1.0
