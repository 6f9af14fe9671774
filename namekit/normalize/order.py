"""Name order: "RASHAD, Hassan" is "Hassan Rashad"."""

from __future__ import annotations

import re

from namekit.normalize.tables import tables

__all__ = ["reorder"]

_WORD = re.compile(r"[^\W\d_][\w'\-.]*")
_NOT_WORD = re.compile(r"[^a-z0-9 ]+")


def reorder(text: str) -> str:
    """Move a given name written after one comma to the front ("rashad, hassan" -> "hassan rashad").

    Only when there is exactly one comma, both sides have a word, the part after it has at most
    three words and is not a legal form ("acme, ltd." stays as it is).
    """
    if text.count(",") != 1:
        return text
    surname, _, given = text.partition(",")
    surname, given = surname.strip(), given.strip()
    if not surname or not given or not _WORD.search(surname) or not _WORD.search(given):
        return text
    words = given.split()
    if len(words) > 3:
        return text
    # apostrophes go as the pipeline drops them: "sa'ad" is one word, not the legal forms "sa ad"
    phrase = tuple(_NOT_WORD.sub(" ", given.replace("'", "")).split())
    t = tables()
    if phrase in t.legal_forms or all(w in t.generic or (w,) in t.legal_forms for w in phrase):
        return text
    return f"{given} {surname}"
