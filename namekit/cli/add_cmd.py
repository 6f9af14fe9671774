"""``namekit add``: more aliases for an entity."""

from __future__ import annotations

import click

from namekit.cli.common import handle_errors
from namekit.registry.edit import add_aliases
from namekit.registry.loader import default_path

__all__ = ["add_cmd"]


@click.command("add")
@click.argument("entity_id")
@click.argument("aliases", nargs=-1, required=True)
@click.option("--registry", "registry_path", type=click.Path(exists=True, file_okay=False), envvar="NAMEKIT_REGISTRY",
              default=None, help="Registry folder [env NAMEKIT_REGISTRY; default: the bundled one].")
@handle_errors
def add_cmd(entity_id: str, aliases: tuple[str, ...], registry_path: str | None) -> None:
    """Add ALIASES to the entity ENTITY_ID (its file is rewritten formatted, comments kept).

    Refuses an alias that another entity already claims, naming that entity.

    \b
    Example:
      namekit add hassan-rashad "Hassan Mahmoud Rashad" "Gen. Hassan Rashad"
    """
    done = add_aliases(registry_path or default_path(), entity_id, aliases)
    for name in done.present:
        click.echo(f"{entity_id} has {name!r} already", err=True)
    click.echo(f"{done.path}: {len(done.added)} alias(es) added" + (f": {', '.join(map(repr, done.added))}" if done.added else ""))
