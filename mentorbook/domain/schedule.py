"""The mentee's real dates: program weeks turned into days from the start date. Pure.

Why here: the workbook prints these meetings and `plan show` counts them; both read them
from this one module.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from mentorbook.schema.models.plan import Plan
from mentorbook.schema.models.program import Program


def week_date(start: dt.date | None, week: int) -> dt.date | None:
    """The day `week` weeks after `start`; None when the start is not known yet."""
    return None if start is None else start + dt.timedelta(weeks=week)


def paced_program(program: Program, plan: Plan | None) -> Program:
    """The program at the pace this pair agreed, when the plan sets its own."""
    if plan is None or plan.meet_every_weeks is None:
        return program
    cadence = program.cadence.model_copy(update={"every_weeks": plan.meet_every_weeks})
    return program.model_copy(update={"cadence": cadence})


@dataclass(frozen=True)
class PlannedMeeting:
    """A meeting the cadence plans, counted from 1, with the moment it marks."""

    number: int
    week: int
    date: dt.date | None
    moment: str
    """first-meeting, regular, midpoint or closing: which meeting guide fits it."""


def planned_meetings(program: Program, start: dt.date | None) -> list[PlannedMeeting]:
    """Every meeting the program's cadence plans, from its first week to the program's end.

    Why moments: the first meeting, the one nearest the middle and the last one each have
    their own guide and review.
    """
    cadence = program.cadence
    return list(
        _planned_meetings(program.duration_weeks, cadence.first_week, cadence.every_weeks, start)
    )


@functools.lru_cache(maxsize=4096)
def _planned_meetings(
    duration_weeks: int, first_week: int, every_weeks: int, start: dt.date | None
) -> tuple[PlannedMeeting, ...]:
    """Cached by value: a report over thousands of plans asks for the same few schedules."""
    weeks = list(range(first_week, duration_weeks + 1, every_weeks))
    if not weeks:
        return ()
    middle = min(range(len(weeks)), key=lambda i: abs(weeks[i] - duration_weeks / 2))
    moments = {middle: "midpoint", len(weeks) - 1: "closing", 0: "first-meeting"}
    return tuple(
        PlannedMeeting(index + 1, week, week_date(start, week), moments.get(index, "regular"))
        for index, week in enumerate(weeks)
    )
