"""``namekit new``: a new entity, written as a formatted alias file."""

from __future__ import annotations

import click

from namekit.cli.common import handle_errors
from namekit.registry.edit import new_entity
from namekit.registry.loader import default_path
from namekit.registry.model import ENTITY_TYPES

__all__ = ["new_cmd"]


@click.command("new")
@click.argument("name")
@click.option("--type", "entity_type", type=click.Choice(ENTITY_TYPES), required=True, help="The kind of entity.")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@click.option("--id", "entity_id", default=None, help="The ID to give, instead of the one minted from NAME.")
@click.option("--description", default=None, help="One line saying who or what this is.")
@click.option("--registry", "registry_path", type=click.Path(exists=True, file_okay=False), envvar="NAMEKIT_REGISTRY",
              default=None, help="Registry folder to write into [env NAMEKIT_REGISTRY; default: the bundled one].")
@handle_errors
def new_cmd(name: str, entity_type: str, aliases: tuple[str, ...], entity_id: str | None, description: str | None,
            registry_path: str | None) -> None:
    """Create the entity NAME: writes <registry>/<type>/<id>.yaml and prints its path.

    The ID is NAME made into a slug (ASCII, lowercase, hyphens: "Hassan Rashad" -> hassan-rashad)
    unless --id gives one. Refuses an ID that is taken or retired, and a name that another entity
    already claims.

    \b
    Example:
      namekit new --type person "Yahya Sinwar" --alias "Yehia al-Sinwar" --alias "يحيى السنوار"
    """
    path = new_entity(registry_path or default_path(), entity_type, name, aliases, entity_id=entity_id, description=description)
    click.echo(str(path))
