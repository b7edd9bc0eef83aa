"""Read a workbook filled in a PDF reader back into its plan.

Why only empty entries: the workbook prints what the plan already holds as text and
makes form fields only for what is still empty, so a filled field that would replace a
value is a conflict, not news: a stale PDF or one whose fields were renamed. Conflicts are
listed and left as the plan has them, unless the user asks for `overwrite`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap

from mentorbook.errors import MentorbookError
from mentorbook.plans.changes import tick_items, unique_goal_id
from mentorbook.plans.filled_pdf import FilledValue, FilledWorkbook, check_identity
from mentorbook.plans.import_outcome import (
    Conflict,
    NothingToImport,
    Outcome,
    is_unset,
    plain_value,
    short_text,
)
from mentorbook.plans.tree import Parents, append_item, in_model_order, set_in
from mentorbook.plans.writer import PlanEdit
from mentorbook.schema.messages import error_message
from mentorbook.schema.models.base import day_error, parse_iso_day
from mentorbook.schema.models.plan import (
    Meeting,
    Plan,
    PlanAgreement,
    PlanGoal,
    Review,
    Reviews,
    SkillRating,
)
from mentorbook.workbook.fields import FieldLocation, location_of

Entries = list[tuple[str, FieldLocation, FilledValue]]
# Besides ISO, the form the workbook prints ('Mon 11 Jan 2027') and its near relatives.
_WRITTEN_DATE_FORMATS = ("%a %d %b %Y", "%d %b %Y", "%a %d %B %Y", "%A %d %B %Y", "%d %B %Y")
_SIGNERS = ("mentee", "mentor")

MAX_NEW = {"meetings": 100, "goals": 50, "reflections": 200, "assessment rows": 50}
"""How many entries of each kind one import may add. Why: a workbook has room for far fewer,
and a PDF with thousands of fields would otherwise make a plan too large to read."""


@dataclass
class _Import:
    """The plan edit under way, what could not be read from the PDF, and what happened."""

    edit: PlanEdit
    overwrite: bool
    outcome: Outcome = field(default_factory=Outcome)
    problems: list[str] = field(default_factory=list)

    @property
    def tree(self) -> CommentedMap:
        return self.edit.tree

    def fill(
        self,
        name: str,
        key: str,
        value: Any,
        model: type[BaseModel],
        *,
        parents: Parents = (),
        within: CommentedMap | None = None,
    ) -> None:
        """Set `key` (below `parents` of `within`, the plan by default) if the plan leaves it
        empty; else record a conflict, and with `overwrite` replace the plan's value too."""
        node = self.tree if within is None else within
        current = _get_in(node, parents, key)
        if not is_unset(current, model.model_fields[key].default):
            if plain_value(current) == plain_value(value):
                return
            self.outcome.conflicts.append(Conflict(name, short_text(current), short_text(value)))
            if not self.overwrite:
                return
        set_in(node, parents, key, value, model)
        self.outcome.imported.add(name)

    def add(self, names: Sequence[str], key: str, item: Any, model: type[BaseModel]) -> None:
        append_item(self.tree, key, item, model)
        self.outcome.imported.update(names)

    def within_limit(self, kind: str, count: int) -> bool:
        if count <= MAX_NEW[kind]:
            return True
        self.problems.append(
            f"{kind}: the PDF adds {count}, and an import adds at most {MAX_NEW[kind]} at a time;"
            " no workbook has room for more"
        )
        return False

    def date(self, name: str, text: str) -> dt.date | None:
        day = parse_iso_day(text) or _written_date(text)
        if day is None:
            self.problems.append(f"{name}: '{text}' is not a date; write it as YYYY-MM-DD")
            return None
        error = day_error(day)
        if error is not None:
            self.problems.append(f"{name}: {error_message(error)}")
            return None
        return day

    def number(self, name: str, text: str, low: int, high: int) -> int | None:
        digits = text.rstrip("%").strip()
        if digits.isascii() and digits.isdigit() and low <= int(digits) <= high:
            return int(digits)
        self.problems.append(f"{name}: '{text}' is not a whole number from {low} to {high}")
        return None


def import_filled(
    edit: PlanEdit, filled: FilledWorkbook, plan_display: str, *, overwrite: bool = False
) -> Outcome:
    """Write the filled fields into the plan's tree; return what was imported and what not.

    Raises MentorbookError listing every value that cannot be read, before anything is
    written, and NothingToImport when no field would change the plan.
    """
    check_identity(filled, edit.plan, plan_display)
    state = _Import(edit, overwrite)
    by_section: dict[str, Entries] = defaultdict(list)
    for name, value in filled.values.items():
        location = location_of(name)
        if location is None:
            state.outcome.notes.append(f"{name}: not a workbook field; left out")
        else:
            by_section[location.section].append((name, location, value))
    for section, apply in _SECTIONS.items():
        apply(state, sorted(by_section[section], key=lambda entry: entry[0]))
    if state.problems:
        raise MentorbookError(
            f"{filled.source} has entries that cannot go into the plan; correct them in the PDF"
            " and import it again:\n"
            + "\n".join(f"  {problem}" for problem in sorted(state.problems))
        )
    if not state.outcome.imported:
        raise NothingToImport(state.outcome)
    return state.outcome


def _written_date(text: str) -> dt.date | None:
    for form in _WRITTEN_DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _get_in(tree: CommentedMap, parents: Parents, key: str) -> Any:
    node: Any = tree
    for parent, _ in parents:
        node = node.get(parent) if isinstance(node, Mapping) else None
    return node.get(key) if isinstance(node, Mapping) else None


def _cover(state: _Import, entries: Entries) -> None:
    for name, location, value in entries:
        if location.part == "start":
            day = state.date(name, str(value))
            if day is not None:
                state.fill(name, "start", day, Plan)
        elif location.part == "mentor":
            state.fill(name, "mentor", str(value), Plan)


def _vision(state: _Import, entries: Entries) -> None:
    for name, _, value in entries:
        state.fill(name, "vision", str(value), Plan)


def _assessment(state: _Import, entries: Entries) -> None:
    existing = len(state.edit.plan.self_assessment)
    new_rows: dict[int, dict[str, Any]] = {}
    names: dict[int, list[str]] = defaultdict(list)
    for name, location, value in sorted(entries, key=lambda entry: entry[1].index or 0):
        index, part = location.index or 1, str(location.part)
        parsed: Any = str(value) if part == "skill" else state.number(name, str(value), 1, 5)
        if parsed is None:
            continue
        if index <= existing:
            row = state.tree["self_assessment"][index - 1]
            state.fill(name, part, parsed, SkillRating, within=row)
        else:
            new_rows.setdefault(index, {})[part] = parsed
            names[index].append(name)
    if not state.within_limit("assessment rows", len(new_rows)):
        return
    for index, row in sorted(new_rows.items()):
        if "skill" not in row:
            state.problems.append(f"assessment.{index}: a rating without its skill; name the skill")
            continue
        state.add(names[index], "self_assessment", in_model_order(SkillRating, row), Plan)


def _goals(state: _Import, entries: Entries) -> None:
    positions = {goal.id: index for index, goal in enumerate(state.edit.plan.goals)}
    new_goals: dict[str, dict[str, Any]] = {}
    names: dict[str, list[str]] = defaultdict(list)
    for name, location, value in entries:
        key, part = str(location.key), str(location.part)
        parsed = _goal_part(state, name, part, str(value))
        if parsed is None:
            continue
        if key in positions:
            state.fill(name, part, parsed, PlanGoal, within=state.tree["goals"][positions[key]])
        else:
            new_goals.setdefault(key, {})[part] = parsed
            names[key].append(name)
    if not state.within_limit("goals", len(new_goals)):
        return
    taken = list(positions)
    for key, parts in new_goals.items():
        if "title" not in parts:
            state.problems.append(f"goal.{key}: filled in without a title; give the goal a title")
            continue
        goal_id = unique_goal_id(parts["title"], taken)
        taken.append(goal_id)
        state.add(names[key], "goals", in_model_order(PlanGoal, {"id": goal_id, **parts}), Plan)


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


def _agreement(state: _Import, entries: Entries) -> None:
    program = state.edit.hub.programs[state.edit.plan.program]
    known = state.edit.hub.agreements[program.agreement].item_ids()
    wanted = {str(location.key): name for name, location, value in entries if value is True}
    new = [
        item for item in known if item in wanted and item not in state.edit.plan.agreement.ticked
    ]
    tick_items(state.tree, new)
    state.outcome.imported.update(wanted[item] for item in new)
    state.outcome.notes.extend(
        f"agreement.{item}: not an item of '{program.agreement}'; left out"
        for item in sorted(set(wanted) - set(known))
    )


def _signatures(state: _Import, entries: Entries) -> None:
    for name, location, value in entries:
        if location.key not in _SIGNERS:
            state.outcome.notes.append(
                f"{name}: the plan records only the mentee's and mentor's signatures; left out"
            )
            continue
        day = state.date(name, str(value))
        if day is not None:
            key = f"{location.key}_signed"
            state.fill(name, key, day, PlanAgreement, parents=[("agreement", Plan)])


def _meetings(state: _Import, entries: Entries) -> None:
    existing = len(state.edit.plan.meetings)
    new_meetings: dict[int, dict[str, Any]] = {}
    names: dict[int, list[str]] = defaultdict(list)
    for name, location, value in entries:
        number, part = location.index or 1, str(location.part)
        parsed: Any = state.date(name, str(value)) if part == "date" else str(value)
        if parsed is None:
            continue
        if number <= existing:
            state.fill(name, part, parsed, Meeting, within=state.tree["meetings"][number - 1])
        else:
            new_meetings.setdefault(number, {})[part] = parsed
            names[number].append(name)
    if not state.within_limit("meetings", len(new_meetings)):
        return
    for number, parts in sorted(new_meetings.items()):
        if "date" not in parts:
            state.problems.append(
                f"meeting.{number}: notes without a date; fill in the meeting's date"
            )
            continue
        state.add(names[number], "meetings", in_model_order(Meeting, parts), Plan)


def _reflections(state: _Import, entries: Entries) -> None:
    if not state.within_limit("reflections", len(entries)):
        return
    for name, location, value in entries:
        state.add([name], "reflections", {"prompt": str(location.part), "text": str(value)}, Plan)


def _reviews(state: _Import, entries: Entries) -> None:
    for name, location, value in entries:
        part = str(location.part)
        parsed: Any = state.date(name, str(value)) if part == "date" else str(value)
        if parsed is not None:
            parents: Parents = [("reviews", Plan), (str(location.key), Reviews)]
            state.fill(name, part, parsed, Review, parents=parents)


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
