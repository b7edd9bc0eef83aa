"""Who signs a plan's agreement: one line per role, or per person for `for_each` roles."""

from __future__ import annotations

import datetime as dt

from mentorbook.domain.signatures import fully_signed_on, recorded_days, signer_name, signers
from mentorbook.schema.models.agreement import Signature
from mentorbook.schema.models.plan import Plan, PlanAgreement
from tests.agreements import agreement_with

DAY = dt.date(2027, 1, 11)
AGREEMENT = agreement_with(
    Signature(role="member", label="Member"),
    Signature(role="fellow", label="Fellow member", for_each="peers"),
    Signature(role="guide", label="Guide", for_each="mentors"),
)


def test_each_peer_and_each_mentor_signs_on_a_line_of_their_own() -> None:
    plan = Plan(
        mentee="Ana",
        mentors=["Hana"],
        peers=["Bo", "Cy"],
        program="circle",
        agreement=PlanAgreement(signed={"member": DAY, "fellow": [None, DAY]}),
    )

    found = [(signer_name(s), s.person, s.day) for s in signers(plan, AGREEMENT)]

    assert found == [
        ("member", "", DAY),
        ("fellow", "Bo", None),
        ("fellow.2", "Cy", DAY),
        ("guide", "Hana", None),
    ]
    assert fully_signed_on(plan, AGREEMENT) is None


def test_an_old_style_plan_reads_as_signed_by_role() -> None:
    later = dt.date(2027, 1, 12)
    plan = Plan(
        mentee="Ana",
        mentor="Hana",
        program="pilot",
        agreement=PlanAgreement(mentee_signed=DAY, mentor_signed=later),
    )
    agreement = agreement_with(
        Signature(role="mentee", label="Mentee"),
        Signature(role="mentor", label="Mentor", for_each="mentors"),
    )

    assert [(s.role, s.person, s.day) for s in signers(plan, agreement)] == [
        ("mentee", "", DAY),
        ("mentor", "Hana", later),
    ]
    assert fully_signed_on(plan, agreement) == later
    assert recorded_days(plan) == [DAY, later]
