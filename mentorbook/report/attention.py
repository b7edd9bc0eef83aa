"""Which pairs need the coordinator's attention, why, and since when. Pure.

The rules follow the plan's own schedule (`plans/schedule.py`), so `plan show` and the
report agree on what is late.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentorbook.domain.signatures import signer_name, signers
from mentorbook.plans.schedule import (
    agreement_due,
    meeting_days,
    meeting_every_weeks,
    review_dates,
)
from mentorbook.schema.models import Agreement, Program
from mentorbook.schema.models.plan import Plan

CADENCES_WITHOUT_MEETING = 2
"""A pair that has not met for this many of its cadences needs a call."""
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Attention:
    """One reason a pair needs attention, and the day it became true."""

    reason: str
    since: dt.date


def needs_attention(
    plan: Plan, program: Program, agreement: Agreement, today: dt.date
) -> list[Attention]:
    """Every reason the pair of `plan` needs attention on `today`, oldest first."""
    found = [*_no_recent_meeting(plan, program, today), *_unsigned(plan, program, agreement, today)]
    found.extend(_reviews_overdue(plan, program, today))
    return sorted(found, key=lambda item: (item.since, item.reason))


def _no_recent_meeting(plan: Plan, program: Program, today: dt.date) -> list[Attention]:
    """No meeting for two cadences, counted from the last one held or the first planned."""
    planned = meeting_days(plan, program)
    if not planned or review_done(plan, "closing", today):
        return []
    held = [meeting.date for meeting in plan.meetings if meeting.date <= today]
    weeks = CADENCES_WITHOUT_MEETING * meeting_every_weeks(plan, program)
    since = (max(held) if held else planned[0]) + dt.timedelta(weeks=weeks)
    # Past the last planned meeting, the pair has nothing left to meet for.
    if since > today or since > planned[-1]:
        return []
    return [Attention(f"no meeting logged for {weeks} weeks (two cadences)", since)]


def _unsigned(
    plan: Plan, program: Program, agreement: Agreement, today: dt.date
) -> list[Attention]:
    due = agreement_due(plan, program)
    if due is None or due >= today:
        return []
    missing = [
        signer_name(signer)
        for signer in signers(plan, agreement)
        if signer.day is None or signer.day > today
    ]
    if not missing:
        return []
    who = " and the ".join(missing)
    return [Attention(f"agreement not signed by the {who}", due + DAY)]


def _reviews_overdue(plan: Plan, program: Program, today: dt.date) -> list[Attention]:
    return [
        Attention(f"{REVIEW_NAMES[kind]} review overdue", due + DAY)
        for kind, due in review_dates(plan, program).items()
        if due < today and not review_done(plan, kind, today)
    ]


REVIEW_NAMES = {"midpoint": "mid-point", "closing": "closing"}


def review_done(plan: Plan, kind: str, today: dt.date) -> bool:
    """Whether the plan records the review, and not as held after `today`."""
    review = getattr(plan.reviews, kind)
    return review is not None and (review.date is None or review.date <= today)
