"""Where each phase and milestone of a program sits on the timeline picture.

Why here and not in the template: arithmetic on weeks reads better in Python, and the
SVG template then only draws boxes at the positions it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from gettext import NullTranslations

from mentorbook.domain.schedule import planned_meetings
from mentorbook.schema.models.program import Program

WIDTH = 860
LEFT = 20
RIGHT = 20
ROW_HEIGHT = 34
ROW_GAP = 8
TOP = 16
BREAK_LABEL = 16
"""Room above the phases for the breaks' labels, in a program that has breaks."""
AXIS_HEIGHT = 44
LANE_HEIGHT = 20
TICKS = 6
TITLE_CHAR = 7.2
"""Rough width of one character of a 13px label, to keep labels from running into each other."""
WEEK_CHAR = 6.0


@dataclass(frozen=True)
class PhaseBar:
    title: str
    weeks: str
    x: float
    y: float
    width: float
    height: float
    label_inside: bool
    """Whether the title fits inside the bar; otherwise it is written after it."""


@dataclass(frozen=True)
class MilestoneMark:
    title: str
    week: int
    x: float
    y: float
    label_x: float
    """Where the label starts: beside the mark, or before it near the right edge."""
    anchor: str
    """SVG text-anchor of the label: start, or end near the right edge."""


@dataclass(frozen=True)
class BreakBand:
    """Weeks without meetings, drawn as a shaded band behind the phases."""

    title: str
    weeks: str
    x: float
    width: float


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Timeline:
    title: str
    width: int
    height: int
    axis_y: float
    axis_left: float
    axis_right: float
    phases: list[PhaseBar]
    milestones: list[MilestoneMark]
    ticks: list[Tick]
    breaks: list[BreakBand]
    break_top: float
    """Where the breaks' bands start, under their labels."""
    meetings: list[float]
    """Where a planned meeting falls on the axis, in a week without a milestone (whose
    mark stands for both)."""


def timeline_of(program: Program, words: NullTranslations) -> Timeline:
    """Lay out a program's phases as bars over its weeks, its breaks as bands behind them,
    and its milestones below, labelled in the language of `words`."""
    _ = words.gettext
    weeks = max(program.weeks, max(phase.end_week for phase in program.phases), 1)
    span = WIDTH - LEFT - RIGHT

    def x_of(week: float) -> float:
        return round(LEFT + span * week / weeks, 1)

    top = TOP + (BREAK_LABEL if program.cadence.breaks else 0)
    bars = []
    for row, phase in enumerate(program.phases):
        x, end = x_of(phase.start_week), x_of(phase.end_week)
        width = max(end - x, 4.0)
        bars.append(
            PhaseBar(
                title=phase.title,
                weeks=_weeks(phase.start_week, phase.end_week, words),
                x=x,
                y=top + row * (ROW_HEIGHT + ROW_GAP),
                width=width,
                height=ROW_HEIGHT,
                label_inside=len(phase.title) * 7.5 + 16 < width,
            )
        )
    axis_y = top + len(bars) * (ROW_HEIGHT + ROW_GAP) + 4
    marks = _milestone_marks(program, x_of, axis_y + AXIS_HEIGHT)
    ticks = [
        Tick(x=x_of(week), label=_("week %(week)s") % {"week": week})
        for week in sorted({round(weeks * step / TICKS) for step in range(TICKS + 1)})
    ]
    lowest = max((mark.y for mark in marks), default=axis_y + 20)
    height = lowest + 12
    return Timeline(
        title=_("Timeline of %(program)s") % {"program": program.name},
        width=WIDTH,
        height=round(height),
        axis_y=axis_y,
        axis_left=LEFT,
        axis_right=WIDTH - RIGHT,
        phases=bars,
        milestones=marks,
        ticks=ticks,
        meetings=[
            x_of(meeting.week)
            for meeting in planned_meetings(program, None)
            if meeting.week not in {milestone.week for milestone in program.milestones}
        ],
        break_top=top - 6,
        breaks=[
            BreakBand(
                title=pause.title,
                weeks=_weeks(pause.from_week, pause.to_week, words),
                x=x_of(pause.from_week),
                width=max(x_of(pause.to_week) - x_of(pause.from_week), 4.0),
            )
            for pause in program.cadence.breaks
        ],
    )


def _weeks(start: int, end: int, words: NullTranslations) -> str:
    if start == end:
        return words.gettext("week %(week)s") % {"week": start}
    # Translators: a phase's span on the timeline picture, such as "weeks 1–4".
    return words.gettext("weeks %(start)s–%(end)s") % {"start": start, "end": end}


def _milestone_marks(
    program: Program, x_of: Callable[[float], float], first_lane_y: float
) -> list[MilestoneMark]:
    """Put each milestone's label in the highest lane where it overlaps no other label."""
    lane_ends: list[float] = []
    marks = []
    for milestone in program.milestones:
        x = x_of(milestone.week)
        width = len(milestone.title) * TITLE_CHAR + (len(str(milestone.week)) + 8) * WEEK_CHAR
        before = x + width > WIDTH - RIGHT
        left, right = (x - width - 6, x) if before else (x, x + width + 6)
        lane = next((i for i, end in enumerate(lane_ends) if end < left), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(right)
        else:
            lane_ends[lane] = right
        marks.append(
            MilestoneMark(
                title=milestone.title,
                week=milestone.week,
                x=x,
                y=first_lane_y + lane * LANE_HEIGHT,
                label_x=x - 6 if before else x + 6,
                anchor="end" if before else "start",
            )
        )
    return marks
