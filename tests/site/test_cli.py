"""`mentorbook build` and `export-markdown` as a person runs them: exit codes, messages, files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.schema.yaml_reader import new_yaml
from tests.cli.conftest import snapshot

pytestmark = pytest.mark.slow

BROKEN_LINK_TEMPLATE = "# {{ role.name }}\n\nSee [the missing page](nowhere.md).\n"


def break_mentor_role(project: Path) -> None:
    role = project / "content" / "roles" / "mentor.yml"
    role.write_text(role.read_text().replace("summary:", "sumary:"), encoding="utf-8")


def test_build_writes_the_site_with_edit_links(runner: CliRunner, small_project: Path) -> None:
    result = runner.invoke(cli, ["build", "hub"])

    assert result.exit_code == 0, result.output
    assert result.output == "Built the hub into hub/site. Open hub/site/index.html in a browser.\n"
    mentor = (small_project / "site" / "roles" / "mentor.html").read_text()
    assert 'href="https://git.example.org/testbed/hub/edit/main/content/roles/mentor.yml"' in mentor
    assert (small_project / "site" / "downloads" / "pilot-workbook.pdf").read_bytes()[
        :5
    ] == b"%PDF-"
    assert not list((small_project / "site").rglob("*.yml"))
    assert (small_project / "site" / "assets" / "logo.svg").is_file()
    home = (small_project / "site" / "index.html").read_text()
    assert '<img src="assets/logo.svg" alt="logo">' in home
    assert "<title>Testbed Mentoring Hub</title>" in home
    assert (small_project / "site").stat().st_mode & 0o777 == 0o755, "others must read the site"
    assert 'data-md-color-primary="teal"' in home


def test_failed_builds_leave_the_previous_site_in_place(
    runner: CliRunner, small_project: Path
) -> None:
    assert runner.invoke(cli, ["build", "hub"]).exit_code == 0
    before = snapshot(small_project / "site")
    break_mentor_role(small_project)

    broken = runner.invoke(cli, ["build", "hub"])

    assert broken.exit_code == 1
    assert broken.output == (
        "hub/content/roles/mentor.yml:3:1: sumary: 'sumary' is not a field here"
        " (did you mean 'summary'?); remove it or fix its spelling\n"
        "Found 1 error in 1 content file.\n"
    )
    assert snapshot(small_project / "site") == before
    assert sorted(path.name for path in Path().iterdir()) == ["hub"]
    # The lock file stays, empty, for the next build (removing it would race with one).
    assert sorted(path.name for path in small_project.iterdir()) == [
        ".mentorbook-cache",  # the workbook the first build rendered, kept for the next
        ".site.lock",
        "content",
        "mkdocs.yml",
        "site",
    ]


def test_a_warning_fails_the_build(runner: CliRunner, small_project: Path) -> None:
    assert runner.invoke(cli, ["build", "hub"]).exit_code == 0
    before = snapshot(small_project / "site")
    override = small_project / "templates" / "site" / "role.md.j2"
    override.parent.mkdir(parents=True)
    override.write_text(BROKEN_LINK_TEMPLATE, encoding="utf-8")

    result = runner.invoke(cli, ["build", "hub"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: The site was not built: Aborted with 2 warnings in strict mode!\n"
        "  Doc file 'roles/mentee.md' contains a link 'nowhere.md', but the target"
        " 'roles/nowhere.md' is not found among documentation files.\n"
        "  Doc file 'roles/mentor.md' contains a link 'nowhere.md', but the target"
        " 'roles/nowhere.md' is not found among documentation files.\n"
    )
    assert snapshot(small_project / "site") == before


def test_a_template_mistake_points_at_its_line(runner: CliRunner, small_project: Path) -> None:
    override = small_project / "templates" / "site" / "role.md.j2"
    override.parent.mkdir(parents=True)
    override.write_text("# {{ role.name }}\n\n{{ role.sumary }}\n", encoding="utf-8")

    result = runner.invoke(cli, ["build", "hub"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: hub/templates/site/role.md.j2:3: 'mentorbook.schema.models.roles.Role object'"
        " has no attribute 'sumary' (while making roles/mentee.md)\n"
    )
    assert sorted(path.name for path in small_project.iterdir()) == [
        ".mentorbook-cache",  # what was compiled or rendered before the mistake, kept
        ".site.lock",
        "content",
        "mkdocs.yml",
        "templates",
    ]


def test_build_refuses_to_replace_the_project(runner: CliRunner, small_project: Path) -> None:
    result = runner.invoke(cli, ["build", "hub", "--site-dir", "hub"])

    assert result.exit_code == 1
    assert result.output == (
        f"Error: {small_project.resolve()} holds the project itself;"
        " choose a site folder inside it, such as site/\n"
    )


@pytest.mark.parametrize("looks_like_a_site", [False, True])
def test_build_refuses_a_folder_it_did_not_make(
    runner: CliRunner, small_project: Path, looks_like_a_site: bool
) -> None:
    Path("notes").mkdir()
    Path("notes", "thesis.docx").write_text("keep me\n")
    if looks_like_a_site:
        Path("notes", "index.html").write_text("<p>an old page</p>\n")
    before = snapshot(Path("notes"))

    result = runner.invoke(cli, ["build", "hub", "--site-dir", "notes"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: notes is not empty and was not made by 'mentorbook build' (it has no"
        " .mentorbook-site file); choose a new or empty folder\n"
    )
    assert snapshot(Path("notes")) == before


def test_build_replaces_a_site_it_made_and_marks_it(runner: CliRunner, small_project: Path) -> None:
    assert runner.invoke(cli, ["build", "hub", "--site-dir", "out"]).exit_code == 0
    Path("out", "stale.html").write_text("from an earlier build\n")

    again = runner.invoke(cli, ["build", "hub", "--site-dir", "out"])

    assert again.exit_code == 0, again.output
    assert Path("out", ".mentorbook-site").is_file() and not Path("out", "stale.html").exists()
    assert sorted(p.name for p in Path().iterdir() if p.name.startswith(".")) == [".out.lock"]


def test_build_needs_mkdocs_yml(runner: CliRunner, small_project: Path) -> None:
    (small_project / "mkdocs.yml").unlink()

    result = runner.invoke(cli, ["build", "hub"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: hub/mkdocs.yml is missing; copy it from a project made by 'mentorbook init'\n"
    )


def test_export_markdown_writes_pages_and_a_plain_mkdocs_yml(
    runner: CliRunner, small_project: Path
) -> None:
    result = runner.invoke(cli, ["export-markdown", "hub", "out"])

    assert result.exit_code == 0, result.output
    assert result.output == (
        "Exported 20 pages to out. Build them with: mkdocs build -f out/mkdocs.yml\n"
    )
    config = new_yaml().load(Path("out", "mkdocs.yml").read_text())
    assert config["plugins"] == ["search"]
    assert config["docs_dir"] == "docs"
    assert Path("out", "docs", "roles", "mentor.md").read_text().startswith("# Mentor\n")
    assert Path("out", "docs", "programs", "pilot-timeline.svg").is_file()
    assert Path("out", "docs", "downloads", "pilot-workbook.pdf").is_file()
    assert Path("out").stat().st_mode & 0o777 == 0o755
    again = runner.invoke(cli, ["export-markdown", "hub", "out"])
    assert again.exit_code == 0, again.output


def test_export_markdown_refuses_a_foreign_folder(runner: CliRunner, small_project: Path) -> None:
    Path("out").mkdir()
    Path("out", "notes.txt").write_text("keep me\n")

    result = runner.invoke(cli, ["export-markdown", "hub", "out"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: out is not empty and was not made by 'mentorbook export-markdown' (it has no"
        " .mentorbook-export file); choose a new or empty folder\n"
    )
    assert [path.name for path in Path("out").iterdir()] == ["notes.txt"]


def test_export_markdown_with_broken_content_writes_nothing(
    runner: CliRunner, small_project: Path
) -> None:
    break_mentor_role(small_project)

    result = runner.invoke(cli, ["export-markdown", "hub", "out"])

    assert result.exit_code == 1
    assert result.output.endswith("Found 1 error in 1 content file.\n")
    assert sorted(path.name for path in Path().iterdir()) == ["hub"]


def test_zensical_builds_the_export(runner: CliRunner, small_project: Path) -> None:
    assert runner.invoke(cli, ["export-markdown", "hub", "out"]).exit_code == 0
    zensical = Path(sys.executable).parent / "zensical"

    finished = subprocess.run(
        [str(zensical), "build", "-f", "mkdocs.yml"],
        cwd="out",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert finished.returncode == 0, finished.stdout + finished.stderr
    reverse = Path("out", "site", "formats", "reverse.html").read_text()
    assert "<h1" in reverse and "Reverse mentoring" in reverse
    assert Path("out", "site", "index.html").is_file()


def test_properdocs_builds_the_hub_with_the_plugin(small_project: Path) -> None:
    # ProperDocs maps MkDocs' modules to its own, so it runs in a process of its own.
    properdocs = Path(sys.executable).parent / "properdocs"

    finished = subprocess.run(
        [str(properdocs), "build", "--strict", "-f", "mkdocs.yml", "-d", "built"],
        cwd=small_project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )

    assert finished.returncode == 0, finished.stdout + finished.stderr
    built = small_project / "built"
    mentor = (built / "roles" / "mentor.html").read_text()
    assert "Listens, asks and shares." in mentor
    assert "<title>Mentor - Testbed Mentoring Hub</title>" in mentor
    assert (built / "downloads" / "pilot-workbook.pdf").read_bytes()[:5] == b"%PDF-"
    assert not list(built.rglob("*.yml"))
