"""Arabic name particles: the article (al-, el-, ash-, an-...), bin/ibn/ben/bint, Abu/Abou, Abd compounds."""

from __future__ import annotations

import re
from functools import lru_cache

from namekit.normalize.tables import tables

__all__ = ["mark_joined_articles", "drop_ezafe", "canonical_particles", "merge_abd", "merge_din"]


@lru_cache(maxsize=1)
def _joined_article() -> re.Pattern[str]:
    forms = sorted(tables().article_forms, key=len, reverse=True)
    apostrophe = sorted(tables().article_apostrophe, key=len, reverse=True)
    # An apostrophe is a letter here (the ʿayn of Sa'ad): "ad-" in "sa'ad-gracia" is no article.
    start = r"(?<![a-z0-9'])"
    return re.compile(start + "(?:" + "|".join(map(re.escape, forms)) + r")-(?=[a-z])|"
                      + start + "(?:" + "|".join(map(re.escape, apostrophe)) + r")'(?=[a-z])|"
                      # the article hyphened to the word before it, as South Asia writes it
                      # (Jameat-ul Asrya, Fazl-ur Rehman): the next word is apart (its u-forms
                      # only: Korean Hong-il, Jong-il end in a syllable)
                      + r"(?<=[a-z])-(?:" + "|".join(map(re.escape, sorted(f for f in forms if f.startswith("u"))))
                      + r")(?= )")


def mark_joined_articles(text: str) -> str:
    """Rewrite an article joined by a hyphen (or, for al, el and l, an apostrophe) as the free word ``al``.

    "khalil al-hayya" -> "khalil al hayya"; "taher an-nono" -> "taher al nono"; "al'issawi" ->
    "al issawi"; "jameat-ul asrya" -> "jameat al asrya". An apostrophe after another short syllable
    is a letter, not a joint: the ʿayn or hamza of Arabic (As'ad, Sa'ad) or the soft sign of Russian
    (Il'ya, Ol'ga).
    """
    return _joined_article().sub(lambda m: "al " if m.group(0)[0] != "-" else " al", text)


@lru_cache(maxsize=1)
def _ezafe() -> re.Pattern[str]:
    forms = "|".join(map(re.escape, tables().ezafe))
    return re.compile(r"(?<=[a-z])-(?:" + forms + r")(?![a-z0-9'])")


def drop_ezafe(text: str) -> str:
    """Remove the Persian ezafe written after a hyphen: "sherkat-e madar-e iran" -> "sherkat madar
    iran", "hizb-i islami" -> "hizb islami"."""
    return _ezafe().sub("", text)


def canonical_particles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Free-standing particles in canonical form: el -> al, ibn/ben -> bin, abou -> abu.

    A first token is never taken for "ben" (Ben is also a given name).
    """
    t = tables()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok in t.article_free and i + 1 < len(tokens):
            out.append("al")
        elif tok in t.article_assimilated and i + 1 < len(tokens) and _assimilated(tok, tokens[i + 1]):
            out.append("al")
        elif tok in t.kinship and not (i == 0 and tok == "ben") and i + 1 < len(tokens):
            out.append(t.kinship[tok])
        else:
            out.append(tok)
    return tuple(out)


def _assimilated(article: str, word: str) -> bool:
    """Whether ``article`` (as, ash, ar, en, et...) is the Arabic article assimilated to ``word``
    written apart: its consonant is the word's first (As Samawah, Ar Raqqah, En Naqoura, Esh Sheikh).
    Written so, and only so, its l is the sun letter the word starts with; another word after as,
    an, at or es (As Long As, Es Mercadal) is no article's."""
    consonant = article[1:]
    return len(word) > len(consonant) and word.startswith(consonant)


# Abd and what links it to the next name: the article (Abdul, Abdel, Abdoul), or the article
# assimilated to a sun letter (Abdurrahman, Abdussalam, Abdushshakur).
_ABD = re.compile(r"^abd(?:(?:ou|[aeiou])l|[aeiou]?([rsztdn])(?=\1))")
# ... or, in Latin letters, a bare linking vowel (Somali Abdirahman, Abdiqadir; Abdurabba,
# Abdoulaziz) or none before a consonant (Abdrabba): then the name after it has three letters or
# more. (Not in Hebrew script, whose אבד- starts other words: אבדייבקה is Avdiyivka; nor the bare
# vowel in Arabic script, which writes none: عبدربه is Abd Rabbuh.)
_ABD_VOWEL = re.compile(r"^abd(?:ou|[aeiou])(?=[a-z]{3})|^abd(?=[b-df-hj-np-tv-z][a-z]{2})")
# the article written apart after Abd, assimilated or not: Abd ur-Rahim, Abd-us-Salam, Abd el Aziz
_ABD_ARTICLE = frozenset({"el", "ul", "il", "ol", "ur", "us", "ush", "uz", "ud", "ut", "un", "ar", "as", "ash",
                          "ad", "at", "az", "an", "er", "es", "ed", "et", "en", "ez"})
_ABD_BARE = re.compile(r"^abd(?=[b-df-hj-np-tv-z][a-z]{2})")


def _abd_token(rest: str) -> str:
    return "abdal" + rest


def merge_abd(tokens: tuple[str, ...], script: str = "Latin") -> tuple[str, ...]:
    """One token for an Abd compound, however it is written.

    "abd al rahman", "abdel rahman", "abdul rahman", "abdulrahman", "abdurrahman" -> "abdalrahman";
    "abdel aty", "abdelatty" -> "abdalaty", "abdalatty" (the skeleton makes those two equal);
    "abdirahman", "abdrabba" -> "abdalrahman", "abdalrabba" (in Latin letters: ``script``, the
    name's script, as :func:`~namekit.normalize.script.dominant_script` names it).
    """
    t = tables()
    linked = None if script == "Hebrew" else _ABD_BARE if script == "Arabic" else _ABD_VOWEL
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok in t.abd_glue and i + 1 < n:
            j = i + 1
            if (tokens[j] == "al" or tokens[j] in _ABD_ARTICLE) and j + 1 < n:
                j += 1  # Abd al-Rahim, and the article as South Asia writes it: Abd-ur-Raheem
            out.append(_abd_token(tokens[j]))
            i = j + 1
            continue
        if tok.startswith("abd") and len(tok) > 5:
            match = _ABD.match(tok) or (linked.match(tok) if linked is not None else None)
            if match:
                out.append(_abd_token(tok[match.end():]))
                i += 1
                continue
        out.append(tok)
        i += 1
    return tuple(out)


# "din" after the article written apart, as French and English write it too: Zaher El Dine, Nur al Deen
_DIN = frozenset({"din", "dine", "deen"})


def merge_din(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """One part for an ad-Din compound: "jamal al din", "jamal eddine", "jamaleddine" -> "jamalaldin"."""
    t = tables()
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if out and i + 1 < n and tok in t.din_joiners and tokens[i + 1] in _DIN:
            out[-1] += "aldin"
            i += 2
            continue
        if out and tok in t.din_words:
            out[-1] += "aldin"
            i += 1
            continue
        if tok.endswith(t.din_endings):  # most tokens end in none: one C-level test for them
            for ending in t.din_endings:
                if tok.endswith(ending) and len(tok) >= len(ending) + 3:
                    tok = tok[: -len(ending)] + "aldin"
                    break
        out.append(tok)
        i += 1
    return tuple(out)
