"""Similarity of two name parts ("meshaal" and "mashal", "mohammed" and "muhammad")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from rapidfuzz.distance import Indel, JaroWinkler

from namekit.match.vowels import (finals_agree, hebrew_vowel_fit, heard_vowel_letters, latin_gaps_fit,
                                  native_onset_evidence, onset_evidence, unwritten_vowels, vowel_evidence)
from namekit.normalize.skeleton import (arabic_onset, arabic_reading, class_spelling, consonant_count, reading_spellings,
                                       skeleton)
from namekit.normalize.tables import tables

__all__ = ["part_similarity", "part_weight", "hebrew_part_vowel_fit", "hebrew_part_consonants_off",
           "hebrew_part_sibilants_off", "number_value",
           "may_reach", "HEBREW", "TRANSLATION", "INITIAL"]

# A flag of ``native`` (see part_similarity): the native script is Hebrew.
HEBREW = 4

_DOUBLED = re.compile(r"(.)\1+")
# What a Latin spelling writes a Hebrew vav that is a consonant (v) with: v, w, or u before a vowel
# (Quebec קוויבק, Piqua פיקווה).
_VAV_LATIN = re.compile(r"[vw]|u(?=[aeio])")
# ... and the letters a Hebrew spelling (transliterated) writes a Latin v or w with: ו (o, a first
# one v), וו (v), ב (b), פ and ף (p, f).
_HEBREW_VAV = re.compile(r"[vbpf]|o(?!$)")
# (a final ו after a consonant is the vowel o or u, as Hebrew writes a final v ב or וו: קנו is Kano,
# not Kaniv; and a Latin final w is a vowel's, English -ow, -aw, Polish -ów: Glasgow גלזגו)
_LATIN_VW = re.compile(r"v|w(?!$)")
# Two Latin spellings with one consonant skeleton are variants only if their letters are this alike
# too: both write their vowels, so Khodr/Kaddoura and Chen/Yuequn (kdr, kn) are different names,
# while Meshaal/Mashal (0.77) and Zughayr/Zghyr (0.83) are one.
_LATIN_SKELETON_MIN_RATIO = 0.55
# A native and a Latin spelling with one skeleton whose vowel gaps do not line up (so the long
# vowels could not be checked) score this much less: the consonants alone are weaker evidence,
# and one-word place names matched on them alone were a Hebrew-script source of false answers.
_UNCOMPARED_VOWELS = 0.04

# Vowel letters of a native spelling heard in a Latin one that make one unit of evidence, as one
# consonant does: a vowel letter tells one of three qualities (a, i, u), a consonant one of some
# fifteen classes. (One letter a unit: Hebrew 0.602 -> 0.635 but at precision 0.964; two:
# 0.619 at 0.971.) A Hebrew spelling of a foreign name writes its vowels nearly one for one,
# and leaves out no o, u or i (unwritten_vowels): there a vowel letter heard between consonants
# (ו, י, א, ע) or a final ו or י is one unit, a final ה or א (a, e, the letter that ends most
# Hebrew words) half of one. (2026-12-08: he 0.711 -> 0.726 at precision 0.988 -> 0.986,
# Latin->Hebrew 0.696 -> 0.726, with an inner א or ע half a unit too; then he 0.747 -> 0.750,
# Latin->Hebrew 0.758 -> 0.763 with it one. Every letter one unit: he 0.746 and 0.768 at that
# point, but Latin->native negatives answered 5.1% and Cyrillic precision 0.958.)
_VOWEL_UNIT = 2
# What a native and a Latin part whose skeletons agree score, by the units of evidence that agree
# in order (1 to 5 or more). A name of five units or more is no longer held ambiguous by a rival of
# three (0.92) within the resolver's margin of 0.05 (was 0.92, 0.94, 0.96 until 2026-12-01:
# Hebrew Latin->native 0.603 -> 0.631, Persian native->Latin 0.904 -> 0.907, Arabic 0.919 ->
# 0.920). 0.975 for four units too gave Hebrew native->Latin 0.633, at precision 0.969.
_LADDER = (0.8, 0.88, 0.92, 0.97, 0.99)
# What two Latin spellings with one skeleton (and letters alike enough) score at least, by the
# skeleton's consonants (2 to 6 or more): as for a native spelling, more consonants in order
# agree by chance less often, and a one-part name of four or more (Ballincollig, Ballinkollig
# from Баллинколлиг) reaches the one-part threshold (0.92). Until 2026-12-01 0.85 for two and
# 0.9 for more: Cyrillic 0.487 -> 0.589 at precision 0.997 -> 0.987, OFAC 0.600 -> 0.603.
_LATIN_LADDER = (0.85, 0.9, 0.92, 0.93, 0.94)
# Two Latin spellings with one skeleton whose letters are less alike than _LATIN_SKELETON_MIN_RATIO
# are still taken for one name if they are at least this alike once each consonant is written as
# its class (saqqer and sakkar as saker and sakar), as two parts must be to be taken for spellings
# of each other at all (align.MIN_PART_SIMILARITY). (Added 2026-12-01, with the readings of their
# letters too: pairs F1 0.848 -> 0.852, OFAC 0.748 -> 0.752 at negatives answered 2.5% -> 2.6%,
# Cyrillic 0.588 -> 0.610; without the readings, see part_similarity. At 0.6 OFAC's negatives
# answered rose to 2.8%.)
_CLASS_SPELLING_MIN = 0.7
# ... and only if their letters are at least this alike as they are.
_CLASS_LETTERS_MIN = 0.5
# What two words of one translation group score (org_words.yml): a little below two spellings of
# one name (0.95), as a word and its translation are two words. (Measured 2026-12-02: OFAC recall
# 0.632 -> 0.636 at 2.5% of negatives answered, pairs organizations 0.784 -> 0.789; at 0.85,
# 0.634 and 0.786; at 0.95, 0.636 and 0.792.)
TRANSLATION = 0.9
# What an initial and a name that starts with its letter score (V. and Victor; P and I Club and
# Protection and Indemnity Club): enough to pair them, as a doubtful spelling (below
# align.WEAK_PART) that never decides a match alone. (Measured 2026-12-02: pairs persons 0.924 ->
# 0.926, OFAC three aliases more and two wrong answers, companies named after a person with an
# initial: Luis A. Hernandez Z y Cia. took Luis Antonio Hernandez Zea; at 0.8, persons 0.927 and one
# OFAC negative more answered.)
INITIAL = 0.75
# Two Latin spellings that may write one Arabic spelling consonant by consonant (Qubaysi, Kobeissi;
# see _arabic_spellings) are taken for one name when they have at least this many consonants: two
# meet too easily (Chen and Shen, ch and sh both ش; Fady فادي and Fathi فتحي; Dan and Than).
# (Added 2026-12-07: OFAC recall 0.651 -> 0.654, +12 aliases, no wrong answer more; pairs persons
# F1 0.925 -> 0.931; Cyrillic 0.593 -> 0.597 native->Latin, 0.596 -> 0.601 Latin->native. At 2,
# OFAC +5 more and pairs +1, but a fifth of the two-consonant pairs it took among the registries'
# name parts were two names, as those above.)
_ARABIC_MIN_CONSONANTS = 3
# ... and at most this many of their consonants written as neither writes its letter in standard
# spellings (g and k both for ق). (At 0, OFAC -1 and pairs -1 (Natheer, Nazir); at 2, the same
# answers, but Ghadiri took Kathiri, Ghaddar Kaouther.)
_ARABIC_MAX_VARIANTS = 1
# ... and tried only for two spellings alike by their letters at least this much (the best of their
# letter ratio and Jaro-Winkler score before it): two Latin parts paired in an alignment are most
# often two names, and the reading of both cost a tenth of a fuzzy query (2026-12-07, callgrind).
_ARABIC_FLOOR = 0.45
_NUMERAL = re.compile(r"([0-9]+)(?:st|nd|rd|th)?")
# Entries kept by each memo of this module (and of align's units). Small on purpose: the parts
# that come back (common given names and words) stay, and every full garbage collection walks
# every entry of every lru_cache. At 65,536 to 262,144 entries, a run of 2,000 fuzzy names at 1M
# aliases spent 48 ms of 960 in two full collections; at 8,192, fuzzy names went 2,076/2,158/2,082
# -> 2,284/2,313/2,191 a second and unknown ones 1,459/1,536/1,536 -> 1,634/1,686/1,556 in turns.
MEMO_SIZE = 8192
# Two Abd (or two ad-Din) compounds whose other names score below this are two names
_COMPOUND_REST_MIN = 0.7


@lru_cache(maxsize=MEMO_SIZE)
def number_value(token: str) -> int | None:
    """The number a part stands for (2017, 2nd, III, fifteenth), or None for a word."""
    match = _NUMERAL.fullmatch(token)
    if match:
        return int(match.group(1))
    return tables().numbers.get(token)


@lru_cache(maxsize=MEMO_SIZE)
def part_similarity(a: str, b: str, vowelless: bool = False, native: int = 0) -> tuple[float, str]:
    """``(similarity 0..1, how)`` of two normalized parts.

    ``vowelless`` says one side was written in a script without short vowels (Arabic, Hebrew): then
    the consonant skeleton is the evidence, since the letters cannot agree. ``native`` says which
    side that is when known: 1 for ``a``, 2 for ``b``, 3 for both; plus :data:`HEBREW` when that
    script is Hebrew (whose final yod is i or e: in Arabic script it may be alef maqsura, a).
    """
    if a == b:
        return 1.0, "equal"
    number_a, number_b = number_value(a), number_value(b)
    if number_a is not None or number_b is not None:
        if number_a == number_b:
            return 1.0, "same number"  # 2nd and second, XV and 15
        # two numbers: a conflict, like two different given names; a number and a word: unrelated
        return 0.0, "different name" if number_a is not None and number_b is not None else "number and word"
    t = tables()
    group_a = t.given_names.get(a)
    group_b = t.given_names.get(b)
    if group_a is not None and group_a == group_b:
        return 0.95, "equivalent"
    if group_a is None and group_b is None and _one_patronymic(a, b):
        # Sergeevich and Siarheevich: the patronymic of one name, in Russian and Belarusian
        return 0.95, "equivalent (patronymic)"
    # Two Abd compounds (abdalrahim, abdalhir) or two ad-Din ones (salahaldin, nasraldin) are
    # told apart by the name that follows Abd or precedes ad-Din alone: the part they share says
    # nothing of which name it is.
    # (Between two Latin spellings: against a native one, the rest's few letters say too little.)
    # (Both holding abdal or aldin tested first, without a call: most pairs do not.)
    for fixed, front in (("abdal", True), ("aldin", False)) if (
            "abdal" in a and "abdal" in b or "aldin" in a and "aldin" in b) else ():
        if (not vowelless and len(a) > len(fixed) + 2 and len(b) > len(fixed) + 2
                and (a.startswith(fixed) and b.startswith(fixed) if front else a.endswith(fixed) and b.endswith(fixed))):
            rest_a, rest_b = (a[5:], b[5:]) if front else (a[:-5], b[:-5])
            sim, how = part_similarity(rest_a, rest_b, vowelless, native)
            if sim < _COMPOUND_REST_MIN:
                return sim, how
            break
    # A name glued to its article or to "abd": "alhayya" and "hayya", "althani" and "thani".
    if (a.startswith("al") and a[2:] == b) or (b.startswith("al") and b[2:] == a):
        return 0.95, "compound"
    ratio = Indel.normalized_similarity(a, b)
    if group_a is not None and group_b is not None:
        # Two different names from the table (Mohammad and Mahmoud): not a spelling variant.
        return min(ratio, 0.4), "different name"
    if (len(a) == 1) != (len(b) == 1) and not vowelless:
        # an initial and a name it may stand for: V. and Victor (weak evidence: every V-name fits)
        letter, name = (a, b) if len(a) == 1 else (b, a)
        if name.startswith(letter) and letter.isalpha():
            return INITIAL, "initial"
    words = t.word_groups
    word_a = words.get(a)
    if word_a is not None and word_a == words.get(b):
        # one word of organizations' names in two languages: naft and oil, melli and national
        # (or two spellings of one, sanaye and sanayie, as alike as their letters say)
        if not vowelless and ratio > TRANSLATION:
            return ratio, "spelling"
        return TRANSLATION, "translation"
    if word_a is not None and words.get(b) is not None and (a in b or b in a):
        # two different words of the table, one the other with an affix (national and
        # international, chemical and petrochemical): not a spelling variant
        return min(ratio, 0.4), "different word"
    if not vowelless and (_fold(a) == _fold(b) or (("ee" in a or "oo" in a or "ee" in b or "oo" in b)
                                                   and _fold_long(a) == _fold_long(b))):
        # The commonest transliteration variants: y or i (Sergey/Sergei, Chayka/Chaika, Nayf/Naif),
        # ou or u (French: Youssouf/Yussuf), gh or q (Persian: Ghasemi/Qasemi), a doubled letter or
        # one (Garaad/Garad, Mutaaz/Mutaz).
        return 0.93, "spelling (transliteration)"
    if (not vowelless and _LATIN_SKELETON_MIN_RATIO <= ratio < 0.93
            and not system_readings(a).isdisjoint(system_readings(b))):
        # one Cyrillic spelling written after two languages' conventions: Rjauzow (German) and
        # Ryauzov, Mihajlyuk (Serbian) and Mikhailiuk, Kacuba (Belarusian Latin) and Katsuba (letters
        # more alike than that score by them: Verhnevolzhsky, Verkhnevolzhsky; and only letters as
        # alike as the skeletons ask, so that may_reach need not read every pair's letters)
        return 0.93, "spelling (transliteration system)"
    sa, sb = skeleton(a), skeleton(b)
    if vowelless:
        read = False
        a0, b0 = a, b  # as written (a and b become the parts as read)
        if sa and sa != sb:
            # another reading of a Latin letter (v as و, ch as ش, gh as ق...) may give the same
            # skeleton; the parts are then checked as read (Maryborough as "maryboro", v as w)
            script = "Hebrew" if native & HEBREW else "Arabic" if native & 3 else ""
            shared = _shared_reading(a, bool(native & 1), b, bool(native & 2), script)
            if shared is not None:
                sa = sb = shared[0]
                a, b = shared[1], shared[2]
                read = True
        if sa and sa == sb:
            onset, final_fits = _edges(a, b, native & 3, bool(native & HEBREW))
            if onset == "differ":
                return 0.55, "onsets differ"
            if not final_fits:
                return 0.55, "final vowels differ"
            one_native = (native & 3) in (1, 2)
            # (the native part and the Latin one, when one side is native)
            n_part, l_part = (a, b) if native & 1 else (b, a)
            n_written, l_written = (a0, b0) if native & 1 else (b0, a0)
            if one_native and native & HEBREW and n_written.count("v") > len(_VAV_LATIN.findall(l_written)):
                # a vav that is a consonant (v: וו, or a first ו) is a Latin v or w, never b as ב
                # is, and never nothing (Borås is not ווארשע, Warsaw; Bishkek not בושוויק, Bushwick)
                return 0.55, "vav is not b"
            if one_native and native & HEBREW and len(_LATIN_VW.findall(l_written)) > len(
                    _HEBREW_VAV.findall(n_written)):
                # and a Latin v or w is written: with a vav (ו, וו) or a bet (ב), or a pe (פ) for a
                # v said f; never left out (Kaniv is not קאיין, Cayenne)
                return 0.55, "v or w not written"
            if one_native:
                # the native side's vowel letters must be heard in the Latin spelling; the Latin
                # side's vowels need not be written (short ones are not)
                evidence = {vowel_evidence(n_part, l_part, True, bool(native & HEBREW))}
            else:
                evidence = {vowel_evidence(a, b, bool(native & 1)), vowel_evidence(b, a, bool(native & 2))}
            if evidence == {"differ"}:
                return 0.55, "long vowels differ"
            # a vowel onset whose quality the native spelling writes (או, אי) and the Latin one has
            # is evidence like a consonant
            count_a, count_b = consonant_count(a), consonant_count(b)
            units = (len(sa) if read else max(len(sa), min(count_a, count_b))) + (onset in ("agree", "glide"))
            if one_native:
                if consonant_count(n_part) > consonant_count(l_part):
                    # the native spelling writes a consonant more than the Latin one has (it
                    # writes no doubled letters, so v-l-g-g-r-d is not Belgrade's b-l-g-r-d)
                    units -= 1
                # and so are the native spelling's vowel letters that the Latin one has (אדנה Adana:
                # d, n, and א, ה heard as a, a), two of them for one consonant
                # (a vowel onset on its bare carrier, א or ا before a Latin vowel, is one of them)
                full, vague = heard_vowel_letters(n_part, l_part, bool(native & HEBREW))
                if native & HEBREW:
                    units += (2 * full + vague + (onset == "vowel")) // 2  # (a bare א onset: half)
                else:
                    units += (full + vague + (onset == "vowel")) // _VOWEL_UNIT
                if native & HEBREW and unwritten_vowels(n_part, l_part):
                    # Hebrew writes a foreign name's o, u and i (ו, י), short ones too: one it
                    # leaves out is evidence against (Timmins is not טיומן, Tyumen; Ostuni not
                    # אסטנה, Astana). Two units less, as a rival one unit below is still within
                    # the resolver's margin (0.92, 0.88); Hebrew names (קרית Kiryat), English
                    # short u (הדסון Hudson) and ö, ü read as o, u (קלן Köln) leave them out too.
                    # (2026-12-08: he 0.704 -> 0.711 at precision 0.985 -> 0.989; one unit less,
                    # 0.702; three, 0.705; taken as a difference of long vowels, 0.695)
                    units -= 2
            # and the more units agree in order, the less likely by chance: two consonants fit many
            # names (bn: Bonn, Bene, Boone), five seldom more than one (ntnrb: Antananarivo)
            # (one unit at least: until 2026-12-08 none read the ladder's last rung, so נאן and Nay,
            # one consonant and the native's second n unheard, scored 0.99 less 0.04)
            score = _LADDER[max(1, min(units, 5)) - 1]
            if "agree" not in evidence:
                # the vowels could not be compared gap by gap: the consonants alone say less (so
                # through another reading too, now that the parts are compared as read: until
                # 2026-12-08 a reading was spared this, its gaps shifted with the letter read)
                return score - _UNCOMPARED_VOWELS, "skeleton (vowels not compared)"
            return score, "skeleton"
        sk = Indel.normalized_similarity(sa, sb) if sa and sb else 0.0
        return 0.9 * sk, "skeleton"
    if sa and sa == sb and len(sa) >= 2 and ratio >= _LATIN_SKELETON_MIN_RATIO:
        score = max(ratio, _LATIN_LADDER[min(len(sa), 6) - 2])
        arabic = _arabic_score(a, b, score)
        return (arabic, "Arabic spellings") if arabic else (score, "skeleton")
    jw = JaroWinkler.normalized_similarity(a, b)
    # Skeletons that differ count only when they start alike: a name's first consonant is the
    # one transliterations agree on most ("naumov"/"naumau" yes, "fujing"/"guanghua" no).
    # And, as above, only when the letters are alike enough too (Kahane/Cohen share khn).
    sk = (Indel.normalized_similarity(sa, sb)
          if len(sa) >= 3 and len(sb) >= 3 and sa[0] == sb[0] and ratio >= _LATIN_SKELETON_MIN_RATIO else 0.0)
    best = max(ratio, 0.92 * jw, 0.9 * sk)
    if sa == sb and len(sa) >= 2 and ratio >= _CLASS_LETTERS_MIN:
        # Two Latin spellings of one skeleton whose letters are alike once each consonant is its
        # class, their vowels in the same places (Saqqer and Sakkar, saker and sakar): one native
        # spelling. (Only under one skeleton: under the readings of their letters too, Cyrillic
        # 0.590 -> 0.609 and OFAC 0.755 -> 0.758, but reading the parts of every candidate cost 10
        # to 15% of the fuzzy names a second, which issue 5 needs at 2,000 at a million aliases.)
        ladder = _LATIN_LADDER[min(len(sa), 6) - 2]
        if ladder > best and _classes_alike(a, b) and latin_gaps_fit(a, b):
            return ladder, "skeleton (one native spelling)"
    # (not tried when the skeletons differ by two consonants or more: one Arabic spelling's Latin
    # spellings differ by a w or y read as a consonant before a vowel, seldom more; nor below
    # _ARABIC_FLOOR by their letters, as most two names are)
    arabic = _arabic_score(a, b, best) if abs(len(sa) - len(sb)) < 2 and best >= _ARABIC_FLOOR else 0.0
    if arabic:
        # two Latin spellings of one Arabic spelling: Qadhafi, Gaddafi, Ghathafi; Qubaysi, Kobeissi
        return arabic, "Arabic spellings"
    return best, "spelling"


def hebrew_part_vowel_fit(native: str, latin: str) -> int:
    """:func:`~namekit.match.vowels.hebrew_vowel_fit` of a Hebrew part (transliterated) and a Latin
    one, read as :func:`part_similarity` reads them when their skeletons differ (Ranchi as
    "rantzi", ראנצי): how closely the Hebrew vowel letters fit, to tell apart names the score ties."""
    return hebrew_vowel_fit(*_read_as_hebrew(native, latin))


def hebrew_part_consonants_off(native: str, latin: str) -> int:
    """How many consonants a Hebrew part (transliterated) and a Latin one, read as
    :func:`part_similarity` reads them, differ by in number: Hebrew writes each consonant said once
    (רוקהאמפטון, r-k-h-m-p-t-n, is Rockhampton, not Roehampton), which the skeletons leave out of
    account when one consonant is written twice or silent. To tell apart names the score ties."""
    read_native, read_latin = _read_as_hebrew(native, latin)
    return abs(consonant_count(read_native) - consonant_count(read_latin))


# A Hebrew ש (sh) other than at the end, where "sh" may be a ס before a final ה (סוסה, "sosh").
_HEBREW_SHIN = re.compile(r"sh(?!$)")
# The Latin letters a Hebrew צ (tz) writes: ts, tz, German, Italian and Slavic z, and c before e, i, y.
_LATIN_TSADI = re.compile(r"t[sz]|(?<!s)z|c(?=[eiy])")
# ... and a ש: sh, and Polish and Hungarian sz (Kalisz קאליש)
_LATIN_SHIN = re.compile(r"s[hz]")


def hebrew_part_sibilants_off(native: str, latin: str) -> int:
    """How many more ש (sh) a Hebrew part (transliterated) writes than a Latin one writes sh, or
    fewer, and the same of צ (tz) and the Latin letters it writes (ts, tz, z, c before e or i): the
    skeletons take s and sh for one class, and readings make z and s one, as transliterations
    confuse them, but a Hebrew spelling of a foreign name writes s ס, sh ש and ts צ (סוסה Sousse,
    שושה Shusha; גראץ Graz, גראס Grasse). To tell apart names the score ties."""
    native, latin = native.replace(" ", ""), latin.replace(" ", "")
    shin, latin_shin = len(_HEBREW_SHIN.findall(native)), len(_LATIN_SHIN.findall(latin))
    # (a final "sh" is a ש or a ס before the final ה: either)
    off = min(abs(shin - latin_shin), abs(shin + 1 - latin_shin)) if native.endswith("sh") else abs(shin - latin_shin)
    return off + abs(native.count("tz") - len(_LATIN_TSADI.findall(latin)))


def _read_as_hebrew(native: str, latin: str) -> tuple[str, str]:
    native, latin = native.replace(" ", ""), latin.replace(" ", "")  # a compound's two parts as one
    if skeleton(native) != skeleton(latin):
        shared = _shared_reading(native, True, latin, False, "Hebrew")
        if shared is not None:
            native, latin = shared[1], shared[2]
    return native, latin


def _shared_reading(a: str, native_a: bool, b: str, native_b: bool, script: str) -> tuple[str, str, str] | None:
    """The longest skeleton (then the first) that ``a`` and ``b`` both give under some reading of
    their letters (:func:`reading_spellings`), with each part as so read; None when they share none."""
    spelt_a = reading_spellings(a, native_a, script)
    spelt_b = reading_spellings(b, native_b, script)
    shared = spelt_a.keys() & spelt_b.keys()
    if not shared:
        return None
    read = min(shared, key=lambda s: (-len(s), s))
    return read, spelt_a[read], spelt_b[read]


def _arabic_score(a: str, b: str, score: float) -> float:
    """What two Latin spellings that may write one Arabic spelling (:func:`_arabic_spellings`)
    score, by their consonants as two spellings of one skeleton do, when that is more than
    ``score``; else 0."""
    if score >= _LATIN_LADDER[-1]:
        return 0.0
    count = _arabic_spellings(a, b)
    ladder = _LATIN_LADDER[min(count, 6) - 2] if count else 0.0
    return ladder if ladder > score else 0.0


@lru_cache(maxsize=MEMO_SIZE)
def patronymic_group(token: str) -> int | None:
    """The group (in the given-name table) of the name an East Slavic patronymic, or a surname formed
    the same way, is formed from: Siarheevich and Sergeevich Sergei's, Mykolaiovych Nikolai's; None
    for any other part. (``patronymic_endings`` in given_names.yml.)"""
    t = tables()
    if not token.endswith(t.patronymic_endings):
        return None
    given = t.given_names
    for ending in t.patronymic_endings:
        if not token.endswith(ending):
            continue
        stem = token[: -len(ending)]
        # the name's final i, y or j may stand before the ending (Dmitri-yevich) or be dropped
        # before it (Serge-evich for Sergei), and a Ukrainian one is written (Mykola-iovych)
        stems = (stem, stem[:-1]) if stem[-1:] in ("i", "y", "j") else (stem,)
        for base in stems:
            if len(base) < 3:
                continue
            for name in (base, base + "i", base + "y", base + "j"):
                group = given.get(name)
                if group is not None:
                    return group
    return None


def _one_patronymic(a: str, b: str) -> bool:
    """Whether two parts are patronymics formed from one given name (see :func:`patronymic_group`)."""
    group = patronymic_group(a)
    return group is not None and group == patronymic_group(b)


def _arabic_spellings(a: str, b: str) -> int:
    """How many consonants two Latin spellings have when both may write one Arabic spelling
    (:func:`arabic_reading`), else 0. Consonant by consonant, an Arabic letter both may write, at
    most one of them written by neither as standard spellings write it (g and k for ق, th and z
    for ظ: Natheer, Nazir; but not both in one word, as Ghadiri, Kathiri). Vowel by vowel, vowels
    both may write (:func:`_vowel_readings`: Kobeissi, Qubaysi), or a short vowel against none
    inside the word (Umr, Umar) or a final e, silent in French spellings, against none (Ayache,
    Ayash): once, and not beside such a letter (Bagher باقر and Bakr بكر are two names). At least
    _ARABIC_MIN_CONSONANTS consonants."""
    if not _onsets_agree(a, b):
        return 0  # (the first consonant, or a vowel before it in one only: most pairs, told cheaply)
    consonants_a, runs_a = arabic_reading(a)
    if len(consonants_a) < _ARABIC_MIN_CONSONANTS:
        return 0
    consonants_b, runs_b = arabic_reading(b)
    if len(consonants_a) != len(consonants_b):
        return 0
    variants = 0
    for (x, standard_x), (y, standard_y) in zip(consonants_a, consonants_b):
        if x is y or x == y:
            continue
        shared = x & y
        if not shared:
            return 0
        if standard_x not in shared and standard_y not in shared:
            variants += 1
            if variants > _ARABIC_MAX_VARIANTS:
                return 0
    last = len(runs_a) - 1
    dropped = variants  # one liberty a word: a letter written as neither writes it, or a vowel left out
    for k, (run_a, run_b) in enumerate(zip(runs_a, runs_b)):
        if not run_a or not run_b:
            other = run_a or run_b
            if not other:
                continue
            if not dropped and (0 < k < last and len(other) == 1 or k == last and other == "e"):
                dropped = 1
                continue
            return 0
        if k == last and "e" in (run_a, run_b):
            # a final e is silent or the a of ة and ه (Chehade, Shehadeh), never i (Hamide, Hamidi)
            if "a" not in _vowel_readings(run_b if run_a == "e" else run_a):
                return 0
        elif _vowel_readings(run_a).isdisjoint(_vowel_readings(run_b)):
            return 0
    return len(consonants_a)


def _onsets_agree(a: str, b: str) -> bool:
    """Whether two Latin spellings start as one Arabic spelling may (:func:`arabic_onset`): both with
    a vowel before the first consonant or neither (a vowel left out is one inside the word), and
    first consonants that may write one letter. What :func:`_arabic_spellings` checks first."""
    onset_a = arabic_onset(a)
    if onset_a is None:
        return False
    onset_b = arabic_onset(b)
    return onset_b is not None and onset_a[0] == onset_b[0] and not onset_a[1].isdisjoint(onset_b[1])


@lru_cache(maxsize=MEMO_SIZE)
def _vowel_readings(run: str) -> frozenset[str]:
    """What a run of Latin vowel letters may write in Arabic: its pieces (two letters read as one
    first, ``latin_arabic`` ``vowels`` in transliteration.yml) in turn, each in one of its
    readings, a vowel written twice once. "ei": ai; "e": a or i; "aou": au."""
    vowels = tables().latin_arabic_vowels
    readings = {""}
    k = 0
    while k < len(run):
        piece = run[k : k + 2] if run[k : k + 2] in vowels else run[k]
        k += len(piece)
        readings = {_undouble_vowels(r + s) for r in readings for s in vowels.get(piece, ("",))}
    return frozenset(readings)


def _undouble_vowels(reading: str) -> str:
    return "".join(c for k, c in enumerate(reading) if k == 0 or reading[k - 1] != c)


def _classes_alike(a: str, b: str) -> bool:
    """Whether two Latin spellings are alike once each consonant is written as its class."""
    return Indel.normalized_similarity(class_spelling(a), class_spelling(b)) >= _CLASS_SPELLING_MIN


def _edges(a: str, b: str, native: int, hebrew: bool) -> tuple[str, bool]:
    """What the two ends of a native and a Latin part say (``native`` as in :func:`part_similarity`):
    the onset's evidence (``agree``, ``vowel``, ``differ`` or ``none``, see :func:`onset_evidence`) and
    whether a final vowel letter of the native part, if any, is heard in the Latin one. Two native
    parts compare only whether both start with a vowel; with no side known native, no evidence."""
    if native == 1:
        return onset_evidence(a, b, hebrew), finals_agree(a, b, hebrew)
    if native == 2:
        return onset_evidence(b, a, hebrew), finals_agree(b, a, hebrew)
    if native == 3:
        return native_onset_evidence(a, b), True
    return "none", True


@lru_cache(maxsize=MEMO_SIZE)
def may_reach(a: str, b: str, floor: float) -> bool:
    """False only when :func:`part_similarity` of two Latin spellings (``vowelless`` False) is sure
    to be below ``floor`` (at least 0.6) by their letters and skeletons, at a fraction of its cost:
    it skips the skeletons, which a pair of letters less alike than the skeleton ratio never uses.
    For compounds, whose two parts written as one are seldom like anything: they are not taken for
    two spellings of one native spelling (letters alike as classes), which would cost every
    compound of every candidate a reading of its letters (with that and the readings tried on every
    pair, fuzzy names went 2,090 -> 1,630 a second at 1M aliases).
    """
    if a == b or number_value(a) is not None or number_value(b) is not None:
        return True
    given = tables().given_names
    group_a = given.get(a)
    if group_a is not None and group_a == given.get(b):
        return True
    if (a.startswith("al") and a[2:] == b) or (b.startswith("al") and b[2:] == a):
        return True
    if group_a is None and _one_patronymic(a, b):
        return True
    ratio = Indel.normalized_similarity(a, b)
    if ratio >= _LATIN_SKELETON_MIN_RATIO or ratio >= floor:
        return True  # the skeletons may count: only part_similarity can tell
    # below the skeleton ratio what is left is the letters' ratio, 0.92 * Jaro-Winkler, or a fold
    # (_fold_long reads ee and oo only: without them it is _fold)
    return (0.92 * JaroWinkler.normalized_similarity(a, b) >= floor or _fold(a) == _fold(b)
            or (("ee" in a or "oo" in a or "ee" in b or "oo" in b) and _fold_long(a) == _fold_long(b)))


@lru_cache(maxsize=MEMO_SIZE)
def system_readings(token: str) -> frozenset[str]:
    """``token`` as written and as read after each Latin spelling convention of Cyrillic names
    (``latin_systems`` in transliteration.yml) into English-style letters, each :func:`_fold`-ed."""
    readings = {_fold(token)}
    for pattern, system in _system_patterns():
        if pattern.search(token):
            readings.add(_fold(pattern.sub(lambda m: _system_letter(system, m, len(token)), token)))
    return frozenset(readings)


def _system_letter(system: Mapping[str, str], match: re.Match[str], length: int) -> str:
    text = match.group(0)
    if match.end() == length and text + "$" in system:
        return system[text + "$"]
    if match.start() == 0 and "^" + text in system:
        return system["^" + text]
    return system.get(text, text)


@lru_cache(maxsize=1)
def _system_patterns() -> tuple[tuple[re.Pattern[str], Mapping[str, str]], ...]:
    patterns = []
    for system in tables().latin_systems:
        keys = sorted(system, key=len, reverse=True)
        alternatives = [re.escape(k[:-1]) + "$" if k.endswith("$") else "^" + re.escape(k[1:]) if k.startswith("^")
                        else re.escape(k) for k in keys]
        patterns.append((re.compile("|".join(alternatives)), system))
    return tuple(patterns)


@lru_cache(maxsize=MEMO_SIZE)
def _fold(token: str) -> str:
    """``token`` with y read as i, ou as u, gh as q and doubled letters once. (Persian says ق and غ
    alike, and its Latin spellings write either as gh or q: Ghasemi, Qasemi; Bagheri, Baqeri.)"""
    # (a function as the replacement: a template string is parsed again on every call)
    return _DOUBLED.sub(_first_group, token.replace("y", "i").replace("ou", "u").replace("gh", "q"))


@lru_cache(maxsize=MEMO_SIZE)
def _fold_long(token: str) -> str:
    """:func:`_fold` with the English-style long vowels ee and oo read as i and u (Baseej, Basij;
    Kashmoola, Kashmula), which Dutch and English place names say otherwise (Hoogezand, Greer)."""
    return _fold(token.replace("ee", "i").replace("oo", "u"))


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


@lru_cache(maxsize=MEMO_SIZE)
def part_weight(token: str) -> float:
    """How much a part says about identity, before rarity: particles and generic words little."""
    t = tables()
    if token in t.particles:
        return 0.1
    if token in t.generic:
        return 0.3
    if token in t.given_names:
        return 0.7
    if number_value(token) is not None:
        return 0.8
    if len(token) == 1:
        return 0.4
    return 1.0
