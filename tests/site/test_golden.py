"""The generated Markdown of a few pages of the small test hub, compared with golden files.

Regenerate them after an intended change with `MENTORBOOK_UPDATE_GOLDEN=1 pytest tests/site`,
and read the diff before committing it.
"""

from __future__ import annotations

import pytest

from mentorbook.project import Project
from mentorbook.render.environment import template_environment
from mentorbook.schema.loader import load_content
from mentorbook.site.pages import site_plan
from mentorbook.site.render import prepare, render_site
from tests.golden import golden
from tests.site.conftest import TESTDATA

GOLDEN = TESTDATA / "test_golden"
PAGES = [
    "index.md",
    "programs/pilot.md",
    "programs/pilot-timeline.svg",
    "roles/mentor.md",
    "formats/index.md",
    "goals/index.md",
    "agreements/pilot-agreement.md",
    "meeting-guides/first-meeting.md",
    "comparisons/mentoring-coaching.md",
    "glossary.md",
    "faq.md",
]


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    project = Project(TESTDATA / "hub")
    hub = load_content(project.content_dir)
    return render_site(prepare(template_environment(None)), site_plan(hub))


@pytest.mark.parametrize("uri", PAGES)
def test_page_matches_golden_file(rendered: dict[str, str], uri: str) -> None:
    assert rendered[uri] == golden(GOLDEN / uri.replace("/", "__"), rendered[uri])
