"""The program's completion rule applied to a plan: what, if anything, is still missing. Pure."""

from __future__ import annotations

import datetime as dt

from mentorbook.domain.signatures import signer_name, signers
from mentorbook.errors import MentorbookError
from mentorbook.schema.messages import message
from mentorbook.schema.models import Agreement, Program
from mentorbook.schema.models.completion import Completion
from mentorbook.schema.models.plan import Plan


def completion_rule(program: Program) -> Completion:
    """The program's rule; a program without one gives no certificates, and says how to add one."""
    if program.completion is None:
        raise MentorbookError(message("completion_no_rule", program=program.id))
    return program.completion


def missing_for_completion(
    plan: Plan, rule: Completion, agreement: Agreement, where: str = "PLAN"
) -> list[str]:
    """What the plan at `where` still lacks under `rule`, each with what to do; empty when complete."""
    missing: list[str] = []
    if rule.meetings is not None and len(plan.meetings) < rule.meetings:
        missing.append(
            message(
                "completion_meetings", held=len(plan.meetings), required=rule.meetings, plan=where
            )
        )
    unsigned = [signer_name(signer) for signer in signers(plan, agreement) if signer.day is None]
    if rule.agreement_signed and unsigned:
        missing.append(message("completion_unsigned", who=" and the ".join(unsigned), plan=where))
    if rule.closing_review and plan.reviews.closing is None:
        missing.append(message("completion_no_closing", plan=where))
    return missing


def completed_on(plan: Plan) -> dt.date | None:
    """The day the pair finished: the closing review's, else the last meeting's."""
    closing = plan.reviews.closing
    if closing is not None and closing.date is not None:
        return closing.date
    return max((meeting.date for meeting in plan.meetings), default=None)
