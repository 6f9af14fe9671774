"""Build hook: ship the top-level ``aliases/`` registry inside the package as ``namekit/_aliases``.

All metadata lives in setup.cfg; this file only copies the bundled registry into the build tree so
that ``pip install .`` gives a working ``namekit resolve`` from any directory.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithRegistry(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "aliases"
        target = Path(self.build_lib) / "namekit" / "_aliases"
        if source.is_dir():
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.md", ".*"))


setup(cmdclass={"build_py": BuildWithRegistry})
