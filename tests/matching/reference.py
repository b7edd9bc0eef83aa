"""A plain-Python reference for the match: random pools, each rule pair by pair, brute force.

Why a second implementation: the library scores 5 million pairs with matrices; this one
reads like the rules in the schema, one pair at a time, so the two check each other.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from mentorbook.matching.applications import ZONE_DAY
from tests.matching.conftest import EVERY_COLUMN

COLUMNS = EVERY_COLUMN.strip().split(",")
ZONES = ("UTC+0", "UTC+3", "UTC-5", "Asia/Kolkata")
GOAL_CATEGORIES = {"speak-up": "communication", "lead-a-team": "leadership"}
WEIGHTS = {
    "shared_interest": 2,
    "shared_skill": 1,
    "goal_covered": 3,
    "preferred": 4,
    "timezone_hour": 1,
    "different_department": 1,
}


@dataclass
class Person:
    role: str
    name: str
    department: str = ""
    manager: str = ""
    interests: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    timezone: str = ""
    capacity: int = 1
    program: str = "pilot"
    avoid: list[str] = field(default_factory=list)
    prefer: list[str] = field(default_factory=list)

    def row(self) -> list[str]:
        cells = dict(vars(self), email=f"{self.name.lower()}@example.org")
        return [
            ";".join(value) if isinstance(value, list) else str(value)
            for value in (cells[column] for column in COLUMNS)
        ]


def random_pool(rng: random.Random, mentors: int, mentees: int) -> list[Person]:
    people = [
        Person("mentor" if index < mentors else "mentee", f"P{index}")
        for index in range(mentors + mentees)
    ]
    names = [person.name for person in people]
    for person in people:
        person.department = rng.choice(["Sales", "Design", ""])
        person.manager = rng.choice([*names, "", "", "Outsider"])
        person.interests = rng.sample(["chess", "data", "music"], rng.randint(0, 2))
        person.skills = rng.sample(["Leadership", "python", "writing"], rng.randint(0, 2))
        person.goals = rng.sample(sorted(GOAL_CATEGORIES), rng.randint(0, 2))
        person.languages = rng.sample(["English", "French"], rng.randint(0, 2))
        person.timezone = rng.choice([*ZONES, ""])
        person.capacity = rng.randint(1, 3)
        person.program = rng.choice(["pilot", "pilot", "second"])
        person.avoid = rng.sample(names, rng.randint(0, 1))
        person.prefer = rng.sample(names, rng.randint(0, 1))
    return people


def pool_csv(people: list[Person]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(person.row() for person in people)
    return buffer.getvalue().encode("utf-8")


def above(person: Person, people: dict[str, Person]) -> set[str]:
    """Everyone above `person`, up to where their line comes round to someone met already."""
    seen: list[str] = []
    current = people.get(person.manager)
    while current is not None:
        if current.name in seen or current.name == person.name:
            break
        seen.append(current.name)
        current = people.get(current.manager)
    return set(seen)


def in_cycle(person: Person, people: dict[str, Person]) -> bool:
    current = people.get(person.manager)
    for _ in people:
        if current is None:
            return False
        if current.name == person.name:
            return True
        current = people.get(current.manager)
    return False


def allowed(mentee: Person, mentor: Person, people: dict[str, Person]) -> bool:
    return (
        mentor.name not in above(mentee, people)
        and mentor.name not in mentee.avoid
        and mentee.name not in mentor.avoid
        and bool(set(mentee.languages) & set(mentor.languages))
        and mentee.program == mentor.program
    )


def score(mentee: Person, mentor: Person) -> int:
    covered = sum(
        goal in mentor.goals or GOAL_CATEGORIES[goal] in {s.lower() for s in mentor.skills}
        for goal in mentee.goals
    )
    hours = 0
    if mentee.timezone and mentor.timezone:
        hours = math.floor(abs(_offset(mentee.timezone) - _offset(mentor.timezone)) + 0.5)
    parts = {
        "shared_interest": len(set(mentee.interests) & set(mentor.interests)),
        "shared_skill": len(
            {s.lower() for s in mentee.skills} & {s.lower() for s in mentor.skills}
        ),
        "goal_covered": covered,
        "preferred": (mentor.name in mentee.prefer) + (mentee.name in mentor.prefer),
        "timezone_hour": -hours,
        "different_department": int(
            bool(mentee.department and mentor.department and mentee.department != mentor.department)
        ),
    }
    return sum(WEIGHTS[name] * points for name, points in parts.items())


def _offset(zone: str) -> float:
    if zone.startswith("UTC"):
        return float(zone[3:])
    delta = ZONE_DAY.astimezone(ZoneInfo(zone)).utcoffset()
    assert delta is not None
    return delta.total_seconds() / 3600


def brute_force(people: list[Person]) -> tuple[int, int]:
    """(mentees matched, total score) of the best match, trying every assignment."""
    by_name = {person.name: person for person in people}
    kept = [person for person in people if not in_cycle(person, by_name)]
    mentors = [person for person in kept if person.role == "mentor"]
    mentees = [person for person in kept if person.role == "mentee"]
    options = [[None, *(m for m in mentors if allowed(mentee, m, by_name))] for mentee in mentees]
    best = (0, 0)
    for choice in itertools.product(*options):
        chosen = [mentor.name for mentor in choice if mentor is not None]
        if any(chosen.count(m.name) > m.capacity for m in mentors):
            continue
        total = sum(score(e, m) for e, m in zip(mentees, choice, strict=True) if m is not None)
        best = max(best, (len(chosen), total))
    return best
