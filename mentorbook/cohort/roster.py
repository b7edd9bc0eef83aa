"""Read a cohort's roster, a CSV file or a folder of plan files, into one entry per mentee.

Why pure: every row is checked against the program's ids before anything is written, and a
bad row becomes a problem with its line number instead of stopping the whole cohort.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mentorbook.errors import MentorbookError
from mentorbook.schema.messages import describe, error_message, message, suggestion, unknown_id
from mentorbook.schema.models.base import ISO_DAY, day_error, name_error, parse_iso_day
from mentorbook.schema.models.plan import mentee_slug

COLUMNS = ("mentee", "mentor", "program", "start", "email", "goals")
GOAL_SEPARATOR = ";"
PLAN_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class PlanValues:
    """What one roster row says about a mentee: enough to start their plan."""

    mentee: str
    mentor: str
    email: str
    program: str
    start: dt.date | None
    goals: tuple[str, ...]


@dataclass(frozen=True)
class RosterEntry:
    """One mentee of the cohort and where they came from (`roster.csv:7`)."""

    display: str
    line: int
    slug: str
    values: PlanValues | None = None
    """The row's values (CSV roster); None when the entry is a plan file."""
    plan_path: Path | None = None
    """The plan file (folder roster); None when the plan is made from `values`."""

    @property
    def where(self) -> str:
        return f"{self.display}:{self.line}"


@dataclass(frozen=True, order=True)
class RowProblem:
    """Why one row of the roster gives no workbook."""

    display: str
    line: int
    message: str
    slug: str | None = None
    """The mentee's slug when the row names one: it decides which shard reports the problem."""

    def __str__(self) -> str:
        return f"{self.display}:{self.line}: {self.message}"


@dataclass
class Roster:
    entries: list[RosterEntry] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def read_csv_roster(
    raw: bytes, display: str, *, programs: Collection[str], goals: Collection[str]
) -> Roster:
    """Check every row of a CSV roster against the program and goal ids the hub defines.

    Raises MentorbookError when the file as a whole is unusable (not UTF-8, no `mentee`
    column, an unknown column): nothing sensible can come from any of its rows then.
    """
    text = _decode(raw, display)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = _read_header(reader, display)
    roster = Roster()
    first_line_of: dict[str, int] = {}
    line = reader.line_num + 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                _add_row(roster, display, line, header, cells, programs, goals, first_line_of)
            line = reader.line_num + 1
    except csv.Error as error:
        raise MentorbookError(
            f"{display}:{line}: the roster cannot be read as CSV here ({error}); look for a"
            ' quote (") that is opened and never closed'
        ) from None
    return roster


def read_plan_folder(folder: Path, display: str) -> Roster:
    """Every plan file in `folder`, named `<slug>.yml`; the workbook takes the file's name.

    Why no parsing here: a re-run over thousands of unchanged plans must stay fast; each plan
    is validated where it is rendered, and its problems are reported there.
    """
    roster = Roster()
    seen: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.startswith(".") or path.suffix not in PLAN_SUFFIXES:
            continue
        shown = f"{display.rstrip('/')}/{path.name}"
        slug = mentee_slug(path.stem)
        if slug in seen:
            roster.problems.append(
                RowProblem(
                    shown,
                    1,
                    f"gives the same workbook name '{slug}.pdf' as {seen[slug].name}; keep one of the two files",
                    slug,
                )
            )
        else:
            seen[slug] = path
            roster.entries.append(RosterEntry(shown, 1, slug, plan_path=path))
    return roster


def _decode(raw: bytes, display: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise MentorbookError(
            f"{display}:{line}: the roster is not UTF-8 text; export it again as 'CSV UTF-8'"
        ) from None


def _read_header(reader: Iterator[list[str]], display: str) -> list[str]:
    header = [name.strip().lower() for name in next(reader, [])]
    if "mentee" not in header:
        raise MentorbookError(
            f"{display}:1: the first row must name the columns, with at least 'mentee'; "
            f"the columns are: {', '.join(COLUMNS)}"
        )
    for name in header:
        if name not in COLUMNS:
            raise MentorbookError(
                f"{display}:1: '{name}' is not a roster column{suggestion(name, COLUMNS)}; "
                f"the columns are: {', '.join(COLUMNS)}"
            )
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise MentorbookError(f"{display}:1: the column '{repeated[0]}' appears twice; keep one")
    return header


def _add_row(
    roster: Roster,
    display: str,
    line: int,
    header: list[str],
    cells: list[str],
    programs: Collection[str],
    goals: Collection[str],
    first_line_of: dict[str, int],
) -> None:
    if len(cells) > len(header):
        roster.problems.append(
            RowProblem(
                display,
                line,
                f"this row has {len(cells)} cells but the header names {len(header)} columns; "
                "put quotes around values that contain commas",
            )
        )
        return
    row = {name: cell.strip() for name, cell in zip(header, cells, strict=False)}
    mentee = row.get("mentee", "")
    slug = mentee_slug(mentee) if mentee else ""
    if mentee:
        reasons = list(_value_problems(row, programs, goals))
    else:
        reasons = ["mentee: the mentee's name is empty; write it, or delete the row"]
    if slug in first_line_of:
        reasons.append(
            f"mentee: '{mentee}' gives the same file name '{slug}' as line {first_line_of[slug]}; "
            "make the two names differ (add a middle initial, say)"
        )
    elif slug:
        first_line_of[slug] = line
    if reasons:
        roster.problems.extend(
            RowProblem(display, line, reason, slug or None) for reason in reasons
        )
        return
    roster.entries.append(RosterEntry(display, line, slug, values=_values(row, programs)))


def _value_problems(
    row: dict[str, str], programs: Collection[str], goals: Collection[str]
) -> Iterator[str]:
    if "\n" in row["mentee"]:
        yield (
            'mentee: the name runs over several lines; look for a quote (") that is opened'
            " and never closed"
        )
    # A name over several lines has had its own advice above.
    for column in ("mentor",) if "\n" in row["mentee"] else ("mentee", "mentor"):
        error = name_error(row.get(column, ""))
        if error is not None:
            yield f"{column}: {error_message(error)}"
    program = row.get("program", "")
    if not programs:
        yield "program: the hub defines no program yet; add one to content/programs/"
    elif program and program not in programs:
        yield "program: " + unknown_id("program", program, programs)
    start = row.get("start", "")
    day = parse_iso_day(start) if start else None
    if start and day is None:
        yield "start: " + (
            f"there is no day {start} in the calendar; check the month and the day"
            if ISO_DAY.match(start)
            else message("date_parsing", found=describe(start))
        )
    elif day is not None and (error := day_error(day)) is not None:
        yield f"start: {error_message(error)}"
    listed: list[str] = []
    for goal in _goal_ids(row.get("goals", "")):
        if goal not in goals:
            yield "goals: " + unknown_id("goal template", goal, goals)
        elif goal in listed:
            yield f"goals: the goal '{goal}' is listed twice; list each goal once"
        listed.append(goal)


def _goal_ids(text: str) -> list[str]:
    return [goal.strip() for goal in text.split(GOAL_SEPARATOR) if goal.strip()]


def _values(row: dict[str, str], programs: Collection[str]) -> PlanValues:
    """The row's values; a row without a program joins the hub's first one."""
    return PlanValues(
        mentee=row["mentee"],
        mentor=row.get("mentor", ""),
        email=row.get("email", ""),
        program=row.get("program") or next(iter(programs)),
        start=parse_iso_day(row.get("start", "")),
        goals=tuple(_goal_ids(row.get("goals", ""))),
    )
