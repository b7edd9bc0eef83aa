"""The template context: the mentee's real dates, and what is printed versus left to write."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorbook.domain.dates import format_day, parse_day
from mentorbook.domain.fields import FieldKind
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.plan import Plan
from mentorbook.workbook.context import build_context
from mentorbook.workbook.entries import GENERAL_GOAL_PROMPTS
from mentorbook.workbook.renderer import source_date
from mentorbook.workbook.views import DatedMilestone
from tests.workbook.conftest import full_plan


def test_dates_count_from_the_plans_start(hub: Hub) -> None:
    context = build_context(hub, full_plan(), "pilot", fillable=True)
    rows = {(row.kind, row.title): row for row in context.timeline}
    assert rows[("milestone", "Kickoff")].date == dt.date(2027, 1, 11)
    assert rows[("milestone", "Halfway check")].date == dt.date(2027, 2, 22)
    growing = rows[("phase", "Growing")]
    assert (growing.date, growing.until) == (dt.date(2027, 2, 8), dt.date(2027, 4, 12))
    assert rows[("meeting", "Meeting 1")].date == dt.date(2027, 1, 18)
    assert context.end == dt.date(2027, 4, 12)
    assert [(log.planned and log.planned.date, log.guide) for log in context.meeting_log] == [
        (dt.date(2027, 1, 18), "First meeting"),
        (dt.date(2027, 2, 1), None),
        (dt.date(2027, 2, 15), None),
        (dt.date(2027, 3, 1), "Mid-point review meeting"),
        (dt.date(2027, 3, 15), None),
        (dt.date(2027, 3, 29), None),
        (dt.date(2027, 4, 12), "Closing meeting"),
    ]
    assert context.midpoint.date == dt.date(2027, 3, 1)
    assert context.closing.date == dt.date(2027, 4, 12)


def test_a_pair_meeting_at_its_own_pace_gets_its_own_dates(hub: Hub) -> None:
    plan = full_plan().model_copy(update={"meet_every_weeks": 4})
    context = build_context(hub, plan, "pilot", fillable=True)
    assert [log.planned and log.planned.date for log in context.meeting_log] == [
        dt.date(2027, 1, 18),
        dt.date(2027, 2, 15),
        dt.date(2027, 3, 15),
        dt.date(2027, 4, 12),
    ]


def test_without_a_start_the_weeks_stay_and_the_dates_are_left_to_write(hub: Hub) -> None:
    context = build_context(hub, None, "pilot", fillable=True)
    assert {row.date for row in context.timeline} == {None}
    planned = context.meeting_log[1].planned
    assert planned is not None
    assert (planned.date, planned.week) == (None, 3)
    assert not context.start.filled
    assert context.start.name == "start"


def test_what_the_plan_fills_in_is_printed_and_the_rest_is_a_field(hub: Hub) -> None:
    context = build_context(hub, full_plan(), "pilot", fillable=True)
    speak_up, sql = context.goals
    assert speak_up.actions.items == ("Prepare one point before each meeting",)
    assert speak_up.due.value == dt.date(2027, 4, 1)
    assert (speak_up.progress.value, speak_up.progress.unit) == (20, "%")
    assert speak_up.dated_milestones == (
        DatedMilestone("First point made", dt.date(2027, 2, 1), False),
    )
    assert speak_up.frameworks[0].name == "REAL"
    assert sql.title.value == "Learn SQL"
    assert not sql.why.filled
    assert (sql.why.name, sql.why.kind) == ("goal.learn-sql.why", FieldKind.TEXT)
    boxes = [item.box for section in context.agreement.sections for item in section.items]
    assert [(box.name, box.filled) for box in boxes] == [
        ("agreement.keep-time", True),
        ("agreement.confidential", False),
    ]
    assert [s.date.value for s in context.agreement.signatures] == [dt.date(2027, 1, 12), None]
    assert context.meeting_log[0].notes.value == "Talked about goals."
    assert context.meeting_log[1].notes.name == "meeting.2.notes"
    first_answer = context.journal[0].answers[0].answer
    assert first_answer.value == "Tue 19 Jan 2027: Listening helps."
    assert context.assessment[0].now.value == 2
    assert context.assessment[1].skill.name == "assessment.2.skill"


def test_the_blank_workbook_offers_empty_goals_with_general_prompts(hub: Hub) -> None:
    context = build_context(hub, None, "pilot", fillable=True)
    assert len(context.goals) == context.program.workbook.goal_sheets == 3
    goal = context.goals[0]
    assert goal.title.name == "goal.goal-1.title"
    assert [f.name for f in goal.frameworks] == ["REAL", "SMART"]
    assert goal.prompts == GENERAL_GOAL_PROMPTS
    assert goal.frameworks[0].letters == (
        "Relevant",
        "Aspirational",
        "Experimental",
        "Learning-based",
    )
    assert context.identity == {"mentorbook-program": "pilot"}
    assert context.document_date is None


def test_the_document_date_comes_from_the_plan_or_source_date_epoch(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert build_context(hub, full_plan(), "pilot", fillable=True).document_date == "2027-01-19"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    assert source_date() == dt.date(2027, 1, 15)
    context = build_context(hub, full_plan(), "pilot", fillable=True, source_date=source_date())
    assert context.document_date == "2027-01-15"


def test_plan_without_dates_has_no_document_date(hub: Hub) -> None:
    plan = Plan(mentee="Amara", program="pilot")
    assert build_context(hub, plan, "pilot", fillable=True).document_date is None


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2027, 1, 1), "Fri 1 Jan 2027"),
        (None, ""),
        (dt.date(2028, 12, 31), "Sun 31 Dec 2028"),
    ],
)
def test_dates_print_without_padding_or_locale(day: dt.date | None, text: str) -> None:
    assert format_day(day) == text
    assert parse_day(text) == day
