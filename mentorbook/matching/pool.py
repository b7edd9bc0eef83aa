"""The whole match as one pipeline: check the files, rule out and score the pairs, solve, explain."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from mentorbook.cohort.roster import RowProblem
from mentorbook.errors import MentorbookError, TableError
from mentorbook.matching.applications import (
    Applicant,
    Role,
    missing_columns,
    read_applications,
)
from mentorbook.matching.candidates import candidates
from mentorbook.matching.explain import Explanation, explain
from mentorbook.matching.reporting import reporting_lines
from mentorbook.matching.solve import assign
from mentorbook.schema.loader import Hub, display_path
from mentorbook.schema.messages import closest, message, suggestion
from mentorbook.tables import Table

NAMING_COLUMNS = ("manager", "avoid", "prefer")


@dataclass(frozen=True)
class Match:
    explanation: Explanation
    problems: list[RowProblem]
    """Rows left out of the pool, with what to fix."""
    notes: list[RowProblem]
    """Names in manager, avoid or prefer that look like a misspelt applicant's name."""


def match_pool(
    tables: list[tuple[Table, Role | None]], hub: Hub, program_id: str, seed: int
) -> Match:
    """Match everyone in `tables` under the rules of program `program_id`.

    Raises MentorbookError before any work when a file lacks a column the rules need.
    """
    program = hub.programs[program_id]
    rules_file = display_path(hub.source("programs", program_id))
    missing = [
        line
        for table, role in tables
        for line in missing_columns(table, program.match, role, rules_file)
    ]
    if missing:
        count = "a column" if len(missing) == 1 else f"{len(missing)} columns"
        raise TableError(missing, f"{count} the rules need are missing; nothing was matched")
    pool = read_applications(
        tables, programs=list(hub.programs), default_program=program_id, goals=list(hub.goals)
    )
    if not pool.named and not pool.problems:
        shown = " and ".join(f"{table.display}:2" for table, _ in tables)
        raise MentorbookError(f"{shown}: " + message("application_no_rows"))
    lines = reporting_lines(pool.named)
    problems = list(pool.problems)
    in_cycle: set[str] = set()
    for cycle in lines.cycles:
        circle = " → ".join(person.application.name for person in (*cycle, cycle[0]))
        for person in cycle:
            in_cycle.add(person.where)
            problems.append(
                RowProblem(
                    person.display,
                    person.line,
                    "manager: " + message("application_manager_cycle", circle=circle),
                )
            )
    mentees = _kept(pool.mentees, in_cycle)
    mentors = _kept(pool.mentors, in_cycle)
    goal_categories = {goal.id: goal.category for goal in hub.goals.values()}
    found = candidates(mentees, mentors, program.match, lines.above, goal_categories)
    mentor_of = assign(found, [m.application.capacity for m in mentors], seed)
    people = [m.application for m in mentees], [m.application for m in mentors]
    return Match(explain(*people, found, mentor_of), sorted(problems), _near_misses(pool.named))


def _near_misses(people: list[Applicant]) -> list[RowProblem]:
    """Point out a name that matches no one but is close to someone's: a typo, most likely.

    Why only near misses: managers and avoided people need not apply themselves, so an
    unknown name alone is no mistake; but a misspelt avoid silently lets the pair happen.
    Names are compared with those sharing their first letter, once each, so that thousands
    of managers outside the pool cost milliseconds, not minutes.
    """
    known = {key for person in people for key in person.keys}
    by_initial: dict[str, list[str]] = {}
    for person in people:
        name = person.application.name
        by_initial.setdefault(name[:1].casefold(), []).append(name)

    @cache
    def hint(name: str) -> str:
        close = by_initial.get(name[:1].casefold(), [])
        return suggestion(name, close) if closest(name, close) else ""

    notes = []
    for person in people:
        for column in NAMING_COLUMNS:
            value = getattr(person.application, column)
            for name in (value,) if isinstance(value, str) else value:
                if name and name.casefold() not in known and hint(name):
                    text = message("application_near_miss", name=name, suggestion=hint(name))
                    notes.append(RowProblem(person.display, person.line, f"{column}: {text}"))
    return notes


def _kept(people: list[Applicant], left_out: set[str]) -> list[Applicant]:
    return [person for person in people if person.where not in left_out]
