"""Explain a match: each pair's score and its parts, the runner-up, and the rules' effect."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentorbook.matching.applications import Application
from mentorbook.matching.candidates import HARD_RULES, Candidates
from mentorbook.matching.solve import UNMATCHED
from mentorbook.schema.messages import message

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

NAMED_MENTORS = 3
"""How many full mentors an unmatched mentee's reason names before it only counts them."""


@dataclass(frozen=True)
class Pair:
    """One mentee's outcome: their mentor and why, or why they have none."""

    mentee: Application
    mentor: Application | None
    score: int
    parts: tuple[tuple[str, int], ...]
    """(weight's name, points) for each score part that is on, such as ("shared_interest", 4)."""
    runner_up: Application | None
    """The best other mentor the hard rules allow, full or not."""
    runner_up_score: int
    reason: str
    """Why the mentee has no mentor; empty when they have one."""


@dataclass(frozen=True)
class RuleEffect:
    rule: str
    description: str
    excluded: int
    """Pairs this rule rules out."""
    only: int
    """Pairs no other hard rule rules out."""


@dataclass(frozen=True)
class MentorLoad:
    mentor: Application
    mentees: int
    capacity: int


@dataclass(frozen=True)
class Explanation:
    pairs: tuple[Pair, ...]
    rule_effects: tuple[RuleEffect, ...]
    mentor_load: tuple[MentorLoad, ...]
    score_counts: tuple[tuple[int, int], ...]
    """(score, how many pairs have it), lowest score first."""
    candidate_pairs: int
    allowed_pairs: int

    @property
    def matched(self) -> list[Pair]:
        return [pair for pair in self.pairs if pair.mentor is not None]

    @property
    def unmatched(self) -> list[Pair]:
        return [pair for pair in self.pairs if pair.mentor is None]

    @property
    def total_score(self) -> int:
        return sum(pair.score for pair in self.matched)


def explain(
    mentees: list[Application],
    mentors: list[Application],
    found: Candidates,
    mentor_of: NDArray[np.int64],
) -> Explanation:
    """Everything the report shows, from the pairs the solver chose."""
    import numpy as np

    runner_up = _runner_up(found, mentor_of)
    load = np.bincount(mentor_of[mentor_of != UNMATCHED], minlength=len(mentors))
    pairs = []
    for row, mentee in enumerate(mentees):
        column = int(mentor_of[row])
        second = int(runner_up[row])
        pairs.append(
            Pair(
                mentee=mentee,
                mentor=mentors[column] if column != UNMATCHED else None,
                score=int(found.score[row, column]) if column != UNMATCHED else 0,
                parts=tuple(
                    (name, int(points[row, column]) if column != UNMATCHED else 0)
                    for name, points in found.parts.items()
                ),
                runner_up=mentors[second] if second != UNMATCHED else None,
                runner_up_score=int(found.score[row, second]) if second != UNMATCHED else 0,
                reason="" if column != UNMATCHED else _reason(found, row, mentors, load),
            )
        )
    scores = Counter(pair.score for pair in pairs if pair.mentor is not None)
    return Explanation(
        pairs=tuple(pairs),
        rule_effects=_rule_effects(found),
        mentor_load=tuple(
            MentorLoad(mentor, int(load[column]), mentor.capacity)
            for column, mentor in enumerate(mentors)
        ),
        score_counts=tuple(sorted(scores.items())),
        candidate_pairs=int(found.allowed.size),
        allowed_pairs=int(found.allowed.sum()),
    )


def _runner_up(found: Candidates, mentor_of: NDArray[np.int64]) -> NDArray[np.int64]:
    """For each mentee, the best-scoring allowed mentor other than their own (first on ties)."""
    import numpy as np

    floor = np.iinfo(np.int64).min
    scores = np.where(found.allowed, found.score.astype(np.int64), floor)
    matched = np.nonzero(mentor_of != UNMATCHED)[0]
    scores[matched, mentor_of[matched]] = floor
    if scores.shape[1] == 0:
        return np.full(scores.shape[0], UNMATCHED, dtype=np.int64)
    best = scores.argmax(axis=1)
    found_one = scores[np.arange(scores.shape[0]), best] != floor
    result: NDArray[np.int64] = np.where(found_one, best, UNMATCHED).astype(np.int64)
    return result


def _reason(
    found: Candidates, row: int, mentors: list[Application], load: NDArray[np.int64]
) -> str:
    if not mentors:
        return "there are no mentors in the pool"
    compatible = [column for column in range(len(mentors)) if found.allowed[row, column]]
    if compatible:
        names = [mentors[column].name for column in compatible[:NAMED_MENTORS]]
        more = len(compatible) - len(names)
        listed = ", ".join(names) + (f" and {more} more" if more else "")
        return message("match_mentors_full", mentors=listed)
    # The rule that rules out the most mentors first: it is the one to look at.
    ruled_out = sorted(
        ((int(excluded[row].sum()), rule) for rule, excluded in found.excluded.items()),
        key=lambda count_rule: -count_rule[0],
    )
    counts = [f"{rule} rules out {count}" for count, rule in ruled_out if count]
    return message("match_no_mentor_allowed", rules=", ".join(counts))


def _rule_effects(found: Candidates) -> tuple[RuleEffect, ...]:
    import numpy as np

    if not found.excluded:
        return ()
    how_many = np.sum(list(found.excluded.values()), axis=0, dtype=np.int16)
    return tuple(
        RuleEffect(
            rule,
            HARD_RULES[rule],
            int(excluded.sum()),
            int((excluded & (how_many == 1)).sum()),
        )
        for rule, excluded in found.excluded.items()
    )
