"""Scripts: which one a name is written in, and transliteration to lowercase ASCII.

Latin, Cyrillic, Greek and most others go through unidecode. Arabic (with Persian letters) and
Hebrew use the letter tables in ``namekit/data/transliteration.yml``, which keep long vowels as
letters and drop the short-vowel marks, so that the consonant skeleton of the result can be
compared with that of a Latin spelling.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

from namekit.normalize.tables import ScriptTable, tables
from namekit.normalize.unicode import fold

__all__ = ["script_of", "dominant_script", "to_ascii", "ascii_words"]


def script_of(char: str) -> str:
    """The script of one character: Latin, Arabic, Hebrew, Cyrillic, Greek, Other or Common."""
    code = ord(char)
    if char.isascii():
        return "Latin" if char.isalpha() else "Common"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "Arabic"
    if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F:
        return "Hebrew"
    if 0x0400 <= code <= 0x052F:
        return "Cyrillic"
    if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:
        return "Greek"
    if not char.isalpha():
        return "Common"
    name = unicodedata.name(char, "")
    return "Latin" if name.startswith("LATIN") else "Other"


_ASCII_LETTER = re.compile("[A-Za-z]")
# script_of, remembered per character: a name repeats its letters, a registry its alphabet.
_script_of = lru_cache(maxsize=8192)(script_of)


def dominant_script(text: str) -> str:
    """The script most letters of ``text`` are in (``Common`` when it has no letters)."""
    if text.isascii():  # the common case: every ASCII letter is Latin, anything else Common
        return "Latin" if _ASCII_LETTER.search(text) else "Common"
    counts: dict[str, int] = {}
    for char in text:
        script = _script_of(char)
        if script != "Common":
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Common"
    return max(sorted(counts), key=lambda s: counts[s])


def _word(word: str, table: ScriptTable, *, article: str = "", geresh: dict[str, str] | None = None,
          marks: str = "") -> str:
    letters = [c for c in word if c not in table.remove]
    whole = table.words.get("".join(letters))
    if whole is not None:
        return whole
    out: list[str] = []
    prefix = ""
    if article and len(letters) > len(article) + 1 and "".join(letters[: len(article)]) == article:
        prefix = "al-"
        letters = letters[len(article):]
    i = 0
    while i < len(letters):
        char = letters[i]
        if geresh is not None and i + 1 < len(letters) and letters[i + 1] in marks and char in geresh:
            out.append(geresh[char])
            i += 2
            continue
        sequence = _sequence(letters, i, table.sequences) if table.sequences else None
        if sequence is not None:
            out.append(sequence[1])
            i += len(sequence[0])
            continue
        if i == 0 and char in table.word_initial:
            out.append(table.word_initial[char])
        elif char in table.letters:
            out.append(table.letters[char])
        elif char in marks:
            pass
        else:
            out.append(char)
        i += 1
    return prefix + "".join(out)


def _sequence(letters: list[str], i: int, sequences: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """The sequence of letters (and what it reads as) that starts at ``letters[i]``, longest first."""
    for written, read in sequences:
        if "".join(letters[i : i + len(written)]) == written:
            return written, read
    return None


def _native(run: str, script: str) -> str:
    t = tables()
    words: list[str] = []
    word = []
    for char in run + " ":
        if script_of(char) == script or unicodedata.category(char).startswith("M") or char in t.hebrew_geresh_marks:
            word.append(char)
            continue
        if word:
            w = "".join(word)
            if script == "Arabic":
                words.append(_word(w, t.arabic, article="\u0627\u0644"))
            else:
                words.append(_word(w, t.hebrew, geresh=dict(t.hebrew_geresh), marks=t.hebrew_geresh_marks))
            word = []
        words.append(char)
    return "".join(words[:-1])


_CYRILLIC_SIGNS = {ord("ь"): None, ord("ъ"): None}


def to_ascii(text: str) -> str:
    """Lowercase ASCII for ``text`` (already folded), with Arabic and Hebrew by the letter tables."""
    if text.isascii():
        return text
    t = tables()
    text = text.translate({ord(d): str(i % 10) for i, d in enumerate(t.arabic_digits)})
    out: list[str] = []
    run: list[str] = []
    run_script = ""
    for char in text + "\0":
        script = script_of(char) if char != "\0" else "End"
        if script in ("Arabic", "Hebrew") or (run_script and unicodedata.category(char).startswith("M")):
            if run_script and script != run_script and script in ("Arabic", "Hebrew"):
                out.append(_native("".join(run), run_script))
                run = []
            if script in ("Arabic", "Hebrew"):
                run_script = script
            run.append(char)
            continue
        if run:
            out.append(_native("".join(run), run_script))
            run, run_script = [], ""
        if char != "\0":
            out.append(char)
    # The Cyrillic soft and hard signs are marks, not letters: unidecode writes them as quotes,
    # which would split a word (Аньян "an'ian" read as the article an- before "ian").
    return unidecode("".join(out).translate(_CYRILLIC_SIGNS)).lower()


_ASCII_WORD = re.compile(r"[a-z0-9]+")


def ascii_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` in lowercase ASCII letters and digits, every other character a break
    ("Petróleos de Venezuela, S.A." -> petroleos de venezuela s a): a cheap reading of a name's
    words that keeps what normalization sets aside (legal forms, small words)."""
    return tuple(_ASCII_WORD.findall(to_ascii(fold(text))))
