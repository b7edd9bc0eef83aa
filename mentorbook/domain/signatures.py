"""Who signs a plan's agreement, and when: the one place that reads and sets signatures.

Why one place: the agreement's `signatures` (role ids) decide the workbook's signature
lines, what `plan agree` accepts, what `plan import` reads and what `plan show` reports;
plans record them as `signed: {role: day}`, or, written before that, as `mentee_signed`
and `mentor_signed`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentorbook.schema.models.agreement import Agreement, Signature
from mentorbook.schema.models.plan import Plan

LEGACY_ROLES = ("mentee", "mentor")
"""The roles a plan written before `signed:` records as `<role>_signed`."""


@dataclass(frozen=True)
class Signer:
    """One person who signs: their role, which of the role's people they are, and when."""

    role: str
    label: str
    number: int
    """1 for the role's first person (or only one), 2 for a second co-mentor..."""
    person: str
    """Their name, when the plan knows it; else empty."""
    day: dt.date | None


def people_of(signature: Signature, plan: Plan) -> list[str]:
    """The names of the people who sign for `signature`: one empty name when not known."""
    names = plan.mentor_names if signature.for_each == "mentors" else []
    if signature.for_each == "peers":
        names = list(plan.peers)
    return names or [""]


def signed_days(plan: Plan, role: str) -> list[dt.date | None]:
    """The days the people of `role` signed, in order; empty when none did."""
    recorded = plan.agreement.signed.get(role)
    if recorded is None and role in LEGACY_ROLES:
        recorded = getattr(plan.agreement, f"{role}_signed")
    if recorded is None:
        return []
    return list(recorded) if isinstance(recorded, list) else [recorded]


def signers(plan: Plan, agreement: Agreement) -> list[Signer]:
    """Everyone who signs the plan's agreement, in the agreement's order."""
    result: list[Signer] = []
    for signature in agreement.signatures:
        days = signed_days(plan, signature.role)
        for number, person in enumerate(people_of(signature, plan), start=1):
            day = days[number - 1] if number <= len(days) else None
            result.append(Signer(signature.role, signature.label, number, person, day))
    return result


def fully_signed_on(plan: Plan, agreement: Agreement) -> dt.date | None:
    """The day the last signature went on the agreement; None while someone has not signed."""
    days = [signer.day for signer in signers(plan, agreement)]
    if any(day is None for day in days):
        return None
    return max(day for day in days if day is not None)


def with_day(
    plan: Plan, agreement: Agreement, role: str, number: int, day: dt.date
) -> dt.date | list[dt.date | None]:
    """The value of `signed[role]` once person `number` of `role` signed on `day`.

    A role one person signs for keeps a single day; one several people sign for keeps a
    list in their order, with None for those who have not signed yet.
    """
    signature = next(signature for signature in agreement.signatures if signature.role == role)
    count = len(people_of(signature, plan))
    days = signed_days(plan, role)
    if count == 1 and number == 1 and len(days) <= 1:
        return day
    days += [None] * (number - len(days))
    days[number - 1] = day
    return days


def signing_roles(agreement: Agreement) -> list[str]:
    return [signature.role for signature in agreement.signatures]


def signer_name(signer: Signer) -> str:
    """`mentor`, or `mentor.2` for a role's second person: as `plan agree --signed` names them."""
    return signer.role if signer.number == 1 else f"{signer.role}.{signer.number}"


def recorded_days(plan: Plan) -> list[dt.date]:
    """Every signature day the plan records, whatever the agreement asks for."""
    roles = [*plan.agreement.signed, *LEGACY_ROLES]
    return [day for role in dict.fromkeys(roles) for day in signed_days(plan, role) if day]
