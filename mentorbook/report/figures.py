"""The report's figures: counts, dates and statuses computed from plans. Pure.

Why dataclasses of numbers: the template, the CSV and the tests read the same values, and
no free text of a plan (vision, goals, notes, reflections, reviews) ever enters them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

from mentorbook.domain.signatures import fully_signed_on, signer_name, signers
from mentorbook.plans.identity import pseudonym
from mentorbook.plans.schedule import meeting_days, review_dates
from mentorbook.report.attention import Attention, needs_attention, review_done
from mentorbook.schema.loader import Hub
from mentorbook.schema.models import Agreement, Program
from mentorbook.schema.models.plan import Plan

REVIEW_KINDS = ("midpoint", "closing")


@dataclass(frozen=True)
class ReviewStatus:
    due: dt.date | None
    """When the review falls due (None: the plan has no start date)."""
    done: bool


@dataclass(frozen=True)
class PairFigures:
    """One mentee's pair, as the CSV's row and the "needs attention" list show it."""

    pair: str
    """A stable pseudonym, the only name shown with --anonymous."""
    mentee: str
    mentor: str
    program: str
    start: dt.date | None
    signed: dict[str, dt.date | None]
    meetings_held: int
    meetings_due: int
    """Meetings planned up to the report's day."""
    meetings_planned: int
    goals: int
    goals_with_progress: int
    reviews: dict[str, ReviewStatus]
    reflections: int
    attention: tuple[Attention, ...]
    planned_days: tuple[dt.date, ...]
    held_days: tuple[dt.date, ...]
    """Meetings planned and held (up to the report's day), for the weekly chart."""
    fully_signed: dt.date | None
    """The day the last signature went on (None: not signed by all, or after the report's day)."""


@dataclass(frozen=True)
class Tally:
    done: int
    due: int


@dataclass(frozen=True)
class WeekPoint:
    """Meetings planned and held up to the end of the week starting `monday`, summed."""

    monday: dt.date
    planned: int
    held: int | None
    """None for weeks after the report's day."""


@dataclass(frozen=True)
class ProgramFigures:
    """The whole cohort of one program."""

    program: Program
    pairs: list[PairFigures]
    fully_signed: int
    signed_by_month: list[tuple[str, int]]
    meetings_held: int
    meetings_due: int
    meetings_planned: int
    weeks: list[WeekPoint]
    goals: int
    goals_with_progress: int
    reviews: dict[str, Tally]
    reflections: int

    @property
    def attention(self) -> list[PairFigures]:
        """The pairs that need attention, the longest-standing first."""
        return sorted(
            (pair for pair in self.pairs if pair.attention),
            key=lambda pair: (pair.attention[0].since, pair.pair),
        )


@dataclass(frozen=True)
class Report:
    today: dt.date
    programs: list[ProgramFigures]
    anonymous: bool = False


def pair_figures(plan: Plan, program: Program, agreement: Agreement, today: dt.date) -> PairFigures:
    planned = meeting_days(plan, program)
    due_dates = review_dates(plan, program)
    held = tuple(meeting.date for meeting in plan.meetings if meeting.date <= today)
    signed_on = fully_signed_on(plan, agreement)
    return PairFigures(
        pair=pseudonym(plan),
        mentee=plan.mentee,
        mentor=", ".join(plan.mentor_names),
        program=plan.program,
        start=plan.start,
        signed={signer_name(signer): signer.day for signer in signers(plan, agreement)},
        meetings_held=len(held),
        meetings_due=sum(1 for day in planned if day <= today),
        meetings_planned=len(planned),
        goals=len(plan.goals),
        goals_with_progress=sum(1 for goal in plan.goals if goal.progress > 0),
        reviews={
            kind: ReviewStatus(due_dates.get(kind), review_done(plan, kind, today))
            for kind in REVIEW_KINDS
        },
        reflections=len(plan.reflections),
        attention=tuple(needs_attention(plan, program, agreement, today)),
        planned_days=tuple(planned),
        held_days=held,
        fully_signed=signed_on if signed_on is not None and signed_on <= today else None,
    )


def pair_summariser(hub: Hub, today: dt.date) -> Callable[[Plan], PairFigures]:
    """What the report keeps of each plan it reads: its pair's figures, never its text."""

    def summarise(plan: Plan) -> PairFigures:
        program = hub.programs[plan.program]
        return pair_figures(plan, program, hub.agreements[program.agreement], today)

    return summarise


def program_figures(program: Program, pairs: list[PairFigures], today: dt.date) -> ProgramFigures:
    signed_days = [pair.fully_signed for pair in pairs if pair.fully_signed is not None]
    return ProgramFigures(
        program=program,
        pairs=sorted(pairs, key=lambda pair: (pair.mentee.casefold(), pair.pair)),
        fully_signed=len(signed_days),
        signed_by_month=sorted(Counter(day.strftime("%Y-%m") for day in signed_days).items()),
        meetings_held=sum(pair.meetings_held for pair in pairs),
        meetings_due=sum(pair.meetings_due for pair in pairs),
        meetings_planned=sum(pair.meetings_planned for pair in pairs),
        weeks=weekly_meetings(
            (day for pair in pairs for day in pair.planned_days),
            (day for pair in pairs for day in pair.held_days),
            today,
        ),
        goals=sum(pair.goals for pair in pairs),
        goals_with_progress=sum(pair.goals_with_progress for pair in pairs),
        reviews={kind: _review_tally(pairs, kind, today) for kind in REVIEW_KINDS},
        reflections=sum(pair.reflections for pair in pairs),
    )


def _review_tally(pairs: list[PairFigures], kind: str, today: dt.date) -> Tally:
    statuses = [pair.reviews[kind] for pair in pairs]
    due = sum(1 for status in statuses if status.due is not None and status.due <= today)
    return Tally(done=sum(1 for status in statuses if status.done), due=due)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_meetings(
    planned: Iterable[dt.date], held: Iterable[dt.date], today: dt.date
) -> list[WeekPoint]:
    """Cumulative meetings planned and held, week by week, over the program's whole span."""
    planned_weeks = Counter(monday_of(day) for day in planned)
    held_weeks = Counter(monday_of(day) for day in held if day <= today)
    if not planned_weeks and not held_weeks:
        return []
    first = min([*planned_weeks, *held_weeks])
    last = max([*planned_weeks, *held_weeks, monday_of(today)])
    mondays = [first + dt.timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]
    planned_sums = accumulate(planned_weeks[monday] for monday in mondays)
    held_sums = accumulate(held_weeks[monday] for monday in mondays)
    return [
        WeekPoint(monday, planned_sum, held_sum if monday <= today else None)
        for monday, planned_sum, held_sum in zip(mondays, planned_sums, held_sums, strict=True)
    ]


def build_report(
    programs: dict[str, Program], pairs: list[PairFigures], today: dt.date, *, anonymous: bool
) -> Report:
    """The figures of every program that has at least one pair, in the content's order."""
    by_program: dict[str, list[PairFigures]] = {}
    for pair in pairs:
        by_program.setdefault(pair.program, []).append(pair)
    return Report(
        today=today,
        programs=[
            program_figures(program, by_program[program_id], today)
            for program_id, program in programs.items()
            if program_id in by_program
        ],
        anonymous=anonymous,
    )
