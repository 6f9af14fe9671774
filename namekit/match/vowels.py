"""Long vowels: what an Arabic or Hebrew spelling says that its consonant skeleton does not.

Arabic and Hebrew write long vowels as letters (ا و ي, ו י) and short ones not at all, so
حسن (Hassan) and حسين (Hussein) share the skeleton ``hsn`` but differ by a long i. Comparing a
native spelling (already transliterated by :mod:`namekit.normalize.script`) with a Latin one, the
vowels between two consonants must agree: a long vowel letter needs a vowel of its quality in the
Latin spelling, and a Latin long vowel (a doubled vowel or a digraph: ee, ei, ou, ...) needs a
vowel letter in the native spelling. Only inner gaps count: word-initial and final vowels are
written too unevenly (ة, final ه, إ).

What is written evenly is whether a word starts with a vowel: neither script begins a word with a
vowel alone, so a vowel onset always has its carrier letter (א or ע, ا or ع), and a consonant onset
its consonant. אומסק is Omsk, not Mississauga; أحمد is Ahmad. :func:`onsets_agree` checks that.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["vowels_agree", "vowel_evidence", "heard_vowels", "heard_vowel_letters", "unwritten_vowels", "gaps", "latin_gaps_fit", "onsets_agree",
           "onset_evidence", "native_onset_evidence", "finals_agree", "hebrew_vowel_fit"]

_VOWELS = "aeiouwy"
# Consonants as the skeleton sees them: digraphs first, so "sh", "kh", "th" are one consonant.
# w is not one: a native spelling writes و/ו as the vowel u/o ("khuajh" for Khawaja).
_CONSONANT = re.compile(r"sch|tch|dzh|kh|ch|ck|sh|zh|th|dh|gh|dj|ph|tz|ts|[b-df-hj-np-tvxz]")
# Alef is a long a, which Persian spellings often write o ("Rouhollah" for روحالله).
_QUALITY = {"i": "iey", "u": "uow", "a": "aeo"}
# Hebrew ו, transliterated o, is a long o or u: checked only on a spelling known to be native (a
# Latin o is often short, and Hebrew often leaves it unwritten).
_NATIVE_QUALITY = {**_QUALITY, "o": "uow"}
# (Not ou: French spellings write every u so, long or short: Loubna لبنى, Choukri شكري.)
# The letters a word may start with when it starts with a vowel, and the consonants a Latin
# initial vowel before another may stand for (a glide: i and e for yod, o and u for vav).
_ONSET_VOWELS = "aeiou"
_GLIDES = {"i": "y", "e": "y", "o": "wv", "u": "wv"}
# A Latin initial y or j before a vowel, and the letters a native spelling (transliterated) may
# start with for it: yod (y), and for j also the consonants it writes in other languages (ج j, ג g,
# ז׳ zh, Yiddish דזש dzsh; Spanish j is ח h, Dutch and German j is y).
_ONSET_GLIDES = {"y": "yij", "j": "yijgzdhk"}
# Final vowels a Latin spelling writes that a native one writes too, and the letters it writes them with.
_WRITTEN_FINALS = "aiou"
_FINAL_LETTERS = "aehiouwy"
_FINAL_QUALITY = {"o": "ouw", "u": "ouw"}
_HEBREW_FINAL_QUALITY = {**_FINAL_QUALITY, "i": "iey"}
# The final vowels a Hebrew final א or ה (a, e; ה also the o of Hebrew names, שלמה) does not write.
_HEBREW_NOT_A = "iuy"
_LATIN_LONG = re.compile(r"aa|ee|ii|oo|uu|ei|ai|ay|ey|ie|ue|oa")
# Two vowel letters or more after a Hebrew spelling's last consonant (and a final ה after them).
_HEBREW_FINAL_RUN = re.compile(r"(?<=[b-df-hj-np-tvxz])([aiou]{2,})(h?)$")
# ... and the vowels each letter there writes (א not an o: אוורואה is Avarua, not Aveiro).
_FINAL_RUN_QUALITY = {"a": "ae", "i": "iey", "o": "ou"}
# Vowels a Hebrew spelling of a foreign name writes, short or long: o and u with ו, i with י.
_HEBREW_WRITTEN = re.compile(r"[iouy]")


# Ukrainian writes i for the o (or e) of a town's closed last syllable, and its Latin spellings
# follow it, where its Polish, Russian and Yiddish names keep the o, and so do Hebrew spellings
# (Kharkiv חרקוב, Lviv לבוב, Zolochiv זלוטשוב; Arabic script follows Ukrainian: خاركيف): the i of a
# final -iv is heard as either, by the native spelling's vowel letters.
_UKRAINIAN_IV = "iv"


# An English u before a doubled consonant or ck is short, said as Hebrew writes an a (א) or nothing:
# heard as u and as a by a Hebrew spelling's letters (Sutton סאטון, Lubbock לאבק, Lucknow לאקנאו,
# Sunnyvale סאניווייל).
_ENGLISH_SHORT_U = re.compile(r"u(?=ck|([b-df-hj-np-tv-z])\1)")


def gaps(token: str) -> list[str]:
    """The vowel runs between consecutive consonants of ``token`` (inner gaps only)."""
    runs: list[str] = []
    pos = 0
    first = True
    for match in _CONSONANT.finditer(token):
        between = token[pos : match.start()]
        if not first:
            runs.append(between if all(c in _VOWELS for c in between) else "")
        first = False
        pos = match.end()
    return runs


def latin_gaps_fit(a: str, b: str) -> bool:
    """Whether two Latin spellings' vowels fall between the same consonants, with no long vowel
    (ee, ai, ei...) where the other has none: Khodr and Khadeer (d-r, d-ee-r) are two names."""
    # a doubled consonant is one (Dakkar, Deker), and a final h is none (Haniyah, Haniya), as
    # their skeletons have it
    gaps_a, gaps_b = gaps(_final_h_dropped(_undouble(a))), gaps(_final_h_dropped(_undouble(b)))
    if len(gaps_a) != len(gaps_b):
        return False
    return not any((not x and _LATIN_LONG.search(y)) or (not y and _LATIN_LONG.search(x)) for x, y in zip(gaps_a, gaps_b))


def vowels_agree(native: str, latin: str, known_native: bool = False) -> bool:
    """Whether the inner long vowels of a transliterated native spelling fit a Latin spelling.

    Both must have the same consonants (the caller checks the skeletons); doubled consonants
    ("hassan") count once. ``known_native``: ``native`` surely comes from Arabic or Hebrew script,
    so its o is the letter ו too.
    """
    return vowel_evidence(native, latin, known_native) != "differ"


def vowel_evidence(native: str, latin: str, known_native: bool = False, hebrew: bool = False) -> str:
    """What the vowels say, as :func:`vowels_agree` reads them: ``agree`` (compared gap by gap,
    they fit), ``differ``, or ``none`` (the gaps do not line up, so they were not compared).
    ``hebrew``: ``native`` is a Hebrew spelling (see :func:`_gap_verdicts`)."""
    verdicts = _gap_verdicts(native, latin, known_native, hebrew)
    if verdicts is None:
        return "none"  # not comparable gap by gap: no evidence either way
    return "differ" if "differ" in verdicts else "agree"


def unwritten_vowels(native: str, latin: str) -> int:
    """How many gaps of a Latin spelling hold an o, u or i that a Hebrew spelling (transliterated,
    with the same consonants) does not write there."""
    verdicts = _gap_verdicts(native, latin, True, True)
    return verdicts.count("unwritten") if verdicts is not None else 0


def heard_vowels(native: str, latin: str) -> int:
    """How many vowel letters of a native spelling (transliterated) a Latin one with the same
    consonants has, each with its quality: the inner long vowels of :func:`vowel_evidence`, gap by
    gap (none when the gaps do not line up), and a final vowel letter (ה ו י, ا ة و ي) when the
    Latin spelling ends in a vowel."""
    return sum(heard_vowel_letters(native, latin))


def heard_vowel_letters(native: str, latin: str, hebrew: bool = False) -> tuple[int, int]:
    """:func:`heard_vowels`, in two counts: the vowel letters between consonants and a final ו or י,
    and a final letter of an a or of any vowel (ה, א, ع, ة): what a Hebrew spelling writes on
    purpose, and the letter that ends most of its words. ``hebrew``: a Hebrew spelling, whose
    letters after its last consonant write a foreign name's final vowels one for one (גנואה Genoa,
    דכאו Dachau, קפואה Capua): there each letter heard counts, when every one is."""
    verdicts = _gap_verdicts(native, latin, True, hebrew)
    full = verdicts.count("heard") if verdicts is not None else 0
    vague = 0
    body = _undouble(native)
    if body[-1:] in "aehiou" and len(body) > 1 and body[-2:-1] not in _VOWELS and latin[-1:] in _VOWELS:
        if body[-1:] in "iou" or (hebrew and _final_a_written(body, latin, verdicts)):
            full += 1
        else:
            vague += 1
    elif hebrew and latin[-1:] in _VOWELS:
        run = _HEBREW_FINAL_RUN.search(body)
        if run is not None:
            letters, l_run = run.group(1), _trailing(latin, "aeiouy")
            diphthong = "ii" in letters  # a doubled yod is one diphthong (Cudahy קודאהיי, not Kaédi)
            if diphthong:
                letters = letters.replace("ii", "")
            if all(any(c in _FINAL_RUN_QUALITY[x] for c in l_run) for x in letters) and (
                    not diphthong or any(d in l_run for d in _HEBREW_DIPHTHONGS)):
                full += sum(1 for x in letters if x != "a") + diphthong
                vague += letters.count("a")  # (a final ה after them writes none of its own)
    return full, vague


def _final_a_written(body: str, latin: str, verdicts: tuple[str, ...] | None) -> bool:
    """A Hebrew spelling's final ה or א after its last consonant, where the Latin spelling ends in
    one a after its last consonant: how Hebrew writes a foreign name's final a (ברדה Breda, פטנה
    Patna, כרבלא Karbala), as a letter of a vowel it writes on purpose, when the vowels before it
    fit too (their gaps line up, and none it leaves out is an o, u or i: יוקוהמה Yokohama is not
    Kohima)."""
    return (body[-1:] in "ah" and latin[-1:] == "a" and latin[-2:-1] not in _VOWELS
            and verdicts is not None and "unwritten" not in verdicts and "differ" not in verdicts)


def _trailing(token: str, letters: str) -> str:
    k = len(token)
    while k > 0 and token[k - 1] in letters:
        k -= 1
    return token[k:]


@lru_cache(maxsize=8192)
def _gap_verdicts(native: str, latin: str, known_native: bool, hebrew: bool = False) -> tuple[str, ...] | None:
    """Gap by gap (inner gaps only), what the native spelling's vowel letters say of the Latin
    vowels there: ``heard`` (a letter's quality is there), ``differ`` (it is not; or the native
    gap is empty where the Latin one has a long vowel), ``unwritten`` (``hebrew``: the native gap
    is empty where the Latin one has an o, u or i), ``open`` (nothing to check); None when the
    two spellings' gaps do not line up. ``known_native``: ``native`` surely comes from Arabic or
    Hebrew script, its o the letter ו (see :func:`vowels_agree`). Remembered: a part_similarity
    reads it up to three times."""
    qualities = _NATIVE_QUALITY if known_native else _QUALITY
    # (Hebrew writes no doubled letter for a long consonant: two of one letter are two consonants
    # with a vowel it leaves out between them, ממפיס Memphis, בבטי Babati)
    body = _final_h_dropped(native if hebrew else _undouble(native))
    n_gaps = gaps(body)
    if latin.endswith(_UKRAINIAN_IV) and known_native:
        latin = latin[:-2] + "iov"  # Ukrainian -iv, written -ov, -ów in other languages (_UKRAINIAN_IV)
    if hebrew and "u" in latin:
        latin = _ENGLISH_SHORT_U.sub("ua", latin)
    l_gaps = gaps(_final_h_dropped(_undouble(latin)))
    if len(n_gaps) != len(l_gaps):
        return None
    verdicts: list[str] = []
    consonants = [m.group() for m in _CONSONANT.finditer(body)]  # those around each gap
    for n_gap, l_gap, before, after in zip(n_gaps, l_gaps, consonants, consonants[1:]):
        letters = n_gap.replace("w", "").replace("y", "")
        if not letters:
            # (a vav that writes the consonant v or w, וו or a first ו, may write the o or u next
            # to it too: ווד is "wood" in Fleetwood פליטווד, לוול "lowell" in Lowell)
            open_vav = "v" in (before, after)
            if _LATIN_LONG.search(l_gap) and not open_vav:
                verdicts.append("differ")
            elif hebrew and not open_vav and _HEBREW_WRITTEN.search(l_gap):
                verdicts.append("unwritten")
            else:
                verdicts.append("open")
            continue
        # Two letters in one gap are a long vowel beside an ayin or a hamza seat (مسعود "msaud",
        # Masoud): one of them heard in the Latin spelling is enough.
        # A doubled yod (Hebrew יי) is the diphthong ai/ei/ay: Lake - לייק, Spokane - ספוקיין.
        wanted = ["aeiy"] if "ii" in letters else [qualities[letter] for letter in set(letters) if letter in qualities]
        if not wanted:
            verdicts.append("open")
        else:
            verdicts.append("heard" if any(c in quality for quality in wanted for c in l_gap) else "differ")
    return tuple(verdicts)


# What each vowel letter of a Hebrew spelling of a foreign name writes, as such spellings use it:
# א (ע) a, ו o or u, י i (a Latin y too); a doubled yod a diphthong. (The looser qualities the
# skeleton match allows, א for e or o, י for e, are what Hebrew writes less often.)
_HEBREW_OWN_QUALITY = {"a": "a", "i": "iy", "o": "ou"}
_HEBREW_DIPHTHONGS = ("ai", "ei", "ay", "ey", "ae")


def hebrew_vowel_fit(native: str, latin: str) -> int:
    """How closely the vowel letters of a Hebrew spelling (transliterated) fit a Latin spelling with
    the same consonants, each letter read as the vowel it writes most (א a, ו o or u, י i, יי a
    diphthong): between consonants, +1 for each letter whose vowel the Latin spelling has there, -1
    for each it has not (the gaps lined up); and +1 for a final letter whose vowel ends the Latin
    spelling (a final א or ה an a, י an i, ו an o or u). Not a score: what tells apart two names the
    score ties, when both fit the letters' looser qualities (פאורי: Pauri 3, Pori 1; ביירות: Beirut 2,
    Birut 0; רומה: Ruma 2, Rumoi 1)."""
    body = _final_h_dropped(_undouble(native))
    n_gaps = gaps(body)
    l_gaps = gaps(_final_h_dropped(_undouble(latin)))
    fit = 0
    if len(n_gaps) == len(l_gaps):
        for n_gap, l_gap in zip(n_gaps, l_gaps):
            letters = n_gap.replace("w", "").replace("y", "")
            if not letters:
                continue
            if "ii" in letters:
                fit += 1 if any(d in l_gap for d in _HEBREW_DIPHTHONGS) else -1
                continue
            for letter in set(letters):
                if letter in _HEBREW_OWN_QUALITY:
                    fit += 1 if any(c in _HEBREW_OWN_QUALITY[letter] for c in l_gap) else -1
    last, end = _undouble(native)[-1:], latin[-1:]
    if (last in ("a", "h") and end == "a") or (last == "i" and end in "iy") or (last == "o" and end in "ou"):
        fit += 1
    return fit


def onsets_agree(native: str, latin: str) -> bool:
    """Whether a word written in Arabic or Hebrew script (transliterated: its carrier letter gives
    a leading vowel) and a Latin spelling both start with a vowel, or both with a consonant; and,
    when the native spelling writes the vowel's quality (או o or u, אי i or e), whether the Latin
    vowel has it.

    What a Latin spelling may do: an initial h may be silent (Holguín, אולגין); an initial i or e
    may stand for yod and o or u for vav (Israel, ישראל; Oualid, وليد); a word-initial vowel before
    two consonants may be left out (Maghrebi spellings: Driss for إدريس, Brahim for إبراهيم), and
    so may the article's (Laroussi for العروسي).
    """
    return onset_evidence(native, latin) != "differ"


def onset_evidence(native: str, latin: str, hebrew: bool = False) -> str:
    """What the onsets say, as :func:`onsets_agree` reads them: ``agree`` (both start with a vowel
    of one quality, written in the native spelling), ``vowel`` (both start with a vowel, the native
    spelling with its carrier alone: א, ا, ع), ``glide`` (``hebrew``: a first yod and a Latin glide
    before a vowel), ``differ``, or ``none`` (nothing to compare).
    ``hebrew``: the native spelling is Hebrew, which writes no vowel a Latin spelling leaves out
    before two consonants (Maghrebi Arabic names do: Driss for إدريس)."""
    if not native or not latin:
        return "none"
    n_run = _leading(native, _ONSET_VOWELS)
    if n_run and latin[0] == "h" and len(latin) > 1:
        latin = latin[1:]  # a silent h: the word starts with a vowel as spoken
    latin_vowel = latin[0] in _ONSET_VOWELS
    if not n_run:
        if (latin[0] in _ONSET_GLIDES and len(latin) > 1 and latin[1] in _ONSET_VOWELS
                and native[0] not in _ONSET_GLIDES[latin[0]]):
            # a Latin y or j before a vowel is a consonant the native spelling writes (Jarosław
            # יארוסלב, not לה רושל La Rochelle): its skeleton drops the glide, so the check is here
            return "differ"
        if (hebrew and native[0] == "y" and latin[0] in "yjie" and len(latin) > 1
                and latin[1] in _ONSET_VOWELS):
            # and where the Hebrew spelling writes it (a first yod), it is a consonant that
            # agrees, which the skeleton does not count (Yelets יילץ, Iaşi יאשי)
            return "glide"
        if not latin_vowel:
            return "none"
        glide = latin[0] in "ie" or (len(latin) > 1 and latin[1] in _ONSET_VOWELS)
        if native[0] in _GLIDES.get(latin[0], "") and glide:
            # a glide: yod (Israel ישראל, Itzhak יצחק), or vav before a vowel (Oualid وليد); an
            # initial o or u before a consonant is a vowel, which the native spelling writes on
            # its carrier (Overath is not ורטה, Werota)
            return "none"
        return "differ"
    if not latin_vowel:
        first = _CONSONANT.match(latin)  # one consonant, digraphs too: ch in Chisinau is one
        elided = (not hebrew and first is not None
                  and _CONSONANT.match(latin, first.end()) is not None)  # Driss, Brahim
        article = native.startswith("al") and latin[0] == "l"  # Laroussi
        return "none" if elided or article else "differ"
    # the carrier (alef, aleph, ayin), then the letters of the quality (a yod or vav after the
    # carrier may be the consonant: Ayman ايمن, Awad عوض, so a Latin y or w fits it too)
    letters = n_run[1:] if n_run[0] == "a" else n_run
    wanted = [_NATIVE_QUALITY[c] for c in set(letters) if c in _NATIVE_QUALITY and c != "a"]
    if not wanted:
        return "vowel"  # both start with a vowel, its quality unwritten: like a vowel letter heard
    l_run = _leading(latin, _VOWELS)
    return "agree" if any(c in quality for quality in wanted for c in l_run) else "differ"


def native_onset_evidence(a: str, b: str) -> str:
    """Two words both written in Arabic or Hebrew script (transliterated): ``differ`` when one
    starts with a vowel (its carrier letter) and the other with a consonant, else ``none``."""
    return "none" if (a[:1] in _ONSET_VOWELS) == (b[:1] in _ONSET_VOWELS) else "differ"


def finals_agree(native: str, latin: str, hebrew: bool = False) -> bool:
    """Whether a Latin spelling ends in a vowel (or h) where a word written in Arabic or Hebrew
    script ends in the letter of a final vowel: ה, ة or ه, transliterated h (אובמה Obama, فاطمة
    Fatima, ملیحه Malihe); a Latin spelling that ends in another consonant does not have it, nor
    one that ends in u: that letter writes a, e or (Hebrew שלמה, Shlomo) o, and a final u is
    written with ו or و (באוטו Baotou, هندو Hindu)."""
    body = _undouble(native)
    # (a Hebrew final ה after ט ת כ ק פ ג ד reads as the second letter of a digraph, th, kh, ph...:
    # it is the final vowel letter still, באטה "bath" Bata; not after ס or ז, as sh and zh are
    # also ש, ז׳ and the Yiddish זש)
    final_he = hebrew and len(body) > 2 and body[-1] == "h" and body[-2] in "tkpgd"
    if _final_h_dropped(body) == body and not final_he:
        # and a Latin a, i, o or u at the end is written too: with a vowel letter (Hebrew א ה ו י,
        # Arabic ا ى ة ه و ي), not left out as a short vowel is (Racine ראסין, not Rocinha)
        if latin[-1:] in _WRITTEN_FINALS and body[-1:] not in _FINAL_LETTERS:
            return False
        # a final vowel letter of one quality is heard with it: ו or و (one, not the וו of a v) is
        # o or u (קורו Coro, not Kovrov; לאמו Lamu, not Lamía), Hebrew י is i or e (in Arabic
        # script a final ي is also the alef maqsura ى it is often written for: مصطفي Mustafa)
        wanted = (_HEBREW_FINAL_QUALITY if hebrew else _FINAL_QUALITY).get(body[-1:])
        if hebrew and body[-1:] == "a" and _hebrew_not_a(latin):
            return False  # a final א writes a or e, not i or u: באטה is Bata, not Batu
        return wanted is None or body[-2:-1] == body[-1:] or latin[-1:] in wanted
    if hebrew and _hebrew_not_a(latin):
        return False  # nor does a final ה: פטנה is Patna, not Pattani; נוקיה not Nyvky (a final i is י)
    return (latin[-1:] in _VOWELS and latin[-1:] != "u") or latin[-1:] == "h"


def _hebrew_not_a(latin: str) -> bool:
    """Whether a Latin spelling ends in an i, u or y after a consonant, a vowel a Hebrew final א or
    ה does not write (after a vowel it may be a digraph they do write: French -ai, -ois, -ay,
    Calais קאלה, Valois ולואה)."""
    return latin[-1:] in _HEBREW_NOT_A and len(latin) > 1 and latin[-2] not in _VOWELS


def _leading(token: str, letters: str) -> str:
    k = 0
    while k < len(token) and token[k] in letters:
        k += 1
    return token[:k]


def _final_h_dropped(token: str) -> str:
    """``token`` without a word-final h after another consonant, as its skeleton has it: the
    letter that writes a final vowel (Hebrew ה, Arabic ة and ه: אובמה for Obama), or a Latin
    spelling's silent h (Hamzah)."""
    if len(token) < 3 or not token.endswith("h"):
        return token
    consonants = list(_CONSONANT.finditer(token))
    if len(consonants) > 1 and consonants[-1].group() == "h" and consonants[-1].end() == len(token):
        return token[:-1]
    return token


def _undouble(token: str) -> str:
    return re.sub(r"([b-df-hj-np-tv-xz])\1+", r"\1", token)
