"""The canonical layout of an alias file, and formatting that keeps every comment.

The layout (what ``namekit fmt`` writes, and what ``dump_entity`` writes for new files):

- keys in the order of :data:`~namekit.registry.model.FIELD_ORDER`; empty fields left out;
- ``aliases`` sorted (case- and accent-insensitively, then as written) and de-duplicated: a bare
  string is dropped when the same name is also given as a mapping with ``lang``/``script``/``note``;
  an alias mapping's keys in the order name, lang, script, note, and a mapping with only ``name``
  becomes a plain string;
- ``titles``, ``short``, ``not``, ``previous_ids`` de-duplicated, order kept; ``links`` sorted by key;
- block style, lists indented by two spaces under their key, no blank lines, one final newline;
- a scalar is written plain when YAML allows it, otherwise as PyYAML quotes it (single quotes,
  or double quotes with escapes when it holds a line break).

Comments are kept. A comment line belongs to the element below it and moves with it (an alias
that is sorted elsewhere takes its comment along); a comment at the end of a line stays on that
element's line; comments before the first key stay at the top of the file, comments after the
last element at the bottom. Where a comment cannot be kept in this model (inside a value that
spans lines, inside ``[...]`` or ``{...}``), :func:`format_text` refuses with a
:class:`FormatError` rather than drop it; so it does for files with YAML or schema errors.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Union

import yaml

from namekit.errors import NamekitError
from namekit.normalize.unicode import fold
from namekit.registry.model import FIELD_ORDER, Entity
from namekit.registry.schema import schema_errors

__all__ = [
    "FormatError",
    "canonical_document",
    "dump_entity",
    "format_text",
    "scalar_text",
    "verify_lossless",
    "comment_lines",
]

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_CONSTRUCTOR = yaml.SafeLoader("")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
_ALIAS_KEYS = ("name", "lang", "script", "note")
_LIST_FIELDS = ("titles", "short", "not", "previous_ids")
# Characters a plain scalar may hold for sure (a subset of what PyYAML writes plain).
_PLAIN_SAFE = re.compile(r"[^\x00-\x1f\x7f-\x9f:#\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]+")
_FULL = 1 << 30
_BLOCK_HEADER_COMMENT = re.compile(r"(^|[:-])\s*[|>][-+0-9]*\s+#")

Path = tuple[Union[str, int], ...]


class FormatError(NamekitError):
    """A file that cannot be formatted without losing something (or cannot be read as an alias file)."""


# -- scalars ------------------------------------------------------------------------------------


def scalar_text(value: Any) -> str:
    """``value`` as one line of YAML: plain when allowed, else as PyYAML quotes it."""
    if isinstance(value, str) and _plain_safe(value):
        return value
    text: str = yaml.dump({"k": value}, Dumper=_DUMPER, allow_unicode=True, width=1_000_000, default_flow_style=False)
    if text.count("\n") > 1 or text.rstrip("\n").endswith("..."):
        text = yaml.dump({"k": value}, Dumper=_DUMPER, allow_unicode=True, width=1_000_000, default_style='"')
        return text[len('"k": '):].rstrip("\n")
    return text[len("k: "):].rstrip("\n")


def _plain_safe(value: str) -> bool:
    if not value or value != value.strip() or value[0] in "-?,[]{}&*!|>'\"%@`" or value.startswith("..."):
        return False
    if not _PLAIN_SAFE.fullmatch(value):
        return False
    return bool(_RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG)  # type: ignore[no-untyped-call]


# -- the document as a tree whose parts remember where they came from --------------------------------


@dataclass
class _Notes:
    """The comments of one element: lines above it, and the one at the end of its line."""

    before: list[str] = field(default_factory=list)
    eol: list[str] = field(default_factory=list)

    def absorb(self, other: "_Notes | None") -> None:
        if other is None:
            return
        self.before += other.before
        if self.eol:
            self.before += other.eol
        else:
            self.eol = list(other.eol)


@dataclass
class _Item:
    """A value with the path it had in the source (for its comments)."""

    path: Path
    value: Any  # a scalar, list[_Item] or dict[str, _Item]


def _tree(value: Any, path: Path = ()) -> _Item:
    if isinstance(value, dict):
        return _Item(path, {k: _tree(v, path + (k,)) for k, v in value.items()})
    if isinstance(value, list):
        return _Item(path, [_tree(v, path + (i,)) for i, v in enumerate(value)])
    return _Item(path, value)


def _plain(item: _Item) -> Any:
    if isinstance(item.value, dict):
        return {k: _plain(v) for k, v in item.value.items()}
    if isinstance(item.value, list):
        return [_plain(v) for v in item.value]
    return item.value


def _alias_name(item: _Item) -> str:
    if isinstance(item.value, dict):
        return str(_plain(item.value["name"])) if "name" in item.value else ""
    return str(item.value)


def _alias_key(item: _Item) -> tuple[str, str, str]:
    name = _alias_name(item)
    return (fold(name), name, json.dumps(_plain(item), ensure_ascii=False, sort_keys=True))


def _canonical_alias(item: _Item, moved: dict[Path, Path]) -> _Item:
    if not isinstance(item.value, dict):
        return item
    kept = {k: item.value[k] for k in _ALIAS_KEYS if k in item.value and item.value[k].value not in (None, "")}
    for k, sub in item.value.items():
        if k not in kept:
            moved[sub.path] = item.path
    if list(kept) == ["name"]:
        moved[kept["name"].path] = item.path
        return _Item(item.path, kept["name"].value)
    rest = {k: v for k, v in item.value.items() if k not in _ALIAS_KEYS}
    return _Item(item.path, {**kept, **rest})


def _dedupe(items: list[_Item], moved: dict[Path, Path]) -> list[_Item]:
    seen: dict[str, _Item] = {}
    for item in items:
        key = json.dumps(_plain(item), ensure_ascii=False, sort_keys=True)
        if key in seen:
            moved[item.path] = seen[key].path
        else:
            seen[key] = item
    return list(seen.values())


def _canonical(root: _Item, moved: dict[Path, Path]) -> _Item:
    """The canonical tree; ``moved`` learns which source paths were merged into which."""
    doc: dict[str, _Item] = root.value
    out: dict[str, _Item] = {}
    order = [k for k in FIELD_ORDER if k in doc] + [k for k in doc if k not in FIELD_ORDER]
    for key in order:
        item = doc[key]
        if item.value in (None, [], {}):
            moved[item.path] = ()
            continue
        if key == "aliases" and isinstance(item.value, list):
            aliases = [_canonical_alias(a, moved) for a in item.value]
            rich = {_alias_name(a) for a in aliases if isinstance(a.value, dict)}
            kept = []
            for alias in aliases:
                if not isinstance(alias.value, dict) and _alias_name(alias) in rich:
                    twin = next(a for a in aliases if isinstance(a.value, dict) and _alias_name(a) == _alias_name(alias))
                    moved[alias.path] = twin.path
                    continue
                kept.append(alias)
            item = _Item(item.path, sorted(_dedupe(kept, moved), key=_alias_key))
        elif key in _LIST_FIELDS and isinstance(item.value, list):
            item = _Item(item.path, _dedupe(item.value, moved))
        elif key == "links" and isinstance(item.value, dict):
            item = _Item(item.path, dict(sorted(item.value.items())))
        out[key] = item
    return _Item(root.path, out)


def canonical_document(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` in canonical order and form (see the module's doc)."""
    result: dict[str, Any] = _plain(_canonical(_tree(doc), {}))
    return result


# -- writing ------------------------------------------------------------------------------------------


def _emit(root: _Item, notes: dict[Path, _Notes], header: list[str], trailer: list[str]) -> str:
    lines = list(header)

    def before(path: Path, indent: int) -> None:
        note = notes.get(path)
        if note:
            lines.extend(" " * indent + text for text in note.before)

    def eol(*paths: Path) -> str:
        texts = [t for p in paths for t in (notes[p].eol if p in notes else [])]
        return "  " + " ".join(texts) if texts else ""

    def mapping(items: dict[str, _Item], indent: int, first_prefix: str | None = None) -> None:
        for n, (key, item) in enumerate(items.items()):
            pad = " " * indent
            prefix = first_prefix if (n == 0 and first_prefix is not None) else pad
            if n > 0 or first_prefix is None:
                before(item.path, indent)
            if isinstance(item.value, list):
                lines.append(f"{prefix}{key}:{eol(item.path)}")
                sequence(item.value, indent + 2)
            elif isinstance(item.value, dict):
                lines.append(f"{prefix}{key}:{eol(item.path)}")
                mapping(item.value, indent + 2)
            else:
                lines.append(f"{prefix}{key}: {scalar_text(item.value)}{eol(item.path)}")

    def sequence(items: list[_Item], indent: int) -> None:
        pad = " " * indent
        for item in items:
            before(item.path, indent)
            if isinstance(item.value, dict) and item.value:
                first = next(iter(item.value.values()))
                before(first.path, indent)
                if isinstance(first.value, (list, dict)):
                    raise FormatError("an alias mapping holds only scalars")
                notes.setdefault(first.path, _Notes()).absorb(notes.pop(item.path, None))
                mapping(item.value, indent + 2, first_prefix=f"{pad}- ")
            elif isinstance(item.value, (list, dict)):
                raise FormatError("nested lists are not part of an alias file")
            else:
                lines.append(f"{pad}- {scalar_text(item.value)}{eol(item.path)}")

    mapping(root.value, 0)
    lines.extend(trailer)
    return "\n".join(lines) + "\n"


def dump_entity(entity: Entity | dict[str, Any]) -> str:
    """The canonical text of an alias file (no comments)."""
    doc = entity.to_dict() if isinstance(entity, Entity) else entity
    return _emit(_canonical(_tree(doc), {}), {}, [], [])


# -- reading, with comments ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    path: Path
    line: int  # 0-based
    last: int
    leaf: bool


def _fail(message: str, path: str, line: int | None = None) -> FormatError:
    return FormatError(message, path=path, line=line + 1 if line is not None else None, column=1 if line is not None else None)


def _occupy(occ: dict[int, int], node: yaml.Node) -> None:
    start, end = node.start_mark, node.end_mark
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        occ[start.line] = _FULL  # the header line; a comment on it cannot be kept
        for line in range(start.line + 1, end.line):
            occ[line] = _FULL
        if end.column:
            occ[end.line] = max(occ.get(end.line, 0), end.column)
        return
    for line in range(start.line, end.line):
        occ[line] = _FULL
    occ[end.line] = max(occ.get(end.line, 0), end.column)


def _last_line(node: yaml.Node) -> int:
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        end = node.end_mark
        return max(node.start_mark.line, end.line if end.column else end.line - 1)
    children: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            children += [k, v]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    return max([node.start_mark.line] + [_last_line(c) for c in children])


def _read(node: yaml.Node, where: Path, slots: list[_Slot], occ: dict[int, int], flows: list[tuple[int, int]], path: str) -> Any:
    """Data of ``node``; fills the slots (elements that carry comments) and the occupied columns."""
    if isinstance(node, yaml.ScalarNode):
        _occupy(occ, node)
        return _CONSTRUCTOR.construct_object(node, deep=True)
    if getattr(node, "flow_style", False):
        _occupy(occ, node)
        flows.append((node.start_mark.line, node.end_mark.line))
        return _CONSTRUCTOR.construct_object(node, deep=True)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _fail("a mapping key must be a plain name", path, key_node.start_mark.line)
            _occupy(occ, key_node)
            key = _CONSTRUCTOR.construct_object(key_node, deep=True)
            if key in out:
                raise _fail(f"duplicate key {key!r}: say which one to keep", path, key_node.start_mark.line)
            child = where + (key,)
            slots.append(_Slot(child, key_node.start_mark.line, _last_line(value_node),
                               isinstance(value_node, yaml.ScalarNode) or bool(getattr(value_node, "flow_style", False))))
            out[key] = _read(value_node, child, slots, occ, flows, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            child = where + (i,)
            slots.append(_Slot(child, item.start_mark.line, _last_line(item),
                               isinstance(item, yaml.ScalarNode) or bool(getattr(item, "flow_style", False))))
            items.append(_read(item, child, slots, occ, flows, path))
        return items
    raise _fail(f"unexpected YAML node {type(node).__name__}", path, node.start_mark.line)


def _comments(lines: list[str], occ: dict[int, int]) -> list[tuple[int, str, bool]]:
    """``(line, text, whole line?)`` for every comment of the file."""
    found = []
    for number, text in enumerate(lines):
        start = occ.get(number, 0)
        if start >= _FULL or "#" not in text[start:]:
            continue
        rest = text[start:]
        if number not in occ and rest.lstrip().startswith("#"):
            found.append((number, rest.strip(), True))
            continue
        at = rest.index("#")
        found.append((number, rest[at:].rstrip(), False))
    return found


def _attach(comments: list[tuple[int, str, bool]], slots: list[_Slot],
            path: str) -> tuple[dict[Path, _Notes], list[str], list[str]]:
    notes: dict[Path, _Notes] = {}
    header: list[str] = []
    trailer: list[str] = []
    top = [s for s in slots if len(s.path) == 1]
    first = min((s.line for s in top), default=0)
    for line, text, whole in comments:
        if not whole:
            here = [s for s in slots if s.line == line] or [s for s in slots if s.line < line <= s.last]
            if not here:
                raise _fail("cannot tell which element this comment belongs to", path, line)
            slot = max(here, key=lambda s: len(s.path))
            notes.setdefault(slot.path, _Notes()).eol.append(text)
            continue
        if line < first:
            header.append(text)
            continue
        inside = [s for s in slots if s.leaf and s.line < line <= s.last]
        if inside:
            raise _fail(f"a comment inside the value of {'.'.join(map(str, inside[0].path))} cannot be kept", path, line)
        after = [s for s in slots if s.line > line]
        if not after:
            trailer.append(text)
            continue
        nearest = min(s.line for s in after)
        slot = min((s for s in after if s.line == nearest), key=lambda s: len(s.path))
        notes.setdefault(slot.path, _Notes()).before.append(text)
    return notes, header, trailer


def _parse(text: str, path: str) -> tuple[Any, dict[Path, _Notes], list[str], list[str]]:
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise _fail(f"YAML syntax error: {exc.problem or exc}", path, mark.line if mark else None) from None
    except yaml.YAMLError as exc:
        raise _fail(f"YAML error: {exc}", path) from None
    if not isinstance(node, yaml.MappingNode) or getattr(node, "flow_style", False):
        raise _fail("an alias file holds one block mapping (id, type, name, ...)", path, 0)
    slots: list[_Slot] = []
    occ: dict[int, int] = {}
    flows: list[tuple[int, int]] = []
    data = _read(node, (), slots, occ, flows, path)
    lines = text.splitlines()
    for low, high in flows:  # a '#' in a [...] or {...} written over several lines: maybe a comment, maybe not
        for number in range(low, high + 1):
            if low != high and "#" in lines[number]:
                raise _fail("a comment inside [...] or {...} over several lines cannot be kept: "
                            "write the list in block style", path, number)
    for number, line in enumerate(lines):  # "key: |  # comment": the comment would go with the block's header
        if occ.get(number) == _FULL and _BLOCK_HEADER_COMMENT.search(line):
            raise _fail("a comment after | or > cannot be kept: put it on the line above", path, number)
    notes, header, trailer = _attach(_comments(lines, occ), slots, path)
    return data, notes, header, trailer


def _carry(notes: dict[Path, _Notes], moved: dict[Path, Path], root: _Item) -> dict[Path, _Notes]:
    """Give the comments of merged or dropped elements to the element that took their place."""
    out = {p: _Notes(list(n.before), list(n.eol)) for p, n in notes.items()}
    top_order = [item.path for item in root.value.values()]
    for source in sorted(moved, key=len, reverse=True):
        for path in [p for p in out if p[: len(source)] == source and p != ()]:
            note = out.pop(path)
            target = moved[source]
            if target == ():  # a dropped empty field: its comments go above the next field, or to the end
                later = [p for p in top_order if FIELD_ORDER.index(p[0]) > FIELD_ORDER.index(str(source[0]))] \
                    if source[0] in FIELD_ORDER else []
                target = later[0] if later else ("<end>",)
            out.setdefault(target, _Notes()).absorb(note)
    return out


def format_text(text: str, path: str = "<text>", *, check_schema: bool = True, add_aliases: tuple[Any, ...] = ()) -> str:
    """The canonical form of an alias file's text, every comment kept; :class:`FormatError` if it cannot be.

    ``add_aliases`` are appended to the file's aliases first (``namekit add``).
    """
    data, notes, header, trailer = _parse(text, path)
    if add_aliases:
        if not isinstance(data.get("aliases", []), list):
            raise _fail("'aliases' is not a list", path)
        data["aliases"] = list(data.get("aliases") or []) + list(add_aliases)
    if check_schema:
        problems = schema_errors(data)
        if problems:
            where, message = problems[0]
            raise _fail(f"fix the schema error first ({message})", path)
    moved: dict[Path, Path] = {}
    root = _canonical(_tree(data), moved)
    carried = _carry(notes, moved, root)
    end = carried.pop(("<end>",), None)
    if end is not None:
        trailer = trailer + end.before + end.eol
    return _emit(root, carried, header, trailer)


# -- the safety net -----------------------------------------------------------------------------------


def comment_lines(text: str) -> Counter[str]:
    """Every comment of ``text`` as ruamel.yaml's round-trip parser sees them (a second, independent reader)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedBase
    from ruamel.yaml.tokens import CommentToken

    tokens: dict[int, str] = {}

    def walk(obj: Any) -> None:
        if isinstance(obj, CommentToken):
            tokens[id(obj)] = obj.value
        elif isinstance(obj, (list, tuple)):
            for x in obj:
                walk(x)
        if isinstance(obj, CommentedBase):
            ca = obj.ca
            walk(ca.comment)
            walk(list(ca.items.values()))
            walk(ca.end)
        if isinstance(obj, dict):
            for x in obj.values():
                walk(x)

    walk(YAML(typ="rt").load(text))
    found: Counter[str] = Counter()
    for value in tokens.values():
        for line in value.splitlines():
            at = line.find("#")
            if at >= 0:
                found[line[at:].rstrip()] += 1
    return found


def _ruamel_data(text: str) -> Any:
    from ruamel.yaml import YAML

    def plain(obj: Any) -> Any:
        if isinstance(obj, dict):
            return {str(k): plain(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [plain(v) for v in obj]
        return str(obj) if isinstance(obj, str) else obj

    return plain(YAML(typ="rt").load(text))


def verify_lossless(before: str, after: str, path: str = "<text>", *, expected: dict[str, Any] | None = None) -> None:
    """Check with ruamel.yaml that ``after`` holds the data of ``before`` (canonicalized) and every comment.

    ``expected``: the data ``after`` must hold instead, when the change is meant (``namekit add``).
    """
    try:
        old, new = _ruamel_data(before), _ruamel_data(after)
        old_comments, new_comments = comment_lines(before), comment_lines(after)
    except Exception as exc:  # ruamel's errors share no base class worth naming
        raise _fail(f"cannot verify the formatted file with ruamel.yaml: {exc}", path) from None
    if expected is not None:
        old = expected
    if not isinstance(old, dict) or canonical_document(old) != new:
        raise _fail("formatting would change the data (a namekit bug): left unchanged", path)
    if old_comments != new_comments:
        lost = sorted((old_comments - new_comments).elements()) or sorted((new_comments - old_comments).elements())
        raise _fail(f"formatting would not keep the comment {lost[0]!r}: left unchanged", path)
