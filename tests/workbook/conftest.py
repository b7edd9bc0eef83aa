"""A workbook project, plans to print, and PDFs rendered once per session and shared.

Why shared: a render takes seconds; each PDF below is rendered once and read by many tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorbook.project import Project
from mentorbook.schema.loader import Hub, load_content
from mentorbook.schema.models.plan import (
    GoalMilestone,
    Meeting,
    Plan,
    PlanAgreement,
    PlanGoal,
    Reflection,
    Review,
    Reviews,
    SkillRating,
)
from mentorbook.workbook import WorkbookRenderer
from tests.workbook.workbook_content import write_workbook_project

HOSTILE_MENTEE = "{{ 7*7 }} {% if true %}x{% endif %}"
HOSTILE_MENTOR = '<img src="file:///etc/passwd">'
HOSTILE_VISION = '<style>@import url("http://example.com/x.css");</style><b>not bold</b>'
SCRIPT_NAMES = {
    "chinese": "张伟",
    "japanese": "山田花子",
    "korean": "김민준",
    "arabic": "ليلى حداد",
    "devanagari": "प्रिया शर्मा",
    "symbols": "Ada ★ ♥ ✓ → ☺",
}


def full_plan() -> Plan:
    """A plan that fills in something of every section, and leaves the rest empty."""
    return Plan(
        mentee="Amara Okafor",
        mentor="Daniel Reyes",
        program="pilot",
        start=dt.date(2027, 1, 11),
        revision=3,
        vision="Lead a small team by next year.",
        self_assessment=[SkillRating(skill="Public speaking", now=2, target=4)],
        goals=[
            PlanGoal(
                id="speak-up",
                template="speak-up",
                title="Speak up in team meetings",
                why="My ideas get lost.",
                measures=["Spoke in four meetings in a row"],
                actions=["Prepare one point before each meeting"],
                milestones=[GoalMilestone(title="First point made", due=dt.date(2027, 2, 1))],
                due=dt.date(2027, 4, 1),
                progress=20,
            ),
            PlanGoal(id="learn-sql", title="Learn SQL"),
        ],
        agreement=PlanAgreement(ticked=["keep-time"], mentee_signed=dt.date(2027, 1, 12)),
        meetings=[
            Meeting(
                date=dt.date(2027, 1, 18), notes="Talked about goals.", next_steps="Draft goals."
            )
        ],
        reflections=[
            Reflection(
                date=dt.date(2027, 1, 19), prompt="after-meeting-learned", text="Listening helps."
            )
        ],
        reviews=Reviews(midpoint=Review(went_well="Weekly practice.")),
    )


@pytest.fixture(scope="session")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return Project(write_workbook_project(tmp_path_factory.mktemp("workbook-project")))


@pytest.fixture(scope="session")
def hub(project: Project) -> Hub:
    return load_content(project.content_dir)


@pytest.fixture(scope="session")
def renderer(project: Project, hub: Hub) -> WorkbookRenderer:
    return WorkbookRenderer(project, hub)


class Rendered:
    """A rendered PDF, saved to a file for the command-line tools, and opened with pypdf."""

    def __init__(self, data: bytes, path: Path) -> None:
        path.write_bytes(data)
        self.data = data
        self.path = path
        self.reader = PdfReader(path)

    @property
    def fields(self) -> dict[str, object]:
        return dict(self.reader.get_fields() or {})


def _render(
    renderer: WorkbookRenderer,
    factory: pytest.TempPathFactory,
    name: str,
    plan: Plan | None,
    **options: bool,
) -> Rendered:
    return Rendered(renderer.render(plan, **options), factory.mktemp("pdf") / f"{name}.pdf")


@pytest.fixture(scope="session")
def full_pdf(renderer: WorkbookRenderer, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return _render(renderer, tmp_path_factory, "full", full_plan())


@pytest.fixture(scope="session")
def blank_pdf(renderer: WorkbookRenderer, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return _render(renderer, tmp_path_factory, "blank", None)


@pytest.fixture(scope="session")
def flat_pdf(renderer: WorkbookRenderer, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return _render(renderer, tmp_path_factory, "flat", full_plan(), fillable=False)


@pytest.fixture(scope="session")
def hostile_pdf(renderer: WorkbookRenderer, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    plan = Plan(
        mentee=HOSTILE_MENTEE, mentor=HOSTILE_MENTOR, program="pilot", vision=HOSTILE_VISION
    )
    return _render(renderer, tmp_path_factory, "hostile", plan, pdf_ua=True)


@pytest.fixture(scope="session")
def scripts_pdf(renderer: WorkbookRenderer, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Names in five scripts and symbols: the mentee's on the cover, the others as goals.

    The last goal holds emoji, which no bundled font has: they must not fall back to a
    font of the machine's.
    """
    names = list(SCRIPT_NAMES.values())
    plan = Plan(
        mentee=names[0],
        mentor=names[3],
        program="pilot",
        goals=[PlanGoal(id=f"goal-{i}", title=name) for i, name in enumerate(names, start=1)]
        + [PlanGoal(id="party", title="Celebrate 😀 🎉")],
    )
    return _render(renderer, tmp_path_factory, "scripts", plan, fillable=False)
