"""diff on two fixture revisions of a registry: entities, aliases, ID errors, resolution changes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from namekit.cli import main
from namekit.registry.diff import EntityChange, ResolutionChange, diff_registries, render_markdown
from namekit.registry.loader import load

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "registries" / "diff"


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return diff_registries(load(FIXTURES / "base"), load(FIXTURES / "head"), ["Maj. Gen. Rashad", "Abbas Kamel"])


@pytest.mark.parametrize("change", [
    EntityChange("added", "edan-alexander", "Edan Alexander", aliases_added=("Aidan Alexander",)),
    EntityChange("added", "fatah-movement", "Fatah Youth Movement"),
    EntityChange("renamed", "hamas-movement", "Hamas", new_id="hamas", new_name="Hamas",
                 aliases_added=("Harakat al-Muqawama al-Islamiya",)),
    EntityChange("removed", "abbas-kamel", "Abbas Kamel"),
    EntityChange("changed", "hassan-rashad", "Hassan Rashad", aliases_added=("Maj. Gen. Hassan Rashad",),
                 aliases_removed=("Hassan Mahmoud Rashad",)),
])
def test_entity_changes(result, change: EntityChange) -> None:  # type: ignore[no-untyped-def]
    assert change in result.entities


def test_nothing_else_changed(result) -> None:  # type: ignore[no-untyped-def]
    assert len(result.entities) == 5


@pytest.mark.parametrize("error", [
    "id 'abbas-kamel' (Abbas Kamel) disappears without a redirect: list it in the previous_ids of the entity that replaces it",
    "id 'fatah-movement' is reused: it was retired (pointing to fatah) and is now the id of 'Fatah Youth Movement'",
])
def test_id_errors(result, error: str) -> None:  # type: ignore[no-untyped-def]
    assert error in result.id_errors
    assert not result.ok


@pytest.mark.parametrize("change", [
    ResolutionChange("Aidan Alexander", "gained", "unresolved", "edan-alexander"),
    ResolutionChange("Abbas Kamel", "lost", "abbas-kamel", "unresolved"),
])
def test_resolution_changes(result, change: ResolutionChange) -> None:  # type: ignore[no-untyped-def]
    assert change in result.resolution


def test_a_new_alias_the_old_registry_reached_by_translation_is_not_gained(result) -> None:  # type: ignore[no-untyped-def]
    # "Harakat al-Muqawama al-Islamiya" joined Hamas's aliases, but it is "Islamic Resistance
    # Movement" in Arabic, word for word (org_words.yml: harakat, muqawama, islamiya), which the
    # old registry held: it resolved to Hamas before as now, under the redirected ID.
    assert not [c for c in result.resolution if c.name == "Harakat al-Muqawama al-Islamiya"]


def test_a_removed_alias_still_reached_by_matching_is_not_lost(result) -> None:  # type: ignore[no-untyped-def]
    # "Hassan Mahmoud Rashad" left the aliases, but it is "Hassan Rashad" with a middle part (the
    # father's name), which the fuzzy stage still resolves: no resolution change to report.
    assert not [c for c in result.resolution if c.name == "Hassan Mahmoud Rashad"]


def test_a_redirected_id_is_not_a_move(result) -> None:  # type: ignore[no-untyped-def]
    # "Hamas" resolved to hamas-movement before and to hamas now: the same entity under its new ID;
    # so did its Arabic name, an alias added in head, which translates word by word to its English one
    # (org_words.yml: harakat movement, muqawama resistance, islamiya islamic)
    names = ("Hamas", "Islamic Resistance Movement", "Maj. Gen. Rashad", "Harakat al-Muqawama al-Islamiya")
    assert all(r.name not in names for r in result.resolution)


def test_identical_registries_have_no_changes() -> None:
    same = diff_registries(load(FIXTURES / "base"), load(FIXTURES / "base"))
    assert (same.entities, same.id_errors, same.resolution, same.ok) == ((), (), (), True)
    assert "No name resolves differently" in render_markdown(same, "a", "b")


def test_markdown_report(result) -> None:  # type: ignore[no-untyped-def]
    text = render_markdown(result, "main", "HEAD")
    assert text.startswith("## namekit diff: `main` → `HEAD`\n\n❌ 2 ID error(s)")
    assert "| renamed | `hamas-movement` | Hamas | `hamas` (Hamas) |" in text
    assert "- `hassan-rashad`: + Maj. Gen. Hassan Rashad; − Hassan Mahmoud Rashad" in text
    assert "| Abbas Kamel | abbas-kamel | unresolved | lost |" in text


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_revisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "base", repo / "aliases")
    _git(repo, "init", "-q")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", "aliases")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base")
    shutil.rmtree(repo / "aliases")
    shutil.copytree(FIXTURES / "head", repo / "aliases")
    monkeypatch.chdir(repo)
    runner = CliRunner()
    working = runner.invoke(main, ["diff", "HEAD", "--registry", "aliases"])
    assert working.exit_code == 1, working.output
    assert "ID ERROR: id 'abbas-kamel' (Abbas Kamel) disappears without a redirect" in working.stdout
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A", "aliases")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "head")
    both = runner.invoke(main, ["diff", "HEAD~1", "HEAD", "--registry", "aliases", "--format", "markdown"])
    assert both.exit_code == 1
    assert both.stdout.startswith("## namekit diff: `HEAD~1` → `HEAD`")
    same = runner.invoke(main, ["diff", "HEAD", "HEAD", "--registry", "aliases"])
    assert same.exit_code == 0 and "0 of " in same.stdout
    bad = runner.invoke(main, ["diff", "no-such-revision", "--registry", "aliases"])
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: git rev-parse")
