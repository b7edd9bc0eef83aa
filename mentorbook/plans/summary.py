"""The text `plan show` prints: where a mentee stands on a given day."""

from __future__ import annotations

import datetime as dt
from gettext import NullTranslations

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


def plan_summary(
    plan: Plan,
    program: Program,
    agreement: Agreement,
    today: dt.date,
    words: NullTranslations | None = None,
) -> str:
    """A few short blocks: who, goals, meetings, agreement, the next milestone, what is late.

    `words` gives them in the mentee's language; dates stay YYYY-MM-DD, as plans write them.
    """
    words = words or NullTranslations()
    blocks = [
        _heading(plan, program, words),
        _goals(plan.goals, words),
        _meetings(plan, program, today, words),
        _agreement(plan, agreement, words),
        _next(plan, program, today, words),
        _overdue(plan, program, agreement, today, words),
    ]
    return "\n\n".join(block for block in blocks if block) + "\n"


def _heading(plan: Plan, program: Program, words: NullTranslations) -> str:
    _ = words.gettext
    values = {"mentee": plan.mentee, "program": program.name, "revision": plan.revision}
    lines = [_("%(mentee)s: %(program)s (revision %(revision)s)") % values]
    mentors = plan.mentor_names
    if mentors:
        lines.append(
            words.ngettext("Mentor: %(names)s", "Mentors: %(names)s", len(mentors))
            % {"names": ", ".join(mentors)}
        )
    if plan.group:
        lines.append(_("Group: %(group)s") % {"group": plan.group})
    if plan.peers:
        lines.append(_("Peers: %(names)s") % {"names": ", ".join(plan.peers)})
    if plan.start is not None:
        lines.append(_("Started: %(day)s") % {"day": plan.start.isoformat()})
    else:
        lines.append(_("Started: not set; add 'start: YYYY-MM-DD' to the plan to see its schedule"))
    if plan.vision:
        lines.append(_("Vision: %(vision)s") % {"vision": _one_line(plan.vision)})
    return "\n".join(lines)


def _goals(goals: list[PlanGoal], words: NullTranslations) -> str:
    if not goals:
        return words.gettext("Goals: none yet; add one with 'mentorbook plan goal'")
    lines = [words.gettext("Goals (%(count)s):") % {"count": len(goals)}]
    for goal in goals:
        filled = round(goal.progress * BAR_WIDTH / 100)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        values = {"id": goal.id, "day": goal.due.isoformat() if goal.due else ""}
        about = words.gettext("%(id)s, due %(day)s") % values if goal.due else goal.id
        lines.append(f"  [{bar}] {goal.progress:3d}%  {_one_line(goal.title)} ({about})")
    return "\n".join(lines)


def _meetings(plan: Plan, program: Program, today: dt.date, words: NullTranslations) -> str:
    every = meeting_every_weeks(plan, program)
    held = len(plan.meetings)
    planned = meeting_days(plan, program)
    if not planned:
        return words.ngettext(
            "Meetings: %(held)s held; every week once the plan has a start date",
            "Meetings: %(held)s held; every %(count)s weeks once the plan has a start date",
            every,
        ) % {"held": held, "count": every}
    due = [day for day in planned if day <= today]
    values = {
        "held": held,
        "due": len(due),
        "day": today.isoformat(),
        "count": every,
        "total": len(planned),
    }
    line = (
        words.ngettext(
            "Meetings: %(held)s held of %(due)s planned by %(day)s (every week, %(total)s in all)",
            "Meetings: %(held)s held of %(due)s planned by %(day)s (every %(count)s weeks, %(total)s in all)",
            every,
        )
        % values
    )
    upcoming = [day for day in planned if day > today]
    if upcoming:
        line += "\n" + words.gettext("Next meeting: %(day)s") % {"day": upcoming[0].isoformat()}
    if plan.meetings:
        last = max(plan.meetings, key=lambda meeting: meeting.date)
        line += "\n" + words.gettext("Last meeting: %(day)s") % {"day": last.date.isoformat()}
    return line


def _agreement(plan: Plan, agreement: Agreement, words: NullTranslations) -> str:
    _ = words.gettext
    signed = [
        # Translators: in `plan show`, "signed by mentee on 2027-01-11, mentor.2 not yet";
        # the role id (mentee, mentor.2) is printed as `plan agree --signed` takes it.
        _("%(who)s on %(day)s") % {"who": signer_name(signer), "day": signer.day.isoformat()}
        if signer.day
        else _("%(who)s not yet") % {"who": signer_name(signer)}
        for signer in signers(plan, agreement)
    ]
    items = len(agreement.item_ids())
    values = {
        "ticked": len(plan.agreement.ticked),
        "count": items,
        "signed": ", ".join(signed),
    }
    return (
        words.ngettext(
            "Agreement: %(ticked)s of %(count)s item ticked; signed by %(signed)s",
            "Agreement: %(ticked)s of %(count)s items ticked; signed by %(signed)s",
            items,
        )
        % values
    )


def _next(plan: Plan, program: Program, today: dt.date, words: NullTranslations) -> str:
    upcoming = next_milestone(plan, program, today, words)
    if upcoming is None:
        return words.gettext("Next milestone: none ahead")
    days = (upcoming.date - today).days
    values = {"title": upcoming.title, "day": upcoming.date.isoformat(), "count": days}
    if days == 0:
        return words.gettext("Next milestone: %(title)s, %(day)s (today)") % values
    return (
        words.ngettext(
            "Next milestone: %(title)s, %(day)s (in %(count)s day)",
            "Next milestone: %(title)s, %(day)s (in %(count)s days)",
            days,
        )
        % values
    )


def _overdue(
    plan: Plan, program: Program, agreement: Agreement, today: dt.date, words: NullTranslations
) -> str:
    late = overdue(plan, program, agreement, today, words)
    if not late:
        return words.gettext("Overdue: nothing")
    return "\n".join([words.gettext("Overdue:"), *(f"  - {_one_line(item)}" for item in late)])


def _one_line(text: str) -> str:
    """The first line of a several-line text, marked when more follows."""
    first, _, rest = text.strip().partition("\n")
    return f"{first} [...]" if rest else first
