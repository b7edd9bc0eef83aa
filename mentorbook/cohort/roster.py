"""Read a cohort's roster, a CSV file or a folder of plan files, into one entry per mentee.

Why pure: every row is checked against the program's ids before anything is written, and a
bad row becomes a problem with its line number instead of stopping the whole cohort.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mentorbook.errors import MentorbookError
from mentorbook.schema.messages import message, suggestion
from mentorbook.schema.models.plan import mentee_slug
from mentorbook.schema.models.roster import RosterRow
from mentorbook.schema.validation import validate_values
from mentorbook.tables import read_table

COLUMNS = tuple(RosterRow.model_fields)
WHAT = "the roster"
"""The roster as messages name it."""
PLAN_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class PlanValues:
    """What one roster row says about a mentee: enough to start their plan."""

    mentee: str
    mentors: tuple[str, ...]
    group: str
    email: str
    program: str
    start: dt.date | None
    goals: tuple[str, ...]
    language: str = ""
    """The workbook's language; empty for the hub's first."""


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
    raw: bytes,
    display: str,
    *,
    programs: Collection[str],
    goals: Collection[str],
    languages: Collection[str] = (),
) -> Roster:
    """Check every row of a CSV roster against the program and goal ids the hub defines.

    Raises MentorbookError when the file as a whole is unusable (not UTF-8, no `mentee`
    column, an unknown column): nothing sensible can come from any of its rows then.
    """
    table = read_table(raw, display, WHAT, strict=False)
    _check_header(table.columns, display)
    roster = Roster()
    for line, cells in table.too_long:
        reason = message("roster_too_many_cells", cells=cells, columns=len(table.columns))
        roster.problems.append(RowProblem(display, line, reason))
    first_line_of: dict[str, int] = {}
    for row in table.rows:
        _add_row(roster, display, row.line, row.cells, (programs, goals, languages), first_line_of)
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
            reason = message("roster_same_plan_file", slug=slug, other=seen[slug].name)
            roster.problems.append(RowProblem(shown, 1, reason, slug))
        else:
            seen[slug] = path
            roster.entries.append(RosterEntry(shown, 1, slug, plan_path=path))
    return roster


def _check_header(header: Sequence[str], display: str) -> None:
    """Refuse a roster without a `mentee` column or with a column no plan has."""
    columns = ", ".join(COLUMNS)
    if "mentee" not in header:
        raise MentorbookError(
            f"{display}:1: " + message("roster_no_mentee_column", columns=columns)
        )
    for name in header:
        if name not in COLUMNS:
            raise MentorbookError(
                f"{display}:1: "
                + message(
                    "roster_unknown_column",
                    name=name,
                    suggestion=suggestion(name, COLUMNS),
                    columns=columns,
                )
            )


def _add_row(
    roster: Roster,
    display: str,
    line: int,
    cells_by_column: dict[str, str],
    known: tuple[Collection[str], Collection[str], Collection[str]],
    first_line_of: dict[str, int],
) -> None:
    programs = known[0]
    mentee = cells_by_column.get("mentee", "")
    slug = mentee_slug(mentee) if mentee else ""
    row, reasons = _validated(cells_by_column, *known)
    if slug in first_line_of:
        reasons.append(
            "mentee: "
            + message("roster_same_slug", mentee=mentee, slug=slug, line=first_line_of[slug])
        )
    elif slug:
        first_line_of[slug] = line
    if row is None or reasons:
        roster.problems.extend(
            RowProblem(display, line, reason, slug or None) for reason in reasons
        )
        return
    roster.entries.append(RosterEntry(display, line, slug, values=_values(row, programs)))


def _validated(
    cells: dict[str, str],
    programs: Collection[str],
    goals: Collection[str],
    languages: Collection[str],
) -> tuple[RosterRow | None, list[str]]:
    """The row as a RosterRow, or why it is not one: `column: reason` for each problem.

    Why two checks before the model: an empty name or one over several lines says
    something about the row as a whole (a row to delete, a quote left open).
    """
    mentee = cells.get("mentee", "")
    if not mentee:
        return None, ["mentee: " + message("roster_no_mentee")]
    given = {column: value for column, value in cells.items() if value}
    over_lines = "\n" in mentee
    if over_lines:
        given["mentee"] = " ".join(mentee.split())  # its own advice below says what to do
    row, errors = validate_values(
        given,
        RosterRow,
        context={"programs": list(programs), "goals": list(goals), "languages": list(languages)},
    )
    reasons = [f"{error.location[0]}: {error.message}" for error in errors]
    if over_lines:
        reasons.insert(0, "mentee: " + message("roster_name_over_lines"))
    return row, reasons


def _values(row: RosterRow, programs: Collection[str]) -> PlanValues:
    """The row's values; a row without a program joins the hub's first one."""
    return PlanValues(
        mentee=row.mentee,
        mentors=tuple(row.mentor),
        group=row.group,
        email=row.email,
        program=row.program or next(iter(programs)),
        start=row.start,
        goals=tuple(row.goals),
        language=row.language,
    )
