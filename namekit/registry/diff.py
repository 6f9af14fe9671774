"""What a change to a registry does: entities and aliases added and removed, IDs kept or broken,
names that now resolve differently.

IDs are a contract with downstream tools: an ID of BASE must still be an ID of HEAD or a retired ID
in some HEAD entity's ``previous_ids`` (a redirect), and a retired ID must never become the ID of
an entity again. Breaking either is an *ID error*.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from namekit.registry.model import Entity
from namekit.registry.registry import Registry
from namekit.resolve.result import Match

__all__ = ["RegistryDiff", "EntityChange", "ResolutionChange", "diff_registries", "render_text", "render_markdown"]


@dataclass(frozen=True)
class EntityChange:
    """One entity's change: ``kind`` is added, removed, renamed, merged or changed."""

    kind: str
    id: str
    name: str
    new_id: str | None = None
    new_name: str | None = None
    aliases_added: tuple[str, ...] = ()
    aliases_removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResolutionChange:
    """A name that resolves differently: ``kind`` is gained, lost or moved."""

    name: str
    kind: str
    before: str
    after: str


@dataclass(frozen=True)
class RegistryDiff:
    entities: tuple[EntityChange, ...]
    id_errors: tuple[str, ...]
    resolution: tuple[ResolutionChange, ...]
    names_checked: int

    @property
    def ok(self) -> bool:
        """No ID error."""
        return not self.id_errors

    def count(self, kind: str) -> int:
        return sum(1 for e in self.entities if e.kind == kind)


def _verdict(match: Match) -> str:
    if match.status == "resolved" and match.id is not None:
        return match.id
    if match.status == "ambiguous":
        return "ambiguous (" + ", ".join(c.id for c in match.candidates) + ")"
    return "unresolved"


def _id_changes(base: Sequence[Entity], head: Sequence[Entity]) -> tuple[list[EntityChange], list[str]]:
    base_ids = {e.id: e for e in base}
    head_ids = {e.id: e for e in head}
    head_retired = {old: e for e in head for old in e.previous_ids}
    base_retired = {old: e for e in base for old in e.previous_ids}
    changes: list[EntityChange] = []
    errors: list[str] = []
    for entity_id, old in sorted(base_ids.items()):
        if entity_id in head_ids:
            new = head_ids[entity_id]
            added = tuple(n for n in new.names if n not in old.names)
            removed = tuple(n for n in old.names if n not in new.names)
            if added or removed or new.name != old.name:
                changes.append(EntityChange("changed", entity_id, old.name, new_name=new.name if new.name != old.name else None,
                                            aliases_added=added, aliases_removed=removed))
        elif entity_id in head_retired:
            successor = head_retired[entity_id]
            kind = "merged" if successor.id in base_ids else "renamed"
            changes.append(EntityChange(kind, entity_id, old.name, new_id=successor.id, new_name=successor.name,
                                        aliases_added=tuple(n for n in successor.names if n not in old.names),
                                        aliases_removed=tuple(n for n in old.names if n not in successor.names)))
        else:
            changes.append(EntityChange("removed", entity_id, old.name))
            errors.append(f"id {entity_id!r} ({old.name}) disappears without a redirect: list it in the "
                          f"previous_ids of the entity that replaces it")
    for entity_id, new in sorted(head_ids.items()):
        if entity_id in base_ids:
            continue
        if entity_id in base_retired:
            errors.append(f"id {entity_id!r} is reused: it was retired (pointing to {base_retired[entity_id].id}) "
                          f"and is now the id of {new.name!r}")
        if entity_id not in base_ids and not any(c.new_id == entity_id for c in changes):
            changes.append(EntityChange("added", entity_id, new.name, aliases_added=new.names[1:]))
    for old_id, holder in sorted(base_retired.items()):
        if old_id not in head_retired and old_id not in head_ids:
            errors.append(f"retired id {old_id!r} (pointing to {holder.id}) lost its redirect")
    return changes, errors


def diff_registries(base: Sequence[Entity], head: Sequence[Entity], names: Iterable[str] = ()) -> RegistryDiff:
    """Compare two registries; ``names``: more names (a user's file) whose resolution to compare."""
    changes, errors = _id_changes(base, head)
    base_reg, head_reg = Registry(base), Registry(head)
    to_check = list(dict.fromkeys([n for e in (*base, *head) for n in e.names] + [n for n in names if n.strip()]))
    moved: list[ResolutionChange] = []
    for name, before, after in zip(to_check, base_reg.resolve_many(to_check), head_reg.resolve_many(to_check)):
        old_id = before.id if before.status == "resolved" else None
        if old_id is not None:
            successor = head_reg.get(old_id)
            old_id = successor.id if successor is not None else old_id
        new_id = after.id if after.status == "resolved" else None
        if old_id == new_id:
            continue
        kind = "gained" if old_id is None else "lost" if new_id is None else "moved"
        moved.append(ResolutionChange(name, kind, _verdict(before), _verdict(after)))
    order = {"added": 0, "renamed": 1, "merged": 2, "removed": 3, "changed": 4}
    entities = tuple(sorted(changes, key=lambda c: (order[c.kind], c.id)))
    return RegistryDiff(entities, tuple(errors), tuple(sorted(moved, key=lambda m: (m.kind, m.name))), len(to_check))


def _headline(diff: RegistryDiff) -> str:
    parts = [f"{diff.count(k)} {k}" for k in ("added", "removed", "renamed", "merged", "changed") if diff.count(k)]
    parts.append(f"{len(diff.resolution)} of {diff.names_checked} names resolve differently")
    return ", ".join(parts)


def render_text(diff: RegistryDiff, base: str, head: str) -> str:
    """Plain lines for a terminal."""
    lines = [f"namekit diff {base} -> {head}: {_headline(diff)}"]
    lines += [f"ID ERROR: {e}" for e in diff.id_errors]
    for c in diff.entities:
        if c.kind in ("renamed", "merged"):
            lines.append(f"{c.kind}: {c.id} -> {c.new_id} ({c.new_name})")
        elif c.kind == "changed":
            lines.append(f"changed: {c.id}" + (f": name {c.name!r} -> {c.new_name!r}" if c.new_name else ""))
        else:
            lines.append(f"{c.kind}: {c.id} ({c.name})")
        if c.kind != "added":
            lines += [f"  + {n}" for n in c.aliases_added] + [f"  - {n}" for n in c.aliases_removed]
    for r in diff.resolution:
        lines.append(f"{r.kind}: {r.name!r}: {r.before} -> {r.after}")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'").replace("\n", " ")


def render_markdown(diff: RegistryDiff, base: str, head: str) -> str:
    """A comment ready to post on the pull request."""
    verdict = f"❌ {len(diff.id_errors)} ID error(s)" if diff.id_errors else "✅ no ID breaks"
    out = [f"## namekit diff: `{_md(base)}` → `{_md(head)}`", "", f"{verdict} · {_headline(diff)}", ""]
    if diff.id_errors:
        out += ["### ❌ ID errors", "", "Downstream joins on these IDs would break.", ""]
        out += [f"- {_md(e)}" for e in diff.id_errors] + [""]
    listed = [c for c in diff.entities if c.kind != "changed"]
    if listed:
        out += ["### Entities", "", "| change | id | name | now |", "|---|---|---|---|"]
        for c in listed:
            now = f"`{c.new_id}` ({_md(c.new_name or '')})" if c.new_id else ""
            out.append(f"| {c.kind} | `{c.id}` | {_md(c.name)} | {now} |")
        out.append("")
    touched = [c for c in diff.entities if c.kind in ("changed", "renamed", "merged") and (c.aliases_added or c.aliases_removed or c.new_name)]
    if touched:
        out += ["### Names and aliases", ""]
        for c in touched:
            bits = []
            if c.kind == "changed" and c.new_name:
                bits.append(f"name {_md(c.name)} → **{_md(c.new_name)}**")
            bits += [f"+ {_md(n)}" for n in c.aliases_added] + [f"− {_md(n)}" for n in c.aliases_removed]
            out.append(f"- `{c.new_id or c.id}`: " + "; ".join(bits))
        out.append("")
    if diff.resolution:
        out += ["### Resolution changes", "", "| name | before | after | change |", "|---|---|---|---|"]
        for r in diff.resolution:
            out.append(f"| {_md(r.name)} | {_md(r.before)} | {_md(r.after)} | {r.kind} |")
        out.append("")
    else:
        out += [f"No name resolves differently ({diff.names_checked} names checked).", ""]
    return "\n".join(out)
