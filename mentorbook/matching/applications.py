"""Read mentors' and mentees' applications from CSV and check every row before matching.

Why rows go on: a bad row is named with its line and left out of the pool; the others are
still checked, so one run reports every problem in the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from mentorbook.cohort.roster import RowProblem
from mentorbook.schema.messages import message, unknown_id
from mentorbook.schema.models.matching import MatchRules
from mentorbook.schema.models.plan import mentee_slug
from mentorbook.schema.validation import validate_values
from mentorbook.tables import Table

Role = Literal["mentor", "mentee"]
LIST_SEPARATOR = ";"
OFFSET = re.compile(r"^(?:(?:UTC|GMT)\s*)?(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$", re.IGNORECASE)
"""`UTC`, `UTC+2`, `GMT-03:30`, `+5:45`: an offset from UTC, in any case."""
MOST_HOURS_FROM_UTC = 14
"""Kiribati's offset, the farthest any place on Earth keeps from UTC."""
ZONE_DAY = dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC)
"""The day a named zone's offset is read on, so that the same file always scores the same."""


def _cell_list(value: Any) -> Any:
    if isinstance(value, str):
        return tuple(item.strip() for item in value.split(LIST_SEPARATOR) if item.strip())
    return value


def _hours_from_utc(value: Any) -> Any:
    """A zone name (`Europe/Berlin`) or offset (`UTC+2`, `-05:30`) as hours from UTC."""
    if not isinstance(value, str):
        return value
    offset = OFFSET.match(value)
    if offset and value:
        hours = int(offset.group(2) or 0) + int(offset.group(3) or 0) / 60
        if hours <= MOST_HOURS_FROM_UTC:
            return -hours if offset.group(1) == "-" else hours
    try:
        delta = ZONE_DAY.astimezone(ZoneInfo(value)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a folder of zones, such as 'Europe', is no zone.
        raise PydanticCustomError("timezone", "not a time zone", {"value": value}) from None
    return delta.total_seconds() / 3600 if delta is not None else 0.0


CELL_MESSAGES = {
    "missing": "application_empty_cell",
    "string_too_short": "application_empty_cell",
    "literal_error": "application_role",
}
"""What a spreadsheet's cell says instead of a file's field (see `validate_values`)."""

Cells = Annotated[tuple[str, ...], BeforeValidator(_cell_list)]


class Application(BaseModel):
    """One person's row: who they are, what they bring or want, and whom to avoid."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)

    role: Role
    name: Annotated[str, Field(min_length=1)]
    email: str = ""
    department: str = ""
    manager: str = ""
    interests: Cells = ()
    skills: Cells = ()
    goals: Cells = ()
    languages: Cells = ()
    timezone: Annotated[float | None, BeforeValidator(_hours_from_utc)] = None
    capacity: int = Field(default=1, ge=1, le=1000)
    program: str = ""
    avoid: Cells = ()
    prefer: Cells = ()
    level: int | None = Field(default=None, ge=0, le=100)


@dataclass(frozen=True)
class Applicant:
    """A checked application, and where it came from (`applications.csv:7`)."""

    display: str
    line: int
    application: Application

    @property
    def where(self) -> str:
        return f"{self.display}:{self.line}"

    @property
    def keys(self) -> set[str]:
        """What others may call this person in `manager`, `avoid` and `prefer`."""
        return {key.casefold() for key in (self.application.name, self.application.email) if key}


@dataclass
class Applications:
    """The pool: everyone whose row is good, in file order; and what is wrong with the rest."""

    mentors: list[Applicant] = field(default_factory=list)
    mentees: list[Applicant] = field(default_factory=list)
    named: list[Applicant] = field(default_factory=list)
    """Every row with a name, good or bad: the reporting line runs through all of them."""
    problems: list[RowProblem] = field(default_factory=list)


def required_columns(rules: MatchRules) -> dict[str, str]:
    """The columns the rules read, each with the rule that needs it."""
    hard, weights = rules.hard, rules.weights
    needs = {
        "manager": ("hard.reporting_line", hard.reporting_line),
        "avoid": ("hard.avoid", hard.avoid),
        "languages": ("hard.shared_language", hard.shared_language),
        "department": (
            "hard.different_department"
            if hard.different_department
            else "weights.different_department",
            hard.different_department or weights.different_department > 0,
        ),
        "interests": ("weights.shared_interest", weights.shared_interest > 0),
        "skills": ("weights.shared_skill", weights.shared_skill > 0),
        "goals": ("weights.goal_covered", weights.goal_covered > 0),
        "prefer": ("weights.preferred", weights.preferred > 0),
        "timezone": ("weights.timezone_hour", weights.timezone_hour > 0),
        "level": ("weights.seniority_level", weights.seniority_level > 0),
    }
    return {column: rule for column, (rule, needed) in needs.items() if needed}


def missing_columns(
    table: Table, rules: MatchRules, role: Role | None, rules_file: str
) -> list[str]:
    """What to say about each column the rules need and `table` lacks."""
    columns = set(table.columns)
    if "location" in columns and "timezone" not in columns:
        columns.add("timezone")
    needed = ["name"] if role else ["role", "name"]
    found = [
        f"{table.display}:1: " + message("application_missing_column", column=column)
        for column in needed
        if column not in columns
    ]
    for column, rule in required_columns(rules).items():
        if column not in columns:
            off = "false" if rule.startswith("hard.") else "0"
            found.append(
                f"{table.display}:1: "
                + message(
                    "application_rule_column", column=column, rule=rule, file=rules_file, off=off
                )
            )
    return found


def read_applications(
    tables: list[tuple[Table, Role | None]],
    *,
    programs: Collection[str],
    default_program: str,
    goals: Collection[str],
) -> Applications:
    """Check every row of every table; keep the good ones, in file order."""
    pool = Applications()
    first_seen: dict[str, str] = {}
    for table, role in tables:
        for line, count in table.too_long:
            pool.problems.append(
                RowProblem(
                    table.display,
                    line,
                    message("application_too_many_cells", cells=count, columns=len(table.columns)),
                )
            )
        for row in table.rows:
            cells = _cells(row.cells, role, default_program)
            application, reasons = _checked(cells, programs, goals)
            reasons.extend(_listed_already(cells, f"{table.display}:{row.line}", first_seen))
            if "name" in cells:
                person = application or _named(cells)
                pool.named.append(Applicant(table.display, row.line, person))
            if reasons:
                pool.problems.extend(RowProblem(table.display, row.line, r) for r in reasons)
            elif application is not None:
                group = pool.mentors if application.role == "mentor" else pool.mentees
                group.append(Applicant(table.display, row.line, application))
    return pool


def _cells(cells: dict[str, str], role: Role | None, default_program: str) -> dict[str, str]:
    """The row's filled-in cells, with the role its file gives and the default program."""
    filled = {name: value for name, value in cells.items() if value}
    if "timezone" not in filled and "location" in filled:
        filled["timezone"] = filled["location"]
    if role is not None:
        filled["role"] = role
    elif "role" in filled:
        filled["role"] = filled["role"].lower()
    filled.setdefault("program", default_program)
    return filled


def _listed_already(cells: dict[str, str], where: str, first_seen: dict[str, str]) -> list[str]:
    """Why this row repeats a person met before (same name or email); records it otherwise."""
    # The name's slug, as `cohort` names files: two names that give one file are one person.
    keys = {
        column: mentee_slug(cells[column]) if column == "name" else cells[column].casefold()
        for column in ("name", "email")
        if column in cells
    }
    for column, key in keys.items():
        if key in first_seen:
            listed = message("application_listed_twice", value=cells[column], first=first_seen[key])
            return [f"{column}: {listed}"]
    first_seen.update(dict.fromkeys(keys.values(), where))
    return []


def _named(cells: dict[str, str]) -> Application:
    """Only what places a bad row in the reporting line: its name, email and manager."""
    return Application.model_construct(
        role="mentee",
        name=cells["name"],
        email=cells.get("email", ""),
        manager=cells.get("manager", ""),
    )


def _checked(
    cells: dict[str, str], programs: Collection[str], goals: Collection[str]
) -> tuple[Application | None, list[str]]:
    """The row as an application, or None and why not (`capacity: ...`, one per column)."""
    application, errors = validate_values(cells, Application, messages=CELL_MESSAGES)
    if application is None:
        return None, [
            f"{error.location[0] if error.location else 'row'}: {error.message}" for error in errors
        ]
    reasons = []
    if application.program not in programs:
        reasons.append("program: " + unknown_id("program", application.program, programs))
    reasons.extend(
        "goals: " + unknown_id("goal template", goal, goals)
        for goal in application.goals
        if goal not in goals
    )
    return (None if reasons else application), reasons
