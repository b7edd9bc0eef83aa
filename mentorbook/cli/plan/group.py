"""The `mentorbook plan` group; `mentorbook plan --help` imports none of its subcommands."""

from __future__ import annotations

import click

from mentorbook.cli.lazy import LazyCommand, LazyGroup

SUBCOMMANDS = {
    "new": LazyCommand(
        "mentorbook.cli.plan.new:new",
        "Create the plan PLAN (default: plans/<mentee>.yml in the project).",
    ),
    "goal": LazyCommand(
        "mentorbook.cli.plan.edit:goal",
        "Add a goal to PLAN, from a template (--template) or in your own words (--title).",
    ),
    "log": LazyCommand("mentorbook.cli.plan.edit:log", "Log a meeting that took place."),
    "reflect": LazyCommand(
        "mentorbook.cli.plan.edit:reflect",
        "Add a reflection, answering a prompt of the content or a question of your own.",
    ),
    "review": LazyCommand(
        "mentorbook.cli.plan.agreement:review",
        "Record the midpoint or closing review; fields not given stay as they are.",
    ),
    "agree": LazyCommand(
        "mentorbook.cli.plan.agreement:agree",
        "Tick items of the mentoring agreement and record when each signer signed.",
    ),
    "show": LazyCommand(
        "mentorbook.cli.plan.show:show",
        "Print where the mentee stands: goals, meetings against the plan, what is next and late.",
    ),
    "calendar": LazyCommand(
        "mentorbook.cli.plan.show:calendar",
        "Write the planned meetings and milestones as an iCalendar (.ics) file.",
    ),
    "import": LazyCommand(
        "mentorbook.cli.plan.import_pdf:import_",
        "Read back a workbook filled in a PDF reader, show what changes, and update PLAN.",
    ),
}


@click.group(cls=LazyGroup, lazy_commands=SUBCOMMANDS)
def plan() -> None:
    """Create and fill in mentees' plans (plans/<mentee>.yml).

    A plan holds what a mentee's workbook prints: vision, goals, agreement, meetings,
    reflections and reviews. Every change keeps the file's comments and order.
    """
