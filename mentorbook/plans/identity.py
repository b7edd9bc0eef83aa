"""Stable codes derived from a plan's identity: its program, its mentee's slug and its start.

Why a purpose in the hash: a certificate's number and a report's pseudonym come from the
same plan, and must not give each other away.
"""

from __future__ import annotations

import hashlib

from mentorbook.schema.models.plan import Plan, mentee_slug


def identity_code(plan: Plan, purpose: str, length: int) -> str:
    """`length` upper-case hex digits, the same for the same plan identity and purpose."""
    start = plan.start.isoformat() if plan.start else ""
    identity = "\n".join((purpose, plan.program, mentee_slug(plan.mentee), start))
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:length].upper()


def pseudonym(plan: Plan) -> str:
    """The name a report gives a pair with --anonymous, such as `Pair 7F3A91C2`."""
    return f"Pair {identity_code(plan, 'pseudonym', 8)}"
