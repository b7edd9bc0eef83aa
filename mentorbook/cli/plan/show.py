"""`mentorbook plan show|calendar`: where a plan stands, and its dates for a calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from mentorbook.cli.options import output_option, project_option
from mentorbook.cli.plan.common import load_hub, plan_argument
from mentorbook.cli.types import DATE
from mentorbook.errors import MentorbookError
from mentorbook.fileio import atomic_write_bytes
from mentorbook.plans.files import load_plan
from mentorbook.schema.loader import display_path
from mentorbook.schema.messages import message
from mentorbook.terminal import echo


@click.command()
@plan_argument
@click.option("--today", type=DATE, help="Show the plan as it stands on this day (default: today).")
@project_option
def show(plan_file: Path, today: dt.date | None, project_dir: Path) -> None:
    """Print where the mentee stands: goals, meetings against the plan, what is next and late.

    Example: mentorbook plan show plans/amara-okafor.yml
    """
    from mentorbook.i18n import chosen_language, translations_for
    from mentorbook.plans.summary import plan_summary

    hub = load_hub(project_dir)
    loaded = load_plan(plan_file, hub)
    program = hub.programs[loaded.program]
    agreement = hub.agreements[program.agreement]
    words = translations_for(chosen_language(hub.settings, loaded.language, None), project_dir)
    echo(plan_summary(loaded, program, agreement, today or dt.date.today(), words), nl=False)


@click.command()
@plan_argument
@output_option("The .ics file to write.")
@project_option
def calendar(plan_file: Path, output: Path, project_dir: Path) -> None:
    """Write the planned meetings and milestones as an iCalendar (.ics) file.

    Example: mentorbook plan calendar plans/amara-okafor.yml -o amara.ics
    """
    from mentorbook.i18n import chosen_language, translations_for
    from mentorbook.plans.calendar import plan_calendar

    hub = load_hub(project_dir)
    loaded = load_plan(plan_file, hub)
    if loaded.start is None:
        raise MentorbookError(message("plan_without_start", path=display_path(plan_file)))
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    language = chosen_language(hub.settings, loaded.language, None)
    words = translations_for(language, project_dir)
    ics = plan_calendar(loaded, hub.programs[loaded.program], stamp, words, language)
    atomic_write_bytes(output, ics)
    echo(f"Wrote {display_path(output)}")
