"""The match as a whole: hard rules hold on random pools, and the result is optimal."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorbook.matching.pool import Match, match_pool
from mentorbook.schema.loader import Hub
from mentorbook.tables import read_table
from tests.matching import reference
from tests.matching.reference import Person


def run(hub: Hub, people: list[Person], seed: int = 0, program: str = "pilot") -> Match:
    table = read_table(reference.pool_csv(people), "applications.csv")
    return match_pool([(table, None)], hub, program, seed)


@settings(max_examples=60, deadline=None)
@given(
    pool_seed=st.integers(0, 2**32 - 1),
    mentors=st.integers(0, 6),
    mentees=st.integers(1, 12),
    seed=st.integers(0, 2**16),
    program=st.sampled_from(["pilot", "second"]),
)
def test_no_pair_breaks_a_hard_rule(
    hub: Hub, pool_seed: int, mentors: int, mentees: int, seed: int, program: str
) -> None:
    people = reference.random_pool(random.Random(pool_seed), mentors, mentees)
    by_name = {person.name: person for person in people}

    explanation = run(hub, people, seed, program).explanation

    load: dict[str, int] = {}
    for pair in explanation.matched:
        assert pair.mentor is not None
        mentee, mentor = by_name[pair.mentee.name], by_name[pair.mentor.name]
        assert mentor.name not in reference.above(mentee, by_name)
        assert mentor.name not in mentee.avoid
        assert mentee.name not in mentor.avoid
        assert set(mentee.languages) & set(mentor.languages)
        assert mentee.program == mentor.program
        assert not reference.in_cycle(mentor, by_name)
        if program == "second":
            assert not mentee.department or mentee.department != mentor.department
        load[mentor.name] = load.get(mentor.name, 0) + 1
    for name, taken in load.items():
        assert taken <= by_name[name].capacity


def test_the_match_is_as_good_as_trying_every_assignment(hub: Hub) -> None:
    rng = random.Random(14)
    for _ in range(40):
        people = reference.random_pool(rng, rng.randint(1, 4), rng.randint(1, 6))

        explanation = run(hub, people).explanation

        by_name = {person.name: person for person in people}
        for pair in explanation.matched:
            assert pair.mentor is not None
            expected = reference.score(by_name[pair.mentee.name], by_name[pair.mentor.name])
            assert pair.score == expected
        achieved = (len(explanation.matched), explanation.total_score)
        assert achieved == reference.brute_force(people)


def test_every_mentee_who_can_be_matched_is_even_at_a_lower_score(hub: Hub) -> None:
    """A high-scoring pair gives way when taking it would leave another mentee without anyone."""
    shared = {"languages": ["English"], "department": "Sales"}
    people = [
        Person("mentor", "Ada", interests=["chess", "data", "music"], **shared),  # type: ignore[arg-type]
        Person("mentor", "Ben", **shared),  # type: ignore[arg-type]
        Person("mentee", "Cy", interests=["chess", "data", "music"], **shared),  # type: ignore[arg-type]
        Person("mentee", "Di", avoid=["Ben"], **shared),  # type: ignore[arg-type]
    ]

    pairs = {p.mentee.name: p.mentor and p.mentor.name for p in run(hub, people).explanation.pairs}

    assert pairs == {"Cy": "Ben", "Di": "Ada"}
