"""A plan's dates: planned meetings, milestones and what is due, counted from its start.

Pure functions of the plan, the program and a day, so `plan show`, `plan calendar` and
their tests agree on every date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from gettext import NullTranslations

from mentorbook.domain.schedule import PlannedMeeting, paced_program, planned_reviews
from mentorbook.domain.schedule import planned_meetings as program_meetings
from mentorbook.domain.signatures import signer_name, signers
from mentorbook.i18n import N_
from mentorbook.schema.models import Agreement, Program
from mentorbook.schema.models.plan import Plan

ENGLISH = NullTranslations()
"""The msgids as they are: the words of callers that ask for no language."""
REVIEW_DUE = {
    "midpoint": N_("the mid-point review was due %(day)s"),
    "closing": N_("the closing review was due %(day)s"),
}
"""What `plan show` says of a review not done by its day, by kind."""


@dataclass(frozen=True)
class Dated:
    """Something due on a day: a program milestone, a goal's milestone or a goal's due date."""

    uid: str
    """Stable key, the same every time the schedule is worked out (calendar UIDs use it)."""
    date: dt.date
    title: str
    of_goal: bool = False
    """A goal's date can be late; a program milestone simply passes."""
    done: bool = False


def meeting_every_weeks(plan: Plan, program: Program) -> int:
    return paced_program(program, plan).cadence.every_weeks


def planned_meetings(plan: Plan, program: Program) -> list[PlannedMeeting]:
    """The workbook's meeting schedule, at the pace this pair agreed.

    Why the workbook's: the meetings `plan show` counts are the ones the meeting log prints.
    """
    if plan.start is None:
        return []
    return program_meetings(paced_program(program, plan), plan.start)


def meeting_days(plan: Plan, program: Program) -> list[dt.date]:
    return [meeting.date for meeting in planned_meetings(plan, program) if meeting.date]


def review_dates(plan: Plan, program: Program) -> dict[str, dt.date]:
    """When the program's reviews fall due, by kind: none when the program holds none."""
    if plan.start is None:
        return {}
    reviews = planned_reviews(paced_program(program, plan), plan.start)
    return {review.kind: review.date for review in reviews if review.date}


def agreement_due(plan: Plan, program: Program) -> dt.date | None:
    """The day the agreement should be signed by: the pair's first planned meeting."""
    days = meeting_days(plan, program)
    return days[0] if days else None


def milestones(plan: Plan, program: Program, words: NullTranslations = ENGLISH) -> list[Dated]:
    """Program milestones (when the plan has a start) and the goals' own dates, by date;
    `words` names the goals' dates in the mentee's language."""
    dated: list[Dated] = []
    if plan.start is not None:
        dated.extend(
            Dated(f"milestone-{m.id}", plan.start + dt.timedelta(weeks=m.week), m.title)
            for m in program.milestones
        )
    for goal in plan.goals:
        finished = goal.progress == 100
        for index, step in enumerate(goal.milestones, start=1):
            if step.due is not None:
                dated.append(
                    Dated(
                        f"goal-{goal.id}-milestone-{index}",
                        step.due,
                        # Translators: a goal's milestone in a calendar: "First talk (Speak up)".
                        words.gettext("%(step)s (%(goal)s)")
                        % {"step": step.title, "goal": goal.title},
                        of_goal=True,
                        done=step.done or finished,
                    )
                )
        if goal.due is not None:
            dated.append(
                Dated(
                    f"goal-{goal.id}",
                    goal.due,
                    words.gettext("Goal due: %(goal)s") % {"goal": goal.title},
                    of_goal=True,
                    done=finished,
                )
            )
    return sorted(dated, key=lambda item: (item.date, item.uid))


def next_milestone(
    plan: Plan, program: Program, today: dt.date, words: NullTranslations = ENGLISH
) -> Dated | None:
    upcoming = [
        item for item in milestones(plan, program, words) if item.date >= today and not item.done
    ]
    return upcoming[0] if upcoming else None


def overdue(
    plan: Plan,
    program: Program,
    agreement: Agreement,
    today: dt.date,
    words: NullTranslations = ENGLISH,
) -> list[str]:
    """Plain sentences for everything past its day and not done, oldest first."""
    _ = words.gettext
    late: list[str] = []
    planned = [day for day in meeting_days(plan, program) if day <= today]
    missing = len(planned) - len(plan.meetings)
    if missing > 0:
        values = {
            "count": missing,
            "logged": len(plan.meetings),
            "planned": len(planned),
            "day": today.isoformat(),
        }
        late.append(
            words.ngettext(
                "%(count)s planned meeting not logged yet"
                " (%(logged)s logged, %(planned)s planned by %(day)s)",
                "%(count)s planned meetings not logged yet"
                " (%(logged)s logged, %(planned)s planned by %(day)s)",
                missing,
            )
            % values
        )
    signing_due = agreement_due(plan, program)
    if signing_due is not None and signing_due < today:
        for signer in signers(plan, agreement):
            if signer.day is None:
                # Translators: the role id (mentee, mentor.2) is printed as `plan agree` takes it.
                late.append(
                    _("the agreement is not signed by the %(who)s yet")
                    % {"who": signer_name(signer)}
                )
    for kind, due in review_dates(plan, program).items():
        if due < today and getattr(plan.reviews, kind) is None:
            late.append(_(REVIEW_DUE[kind]) % {"day": due.isoformat()})
    for item in milestones(plan, program, words):
        if item.of_goal and item.date < today and not item.done:
            late.append(
                _("%(title)s, %(day)s") % {"title": item.title, "day": item.date.isoformat()}
            )
    return late
