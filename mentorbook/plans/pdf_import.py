"""Read a workbook filled in a PDF reader back into its plan.

Why only empty entries: the workbook prints what the plan already holds as text and
makes form fields only for what is still empty, so every filled field is new
information, and nothing the plan says can be overwritten by a stale PDF.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from ruamel.yaml.comments import CommentedMap

from mentorbook.errors import MentorbookError
from mentorbook.plans.changes import tick_items, unique_goal_id
from mentorbook.plans.tree import append_item, in_model_order, set_field, set_in
from mentorbook.plans.writer import PlanEdit
from mentorbook.schema.loader import display_path
from mentorbook.schema.models.base import parse_iso_day
from mentorbook.schema.models.plan import (
    Meeting,
    Plan,
    PlanAgreement,
    PlanGoal,
    Review,
    Reviews,
    SkillRating,
    mentee_slug,
)
from mentorbook.workbook.fields import (
    FieldLocation,
    WorkbookIdentity,
    identity_of,
    location_of,
)

FilledValue = str | bool
Entries = list[tuple[str, FieldLocation, FilledValue]]
# Besides ISO, the form the workbook prints ('Mon 11 Jan 2027') and its near relatives.
_WRITTEN_DATE_FORMATS = ("%a %d %b %Y", "%d %b %Y", "%a %d %B %Y", "%A %d %B %Y", "%d %B %Y")
_SIGNERS = ("mentee", "mentor")


@dataclass(frozen=True)
class FilledWorkbook:
    """What a filled-in PDF says: whose workbook it is and the fields that hold a value."""

    source: str
    identity: WorkbookIdentity | None
    values: dict[str, FilledValue]


def read_filled_workbook(path: Path) -> FilledWorkbook:
    """The identity and every non-empty form field of the PDF at `path`."""
    try:
        reader = PdfReader(path)
        fields = reader.get_fields() or {}
        identity = identity_of(reader)
    except (PdfReadError, OSError, ValueError) as error:
        raise MentorbookError(f"{display_path(path)} is not a readable PDF: {error}") from None
    values: dict[str, FilledValue] = {}
    for name, found in fields.items():
        value = _field_value(found)
        if value:
            values[name] = value
    return FilledWorkbook(display_path(path), identity, values)


def _field_value(found: Any) -> FilledValue:
    value = found.get("/V")
    if found.get("/FT") == "/Btn":
        return value not in (None, "", "/Off")
    if value is None:
        return ""
    # PDF readers end lines with \r; plans keep \n.
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def check_identity(filled: FilledWorkbook, plan: Plan, plan_display: str) -> None:
    """Refuse a PDF that is not this plan's workbook at its current revision, and say why."""
    identity = filled.identity
    slug = mentee_slug(plan.mentee)
    if identity is None:
        raise MentorbookError(
            f"{filled.source} is not a mentorbook workbook (it carries no workbook identity);"
            f" import the workbook made from {plan_display}"
        )
    if identity.mentee_slug is None:
        raise MentorbookError(
            f"{filled.source} is a blank workbook of the program '{identity.program}', not"
            f" {plan.mentee}'s; copy its entries by hand, or fill in the workbook made from {plan_display}"
        )
    if identity.mentee_slug != slug or identity.program != plan.program:
        raise MentorbookError(
            f"{filled.source} is the workbook of '{identity.mentee_slug}' ({identity.program}),"
            f" not of {plan.mentee} ('{slug}', {plan.program}); import it into that mentee's plan"
        )
    if identity.revision != plan.revision:
        age = "an older" if (identity.revision or 0) < plan.revision else "a newer"
        raise MentorbookError(
            f"{filled.source} was made from revision {identity.revision} of the plan, and"
            f" {plan_display} is at revision {plan.revision} ({age} workbook); importing it could"
            " undo changes made since. Make a new workbook from the plan and fill in that one"
        )


@dataclass
class _Import:
    """The plan edit under way, and what could not be read from the PDF."""

    edit: PlanEdit
    problems: list[str] = field(default_factory=list)

    @property
    def tree(self) -> CommentedMap:
        return self.edit.tree

    def date(self, name: str, text: str) -> dt.date | None:
        day = parse_iso_day(text)
        if day is not None:
            return day
        for form in _WRITTEN_DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, form).date()
            except ValueError:
                continue
        self.problems.append(f"{name}: '{text}' is not a date; write it as YYYY-MM-DD")
        return None

    def number(self, name: str, text: str, low: int, high: int) -> int | None:
        digits = text.rstrip("%").strip()
        if digits.isdigit() and low <= int(digits) <= high:
            return int(digits)
        self.problems.append(f"{name}: '{text}' is not a whole number from {low} to {high}")
        return None


def import_filled(edit: PlanEdit, filled: FilledWorkbook, plan_display: str) -> list[str]:
    """Write every filled field into the plan's tree; return notes on fields left out.

    Raises MentorbookError listing every value that cannot be read, before anything is written.
    """
    check_identity(filled, edit.plan, plan_display)
    state = _Import(edit)
    by_section: dict[str, Entries] = defaultdict(list)
    notes: list[str] = []
    for name, value in filled.values.items():
        location = location_of(name)
        if location is None:
            notes.append(f"{name}: not a workbook field; left out")
        else:
            by_section[location.section].append((name, location, value))
    for section, apply in _SECTIONS.items():
        notes.extend(apply(state, sorted(by_section[section], key=lambda entry: entry[0])))
    if state.problems:
        raise MentorbookError(
            f"{filled.source} has entries that cannot go into the plan; correct them in the PDF"
            " and import it again:\n"
            + "\n".join(f"  {problem}" for problem in sorted(state.problems))
        )
    return notes


def _cover(state: _Import, entries: Entries) -> list[str]:
    for name, location, value in entries:
        if location.part == "start":
            day = state.date(name, str(value))
            if day is not None:
                set_field(state.tree, "start", day, Plan)
        elif location.part == "mentor":
            set_field(state.tree, "mentor", str(value), Plan)
    return []


def _vision(state: _Import, entries: Entries) -> list[str]:
    for _, _, value in entries:
        set_field(state.tree, "vision", str(value), Plan)
    return []


def _assessment(state: _Import, entries: Entries) -> list[str]:
    existing = len(state.edit.plan.self_assessment)
    new_rows: dict[int, dict[str, Any]] = {}
    for name, location, value in sorted(entries, key=lambda entry: entry[1].index or 0):
        index, part = location.index or 1, str(location.part)
        parsed: Any = str(value) if part == "skill" else state.number(name, str(value), 1, 5)
        if parsed is None:
            continue
        if index <= existing:
            set_field(state.tree["self_assessment"][index - 1], part, parsed, SkillRating)
        else:
            new_rows.setdefault(index, {})[part] = parsed
    for index, row in sorted(new_rows.items()):
        if "skill" not in row:
            state.problems.append(f"assessment.{index}: a rating without its skill; name the skill")
            continue
        append_item(state.tree, "self_assessment", in_model_order(SkillRating, row), Plan)
    return []


def _goals(state: _Import, entries: Entries) -> list[str]:
    positions = {goal.id: index for index, goal in enumerate(state.edit.plan.goals)}
    new_goals: dict[str, dict[str, Any]] = {}
    for name, location, value in entries:
        key, part = str(location.key), str(location.part)
        parsed = _goal_part(state, name, part, str(value))
        if parsed is None:
            continue
        if key in positions:
            set_field(state.tree["goals"][positions[key]], part, parsed, PlanGoal)
        else:
            new_goals.setdefault(key, {})[part] = parsed
    taken = list(positions)
    for key, parts in new_goals.items():
        if "title" not in parts:
            state.problems.append(f"goal.{key}: filled in without a title; give the goal a title")
            continue
        goal_id = unique_goal_id(parts["title"], taken)
        taken.append(goal_id)
        append_item(state.tree, "goals", in_model_order(PlanGoal, {"id": goal_id, **parts}), Plan)
    return []


def _goal_part(state: _Import, name: str, part: str, text: str) -> Any:
    lines = [line.strip(" -•*\t") for line in text.splitlines()]
    lines = [line for line in lines if line]
    match part:
        case "measures" | "actions":
            return lines
        case "milestones":
            return [{"title": line} for line in lines]
        case "due":
            return state.date(name, text)
        case "progress":
            return state.number(name, text, 0, 100)
        case _:
            return text


def _agreement(state: _Import, entries: Entries) -> list[str]:
    program = state.edit.hub.programs[state.edit.plan.program]
    known = state.edit.hub.agreements[program.agreement].item_ids()
    wanted = {str(location.key) for _, location, value in entries if value is True}
    new = [
        item for item in known if item in wanted and item not in state.edit.plan.agreement.ticked
    ]
    tick_items(state.tree, new)
    return [
        f"agreement.{item}: not an item of '{program.agreement}'; left out"
        for item in sorted(wanted - set(known))
    ]


def _signatures(state: _Import, entries: Entries) -> list[str]:
    notes: list[str] = []
    for name, location, value in entries:
        if location.key not in _SIGNERS:
            notes.append(
                f"{name}: the plan records only the mentee's and mentor's signatures; left out"
            )
            continue
        day = state.date(name, str(value))
        if day is not None:
            set_in(state.tree, [("agreement", Plan)], f"{location.key}_signed", day, PlanAgreement)
    return notes


def _meetings(state: _Import, entries: Entries) -> list[str]:
    existing = len(state.edit.plan.meetings)
    new_meetings: dict[int, dict[str, Any]] = {}
    for name, location, value in entries:
        number, part = location.index or 1, str(location.part)
        parsed: Any = state.date(name, str(value)) if part == "date" else str(value)
        if parsed is None:
            continue
        if number <= existing:
            set_field(state.tree["meetings"][number - 1], part, parsed, Meeting)
        else:
            new_meetings.setdefault(number, {})[part] = parsed
    for number, parts in sorted(new_meetings.items()):
        if "date" not in parts:
            state.problems.append(
                f"meeting.{number}: notes without a date; fill in the meeting's date"
            )
            continue
        append_item(state.tree, "meetings", in_model_order(Meeting, parts), Plan)
    return []


def _reflections(state: _Import, entries: Entries) -> list[str]:
    for _, location, value in entries:
        append_item(
            state.tree, "reflections", {"prompt": str(location.part), "text": str(value)}, Plan
        )
    return []


def _reviews(state: _Import, entries: Entries) -> list[str]:
    for name, location, value in entries:
        part = str(location.part)
        parsed: Any = state.date(name, str(value)) if part == "date" else str(value)
        if parsed is None:
            continue
        set_in(state.tree, [("reviews", Plan), (str(location.key), Reviews)], part, parsed, Review)
    return []


_SECTIONS = {
    "cover": _cover,
    "vision": _vision,
    "assessment": _assessment,
    "goal": _goals,
    "agreement": _agreement,
    "signature": _signatures,
    "meeting": _meetings,
    "reflection": _reflections,
    "review": _reviews,
}
