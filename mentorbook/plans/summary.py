"""The text `plan show` prints: where a mentee stands on a given day."""

from __future__ import annotations

import datetime as dt

from mentorbook.domain.signatures import signer_name, signers
from mentorbook.plans.schedule import (
    meeting_days,
    meeting_every_weeks,
    next_milestone,
    overdue,
)
from mentorbook.schema.models import Agreement, Program
from mentorbook.schema.models.plan import Plan, PlanGoal

BAR_WIDTH = 10


def plan_summary(plan: Plan, program: Program, agreement: Agreement, today: dt.date) -> str:
    """A few short blocks: who, goals, meetings, agreement, the next milestone, what is late."""
    blocks = [
        _heading(plan, program),
        _goals(plan.goals),
        _meetings(plan, program, today),
        _agreement(plan, agreement),
        _next(plan, program, today),
        _overdue(plan, program, agreement, today),
    ]
    return "\n\n".join(block for block in blocks if block) + "\n"


def _heading(plan: Plan, program: Program) -> str:
    lines = [f"{plan.mentee}: {program.name} (revision {plan.revision})"]
    mentors = plan.mentor_names
    if len(mentors) == 1:
        lines.append(f"Mentor: {mentors[0]}")
    elif mentors:
        lines.append(f"Mentors: {', '.join(mentors)}")
    if plan.group:
        lines.append(f"Group: {plan.group}")
    if plan.peers:
        lines.append(f"Peers: {', '.join(plan.peers)}")
    if plan.start is not None:
        lines.append(f"Started: {plan.start.isoformat()}")
    else:
        lines.append("Started: not set; add 'start: YYYY-MM-DD' to the plan to see its schedule")
    if plan.vision:
        lines.append(f"Vision: {_one_line(plan.vision)}")
    return "\n".join(lines)


def _goals(goals: list[PlanGoal]) -> str:
    if not goals:
        return "Goals: none yet; add one with 'mentorbook plan goal'"
    lines = [f"Goals ({len(goals)}):"]
    for goal in goals:
        filled = round(goal.progress * BAR_WIDTH / 100)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        due = f", due {goal.due.isoformat()}" if goal.due else ""
        lines.append(f"  [{bar}] {goal.progress:3d}%  {_one_line(goal.title)} ({goal.id}{due})")
    return "\n".join(lines)


def _meetings(plan: Plan, program: Program, today: dt.date) -> str:
    every = meeting_every_weeks(plan, program)
    held = len(plan.meetings)
    planned = meeting_days(plan, program)
    if not planned:
        return f"Meetings: {held} held; every {every} weeks once the plan has a start date"
    due = [day for day in planned if day <= today]
    line = f"Meetings: {held} held of {len(due)} planned by {today.isoformat()} (every {every} weeks, {len(planned)} in all)"
    upcoming = [day for day in planned if day > today]
    if upcoming:
        line += f"\nNext meeting: {upcoming[0].isoformat()}"
    if plan.meetings:
        last = max(plan.meetings, key=lambda meeting: meeting.date)
        line += f"\nLast meeting: {last.date.isoformat()}"
    return line


def _agreement(plan: Plan, agreement: Agreement) -> str:
    signed = [
        f"{signer_name(signer)} on {signer.day.isoformat()}"
        if signer.day
        else f"{signer_name(signer)} not yet"
        for signer in signers(plan, agreement)
    ]
    return (
        f"Agreement: {len(plan.agreement.ticked)} of {len(agreement.item_ids())} items ticked;"
        f" signed by {', '.join(signed)}"
    )


def _next(plan: Plan, program: Program, today: dt.date) -> str:
    upcoming = next_milestone(plan, program, today)
    if upcoming is None:
        return "Next milestone: none ahead"
    days = (upcoming.date - today).days
    when = "today" if days == 0 else f"in {days} day{'s' if days > 1 else ''}"
    return f"Next milestone: {upcoming.title}, {upcoming.date.isoformat()} ({when})"


def _overdue(plan: Plan, program: Program, agreement: Agreement, today: dt.date) -> str:
    late = overdue(plan, program, agreement, today)
    if not late:
        return "Overdue: nothing"
    return "\n".join(["Overdue:", *(f"  - {_one_line(item)}" for item in late)])


def _one_line(text: str) -> str:
    """The first line of a several-line text, marked when more follows."""
    first, _, rest = text.strip().partition("\n")
    return f"{first} [...]" if rest else first
