"""Single rules and score parts on hand-made pairs, where the right answer is plain to see."""

from __future__ import annotations

from mentorbook.matching.applications import Applicant, Application
from mentorbook.matching.candidates import candidates
from mentorbook.schema.models.matching import MatchRules, ScoreWeights


def people(role: str, *rows: dict[str, object]) -> list[Applicant]:
    return [
        Applicant("a.csv", line, Application.model_validate({"role": role, **row}))
        for line, row in enumerate(rows, start=2)
    ]


RULES = MatchRules.model_validate(
    {
        "hard": {"different_department": True, "shared_language": False},
        "weights": dict.fromkeys(ScoreWeights.model_fields, 0)
        | {"seniority_level": 5, "timezone_hour": 1},
    }
)


def test_a_blank_department_is_never_the_same_department() -> None:
    mentees = people("mentee", {"name": "A", "department": "Sales"}, {"name": "B"})
    mentors = people("mentor", {"name": "M", "department": "Sales"}, {"name": "N"})

    found = candidates(mentees, mentors, RULES, {}, {})

    assert found.excluded["different_department"].tolist() == [[True, False], [False, False]]


def test_seniority_counts_levels_above_and_time_zones_round_half_up() -> None:
    mentees = people("mentee", {"name": "A", "level": "1", "timezone": "UTC+0"})
    mentors = people(
        "mentor",
        {"name": "M", "level": "4", "timezone": "Asia/Kolkata"},
        {"name": "N", "level": "0", "timezone": "UTC-2:30"},
        {"name": "O"},
    )

    found = candidates(mentees, mentors, RULES, {}, {})

    assert found.parts["seniority_level"].tolist() == [[15, 0, 0]]
    assert found.parts["timezone_hour"].tolist() == [[-6, -3, 0]]
    assert found.score.tolist() == [[9, -3, 0]]
