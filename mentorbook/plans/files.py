"""Find, read and validate plan files: every problem as file:line:col, references checked.

Why a module of its own: `load_plan` is what the workbook, `plan` commands and `check`
share, so a plan is judged the same way wherever it is read.
"""

from __future__ import annotations

from pathlib import Path

from mentorbook.domain.signatures import LEGACY_ROLES, people_of, signing_roles
from mentorbook.errors import PlanError, Problem
from mentorbook.project import Project
from mentorbook.schema.loader import YAML_SUFFIXES, Hub, dangling_references, display_path
from mentorbook.schema.messages import message, unknown_id_values, unknown_item
from mentorbook.schema.models import Agreement
from mentorbook.schema.models.plan import Plan, mentee_slug
from mentorbook.schema.models.program import Program
from mentorbook.schema.validation import validate_document
from mentorbook.schema.yaml_reader import Document, YamlReadError, read_yaml

PLAN_SUFFIX = ".yml"


def plan_path(project: Project, mentee: str) -> Path:
    """Where a mentee's plan lives by default: `plans/<slug>.yml`."""
    return project.plans_dir / f"{mentee_slug(mentee)}{PLAN_SUFFIX}"


def load_plan(path: Path, hub: Hub) -> Plan:
    """Read and validate one plan; raise PlanError listing every problem in it."""
    return validated_plan(read_plan_document(path), hub)


def load_plans(folder: Path, hub: Hub) -> list[Plan]:
    """Every plan in `folder`, in file-name order; raise PlanError listing the problems of all.

    Hidden files (an editor's backups, a write in progress) are not plans and are skipped.
    """
    plans: list[Plan] = []
    problems: list[Problem] = []
    for path in plan_files(folder):
        try:
            plans.append(load_plan(path, hub))
        except PlanError as error:
            problems.extend(error.problems)
    if problems:
        raise PlanError(problems)
    return plans


def plan_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and path.suffix in YAML_SUFFIXES and not path.name.startswith(".")
    )


def read_plan_document(path: Path) -> Document:
    """Parse a plan file into its round-trip tree; raise PlanError when it is not YAML."""
    display = display_path(path)
    if not path.is_file():
        raise PlanError([Problem(display, 1, 1, "", message("no_plan_file"))])
    try:
        return read_yaml(path, display)
    except YamlReadError as error:
        raise PlanError(error.problems) from None


def validated_plan(document: Document, hub: Hub) -> Plan:
    """Validate a parsed plan against the model and the content; raise PlanError on any problem."""
    plan, problems = validate_document(document, Plan)
    if plan is None:
        raise PlanError(problems)
    problems = content_problems(plan, document, hub)
    if problems:
        raise PlanError(problems)
    return plan


def content_problems(plan: Plan, document: Document, hub: Hub) -> list[Problem]:
    """What a plan names that the content does not have, and goal ids used twice."""
    problems = list(dangling_references(plan, document, hub.entries))
    problems.extend(_duplicate_goal_ids(plan, document))
    program = hub.programs.get(plan.program)
    if program is not None:
        problems.extend(_ratings_off_scale(plan, document, program))
    agreement = hub.agreements.get(program.agreement) if program else None
    if agreement is not None:
        problems.extend(_signature_problems(plan, document, agreement))
        known = agreement.item_ids()
        for index, item_id in enumerate(plan.agreement.ticked):
            if item_id not in known:
                problems.append(
                    document.problem(
                        ("agreement", "ticked", index), unknown_item(agreement.id, item_id, known)
                    )
                )
    return problems


def _ratings_off_scale(plan: Plan, document: Document, program: Program) -> list[Problem]:
    """Self-assessment ratings above the top of the program's scale (the model allows 1-5)."""
    scale = program.workbook.self_assessment.scale
    if scale is None:
        return []
    return [
        document.problem(
            ("self_assessment", index, part),
            message("rating_above_scale", value=value, scale=scale),
        )
        for index, rating in enumerate(plan.self_assessment)
        for part, value in (("now", rating.now), ("target", rating.target))
        if value is not None and value > scale
    ]


def _duplicate_goal_ids(plan: Plan, document: Document) -> list[Problem]:
    problems: list[Problem] = []
    first_index: dict[str, int] = {}
    for index, goal in enumerate(plan.goals):
        if goal.id in first_index:
            line, _ = document.position(("goals", first_index[goal.id], "id"))
            problems.append(
                document.problem(
                    ("goals", index, "id"),
                    message("goal_id_used_twice", id=goal.id, line=line),
                )
            )
        else:
            first_index[goal.id] = index
    return problems


def _signature_problems(plan: Plan, document: Document, agreement: Agreement) -> list[Problem]:
    """Signatures of roles the agreement does not have, or of more people than sign."""
    problems: list[Problem] = []
    roles = signing_roles(agreement)
    for role, days in plan.agreement.signed.items():
        at: tuple[str, ...] = ("agreement", "signed", role)
        if role not in roles:
            values = unknown_id_values("signing role", role, roles)
            problems.append(
                document.problem(at, message("unknown_signer", **values, agreement=agreement.id))
            )
            continue
        people = len(people_of(agreement.signatures[roles.index(role)], plan))
        if isinstance(days, list) and len(days) > people:
            found = message("too_many_signed_days", role=role, days=len(days), people=people)
            problems.append(document.problem(at, found))
    for role in LEGACY_ROLES:
        if getattr(plan.agreement, f"{role}_signed") is not None and role in plan.agreement.signed:
            at = ("agreement", f"{role}_signed")
            found = message("old_and_new_field", old=f"{role}_signed", new=f"signed: {role}")
            problems.append(document.problem(at, found))
    if plan.mentor and plan.mentors:
        problems.append(
            document.problem(("mentor",), message("old_and_new_field", old="mentor", new="mentors"))
        )
    return problems
