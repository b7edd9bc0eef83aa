"""Who signed a plan's agreement, and when: the one place that reads signatures.

Why one function: plans record signatures as `mentee_signed` and `mentor_signed` today;
when they become a mapping of role to date, only this module changes.
"""

from __future__ import annotations

import datetime as dt

from mentorbook.schema.models.plan import Plan

SIGNERS = ("mentee", "mentor")


def signatures(plan: Plan) -> dict[str, dt.date | None]:
    """Each signing role and the day it signed the agreement (None: not yet)."""
    return {role: getattr(plan.agreement, f"{role}_signed") for role in SIGNERS}


def fully_signed_on(plan: Plan) -> dt.date | None:
    """The day the last signature went on the agreement; None while someone has not signed."""
    days = list(signatures(plan).values())
    if any(day is None for day in days):
        return None
    return max(day for day in days if day is not None)
