"""The program's calendar: which week each meeting and review falls in, and its real day. Pure.

Why one module: the workbook, the site's timeline, `plan show`, `plan calendar`, the cohort
and the report all read meetings and reviews from `planned_meetings` and `planned_reviews`.

How the cadence fits around the program's own calendar:
- a milestone that names a meeting guide is a meeting, in its milestone's week;
- regular meetings follow one another `every_weeks` apart, each counted from the meeting
  before it, milestone meetings included (so a regular meeting never shares a week with a
  milestone meeting, and the rhythm goes on from the milestone's week);
- a regular meeting due inside a break moves to the first week after it;
- when the closing review sits on a milestone, no regular meeting comes after it.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from mentorbook.schema.models.calendar import ReviewKind
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


REVIEW_MOMENTS: dict[str, ReviewKind] = {"midpoint": "midpoint", "closing": "closing"}
"""The meeting moments that hold a review when the program places none on a milestone."""


@dataclass(frozen=True)
class PlannedMeeting:
    """A meeting the program plans, counted from 1, with the moment it marks."""

    number: int
    week: int
    date: dt.date | None
    moment: str
    """first-meeting, regular, midpoint or closing: which meeting guide fits it."""
    milestone: str | None = None
    """The title of the milestone this meeting is, when the program makes one a meeting."""
    guide: str | None = None
    """The id of the meeting guide that milestone names."""


@dataclass(frozen=True)
class PlannedReview:
    kind: ReviewKind
    week: int
    date: dt.date | None


@dataclass(frozen=True)
class _Calendar:
    """What the schedule depends on, as values: the key the schedules are cached by."""

    weeks: int
    first_week: int
    every_weeks: int
    breaks: tuple[tuple[int, int], ...]
    fixed: tuple[tuple[int, str, str], ...]
    """Milestone meetings in week order: week, title, meeting guide id."""
    reviews: tuple[tuple[ReviewKind, int], ...] | None
    """The program's reviews and their weeks; None when the program names none."""


def planned_meetings(program: Program, start: dt.date | None) -> list[PlannedMeeting]:
    """Every meeting the program plans: its milestone meetings and the cadence around them."""
    return list(_planned_meetings(_calendar_of(program), start))


def planned_reviews(program: Program, start: dt.date | None) -> list[PlannedReview]:
    """The reviews the program holds, in week order: on their milestones, or (when the program
    names none) at the meeting nearest the middle and at the last meeting."""
    calendar = _calendar_of(program)
    if calendar.reviews is None:
        return [
            PlannedReview(REVIEW_MOMENTS[meeting.moment], meeting.week, meeting.date)
            for meeting in _planned_meetings(calendar, start)
            if meeting.moment in REVIEW_MOMENTS
        ]
    return sorted(
        (PlannedReview(kind, week, week_date(start, week)) for kind, week in calendar.reviews),
        key=lambda review: review.week,
    )


def _calendar_of(program: Program) -> _Calendar:
    cadence = program.cadence
    reviews = None
    if program.reviews is not None:
        milestones = {m.id: m.week for m in program.milestones}
        reviews = tuple((r.id, milestones[r.milestone]) for r in program.reviews)
    return _Calendar(
        weeks=program.weeks,
        first_week=cadence.first_week,
        every_weeks=cadence.every_weeks,
        breaks=tuple((b.from_week, b.to_week) for b in cadence.breaks),
        fixed=tuple((m.week, m.title, m.meeting) for m in program.milestones if m.meeting),
        reviews=reviews,
    )


@functools.lru_cache(maxsize=4096)
def _planned_meetings(calendar: _Calendar, start: dt.date | None) -> tuple[PlannedMeeting, ...]:
    """Cached by value: a report over thousands of plans asks for the same few schedules."""
    weeks = _meeting_weeks(calendar)
    if not weeks:
        return ()
    if calendar.reviews is None:
        middle = min(range(len(weeks)), key=lambda i: abs(weeks[i][0] - calendar.weeks / 2))
        moments = {middle: "midpoint", len(weeks) - 1: "closing"}
    else:
        by_week = {week: kind for kind, week in calendar.reviews}
        moments = {i: by_week[week] for i, (week, _) in enumerate(weeks) if week in by_week}
    moments.setdefault(0, "first-meeting")
    return tuple(
        PlannedMeeting(
            index + 1,
            week,
            week_date(start, week),
            moments.get(index, "regular"),
            milestone[1] if milestone else None,
            milestone[2] if milestone else None,
        )
        for index, (week, milestone) in enumerate(weeks)
    )


def _meeting_weeks(calendar: _Calendar) -> list[tuple[int, tuple[int, str, str] | None]]:
    """The week of every meeting, in order, each with the milestone meeting it is (if any)."""
    fixed = list(calendar.fixed)
    closing = dict(calendar.reviews or ()).get("closing")
    last = closing if closing is not None else calendar.weeks
    weeks: list[tuple[int, tuple[int, str, str] | None]] = []
    due = _after_breaks(calendar.breaks, calendar.first_week)
    while True:
        if fixed and fixed[0][0] <= due:
            milestone = fixed.pop(0)
            weeks.append((milestone[0], milestone))
            due = _after_breaks(calendar.breaks, milestone[0] + calendar.every_weeks)
        elif due > last:
            return weeks + [(milestone[0], milestone) for milestone in fixed]
        else:
            weeks.append((due, None))
            due = _after_breaks(calendar.breaks, due + calendar.every_weeks)


def _after_breaks(breaks: tuple[tuple[int, int], ...], week: int) -> int:
    """`week`, or the first week after the break (or breaks, back to back) it falls in."""
    for first, last in sorted(breaks):
        if first <= week <= last:
            week = last + 1
    return week


@dataclass(frozen=True)
class JournalPage:
    """A page of a journal kept per meeting or per phase: the reflections from its day on."""

    number: int
    date: dt.date | None
    """The day of its meeting, or the first day of its phase."""
    meeting: int | None = None
    phase: str | None = None
    """The phase's title, for a journal kept per phase."""


def journal_pages(program: Program, start: dt.date | None) -> list[JournalPage]:
    """The journal's pages, when the program keeps one per meeting or per phase (else none)."""
    match program.workbook.journal:
        case "per_meeting":
            return [
                JournalPage(meeting.number, meeting.date, meeting=meeting.number)
                for meeting in planned_meetings(program, start)
            ]
        case "per_phase":
            return [
                JournalPage(number, week_date(start, phase.start_week), phase=phase.title)
                for number, phase in enumerate(program.phases, start=1)
            ]
        case _:
            return []


def journal_page_of(pages: list[JournalPage], day: dt.date | None) -> int:
    """The number of the page a reflection written on `day` belongs to: the last page that
    starts on or before it; the first page when the day or the pages' days are not known."""
    number = 1
    for page in pages:
        if day is not None and page.date is not None and page.date <= day:
            number = page.number
    return number
