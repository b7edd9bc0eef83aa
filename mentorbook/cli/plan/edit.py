"""`mentorbook plan goal|log|reflect`: add a goal, a meeting or a reflection to a plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from mentorbook.cli.options import project_option, resolve_goal_template
from mentorbook.cli.plan.common import load_hub, plan_argument, with_revision
from mentorbook.cli.types import DATE, TEXT
from mentorbook.plans import changes
from mentorbook.plans.writer import PlanEdit, update_plan
from mentorbook.schema.messages import message
from mentorbook.terminal import echo


@click.command()
@plan_argument
@click.option("--template", "template_id", metavar="ID", help="Start from this goal template.")
@click.option("--title", type=TEXT, help="The goal in the mentee's words.")
@click.option(
    "--measure", "measures", multiple=True, type=TEXT, help="How success shows (repeatable)."
)
@click.option("--due", type=DATE, help="When the goal should be met.")
@project_option
def goal(
    plan_file: Path,
    template_id: str | None,
    title: str | None,
    measures: tuple[str, ...],
    due: dt.date | None,
    project_dir: Path,
) -> None:
    """Add a goal to PLAN, from a template (--template) or in your own words (--title).

    Example: mentorbook plan goal plans/amara-okafor.yml --title "Lead a team meeting" --due 2026-12-01
    """
    if template_id is None and title is None:
        raise click.UsageError(message("goal_needs_template_or_title"))
    hub = load_hub(project_dir)

    def add(edit: PlanEdit) -> str:
        # Why inside the change: the plan's program, which decides the templates on offer,
        # is known once the plan is read under its lock.
        program = hub.programs[edit.plan.program]
        template = (
            resolve_goal_template(hub, program, template_id, "--template") if template_id else None
        )
        return changes.add_goal(edit, template=template, title=title, measures=measures, due=due)

    update = update_plan(plan_file, hub, add)
    echo(f"Added goal '{update.result}' to {with_revision(plan_file, update.plan)}.")


@click.command()
@plan_argument
@click.option("--date", required=True, type=DATE, help="The day of the meeting.")
@click.option("--notes", required=True, type=TEXT, help="What you talked about.")
@click.option("--next", "next_steps", type=TEXT, help="What each of you does before the next one.")
@project_option
def log(
    plan_file: Path, date: dt.date, notes: str, next_steps: str | None, project_dir: Path
) -> None:
    """Log a meeting that took place.

    Example: mentorbook plan log plans/amara-okafor.yml --date 2026-09-08 --notes "First meeting"
    """
    update = update_plan(
        plan_file,
        load_hub(project_dir),
        lambda edit: changes.log_meeting(edit, date=date, notes=notes, next_steps=next_steps or ""),
    )
    echo(
        f"Logged meeting {update.result} ({date.isoformat()}) in {with_revision(plan_file, update.plan)}."
    )


@click.command()
@plan_argument
@click.option(
    "--prompt", required=True, type=TEXT, help="A reflection prompt's id, or your own question."
)
@click.option("--text", required=True, type=TEXT, help="The reflection.")
@click.option("--date", type=DATE, help="When it was written (default: today).")
@project_option
def reflect(
    plan_file: Path, prompt: str, text: str, date: dt.date | None, project_dir: Path
) -> None:
    """Add a reflection, answering a prompt of the content or a question of your own.

    Example: mentorbook plan reflect plans/amara-okafor.yml --prompt what-surprised-you --text "..."
    """
    day = date or dt.date.today()
    update = update_plan(
        plan_file,
        load_hub(project_dir),
        lambda edit: changes.add_reflection(edit, date=day, prompt=prompt, text=text),
    )
    echo(f"Added a reflection to {with_revision(plan_file, update.plan)}.")
