"""`mentorbook init`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli import init as init_module
from mentorbook.cli.main import cli
from mentorbook.project import Project, defaults_dir
from mentorbook.schema.loader import load_content
from mentorbook.site.build import build_site
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
    named = re.findall(r"[\w-]+/[\w/.-]+\.(?:j2|html)", init_module.TEMPLATES_README)

    assert named
    assert [name for name in named if not (defaults_dir() / "templates" / name).is_file()] == []


@pytest.fixture
def bare_project(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`mentorbook init --bare start`, run in tmp_path."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["init", "--bare", "start"])
    assert (result.exit_code, result.stdout) == (
        0,
        "Created a mentorbook project in start\nNext, check it: mentorbook check start\n",
    )
    return tmp_path / "start"


def test_init_bare_writes_a_minimal_project_that_passes_check(
    runner: CliRunner, bare_project: Path
) -> None:
    content = bare_project / "content"
    files = sorted(path.relative_to(content).as_posix() for path in content.rglob("*.yml"))

    result = runner.invoke(cli, ["check", str(bare_project)])

    assert (result.exit_code, result.stdout) == (
        0,
        "OK Mentoring hub: 1 program, 2 roles, 1 format, 1 agreement\n",
    )
    assert files == [
        "agreements/our-agreement.yml",
        "formats/one-on-one.yml",
        "hub.yml",
        "programs/my-program.yml",
        "roles/mentee.yml",
        "roles/mentor.yml",
    ]
    assert (content / "mentorbook.schema.json").is_file()
    assert sorted(path.name for path in bare_project.iterdir()) == [
        ".gitignore",
        "content",
        "mkdocs.yml",
        "templates",
    ]


def test_init_bare_is_organisation_neutral(bare_project: Path) -> None:
    default_organisation = load_content(defaults_dir() / "content").settings.organisation
    texts = {
        path.name: path.read_text(encoding="utf-8")
        for path in bare_project.rglob("*")
        if path.is_file() and path.suffix in {".yml", ".txt"}
    }

    assert default_organisation.split()[0] == "Northwind"  # the word the check looks for
    assert [name for name, text in texts.items() if "Northwind" in text] == []


def test_init_bare_comments_each_required_file(bare_project: Path) -> None:
    uncommented = [
        path.name
        for path in (bare_project / "content").rglob("*.yml")
        if not any(
            line.lstrip().startswith("#") and "yaml-language-server" not in line
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]

    assert uncommented == []


@pytest.mark.slow
def test_init_bare_builds(bare_project: Path) -> None:
    build_site(Project(bare_project), bare_project / "site")

    pages = [path.read_text(encoding="utf-8") for path in (bare_project / "site").rglob("*.html")]
    assert (bare_project / "site" / "downloads" / "my-program-workbook.pdf").is_file()
    assert pages and not any("Northwind" in page for page in pages)
