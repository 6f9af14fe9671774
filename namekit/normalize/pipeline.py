"""The normalization pipeline: small pure steps from a raw string to the parts of a name."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from functools import cached_property

from namekit.frozen import new_frozen
from namekit.normalize.legal import strip_legal_forms
from namekit.normalize.order import reorder
from namekit.normalize.particles import canonical_particles, drop_ezafe, mark_joined_articles, merge_abd, merge_din
from namekit.normalize.script import dominant_script, to_ascii
from namekit.normalize.skeleton import skeleton, skeleton_readings
from namekit.normalize.tables import Tables, tables
from namekit.normalize.titles import strip_titles
from namekit.normalize.unicode import fold

__all__ = ["NormalizedName", "Step", "normalize", "prepare", "NAME_TYPES"]

NAME_TYPES = ("person", "organization", "place")
_PUNCT = re.compile(r"[^a-z0-9&\- ]+")
_MAX_CHARS = 4096
_POSSESSIVE = re.compile(r"(?<=[a-z])'s(?![a-z])")


@dataclass(frozen=True)
class Step:
    """What one step of the pipeline made of the name (for ``--explain``)."""

    name: str
    result: str


@dataclass(frozen=True)
class NormalizedName:
    """A name taken apart for matching.

    ``tokens`` are the name's parts after titles (and, for organizations, legal forms) are removed,
    in order, lowercase ASCII, particles in canonical form. ``text`` is them joined by spaces: the
    normalized form two spellings share. ``titles`` and ``legal_forms`` hold what was removed.
    """

    original: str
    text: str
    tokens: tuple[str, ...]
    full_tokens: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    legal_forms: tuple[str, ...] = ()
    script: str = "Common"
    # The normalized text as its European letters are said (``latin_sounds`` in transliteration.yml:
    # Zürich as "zirich", Galaţi as "galatsi"), part for part; "" when that is ``text``. Compared with
    # a Hebrew spelling, which writes the sound, not the letter.
    spoken: str = ""
    steps: tuple[Step, ...] = field(default=(), compare=False, repr=False)

    # core and skeletons are read for every candidate a name is scored against: computed once.
    @cached_property
    def core(self) -> tuple[str, ...]:
        """The parts without particles (al, bin, abu...): what carries the identity."""
        particles = tables().particles
        core = tuple(tok for tok in self.tokens if tok not in particles)
        return core or self.tokens

    @cached_property
    def skeletons(self) -> tuple[str, ...]:
        """The consonant skeleton of every core part."""
        return tuple(skeleton(tok) for tok in self.core)

    @property
    def skeleton_key(self) -> str:
        """The transliteration key: skeletons of the core parts, in order."""
        return " ".join(s for s in self.skeletons if s)

    @property
    def is_empty(self) -> bool:
        return not self.tokens


def normalize(name: str, type: str | None = None, *, explain: bool = False) -> NormalizedName:
    """Normalize one name.

    ``type`` (person, organization, place or None) decides which steps apply: titles are removed
    from persons and from names of unknown type, legal forms from organizations and unknown type.
    Pure, never raises on any string; a non-string is a :class:`TypeError`.
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {builtin_type(name).__name__}")
    steps: list[Step] | None = [] if explain else None
    text = fold(name[:_MAX_CHARS] if len(name) > _MAX_CHARS else name)
    if steps is not None:
        steps.append(Step("unicode", text))
    script = dominant_script(text)
    said = _spoken(text, type)
    text = to_ascii(text)
    if steps is not None:
        steps.append(Step("script", text))
    text = reorder(text)
    if steps is not None:
        steps.append(Step("order", text))
    text = text.replace(".", " ").replace("&", " and ")  # & is "and": one spelling
    if "-" in text or "'" in text:  # an article is joined by one or the other ("ash-", "al'")
        text = mark_joined_articles(text)
        if "-" in text:
            text = drop_ezafe(text)
    if "'" in text:
        text = _POSSESSIVE.sub("", text).replace("'", "")
    text = _PUNCT.sub(" ", text)
    # after _PUNCT the only separators left are spaces and hyphens: str.split is the fast split
    tokens = tuple(text.replace("-", " ").split())
    if steps is not None:
        steps.append(Step("tokens", " ".join(tokens)))
    t = tables()
    full_tokens: tuple[str, ...]
    titles: tuple[str, ...]
    legal: tuple[str, ...]
    if t.token_triggers.isdisjoint(tokens) and not _abd_or_din(t, text):
        # No token any of the token steps acts on: they would give the tokens back as they are.
        full_tokens, titles, legal = tokens, (), ()
        if steps is not None:
            joined = " ".join(tokens)
            steps += [Step(s, joined) for s in _token_steps(type)]
    else:
        tokens, full_tokens, titles, legal = _token_steps_of(tokens, type, steps, text, script)
    return new_frozen(
        NormalizedName,
        original=name,
        text=" ".join(tokens),
        tokens=tokens,
        full_tokens=full_tokens,
        titles=titles,
        legal_forms=legal,
        script=script,
        spoken=said if said and said != " ".join(tokens) and len(said.split()) == len(tokens) else "",
        steps=tuple(steps) if steps is not None else (),
    )


@lru_cache(maxsize=1)
def _sounds() -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """One regex of the ``latin_sounds`` patterns, a group each in the table's order, and what the
    letters each matches are said as."""
    table = tables().latin_sounds
    if not table:
        return None
    return re.compile("|".join(f"({p})" for p, _ in table)), tuple(r for _, r in table)


def _spoken(text: str, type: str | None) -> str:
    """The normalized text of ``text`` (folded) with its European letters read as said, or "" when
    it holds none of them."""
    sounds = _sounds()
    if sounds is None:
        return ""
    pattern, said = sounds
    hints = tables().latin_sounds_hints
    if hints and text.isascii() and not any(h in text for h in hints):
        return ""  # (substring tests in C: the search tries every pattern at every letter)
    if pattern.search(text) is None:
        return ""
    return normalize(pattern.sub(lambda m: said[(m.lastindex or 1) - 1], text), type).text


# Names that take every step of the pipeline (titles, a comma, particles, Abd and ad-Din compounds,
# legal forms, Arabic and Hebrew script): normalizing them once builds all that is built on first use.
_PREPARE = (("AL-RASHID, Dr. Abd al-Rahman bin Ali Jamal ad-Din", None), ("Acme Trading Co., Ltd.", "organization"),
            ("حسن رشاد", "person"), ("יצחק רבין", "person"), ("Сергей Лавров", "person"))


def prepare() -> None:
    """Load the data tables and build what normalization builds on first use (compiled patterns,
    lookup sets), so that the first names of a run cost no more than the others.

    Loading the tables takes about 10 ms: in a run of 2,000 names that was 5 µs a name, counted
    as throughput. A resolver calls this when it is made, so its start-up time includes it.
    """
    for name, type in _PREPARE:
        for tok in normalize(name, type).tokens:
            skeleton_readings(tok)


def _abd_or_din(t: Tables, text: str) -> bool:
    """Whether a token of ``text`` starts with abd or ends in an ad-Din ending. Most names hold
    none of the few substrings every such token has: a handful of substring tests tell them."""
    for hint in t.abd_or_din_hints:
        if hint in text:
            return t.abd_or_din.search(text) is not None
    return False


def _token_steps(type: str | None) -> tuple[str, ...]:
    """The names of the token steps that apply to ``type``, in order (for ``--explain``)."""
    return ((("titles",) if type in (None, "person") else ()) + ("particles",)
            + (("legal forms",) if type in (None, "organization") else ()))


def _token_steps_of(tokens: tuple[str, ...], type: str | None, steps: list[Step] | None,
                    text: str | None = None, script: str = "Latin") -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Particles, Abd and ad-Din compounds, titles and legal forms: ``(tokens, full_tokens, titles,
    legal forms)``, where ``full_tokens`` keeps the titles. ``text`` is the tokens as one string,
    ``script`` the name's (the Abd compounds written in Latin letters have more forms)."""
    t = tables()
    if text is None:
        text = " ".join(tokens)
    # Most names with a title or a legal form have no particle at all ("Dr. John Smith"): then
    # the particle steps would give every token back as it is, with or without the titles.
    particles = not t.particle_triggers.isdisjoint(tokens) or _abd_or_din(t, text)
    full_tokens = merge_din(merge_abd(canonical_particles(tokens), script)) if particles else tokens
    titles: tuple[str, ...] = ()
    untitled = tokens
    if type in (None, "person"):
        untitled, titles = strip_titles(tokens)
        if steps is not None:
            steps.append(Step("titles", " ".join(untitled)))
    # the same steps as for full_tokens, so their result again unless titles took tokens off
    if untitled == tokens:
        tokens = full_tokens
    else:
        tokens = merge_din(merge_abd(canonical_particles(untitled), script)) if particles else untitled
    if steps is not None:
        steps.append(Step("particles", " ".join(tokens)))
    legal: tuple[str, ...] = ()
    if type in (None, "organization"):
        tokens, legal = strip_legal_forms(tokens)
        if titles:
            full_tokens = strip_legal_forms(full_tokens)[0]
        else:
            full_tokens = tokens
        if steps is not None:
            steps.append(Step("legal forms", " ".join(tokens)))
    return tokens, full_tokens, titles, legal


builtin_type = type
