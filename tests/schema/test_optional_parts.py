"""The glossary, case studies, comparisons, mentoring types and guides are optional, and no
message sends the user in a circle when they take one out."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.project import Project
from mentorbook.render.environment import template_environment
from mentorbook.schema.loader import load_content
from mentorbook.site.build import build_site
from mentorbook.site.pages import site_plan
from mentorbook.site.render import prepare, render_site
from tests.site.conftest import REPO_ROOT, make_project

OPTIONAL = ("glossary.yml", "case-studies", "comparisons", "mentoring-types", "guides")


def check(runner: CliRunner, project: Path) -> tuple[int, str]:
    result = runner.invoke(cli, ["check", str(project)])
    return result.exit_code, result.output


def test_an_empty_glossary_can_be_deleted_as_its_message_says(
    runner: CliRunner, test_project: Path
) -> None:
    glossary = test_project / "content" / "glossary.yml"
    glossary.write_text("# terms to come\n", encoding="utf-8")

    first = check(runner, test_project)
    glossary.unlink()
    second = check(runner, test_project)

    assert first[0] == 1
    assert "glossary.yml:1:1: this file is empty; add its fields, or delete the file" in first[1]
    assert second == (
        0,
        "OK Test Hub: 1 program, 2 roles, 1 format, 2 goal templates, 1 agreement, 1 reflection set\n",
    )


def test_an_empty_required_file_is_never_said_to_be_deletable(
    runner: CliRunner, test_project: Path
) -> None:
    (test_project / "content" / "hub.yml").write_text("", encoding="utf-8")

    code, output = check(runner, test_project)

    assert code == 1
    assert "delete" not in output
    assert "add its fields: organisation, site_name, tagline" in output


@pytest.fixture(scope="module")
def without_optional_parts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default content with every optional part deleted, and the references to them."""
    root = make_project(tmp_path_factory.mktemp("optional") / "hub", REPO_ROOT / "content")
    for name in OPTIONAL:
        path = root / "content" / name
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    program = root / "content" / "programs" / "foundations.yml"
    text = program.read_text(encoding="utf-8")
    program.write_text(re.sub(r"mentoring_types:\n(  - .*\n)+", "", text), encoding="utf-8")
    return root


def test_the_default_hub_checks_without_its_optional_parts(
    runner: CliRunner, without_optional_parts: Path
) -> None:
    code, output = check(runner, without_optional_parts)

    assert (code, output.startswith("OK ")) == (0, True), output
    assert "glossary" not in output


def test_the_default_hub_renders_without_its_optional_parts(without_optional_parts: Path) -> None:
    plan = site_plan(load_content(without_optional_parts / "content"))
    pages = render_site(prepare(template_environment(None)), plan)

    titles = [next(iter(entry)) for entry in plan.nav()]
    assert "Guides" not in titles and "Case studies" not in titles
    assert "Mentoring by need" not in titles and "Mentoring compared" not in titles
    assert "glossary.md" not in pages
    assert titles[-2:] == ["Frequently asked questions", "Downloads"]


@pytest.mark.slow
def test_a_hub_without_a_glossary_builds(test_project: Path) -> None:
    (test_project / "content" / "glossary.yml").unlink()
    shutil.copy2(REPO_ROOT / "mkdocs.yml", test_project / "mkdocs.yml")

    build_site(Project(test_project), test_project / "site")

    assert (test_project / "site" / "index.html").is_file()
    assert not (test_project / "site" / "glossary.html").exists()


@pytest.mark.slow
def test_the_default_hub_builds_without_its_optional_parts(without_optional_parts: Path) -> None:
    site = without_optional_parts / "site"

    build_site(Project(without_optional_parts), site)

    assert (site / "index.html").is_file()
    assert not (site / "glossary.html").exists()
    assert not (site / "guides").exists()
