"""A roster row's digest: how `cohort` notices that a row changed after its plan was made."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from mentorbook.cohort.jobs import values_digest
from mentorbook.cohort.roster import PlanValues

START = dt.date(2026, 9, 1)


def test_a_row_of_one_mentor_digests_as_before_co_mentors_existed() -> None:
    before = {
        "mentee": "Ana",
        "mentor": "Ben Osei",
        "email": "",
        "program": "pilot",
        "start": START,
        "goals": ["speak-up"],
    }
    old_digest = hashlib.sha256(
        json.dumps(before, sort_keys=True, default=str).encode("utf-8")
    ).hexdigest()

    row = PlanValues("Ana", ("Ben Osei",), "", "", "pilot", START, ("speak-up",))

    assert values_digest(row) == old_digest


def test_a_second_mentor_or_a_group_changes_the_digest() -> None:
    one = PlanValues("Ana", ("Ben Osei",), "", "", "pilot", START, ())
    two = PlanValues("Ana", ("Ben Osei", "Kim Lee"), "", "", "pilot", START, ())
    grouped = PlanValues("Ana", ("Ben Osei",), "Reds", "", "pilot", START, ())

    assert len({values_digest(one), values_digest(two), values_digest(grouped)}) == 3
