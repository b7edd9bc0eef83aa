"""Follow the `manager` column up the reporting line, across everyone in the file."""

from __future__ import annotations

from dataclasses import dataclass

from mentorbook.matching.applications import Applicant


@dataclass(frozen=True)
class ReportingLines:
    above: dict[str, tuple[str, ...]]
    """For each person (by `where`), the people above them, nearest first."""
    cycles: list[tuple[Applicant, ...]]
    """Reporting lines that come back to where they started (A manages B manages A)."""


def reporting_lines(people: list[Applicant]) -> ReportingLines:
    """Everyone above each person; a manager not in the file ends the line there.

    Why every named row: a bad row (say, a mentor whose capacity is 'two') still says who
    manages whom, and the hard rule must not lose a link because of an unrelated typo.
    """
    by_key: dict[str, Applicant] = {}
    for person in people:
        for key in person.keys:
            by_key.setdefault(key, person)
    manager_of = {
        person.where: by_key.get(person.application.manager.casefold()) for person in people
    }
    order = {person.where: index for index, person in enumerate(people)}
    above: dict[str, tuple[str, ...]] = {}
    cycles: list[tuple[Applicant, ...]] = []
    in_cycle: set[str] = set()
    for person in people:
        chain: list[Applicant] = []
        seen = {person.where}
        current = manager_of[person.where]
        while current is not None:
            if current.where in seen:
                start = next((i for i, p in enumerate(chain) if p.where == current.where), None)
                loop = tuple(chain[start:]) if start is not None else (person, *chain)
                if not in_cycle & {p.where for p in loop}:
                    first = min(range(len(loop)), key=lambda i: order[loop[i].where])
                    cycles.append(loop[first:] + loop[:first])
                    in_cycle.update(p.where for p in loop)
                break
            chain.append(current)
            seen.add(current.where)
            current = manager_of[current.where]
        above[person.where] = tuple(p.where for p in chain)
    return ReportingLines(above, cycles)
