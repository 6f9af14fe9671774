"""The ``namekit`` command line: a thin layer over the library.

Data errors exit 1 with one ``Error: ...`` line; usage errors exit 2. Each command lives in its own
module and is registered here.
"""

from __future__ import annotations

import click

from namekit import __version__
from namekit.cli.clean_cmd import clean_cmd
from namekit.cli.compare_cmd import compare_cmd
from namekit.cli.eval_cmd import eval_cmd
from namekit.cli.import_cmd import import_cmd
from namekit.cli.lint_cmd import lint_cmd
from namekit.cli.add_cmd import add_cmd
from namekit.cli.diff_cmd import diff_cmd
from namekit.cli.fmt_cmd import fmt_cmd
from namekit.cli.new_cmd import new_cmd
from namekit.cli.normalize_cmd import normalize_cmd
from namekit.cli.resolve_cmd import resolve
from namekit.cli.show_cmd import show

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="namekit")
def main() -> None:
    """namekit: one canonical ID for every spelling of a person, organization or place."""


for command in (resolve, normalize_cmd, compare_cmd, show, lint_cmd, import_cmd, eval_cmd):
    main.add_command(command)
main.add_command(clean_cmd)
for command in (fmt_cmd, new_cmd, add_cmd, diff_cmd):  # registry maintenance (issue 4)
    main.add_command(command)
