"""Organization legal forms (Ltd, LLC, GmbH, AG, Co.): kept apart so they never decide a match."""

from __future__ import annotations

from namekit.normalize.tables import tables

__all__ = ["strip_legal_forms", "ends_in_legal_form"]


def strip_legal_forms(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Remove legal-form phrases from ``tokens``; returns ``(rest, removed forms)``.

    Nothing is removed when it would leave no token that is not generic. Repeated until nothing
    more goes, so that the result is stable: removing "ao" from "s ao a" leaves "s a", a form too.
    """
    if tables().legal_first.isdisjoint(tokens):  # no token starts a legal form: nothing to remove
        return tokens, ()
    rest, removed = _strip_once(tokens)
    while removed:
        again, more = _strip_once(rest)
        if not more:
            break
        rest, removed = again, removed + more
    return rest, removed


def ends_in_legal_form(tokens: tuple[str, ...]) -> bool:
    """Whether the last tokens are a legal form (Dan Gertler Diamonds Ltd., Jaime Edery C. & Cia.
    S. en C.): the name is an organization's, whatever else it holds. One in the middle may be a
    person's initials or particle (Haytham Ahmed S.A. Elmaghraby, Asidan Ag Hitta)."""
    t = tables()
    forms = t.legal_forms
    for n in range(1, min(t.legal_max_len, len(tokens) - 1) + 1):
        # and a word before it that is no legal form: Co. Ltd. alone names nobody
        if tokens[-n:] in forms and any((tok,) not in forms for tok in tokens[:-n]):
            return True
    return False


def _strip_once(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = tables()
    rest: list[str] = []
    removed: list[str] = []
    i = 0
    n = len(tokens)
    first = t.legal_first
    while i < n:
        if tokens[i] not in first:
            rest.append(tokens[i])
            i += 1
            continue
        for length in range(min(t.legal_max_len, n - i), 0, -1):
            if tokens[i : i + length] in t.legal_forms:
                removed.append(" ".join(tokens[i : i + length]))
                i += length
                break
        else:
            rest.append(tokens[i])
            i += 1
    if not removed or not any(tok not in t.generic for tok in rest):
        return tokens, ()
    return tuple(rest), tuple(removed)
