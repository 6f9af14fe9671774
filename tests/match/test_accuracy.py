"""Accuracy: the matching rules one by one (real names), and the targets on the labelled sets.

The dev-set tests run ``namekit.evaluate`` on ``../shared/eval/ofac`` (next to the repository) and
on ``eval/crossscript`` and ``eval/pairs`` when their full files are there; they skip otherwise.
"""

from __future__ import annotations

import pytest

from namekit.match.compare import compare


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # compounds merged and split by spelling
        ("ARYA SASOL POLYMERS", "ARYASASOL POLYMERS", "organization"),
        ("Ahmad Bukhattalah", "Ahmed Abu Khattalah", "person"),
        ("Falih Alfayyadh", "Falih Al-Fayyadh", "person"),
        ("Ali Bani Hashemi", "Ali Banihashemi", "person"),
        # a missing middle part (patronymic) costs little
        ("Elena Apanasenko", "Elena Mikhailovna Apanasenko", "person"),
    ],
)
def test_rules_that_match(a: str, b: str, kind: str) -> None:
    assert compare(a, b, kind).score >= 0.8, compare(a, b, kind).alignment.explain()


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # a skeleton that differs from the first consonant on is not a spelling
        ("Fujing Zheng", "Guanghua Zheng", "person"),
        ("Hassan Rashad", "Hassan Nasrallah", "person"),
    ],
)
def test_rules_that_keep_apart(a: str, b: str, kind: str) -> None:
    assert not compare(a, b, kind).match, compare(a, b, kind).alignment.explain()


@pytest.mark.parametrize(
    ("short", "full", "other"),
    [
        ("Leonardo Gonzalez", "Leonardo Gonzalez Dellan", "Leonardo Gonzalez Perez"),
        ("Kur Ajing", "Kur Ajing Ater", "Kur Ajing Deng"),
        ("ERVIN DANESH", "ERVIN DANESH ARYAN", "ERVIN DANESH KAVEH"),
    ],
)
def test_a_fuller_form_costs_less_than_a_different_part(short: str, full: str, other: str) -> None:
    # "short" is wholly inside "full": the extra part costs less than a full part would (0.667)
    assert compare(short, full).score > 0.72
    assert compare(short, full).score > compare(other, full).score


@pytest.mark.parametrize(("a", "b"), [("Farouk Al-Shara", "Farouq al-Shara"), ("Waseem Qattan", "Wasim Al-Qattan")])
def test_symmetric_on_compounds_and_particles(a: str, b: str) -> None:
    assert compare(a, b).score == compare(b, a).score


@pytest.mark.parametrize(
    ("native", "latin"),
    [
        ("احسان جوانمرد", "Ehsan Javanmard"),  # و read as v
        ("شفيق ناصيف", "Chafic Nassif"),  # ش written ch (French)
        ("بهمن قبادی", "Bahman Ghobadi"),  # Persian ق said gh
        ("مرتضی اویسی", "Morteza Oveisi"),  # Persian ض said z
    ],
)
def test_other_readings_of_latin_letters_across_scripts(native: str, latin: str) -> None:
    assert compare(native, latin, "person").match, compare(native, latin, "person").alignment.explain()


def test_other_readings_do_not_apply_between_latin_spellings() -> None:
    assert compare("Bahman Ghobadi", "Bahman Qobadi", "person").score < compare("بهمن قبادی", "Bahman Ghobadi", "person").score
