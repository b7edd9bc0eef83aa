"""What each `plan` command changes in a plan's tree.

Why separate from the CLI: these are the edits; the CLI only gathers their inputs, and
`writer.update_plan` runs them under the lock with validation before the write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from slugify import slugify

from mentorbook.domain.signatures import people_of, signing_roles, with_day
from mentorbook.errors import InvalidOption
from mentorbook.plans.tree import append_item, flow_list, in_model_order, set_field, set_in
from mentorbook.plans.writer import PlanEdit
from mentorbook.schema.messages import message, unknown_id_values, unknown_item
from mentorbook.schema.models import Agreement, GoalTemplate
from mentorbook.schema.models.calendar import ReviewKind
from mentorbook.schema.models.plan import Plan, PlanAgreement, Review, Reviews

GOAL_ID_LENGTH = 40
"""Goal ids name PDF form fields and appear in messages; a long title makes a short id."""


def new_plan_tree(
    *,
    mentee: str,
    mentors: list[str],
    program: str,
    start: dt.date | None,
    meet_every_weeks: int | None,
    vision: str,
    goals: list[dict[str, Any]],
) -> CommentedMap:
    """A new plan holding only what was given, fields in the model's order."""
    fields: dict[str, Any] = {
        "mentee": mentee,
        "mentors": flow_list(mentors),
        "program": program,
        "start": start,
        "meet_every_weeks": meet_every_weeks,
        "revision": 1,
        "vision": vision,
        "goals": goals,
    }
    tree = CommentedMap()
    for key, value in fields.items():
        if value not in ("", None, []):
            set_field(tree, key, value, Plan)
    return tree


def template_goals(templates: list[GoalTemplate]) -> list[dict[str, Any]]:
    """New goals started from `templates`, each with an id of its own."""
    goals: list[dict[str, Any]] = []
    for template in templates:
        goals.append(goal_fields(taken=[goal["id"] for goal in goals], template=template))
    return goals


def goal_fields(
    *,
    taken: Iterable[str],
    template: GoalTemplate | None = None,
    title: str | None = None,
    measures: Iterable[str] = (),
    due: dt.date | None = None,
) -> dict[str, Any]:
    """A new goal: its own title, or the template's, and a slug id no other goal has."""
    chosen_title = title or (template.title if template else "")
    measure_list = list(measures) or (list(template.measures) if template else [])
    fields: dict[str, Any] = {
        "id": unique_goal_id(template.id if template and not title else chosen_title, taken),
        "template": template.id if template else None,
        "title": chosen_title,
        "measures": measure_list,
        "due": due,
    }
    return {key: value for key, value in fields.items() if value not in (None, [])}


def unique_goal_id(wanted: str, taken: Iterable[str]) -> str:
    """`slugify(wanted)`, cut at a word near 40 characters, with -2, -3... when already taken."""
    base = slugify(wanted, max_length=GOAL_ID_LENGTH, word_boundary=True) or "goal"
    used = set(taken)
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def add_goal(edit: PlanEdit, **goal: Any) -> str:
    """Append a goal (see `goal_fields`); return its id."""
    fields = goal_fields(taken=[existing.id for existing in edit.plan.goals], **goal)
    append_item(edit.tree, "goals", fields, Plan)
    goal_id: str = fields["id"]
    return goal_id


def log_meeting(edit: PlanEdit, *, date: dt.date, notes: str, next_steps: str) -> int:
    """Append a meeting; return how many meetings the plan now records."""
    fields: dict[str, Any] = {"date": date, "notes": notes}
    if next_steps:
        fields["next_steps"] = next_steps
    append_item(edit.tree, "meetings", fields, Plan)
    return len(edit.plan.meetings) + 1


def add_reflection(edit: PlanEdit, *, date: dt.date, prompt: str, text: str) -> None:
    append_item(edit.tree, "reflections", {"date": date, "prompt": prompt, "text": text}, Plan)


def record_review(edit: PlanEdit, kind: ReviewKind, fields: dict[str, Any]) -> None:
    """Set the given fields of the mid-point or closing review; others stay as they are.

    Raises InvalidOption when the plan's program holds no such review.
    """
    program = edit.hub.programs[edit.plan.program]
    if not program.holds_review(kind):
        held = ", ".join(review.id for review in program.reviews or [])
        text = (
            message("review_not_held", program=program.id, kind=kind, held=held)
            if held
            else message("program_holds_no_reviews", program=program.id)
        )
        raise InvalidOption(text, param_hint="'KIND'")
    for key, value in in_model_order(Review, fields).items():
        set_in(edit.tree, [("reviews", Plan), (kind, Reviews)], key, value, Review)


def agree(
    edit: PlanEdit,
    *,
    tick: Iterable[str],
    tick_all: bool,
    signed: Mapping[tuple[str, int], dt.date],
) -> list[str]:
    """Tick agreement items and record signature dates; return the ids newly ticked.

    `signed` maps (role id, which of the role's people, from 1) to the day they signed.
    Raises InvalidOption naming the valid ids when an item or a role is not in the agreement.
    """
    program = edit.hub.programs[edit.plan.program]
    agreement = edit.hub.agreements[program.agreement]
    known = agreement.item_ids()
    wanted = list(tick)
    for item_id in wanted:
        if item_id not in known:
            raise InvalidOption(
                unknown_item(program.agreement, item_id, known), param_hint="'--tick'"
            )
    refuse_unknown_signers(edit.plan, agreement, signed)
    already = set(edit.plan.agreement.ticked)
    new = [item for item in known if (tick_all or item in wanted) and item not in already]
    tick_items(edit.tree, new)
    plan = edit.plan
    for (role, number), day in signed.items():
        plan = sign(edit.tree, plan, agreement, (role, number), day)
    return new


def sign(
    tree: CommentedMap, plan: Plan, agreement: Agreement, signer: tuple[str, int], day: dt.date
) -> Plan:
    """Record that `signer` (role id, which of its people from 1) signed on `day`; return the
    plan as it now reads, for the role's next signer to build on.

    Several people's days are written `[null, 2026-09-10]`. Why a flow list: a block list
    writes a day not yet signed as a bare `-`, easy to misread.
    """
    role, number = signer
    value = with_day(plan, agreement, role, number, day)
    node = flow_list(value) if isinstance(value, list) else value
    set_in(tree, [("agreement", Plan), ("signed", PlanAgreement)], role, node, None)
    signed = {**plan.agreement.signed, role: value}
    return plan.model_copy(
        update={"agreement": plan.agreement.model_copy(update={"signed": signed})}
    )


def refuse_unknown_signers(
    plan: Plan, agreement: Agreement, signed: Iterable[tuple[str, int]]
) -> None:
    """Raise InvalidOption for a role the agreement has no signature for, or a person too many."""
    roles = signing_roles(agreement)
    for role, number in signed:
        if role not in roles:
            values = unknown_id_values("signing role", role, roles)
            raise InvalidOption(
                message("unknown_signer", **values, agreement=agreement.id),
                param_hint="'--signed'",
            )
        signature = agreement.signatures[roles.index(role)]
        people = len(people_of(signature, plan))
        if number > people:
            raise InvalidOption(
                message("signer_number_too_high", role=role, number=number, people=people),
                param_hint="'--signed'",
            )


def tick_items(tree: CommentedMap, item_ids: list[str]) -> None:
    """Add agreement item ids to `agreement.ticked`, after those already there."""
    agreement = tree.get("agreement")
    if isinstance(agreement, CommentedMap) and isinstance(agreement.get("ticked"), CommentedSeq):
        for item_id in item_ids:
            append_item(agreement, "ticked", item_id, PlanAgreement)
    elif item_ids:
        set_in(tree, [("agreement", Plan)], "ticked", item_ids, PlanAgreement)
