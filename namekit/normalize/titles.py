"""Titles, ranks and roles before a name: "Maj. Gen.", "Egyptian Foreign Minister", "Sheikh"."""

from __future__ import annotations

from namekit.normalize.tables import tables

__all__ = ["strip_titles", "canonical_title"]


def _title_at(tokens: tuple[str, ...], i: int) -> tuple[int, str] | None:
    t = tables()
    if i >= len(tokens):
        return None
    lengths = t.title_lengths.get(tokens[i])
    if lengths is None:
        return None
    room = len(tokens) - i
    for length in lengths:  # longest first
        if length <= room:
            title = t.titles.get(tokens[i : i + length])
            if title is not None:
                return length, title
    return None


def _qualifier_at(tokens: tuple[str, ...], i: int) -> int:
    t = tables()
    for length in (2, 1):
        if tokens[i : i + length] in t.title_qualifiers and len(tokens[i : i + length]) == length:
            return length
    return 0


# An English apposition names a role just before the person: "[Egyptian General Intelligence
# Service] chief Hassan Rashad", "[U.S. hostage affairs] official Adam Boehler". The role word is
# the last title in the phrase; the name after it has this many parts at most.
_APPOSITION_MAX_NAME = 6


def _apposition(tokens: tuple[str, ...]) -> tuple[int, str] | None:
    """Where the name starts after a role phrase, and the role; None when there is no such phrase."""
    t = tables()
    n = len(tokens)
    for i in range(n - 2, 0, -1):
        if n - i - 1 > _APPOSITION_MAX_NAME:
            break
        if tokens[i - 1] == "al":
            continue  # "al sheikh" is a name part, not the title
        hit = _title_at(tokens, i)
        if hit is not None and hit[1] in t.appositive_roles and n - (i + hit[0]) >= 2:
            rest = tokens[i + hit[0]:]
            if _title_at(rest, 0) is None and not any(tok in t.generic or (tok,) in t.legal_forms for tok in rest):
                return i + hit[0], hit[1]
    return None


def strip_titles(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split leading titles (and the qualifiers before them) off ``tokens``.

    Returns ``(name tokens, canonical titles)``. At least one token of the name is always kept, and
    a qualifier ("Egyptian", "former") is removed only when a title follows it.
    """
    if tables().title_first.isdisjoint(tokens):  # no token starts a title: nothing to remove
        return tokens, ()
    i = 0
    found: list[str] = []
    n = len(tokens)
    while i < n:
        hit = _title_at(tokens, i)
        if hit is not None and i + hit[0] < n:
            found.append(hit[1])
            i += hit[0]
            continue
        # qualifiers, then a title: "egyptian foreign minister", "former british prime minister";
        # "and" between two titles: "prime minister and foreign minister"
        j = i + 1 if found and tokens[i] == "and" else i
        while j < n and (q := _qualifier_at(tokens, j)):
            j += q
        if j > i and j < n and (hit := _title_at(tokens, j)) is not None and j + hit[0] < n:
            found.append(hit[1])
            i = j + hit[0]
            continue
        break
    rest = tokens[i:]
    # an apposition ends in a title: without a word that starts one, there is none to look for
    apposition = None if tables().title_first.isdisjoint(rest) else _apposition(rest)
    if apposition is not None:
        start, title = apposition
        rest, more = strip_titles(rest[start:])
        return rest, (*found, title, *more)
    return rest, tuple(found)


def canonical_title(text: str) -> str | None:
    """The canonical form of a title as written ("Maj. Gen." -> "major general"), or None."""
    import re

    tokens = tuple(re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace(".", "")).split())
    tokens = tuple(tok for tok in tokens if (tok,) not in tables().title_qualifiers) or tokens
    return tables().titles.get(tokens, " ".join(tokens) if tokens else None)
