"""Titles, ranks and roles before a name: "Maj. Gen.", "Egyptian Foreign Minister", "Sheikh"."""

from __future__ import annotations

from namekit.normalize.tables import tables

__all__ = ["strip_titles", "canonical_title"]


def _title_at(tokens: tuple[str, ...], i: int) -> tuple[int, str] | None:
    t = tables()
    for length in range(min(t.title_max_len, len(tokens) - i), 0, -1):
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


def strip_titles(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split leading titles (and the qualifiers before them) off ``tokens``.

    Returns ``(name tokens, canonical titles)``. At least one token of the name is always kept, and
    a qualifier ("Egyptian", "former") is removed only when a title follows it.
    """
    i = 0
    found: list[str] = []
    n = len(tokens)
    while i < n:
        hit = _title_at(tokens, i)
        if hit is not None and i + hit[0] < n:
            found.append(hit[1])
            i += hit[0]
            continue
        # qualifiers, then a title: "egyptian foreign minister", "former british prime minister"
        j = i
        while j < n and (q := _qualifier_at(tokens, j)):
            j += q
        if j > i and j < n and (hit := _title_at(tokens, j)) is not None and j + hit[0] < n:
            found.append(hit[1])
            i = j + hit[0]
            continue
        break
    # "of" phrases after a role ("head of ...") are left to the name; keep at least one token.
    return tokens[i:], tuple(found)


def canonical_title(text: str) -> str | None:
    """The canonical form of a title as written ("Maj. Gen." -> "major general"), or None."""
    import re

    tokens = tuple(re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace(".", "")).split())
    tokens = tuple(tok for tok in tokens if (tok,) not in tables().title_qualifiers) or tokens
    return tables().titles.get(tokens, " ".join(tokens) if tokens else None)
