"""A program's own calendar and workbook shape, in the workbook: the semester test project.

`tests/testdata/semester` holds a 14-week semester with an exam break, milestone meetings and
reviews on milestones, and four weeks of speed rounds without reviews; each program shapes its
own workbook (sections, goal sheets, self-assessment).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from mentorbook.project import Project
from mentorbook.schema.loader import load_content
from mentorbook.schema.models.plan import Plan, Reflection
from mentorbook.workbook import WorkbookRenderer
from tests.golden import golden

SEMESTER = Path(__file__).parents[1] / "testdata" / "semester"
GOLDEN = Path(__file__).parent / "testdata" / "test_program_shape"
START = dt.date(2027, 9, 6)


@pytest.fixture(scope="module")
def renderer() -> WorkbookRenderer:
    project = Project(SEMESTER)
    return WorkbookRenderer(project, load_content(project.content_dir))


def _plan(program: str) -> Plan:
    return Plan(mentee="Lea Martin", mentor="Sam Roy", program=program, start=START)


def test_no_meeting_falls_in_the_exam_break(renderer: WorkbookRenderer) -> None:
    context = renderer.context(_plan("semester"))

    weeks = [log.planned.week for log in context.meeting_log if log.planned]

    assert weeks == [1, 3, 5, 6, 10, 12]
    assert not set(weeks) & {8, 9}


def test_the_closing_meeting_is_on_its_milestone_and_the_reviews_are_dated_by_theirs(
    renderer: WorkbookRenderer,
) -> None:
    context = renderer.context(_plan("semester"))

    last = context.meeting_log[-1]

    assert last.planned is not None
    assert (last.planned.week, last.guide) == (12, "Final meeting")
    assert context.closing.date == START + dt.timedelta(weeks=12)
    assert context.midpoint.date == START + dt.timedelta(weeks=6)


def test_a_milestone_meeting_and_its_week_are_one_timeline_row_and_the_break_is_a_row(
    renderer: WorkbookRenderer,
) -> None:
    rows = [
        (row.week, row.kind, row.title, row.meeting)
        for row in renderer.context(_plan("semester")).timeline
    ]

    assert ("6", "milestone", "Halfway review", 4) in rows
    assert not [row for row in rows if row[0] == "6" and row[1] == "meeting"]
    assert ("8-9", "break", "Exam weeks", None) in rows


def test_the_program_orders_the_sections_and_sizes_the_goal_sheets_and_assessment(
    renderer: WorkbookRenderer,
) -> None:
    context = renderer.context(None, program_id="semester")

    assert [section.id for section in context.sections] == [
        "contents",
        "agreement",
        "goals",
        "assessment",
        "timeline",
        "meeting-log",
        "journal",
        "midpoint",
        "closing",
    ]
    assert len(context.goals) == 2
    assert len(context.assessment) == 4
    assert context.assessment[0].now is not None
    assert context.assessment[0].now.label == "Skill 1: now (1-3)"


def test_the_speed_program_has_no_reviews_and_no_ratings(renderer: WorkbookRenderer) -> None:
    html = renderer.html(_plan("speed"))

    assert 'id="midpoint"' not in html
    assert 'id="closing"' not in html
    assert "review." not in " ".join(re.findall(r'name="([^"]+)"', html))
    assert "review" not in html.lower()
    assert "assessment.1.now" not in html
    assert 'name="assessment.3.skill"' in html


@pytest.mark.parametrize("program", ["semester", "speed"])
def test_the_blank_workbook_html_is_as_golden(renderer: WorkbookRenderer, program: str) -> None:
    html = renderer.html(None, program_id=program)
    html = html.replace(renderer.project.root.resolve().as_uri(), "file://{project}")

    assert html == golden(GOLDEN / f"{program}.html", html)


def test_a_journal_kept_per_meeting_has_a_page_after_each_meeting_with_its_answers(
    renderer: WorkbookRenderer,
) -> None:
    plan = _plan("semester").model_copy(
        update={
            "reflections": [
                Reflection(
                    date=START + dt.timedelta(weeks=3, days=1), prompt="feelings", text="Calm."
                )
            ]
        }
    )

    pages = renderer.context(plan).journal_pages

    assert [(view.page.meeting, view.page.date) for view in pages][:2] == [
        (1, START + dt.timedelta(weeks=1)),
        (2, START + dt.timedelta(weeks=3)),
    ]
    assert len(pages) == 6
    answers = {
        (view.page.number, answer.answer.name): answer.answer.value
        for view in pages
        for block in view.blocks
        for answer in block.answers
    }
    assert answers[(2, "journal.2.after-meeting.feelings")] == "Tue 28 Sep 2027: Calm."
    assert answers[(3, "journal.3.after-meeting.feelings")] == ""


def test_a_journal_kept_per_phase_has_a_page_per_phase(renderer: WorkbookRenderer) -> None:
    pages = renderer.context(None, program_id="speed").journal_pages

    assert [(view.page.phase, view.blocks) for view in pages] == [("Rounds", ())]
