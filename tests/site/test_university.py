"""The university project's hub: `check` passes, `build` builds, each program stands in its
own navigation section, and its generated pages match golden files.

Why this project: its roles, formats and calendar are none of the default hub's (three roles
of its own, study circles with co-mentors, reading weeks, 10-minute speed rounds), so a page
that still assumed a mentor and a mentee, or one program, would show here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.render.environment import template_environment
from mentorbook.schema.loader import Hub, load_content
from mentorbook.site.pages import site_plan
from mentorbook.site.render import prepare, render_site
from tests.conftest import UNIVERSITY, Visit, copy_university
from tests.golden import golden
from tests.site.conftest import TESTDATA
from tests.site.test_browser import nav_link

GOLDEN = TESTDATA / "test_university"
PAGES = [
    "index.md",
    "programs/study-circles.md",
    "programs/study-circles-timeline.svg",
    "programs/speed-rounds.md",
    "programs/speed-rounds-timeline.svg",
    "roles/student-mentor.md",
    "formats/index.md",
    "agreements/circle-agreement.md",
    "meeting-guides/closing-circle.md",
    "goals/index.md",
]


@pytest.fixture(scope="module")
def hub() -> Hub:
    return load_content(UNIVERSITY / "content")


@pytest.fixture(scope="module")
def rendered(hub: Hub) -> dict[str, str]:
    return render_site(prepare(template_environment(None)), site_plan(hub))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The university hub, built once for the module with `mentorbook build`."""
    project = copy_university(tmp_path_factory.mktemp("university") / "hub")
    result = CliRunner().invoke(cli, ["build", str(project)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return project / "site"


def test_check_passes(university: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check"], catch_exceptions=False)

    assert result.exit_code == 0, result.output
    assert result.output == (
        "OK Northfield Peer Mentoring: 2 programs, 3 roles, 3 formats, 3 goal templates,"
        " 2 agreements, 5 meeting guides, 1 reflection set, 3 glossary terms, 2 plans\n"
    )


@pytest.mark.parametrize("uri", PAGES)
def test_page_matches_golden_file(rendered: dict[str, str], uri: str) -> None:
    assert rendered[uri] == golden(GOLDEN / uri.replace("/", "__"), rendered[uri])


def test_the_circles_timeline_shows_the_reading_weeks(rendered: dict[str, str]) -> None:
    assert "Reading weeks (exams and holiday)" in rendered["programs/study-circles-timeline.svg"]


@pytest.mark.slow
def test_build_writes_a_page_for_each_program_and_role(site: Path) -> None:
    for uri in (
        "index.html",
        "programs/study-circles.html",
        "programs/speed-rounds.html",
        "roles/first-year.html",
        "roles/student-mentor.html",
        "roles/faculty-lead.html",
    ):
        assert (site / uri).is_file(), uri


@pytest.mark.slow
@pytest.mark.browser
def test_each_program_has_its_own_section_in_the_navigation(
    site: Path, visit: Visit, tmp_path: Path
) -> None:
    page: Any = visit.page
    page.goto((site / "index.html").as_uri())
    page.screenshot(path=str(tmp_path / "home.png"), full_page=True)

    sections = page.locator(".md-sidebar--primary .md-nav__item--section > label")
    titles = [text.strip() for text in sections.all_inner_texts()]
    assert titles[:2] == ["Study Circles for First-Years", "Speed Mentoring Rounds"]
    nav_link(page, "Faculty lead").click()
    assert page.url.endswith("roles/faculty-lead.html")
    assert visit.requests and all(url.startswith("file:") for url in visit.requests)
