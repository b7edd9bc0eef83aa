"""Turn the roster's entries into the workbooks to render, skipping those already up to date.

Why plans are written here, before any rendering: a CSV row becomes a plan file the mentee
and mentor keep filling in; from then on that file, not the row, is what the workbook prints.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mentorbook.cohort.manifest import Recorded, document_key
from mentorbook.cohort.roster import PlanValues, RosterEntry
from mentorbook.cohort.runner import Job
from mentorbook.errors import InputError, MentorbookError, file_system_error
from mentorbook.plans.changes import goal_fields, new_plan_tree
from mentorbook.plans.tree import set_field
from mentorbook.plans.writer import create_plan
from mentorbook.schema.loader import Hub, display_path
from mentorbook.schema.messages import message
from mentorbook.schema.models.plan import Plan

PLANS_FOLDER = "plans"
WORKBOOKS_FOLDER = "workbooks"


@dataclass
class Work:
    """The jobs to run, the workbooks left as they are, and notes for the coordinator."""

    jobs: list[Job] = field(default_factory=list)
    unchanged: dict[str, Recorded] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    failures: dict[str, list[str]] = field(default_factory=dict)
    """Why the plan of a mentee (by slug) could not be written."""


def plan_work(
    entries: Iterable[RosterEntry],
    out_dir: Path,
    hub: Hub,
    *,
    shared_digest: str,
    previous: dict[str, Recorded],
    force: bool,
) -> Work:
    """Write the plans new rows need, and sort every workbook into to-render or unchanged."""
    work = Work()
    for entry in entries:
        plan_path = entry_plan_path(entry, out_dir)
        row = values_digest(entry.values) if entry.values else ""
        recorded = previous.get(entry.slug)
        if entry.values is not None:
            if not plan_path.exists():
                try:
                    create_plan(plan_path, plan_tree(entry.values, hub), hub)
                except (MentorbookError, OSError) as error:
                    work.failures[entry.slug] = _messages(entry, error)
                    continue
            elif recorded is not None and recorded.row and recorded.row != row:
                shown = display_path(plan_path)
                work.notes.append(f"{entry.where}: " + message("roster_row_changed", plan=shown))
        key = document_key(shared_digest, plan_path.read_bytes())
        pdf_path = out_dir / WORKBOOKS_FOLDER / f"{entry.slug}.pdf"
        if not force and recorded is not None and up_to_date(recorded, key, pdf_path):
            work.unchanged[entry.slug] = Recorded(key, recorded.size, row or recorded.row)
        else:
            work.jobs.append(Job(entry.slug, entry.where, plan_path, pdf_path, key, row))
    return work


def entry_plan_path(entry: RosterEntry, out_dir: Path) -> Path:
    """The plan a roster entry is printed from: its own file, or the one made from its row."""
    return entry.plan_path or out_dir / PLANS_FOLDER / f"{entry.slug}.yml"


def _messages(entry: RosterEntry, error: MentorbookError | OSError) -> list[str]:
    """What to print for a row whose plan could not be written; the other rows go on."""
    if isinstance(error, OSError):
        known = file_system_error(error)
        if known is None:
            raise error
        error = known
    if isinstance(error, InputError):
        return [f"{entry.where}: {problem}" for problem in error.problems]
    return [f"{entry.where}: {error.message}"]


def up_to_date(recorded: Recorded, key: str, pdf_path: Path) -> bool:
    try:
        return recorded.key == key and pdf_path.stat().st_size == recorded.size
    except FileNotFoundError:
        return False


def plan_tree(values: PlanValues, hub: Hub) -> Any:
    """A new plan's YAML tree from a roster row, with a goal for each goal template it lists."""
    goals: list[dict[str, Any]] = []
    for goal_id in values.goals:
        taken = [goal["id"] for goal in goals]
        goals.append(goal_fields(taken=taken, template=hub.goals[goal_id]))
    tree = new_plan_tree(
        mentee=values.mentee,
        mentors=list(values.mentors),
        program=values.program,
        start=values.start,
        meet_every_weeks=None,
        vision="",
        goals=goals,
    )
    if values.group:
        set_field(tree, "group", values.group, Plan)
    if values.email:
        set_field(tree, "email", values.email, Plan)
    if values.language:
        set_field(tree, "language", values.language, Plan)
    return tree


def values_digest(values: PlanValues) -> str:
    """Hash a row's values, to notice later that the row changed after its plan was made."""
    fields = asdict(values)
    if not values.language:
        # Why: a roster without the column keeps the digests its plans were made with.
        del fields["language"]
    mentors, group = fields.pop("mentors"), fields.pop("group")
    # A row of one mentor and no group digests as it did before co-mentors and groups, so
    # a cohort run again after an upgrade does not report every row as changed.
    if len(mentors) <= 1 and not group:
        fields["mentor"] = mentors[0] if mentors else ""
    else:
        fields.update(mentors=mentors, group=group)
    text = json.dumps(fields, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
