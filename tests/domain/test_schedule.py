"""The one schedule: the cadence around breaks and milestone meetings, and where reviews sit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mentorbook.domain.schedule import planned_meetings, planned_reviews
from mentorbook.schema.models import Program
from mentorbook.schema.yaml_reader import new_yaml
from tests.schema.minimal_content import MINIMAL_CONTENT

START = dt.date(2027, 9, 6)


def _semester(halfway: int = 7, **changes: Any) -> Program:
    """A 14-week semester: meetings every two weeks from week 1, a closing meeting in week 13."""
    data: dict[str, Any] = new_yaml().load(MINIMAL_CONTENT["programs/pilot.yml"])
    del data["duration_months"]
    data["duration_weeks"] = 14
    data["phases"] = [
        {
            "id": "term",
            "title": "Term",
            "start_week": 0,
            "end_week": 14,
            "summary": "Work.",
            "milestones": [
                {
                    "id": "halfway",
                    "title": "Halfway",
                    "week": halfway,
                    "meeting": "midpoint-review",
                },
                {"id": "close", "title": "Close", "week": 13, "meeting": "closing-meeting"},
            ],
        }
    ]
    data["cadence"]["every_weeks"] = 2
    data["cadence"]["first_week"] = 1
    data.update(changes)
    return Program.model_validate(data)


def _weeks(program: Program) -> list[int]:
    return [meeting.week for meeting in planned_meetings(program, START)]


def test_without_a_calendar_of_its_own_the_cadence_is_todays_arithmetic() -> None:
    data: dict[str, Any] = new_yaml().load(MINIMAL_CONTENT["programs/pilot.yml"])
    data["duration_months"] = 12
    data["phases"][0]["end_week"] = 52
    data["cadence"]["every_weeks"] = 3
    program = Program.model_validate(data)

    meetings = planned_meetings(program, START)

    assert [m.week for m in meetings] == list(range(1, 53, 3))
    assert {m.moment: m.week for m in meetings if m.moment != "regular"} == {
        "first-meeting": 1,
        "midpoint": 25,
        "closing": 52,
    }
    assert [(r.kind, r.week) for r in planned_reviews(program, START)] == [
        ("midpoint", 25),
        ("closing", 52),
    ]


def test_a_milestone_meeting_takes_its_week_and_the_cadence_counts_on_from_it() -> None:
    program = _semester()

    meetings = planned_meetings(program, START)

    # 1, 3, 5, then the milestone meeting in week 7 (due anyway), 9, 11, and the closing
    # milestone in 13: the regular meeting due in 13 is that milestone's meeting.
    assert [m.week for m in meetings] == [1, 3, 5, 7, 9, 11, 13]
    assert [(m.week, m.guide) for m in meetings if m.guide] == [
        (7, "midpoint-review"),
        (13, "closing-meeting"),
    ]
    assert meetings[6].date == START + dt.timedelta(weeks=13)


def test_a_milestone_meeting_between_two_regular_ones_restarts_the_rhythm() -> None:
    program = _semester(halfway=6)

    assert _weeks(program) == [1, 3, 5, 6, 8, 10, 12, 13]


def test_no_meeting_falls_in_a_break_and_the_one_due_in_it_moves_to_the_week_after() -> None:
    breaks = [{"from_week": 8, "to_week": 9, "title": "Exams"}]
    cadence = {"every_weeks": 2, "minutes": 10, "media": ["Room"], "breaks": breaks}
    program = _semester(cadence=cadence)

    weeks = _weeks(program)

    assert not set(weeks) & {8, 9}
    assert weeks == [1, 3, 5, 7, 10, 12, 13]


def test_reviews_sit_on_their_milestones_and_nothing_regular_follows_the_closing() -> None:
    reviews = [
        {"id": "midpoint", "milestone": "halfway"},
        {"id": "closing", "milestone": "close"},
    ]
    program = _semester(duration_weeks=16, reviews=reviews)

    meetings = planned_meetings(program, START)

    assert [r.week for r in planned_reviews(program, START)] == [7, 13]
    assert meetings[-1].week == 13
    assert meetings[-1].moment == "closing"
    assert [m.moment for m in meetings if m.week == 7] == ["midpoint"]


def test_a_program_without_reviews_plans_none() -> None:
    program = _semester(duration_weeks=16, reviews=[])

    meetings = planned_meetings(program, START)

    assert planned_reviews(program, START) == []
    assert {m.moment for m in meetings} == {"first-meeting", "regular"}
    # Without a closing review, the cadence runs on to the program's last week.
    assert [m.week for m in meetings][-2:] == [13, 15]
