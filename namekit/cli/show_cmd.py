"""``namekit show``: an entity as stored."""

from __future__ import annotations

import json

import click

from namekit.cli.common import DataError, handle_errors, load_registry, registry_option
from namekit.registry.format import dump_entity


@click.command("show")
@click.argument("entity_id")
@registry_option
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
@handle_errors
def show(entity_id: str, registry_path: str | None, fmt: str) -> None:
    """Print the entity ENTITY_ID; a retired ID (in some entity's previous_ids) shows its successor."""
    registry = load_registry(registry_path)
    entity = registry.get(entity_id)
    if entity is None:
        raise DataError(f"no entity with id {entity_id!r}")
    redirected = entity.id != entity_id
    if fmt == "json":
        doc = entity.to_dict()
        if redirected:
            doc = {**doc, "redirected_from": entity_id}
        click.echo(json.dumps(doc, ensure_ascii=False))
        return
    if redirected:
        click.echo(f"# {entity_id} is a retired id: it now points to {entity.id}")
    if entity.source is not None:
        click.echo(f"# {entity.source.path}")
    click.echo(dump_entity(entity), nl=False)
