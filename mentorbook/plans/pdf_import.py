"""Read a workbook filled in a PDF reader back into its plan.

Why only empty entries: the workbook prints what the plan already holds as text and
makes form fields only for what is still empty, so a filled field that would replace a
value is a conflict, not news: a stale PDF or one whose fields were renamed. Conflicts are
listed and left as the plan has them, unless the user asks for `overwrite`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap

from mentorbook.domain.fields import FormField, UnreadableValue, location_of, read_value
from mentorbook.domain.schedule import journal_pages, paced_program
from mentorbook.domain.signatures import signed_days, signers
from mentorbook.errors import MentorbookError
from mentorbook.plans.changes import sign, tick_items, unique_goal_id
from mentorbook.plans.filled_pdf import FilledValue, FilledWorkbook, check_identity
from mentorbook.plans.import_outcome import (
    Conflict,
    NothingToImport,
    Outcome,
    is_unset,
    plain_value,
    short_text,
)
from mentorbook.plans.tree import Parents, append_item, flow_list, in_model_order, set_in
from mentorbook.plans.writer import PlanEdit
from mentorbook.schema.messages import message
from mentorbook.schema.models.plan import (
    Meeting,
    Plan,
    PlanGoal,
    Review,
    Reviews,
    SkillRating,
)

Entries = list[tuple[str, FormField, FilledValue]]

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
            f"{kind}: " + message("import_too_many", count=count, limit=MAX_NEW[kind])
        )
        return False

    def read(self, name: str, field: FormField, value: FilledValue) -> Any:
        """The plan's value for what was typed into `field`; None, with the problem noted,
        when it cannot be read."""
        try:
            return read_value(field.spec, str(value))
        except UnreadableValue as problem:
            self.problems.append(f"{name}: {problem}")
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
            state.outcome.notes.append(f"{name}: " + message("import_unknown_field"))
        else:
            section = _TAKEN_WITH.get(location.section, location.section)
            by_section[section].append((name, location, value))
    for section, apply in _SECTIONS.items():
        apply(state, sorted(by_section[section], key=lambda entry: entry[0]))
    if state.problems:
        listed = "".join(f"\n  {problem}" for problem in sorted(state.problems))
        raise MentorbookError(message("import_unreadable", pdf=filled.source) + listed)
    if not state.outcome.imported:
        raise NothingToImport(state.outcome)
    return state.outcome


def _get_in(tree: CommentedMap, parents: Parents, key: str) -> Any:
    node: Any = tree
    for parent, _ in parents:
        node = node.get(parent) if isinstance(node, Mapping) else None
    return node.get(key) if isinstance(node, Mapping) else None


def _cover(state: _Import, entries: Entries) -> None:
    """The start date and the mentor's name, which the cover asks for when the plan has none."""
    for name, form, value in entries:
        parsed = state.read(name, form, value)
        if form.part == "start" and parsed:
            state.fill(name, "start", parsed, Plan)
        elif form.part == "mentor" and parsed:
            state.fill(name, "mentors", flow_list([parsed]), Plan)


def _vision(state: _Import, entries: Entries) -> None:
    for name, _, value in entries:
        state.fill(name, "vision", str(value), Plan)


def _assessment(state: _Import, entries: Entries) -> None:
    existing = len(state.edit.plan.self_assessment)
    new_rows: dict[int, dict[str, Any]] = {}
    names: dict[int, list[str]] = defaultdict(list)
    for name, form, value in sorted(entries, key=lambda entry: entry[1].index or 0):
        index, part = form.index or 1, form.part
        parsed = state.read(name, form, value)
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
            state.problems.append(f"assessment.{index}: " + message("import_rating_without_skill"))
            continue
        state.add(names[index], "self_assessment", in_model_order(SkillRating, row), Plan)


def _goals(state: _Import, entries: Entries) -> None:
    positions = {goal.id: index for index, goal in enumerate(state.edit.plan.goals)}
    new_goals: dict[str, dict[str, Any]] = {}
    names: dict[str, list[str]] = defaultdict(list)
    for name, form, value in entries:
        key, part = str(form.key), form.part
        parsed = state.read(name, form, value)
        if parsed is None:
            continue
        if part == "milestones":
            parsed = [{"title": title} for title in parsed]
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
            state.problems.append(f"goal.{key}: " + message("import_goal_without_title"))
            continue
        goal_id = unique_goal_id(parts["title"], taken)
        taken.append(goal_id)
        state.add(names[key], "goals", in_model_order(PlanGoal, {"id": goal_id, **parts}), Plan)


def _agreement(state: _Import, entries: Entries) -> None:
    program = state.edit.hub.programs[state.edit.plan.program]
    known = state.edit.hub.agreements[program.agreement].item_ids()
    wanted = {str(form.key): name for name, form, value in entries if value is True}
    new = [
        item for item in known if item in wanted and item not in state.edit.plan.agreement.ticked
    ]
    tick_items(state.tree, new)
    state.outcome.imported.update(wanted[item] for item in new)
    state.outcome.notes.extend(
        f"agreement.{item}: " + message("import_unknown_item", agreement=program.agreement)
        for item in sorted(set(wanted) - set(known))
    )


def _signatures(state: _Import, entries: Entries) -> None:
    """Each signer's date, into `signed`; a role the agreement does not sign is left out."""
    plan = state.edit.plan
    hub = state.edit.hub
    agreement = hub.agreements[hub.programs[plan.program].agreement]
    known = {(signer.role, signer.number) for signer in signers(plan, agreement)}
    for name, form, value in entries:
        role, number = str(form.key), form.index or 1
        if (role, number) not in known:
            state.outcome.notes.append(f"{name}: " + message("import_other_signer"))
            continue
        day = state.read(name, form, value)
        if day is None:
            continue
        days = signed_days(plan, role)
        current = days[number - 1] if number <= len(days) else None
        if current is not None:
            if current != day:
                state.outcome.conflicts.append(Conflict(name, current.isoformat(), day.isoformat()))
            if current == day or not state.overwrite:
                continue
        plan = sign(state.tree, plan, agreement, (role, number), day)
        state.outcome.imported.add(name)


def _meetings(state: _Import, entries: Entries) -> None:
    existing = len(state.edit.plan.meetings)
    new_meetings: dict[int, dict[str, Any]] = {}
    names: dict[int, list[str]] = defaultdict(list)
    for name, form, value in entries:
        number, part = form.index or 1, form.part
        parsed = state.read(name, form, value)
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
            state.problems.append(f"meeting.{number}: " + message("import_meeting_without_date"))
            continue
        state.add(names[number], "meetings", in_model_order(Meeting, parts), Plan)


def _reflections(state: _Import, entries: Entries) -> None:
    if not state.within_limit("reflections", len(entries)):
        return
    for name, form, value in entries:
        state.add([name], "reflections", {"prompt": form.part, "text": str(value)}, Plan)


def _journal(state: _Import, entries: Entries) -> None:
    """Answers on a journal page become reflections dated on the page's day, so the
    workbook prints them on that page again."""
    if not state.within_limit("reflections", len(entries)):
        return
    plan = state.edit.plan
    program = paced_program(state.edit.hub.programs[plan.program], plan)
    days = {page.number: page.date for page in journal_pages(program, plan.start)}
    for name, form, value in entries:
        fields: dict[str, Any] = {"prompt": form.part, "text": str(value)}
        day = days.get(form.index or 0)
        if day is not None:
            fields = {"date": day, **fields}
        state.add([name], "reflections", fields, Plan)


def _reviews(state: _Import, entries: Entries) -> None:
    for name, form, value in entries:
        parsed = state.read(name, form, value)
        if parsed is not None:
            parents: Parents = [("reviews", Plan), (str(form.key), Reviews)]
            state.fill(name, form.part, parsed, Review, parents=parents)


_SECTIONS = {
    "cover": _cover,
    "vision": _vision,
    "assessment": _assessment,
    "goal": _goals,
    "agreement": _agreement,
    "signature": _signatures,
    "meeting": _meetings,
    "reflection": _reflections,
    "journal": _journal,
    "review": _reviews,
}
"""How each section of the field map (domain.fields.FIELD_MAP) goes into the plan."""
_TAKEN_WITH = {"cosignature": "signature"}
"""Sections read together with another: a role's later signers add to its first one's date."""
