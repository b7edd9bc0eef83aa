"""`mentorbook init`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli import init as init_module
from mentorbook.cli.main import cli
from tests.cli.conftest import snapshot
from tests.schema.minimal_content import write_minimal_content


@pytest.fixture
def minimal_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make `init` copy the minimal content instead of the default program."""
    defaults = tmp_path / "defaults"
    write_minimal_content(defaults / "content")
    (defaults / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    (defaults / "examples").mkdir()
    (defaults / "examples" / "applications.csv").write_text("role,name\n", encoding="utf-8")
    monkeypatch.setattr(init_module, "defaults_dir", lambda: defaults)
    monkeypatch.chdir(tmp_path)
    return defaults


def test_init_creates_a_project_that_passes_check(
    runner: CliRunner, minimal_defaults: Path
) -> None:
    result = runner.invoke(cli, ["init", "new-hub"])

    assert (result.exit_code, result.stdout) == (
        0,
        "Created a mentorbook project in new-hub\nNext, check it: mentorbook check new-hub\n",
    )
    hub = Path("new-hub")
    assert snapshot(hub / "content") == snapshot(minimal_defaults / "content")
    assert (hub / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Test\n"
    assert (hub / "examples" / "applications.csv").read_text(encoding="utf-8") == "role,name\n"
    assert [path.name for path in (hub / "templates").iterdir()] == ["README.txt"]
    ignored = (hub / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert {"/site/", "/plans/", "/.mentorbook-cache/"} <= set(ignored)
    assert sorted(path.name for path in hub.iterdir()) == [
        ".gitignore",
        "content",
        "examples",
        "mkdocs.yml",
        "templates",
    ]
    assert runner.invoke(cli, ["check", "new-hub"]).exit_code == 0


def test_init_fills_an_empty_folder_it_is_run_in(
    runner: CliRunner, minimal_defaults: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = minimal_defaults.parent / "empty"
    folder.mkdir()
    monkeypatch.chdir(folder)

    result = runner.invoke(cli, ["init", "."])

    assert result.exit_code == 0
    assert sorted(path.name for path in Path().iterdir()) == [
        ".gitignore",
        "content",
        "examples",
        "mkdocs.yml",
        "templates",
    ]


def test_init_refuses_a_folder_that_is_not_empty(runner: CliRunner, minimal_defaults: Path) -> None:
    folder = Path("taken")
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = snapshot(folder)

    result = runner.invoke(cli, ["init", "taken"])

    assert result.exit_code == 1
    assert result.stderr == "Error: 'taken' is not empty; choose a new or empty folder\n"
    assert snapshot(folder) == before
    assert [path.name for path in folder.iterdir()] == ["notes.txt"]


def test_a_failed_init_leaves_nothing_behind(
    runner: CliRunner, minimal_defaults: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (minimal_defaults / "mkdocs.yml").unlink()
    Path("empty").mkdir()

    new = runner.invoke(cli, ["init", "new-hub"])
    existing = runner.invoke(cli, ["init", "empty"])

    assert isinstance(new.exception, FileNotFoundError)
    assert isinstance(existing.exception, FileNotFoundError)
    assert not Path("new-hub").exists()
    assert list(Path("empty").iterdir()) == []


def test_init_with_the_default_program_passes_check(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    created = runner.invoke(cli, ["init", "hub"])
    checked = runner.invoke(cli, ["check", "hub"])

    assert created.exit_code == 0
    assert (checked.exit_code, checked.stderr) == (0, "")
    assert checked.stdout.startswith("OK ")


def test_the_templates_readme_names_templates_that_exist() -> None:
    from mentorbook.project import default_templates_dir

    named = re.findall(r"[\w-]+/[\w/.-]+\.(?:j2|html)", init_module.TEMPLATES_README)

    assert named
    assert [name for name in named if not (default_templates_dir() / name).is_file()] == []
