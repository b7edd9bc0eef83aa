"""Every mentee-mentor pair at once, as matrices: which hard rules rule it out, and its score.

Why matrices: a pool of 5,000 mentees and 1,000 mentors holds 5 million pairs. Each rule
and score part is one numpy operation over all of them (a product of 0/1 matrices counts
shared interests), and Python only loops over people, never over pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentorbook.matching.applications import Applicant, Application
from mentorbook.schema.models.matching import MatchRules

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

HARD_RULES = {
    "reporting_line": "the mentor is the mentee's manager, or above them in the reporting line",
    "avoid": "one of the two names the other in avoid",
    "shared_language": "the two share no language",
    "same_program": "the two applied to different programs",
    "different_department": "the two work in the same department",
}
"""Each hard rule, and the pairs it rules out, as the report describes them."""

SCORE_PARTS = {
    "shared_interest": "shared interests",
    "shared_skill": "shared skills",
    "goal_covered": "goals the mentor can help with",
    "preferred": "named in prefer",
    "timezone_hour": "time-zone difference",
    "different_department": "another department",
    "seniority_level": "seniority",
}


@dataclass(frozen=True)
class Candidates:
    """The pairs of one pool: rows are mentees, columns mentors, both in file order."""

    excluded: dict[str, NDArray[np.bool_]]
    """For each hard rule that is on, the pairs it rules out."""
    parts: dict[str, NDArray[np.int32]]
    """For each weight that is not 0, the points it gives each pair (negative: taken off)."""
    allowed: NDArray[np.bool_]
    score: NDArray[np.int32]


def candidates(
    mentees: list[Applicant],
    mentors: list[Applicant],
    rules: MatchRules,
    above: Mapping[str, tuple[str, ...]],
    goal_categories: Mapping[str, str],
) -> Candidates:
    """Rule out and score every pair of `mentees` and `mentors` under `rules`."""
    import numpy as np

    left = [person.application for person in mentees]
    right = [person.application for person in mentors]
    shape = (len(left), len(right))
    column_of = {person.where: index for index, person in enumerate(mentors)}
    excluded: dict[str, NDArray[np.bool_]] = {}
    hard = rules.hard
    if hard.reporting_line:
        line = np.zeros(shape, dtype=bool)
        for row, mentee in enumerate(mentees):
            for where in above.get(mentee.where, ()):
                if where in column_of:
                    line[row, column_of[where]] = True
        excluded["reporting_line"] = line
    if hard.avoid:
        excluded["avoid"] = _named_pairs(left, right, shape, "avoid") > 0
    if hard.shared_language:
        excluded["shared_language"] = _shared(left, right, lambda a: a.languages) == 0
    if hard.same_program:
        excluded["same_program"] = _codes(left, right, lambda a: a.program, unequal=True)
    if hard.different_department:
        excluded["different_department"] = _same_department(left, right)
    parts = _parts(left, right, shape, rules, goal_categories)
    allowed = np.ones(shape, dtype=bool)
    for ruled_out in excluded.values():
        allowed &= ~ruled_out
    score = np.zeros(shape, dtype=np.int32)
    for points in parts.values():
        score += points
    return Candidates(excluded, parts, allowed, score)


def _parts(
    left: list[Application],
    right: list[Application],
    shape: tuple[int, int],
    rules: MatchRules,
    goal_categories: Mapping[str, str],
) -> dict[str, NDArray[np.int32]]:
    import numpy as np

    weights = rules.weights
    makers: dict[str, Callable[[], NDArray[np.int32]]] = {
        "shared_interest": lambda: _shared(left, right, lambda a: a.interests),
        "shared_skill": lambda: _shared(left, right, lambda a: a.skills),
        "goal_covered": lambda: _goals_covered(left, right, goal_categories),
        "preferred": lambda: _named_pairs(left, right, shape, "prefer"),
        "timezone_hour": lambda: -_timezone_hours(left, right),
        "different_department": lambda: _different_departments(left, right).astype(np.int32),
        "seniority_level": lambda: _levels_above(left, right),
    }
    return {
        name: (make() * getattr(weights, name)).astype(np.int32)
        for name, make in makers.items()
        if getattr(weights, name) > 0
    }


def _incidence(
    people: list[Application],
    terms: Callable[[Application], Iterable[str]],
    vocabulary: dict[str, int],
) -> NDArray[np.float32]:
    """A 0/1 matrix: one row per person, one column per term (compared case-insensitively)."""
    import numpy as np

    rows: list[int] = []
    columns: list[int] = []
    for row, person in enumerate(people):
        for term in {term.casefold() for term in terms(person)}:
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
    matrix = np.zeros((len(people), max(len(vocabulary), 1)), dtype=np.float32)
    matrix[rows, columns] = 1
    return matrix


def _shared(
    left: list[Application], right: list[Application], terms: Callable[[Application], Iterable[str]]
) -> NDArray[np.int32]:
    """How many terms each pair has in common: a product of incidence matrices."""
    import numpy as np

    vocabulary: dict[str, int] = {}
    mentees = _incidence(left, terms, vocabulary)
    mentors = _incidence(right, terms, vocabulary)
    mentees = np.pad(mentees, ((0, 0), (0, mentors.shape[1] - mentees.shape[1])))
    counts: NDArray[np.int32] = np.rint(mentees @ mentors.T).astype(np.int32)
    return counts


def _goals_covered(
    left: list[Application], right: list[Application], goal_categories: Mapping[str, str]
) -> NDArray[np.int32]:
    """For each pair, how many of the mentee's goals the mentor offers, by id or category."""
    import numpy as np

    goals = {goal: index for index, goal in enumerate(goal_categories)}
    wanted = _incidence(left, lambda a: a.goals, dict(goals))[:, : len(goals)]
    offered_skills = [{skill.casefold() for skill in a.skills} for a in right]
    offered = np.zeros((len(right), max(len(goals), 1)), dtype=np.float32)
    for column, goal in enumerate(goals):
        category = goal_categories[goal].casefold()
        for row, mentor in enumerate(right):
            if goal in mentor.goals or category in offered_skills[row]:
                offered[row, column] = 1
    counts: NDArray[np.int32] = np.rint(wanted @ offered[:, : len(goals)].T).astype(np.int32)
    return counts


def _named_pairs(
    left: list[Application],
    right: list[Application],
    shape: tuple[int, int],
    column: str,
) -> NDArray[np.int32]:
    """How many of the two name the other in `column` (avoid or prefer): 0, 1 or 2."""
    import numpy as np

    mentee_rows = _keys(left)
    mentor_columns = _keys(right)
    counts = np.zeros(shape, dtype=np.int32)
    for row, mentee in enumerate(left):
        for name in getattr(mentee, column):
            if name.casefold() in mentor_columns:
                counts[row, mentor_columns[name.casefold()]] += 1
    for index, mentor in enumerate(right):
        for name in getattr(mentor, column):
            if name.casefold() in mentee_rows:
                counts[mentee_rows[name.casefold()], index] += 1
    return counts


def _keys(people: list[Application]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for index, person in enumerate(people):
        for key in (person.name, person.email):
            if key:
                keys.setdefault(key.casefold(), index)
    return keys


def _codes(
    left: list[Application],
    right: list[Application],
    value: Callable[[Application], object],
    *,
    unequal: bool,
) -> NDArray[np.bool_]:
    """Whether each pair's values differ (`unequal`) or match, compared as integer codes."""
    import numpy as np

    codes: dict[object, int] = {}
    mentees = np.array([codes.setdefault(value(a), len(codes)) for a in left], dtype=np.int64)
    mentors = np.array([codes.setdefault(value(a), len(codes)) for a in right], dtype=np.int64)
    same: NDArray[np.bool_] = mentees[:, None] == mentors[None, :]
    return ~same if unequal else same


def _same_department(left: list[Application], right: list[Application]) -> NDArray[np.bool_]:
    """Both name the same department; a blank department matches no one's."""
    import numpy as np

    named = np.array([bool(a.department) for a in left], dtype=bool)[:, None]
    same: NDArray[np.bool_] = _codes(left, right, lambda a: a.department, unequal=False) & named
    return same


def _different_departments(left: list[Application], right: list[Application]) -> NDArray[np.bool_]:
    """Both name a department, and not the same one."""
    import numpy as np

    named_left = np.array([bool(a.department) for a in left], dtype=bool)[:, None]
    named_right = np.array([bool(a.department) for a in right], dtype=bool)[None, :]
    unequal = _codes(left, right, lambda a: a.department, unequal=True)
    different: NDArray[np.bool_] = unequal & named_left & named_right
    return different


def _timezone_hours(left: list[Application], right: list[Application]) -> NDArray[np.int32]:
    """Hours between the two zones, rounded half up; 0 when either did not say.

    Why quarter hours in small integers: every zone's offset is a whole number of them, and
    integer arithmetic over 5 million pairs is several times faster than floats with NaNs.
    """
    import numpy as np

    def quarters(people: list[Application]) -> NDArray[np.int16]:
        return np.array([round((a.timezone or 0) * 4) for a in people], dtype=np.int16)

    def known(people: list[Application]) -> NDArray[np.bool_]:
        return np.array([a.timezone is not None for a in people], dtype=bool)

    apart = np.abs(quarters(left)[:, None] - quarters(right)[None, :])
    hours: NDArray[np.int32] = ((apart + 2) // 4).astype(np.int32)
    hours *= known(left)[:, None] & known(right)[None, :]
    return hours


def _levels_above(left: list[Application], right: list[Application]) -> NDArray[np.int32]:
    """Levels the mentor is above the mentee; 0 when either did not say or the mentor is not."""
    import numpy as np

    mentees = np.array([np.nan if a.level is None else a.level for a in left])
    mentors = np.array([np.nan if a.level is None else a.level for a in right])
    gap = np.nan_to_num(mentors[None, :] - mentees[:, None], nan=0.0)
    above: NDArray[np.int32] = np.clip(gap, 0, None).astype(np.int32)
    return above
