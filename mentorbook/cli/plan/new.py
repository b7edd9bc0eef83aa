"""`mentorbook plan new`: start a mentee's plan, asking at a terminal for what is left out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from mentorbook.cli.options import (
    echo_numbered,
    program_option,
    project_option,
    resolve_id,
    resolve_program,
)
from mentorbook.cli.plan.common import count
from mentorbook.cli.types import DATE, NAME, TEXT, Name, NumberChoice
from mentorbook.plans import changes
from mentorbook.plans.files import plan_path
from mentorbook.plans.writer import create_plan, refuse_existing
from mentorbook.project import Project
from mentorbook.schema.loader import display_path, load_content
from mentorbook.schema.models import GoalTemplate
from mentorbook.terminal import echo

PACE = click.IntRange(1, 12)


@click.command()
@click.argument(
    "plan_file", metavar="[PLAN]", required=False, type=click.Path(dir_okay=False, path_type=Path)
)
@click.option("--mentee", required=True, type=NAME, help="The mentee's name, as it should print.")
@click.option(
    "--mentor",
    "mentors",
    multiple=True,
    type=NAME,
    help="The mentor's name; repeat it for co-mentors.",
)
@program_option
@click.option("--start", type=DATE, help="The day the mentee's program starts.")
@click.option("--vision", type=TEXT, help="Where the mentee wants to be at the end.")
@click.option(
    "--goal", "goal_ids", multiple=True, metavar="TEMPLATE_ID", help="Start a goal from a template."
)
@click.option(
    "--every-weeks", type=PACE, help="Weeks between meetings (default: the program's cadence)."
)
@click.option("--no-input", is_flag=True, help="Never ask; use only the options given.")
@project_option
def new(
    plan_file: Path | None,
    mentee: str,
    mentors: tuple[str, ...],
    program_id: str | None,
    start: dt.date | None,
    vision: str | None,
    goal_ids: tuple[str, ...],
    every_weeks: int | None,
    no_input: bool,
    project_dir: Path,
) -> None:
    """Create the plan PLAN (default: plans/<mentee>.yml in the project).

    Without --no-input, asks for what the options leave out: mentor, start date,
    vision, goals (picked from the template library) and how often the pair meets.

    Example: mentorbook plan new --mentee "Amara Okafor" --mentor "Ben Osei" --start 2026-09-01
    """
    project = Project(project_dir)
    hub = load_content(project.content_dir)
    path = plan_file or plan_path(project, mentee)
    refuse_existing(path)
    program = resolve_program(hub, program_id, ask=not no_input)
    templates = [resolve_id(hub.goals, goal_id, "goal template", "--goal") for goal_id in goal_ids]
    if not no_input:
        if not mentors:
            mentor = click.prompt(
                "Mentor's name (empty if not matched yet)",
                default="",
                show_default=False,
                type=Name(required=False),
            )
            mentors = (mentor,)
        if start is None:
            start = click.prompt("Start date", default=dt.date.today().isoformat(), type=DATE)
        if vision is None:
            vision = click.prompt(
                "Vision: where do you want to be at the end of the program?",
                default="",
                show_default=False,
            )
        templates = templates or _pick_templates(hub.offered_goals(program))
        if every_weeks is None:
            every_weeks = click.prompt(
                "Meet every how many weeks", default=program.cadence.every_weeks, type=PACE
            )
    tree = changes.new_plan_tree(
        mentee=mentee,
        mentors=[name.strip() for name in mentors if name.strip()],
        program=program.id,
        start=start,
        # Only a pace of their own is written, so the plan follows later cadence changes.
        meet_every_weeks=every_weeks if every_weeks != program.cadence.every_weeks else None,
        vision=(vision or "").strip(),
        goals=changes.template_goals(templates),
    )
    create_plan(path, tree, hub)
    shown = display_path(path)
    echo(
        f"Created {shown} for {mentee} ({program.id}, {count(len(templates), 'goal')})."
        f" Next: mentorbook plan show {shown}"
    )


def _pick_templates(templates: list[GoalTemplate]) -> list[GoalTemplate]:
    if not templates:
        return []
    echo("Goal templates:")
    echo_numbered([f"{t.title} ({t.category}, {t.id})" for t in templates])
    picked: list[int] = click.prompt(
        "Goals to start with (numbers such as 1,3; empty for none)",
        default="",
        show_default=False,
        type=NumberChoice(len(templates)),
    )
    return [templates[number - 1] for number in picked]
