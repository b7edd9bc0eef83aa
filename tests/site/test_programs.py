"""A hub of two programs: a navigation section per program, shared pages once, and a home
page that sets the programs side by side (checked in headless Chromium)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from mentorbook.project import Project
from mentorbook.render.environment import template_environment
from mentorbook.schema.loader import Hub, load_content
from mentorbook.site.build import build_site
from mentorbook.site.pages import site_plan
from mentorbook.site.render import prepare, render_site
from tests.conftest import TEST_PROJECT, Visit
from tests.golden import golden
from tests.site.conftest import REPO_ROOT, TESTDATA
from tests.site.test_browser import nav_link
from tests.two_programs import add_second_program

GOLDEN = TESTDATA / "test_programs"
PAGES = ["index.md", "programs/evening-goals.md", "programs/pilot-goals.md", "goals/index.md"]


def two_program_project(root: Path) -> Path:
    shutil.copytree(TEST_PROJECT, root)
    add_second_program(root / "content")
    shutil.copy2(REPO_ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return two_program_project(tmp_path_factory.mktemp("programs") / "hub")


@pytest.fixture(scope="module")
def hub(project: Path) -> Hub:
    return load_content(project / "content")


@pytest.fixture(scope="module")
def rendered(hub: Hub) -> dict[str, str]:
    return render_site(prepare(template_environment(None)), site_plan(hub))


def test_each_program_has_a_section_of_its_own_and_shared_pages_stand_once(hub: Hub) -> None:
    assert site_plan(hub).nav() == [
        {"Home": "index.md"},
        {
            "Twilight Circles": [
                {"How the program runs": "programs/evening.md"},
                {"Roles": [{"Mentee": "roles/mentee.md"}, {"Circle host": "roles/host.md"}]},
                {"Formats": "formats/circle.md"},
                {"Agreement": "agreements/circle-agreement.md"},
                {"Goal templates": "programs/evening-goals.md"},
                {"Meetings": "meeting-guides/circle-evening.md"},
            ]
        },
        {
            "Pilot Program": [
                {"How the program runs": "programs/pilot.md"},
                {"Roles": [{"Mentee": "roles/mentee.md"}, {"Mentor": "roles/mentor.md"}]},
                {"Formats": "formats/one-on-one.md"},
                {"Agreement": "agreements/basic-agreement.md"},
                {"Goal templates": "programs/pilot-goals.md"},
                {"Meetings": "reflections/after-meeting.md"},
            ]
        },
        {"Formats": "formats/index.md"},
        {"Goal library": "goals/index.md"},
        {"Glossary and FAQ": "glossary.md"},
        {"Downloads": "downloads.md"},
    ]


def test_a_page_in_two_programs_sections_is_made_once(hub: Hub) -> None:
    uris = [page.uri for page in site_plan(hub).pages]

    assert [uri for uri, times in Counter(uris).items() if times > 1] == []
    assert "roles/mentee.md" in uris


def test_what_no_program_names_stands_after_the_programs(hub: Hub, project: Path) -> None:
    extra = project / "content" / "roles" / "sponsor.yml"
    extra.write_text(
        "id: sponsor\nname: Sponsor\nsummary: Opens doors.\nresponsibilities:\n  - Speak up.\n",
        encoding="utf-8",
    )
    try:
        nav = site_plan(load_content(project / "content")).nav()
    finally:
        extra.unlink()

    assert {"Other roles": "roles/sponsor.md"} in nav


@pytest.mark.parametrize("uri", PAGES)
def test_page_matches_golden_file(rendered: dict[str, str], uri: str) -> None:
    assert rendered[uri] == golden(GOLDEN / uri.replace("/", "__"), rendered[uri])


def test_a_goal_template_without_examples_has_no_examples_heading(
    rendered: dict[str, str],
) -> None:
    page = rendered["goals/ask-for-help.md"]

    assert "## Make it yours" in page
    assert "Examples" not in page


@pytest.mark.slow
@pytest.mark.browser
def test_the_home_page_shows_the_programs_side_by_side(
    project: Path, visit: Visit, tmp_path: Path
) -> None:
    site = project / "site"
    build_site(Project(project), site)
    page: Any = visit.page

    page.goto((site / "index.html").as_uri())
    cards = page.locator(".md-content .grid > .card")
    boxes = [cards.nth(index).bounding_box() for index in range(cards.count())]
    page.screenshot(path=str(tmp_path / "home.png"), full_page=True)

    assert [cards.nth(i).locator("h2").inner_text().rstrip("¶").strip() for i in range(2)] == [
        "Twilight Circles",
        "Pilot Program",
    ]
    assert boxes[0]["y"] == boxes[1]["y"] and boxes[0]["x"] < boxes[1]["x"]
    sections = page.locator(".md-sidebar--primary .md-nav__item--section > label")
    titles = [text.strip() for text in sections.all_inner_texts()]
    assert titles[:2] == ["Twilight Circles", "Pilot Program"]
    nav_link(page, "Goal templates").click()
    assert page.url.endswith("programs/evening-goals.html")
    assert page.locator("h1").first.inner_text().rstrip("¶").strip() == (
        "Goal templates: Twilight Circles"
    )
