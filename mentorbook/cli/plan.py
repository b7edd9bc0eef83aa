"""`mentorbook plan`: create a mentee's plan, fill it in, show it, and export its dates.

Every command that changes a plan goes through `writer.update_plan`: locked, validated,
written atomically, keeping the comments and order of a hand-edited file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from mentorbook.cli.options import DATE, project_option
from mentorbook.errors import MentorbookError
from mentorbook.fileio import atomic_write_bytes
from mentorbook.plans import changes
from mentorbook.plans.files import load_plan, plan_path
from mentorbook.plans.writer import create_plan, refuse_existing, update_plan
from mentorbook.project import Project
from mentorbook.schema.loader import Hub, display_path, load_content
from mentorbook.schema.messages import suggestion
from mentorbook.schema.models import GoalTemplate, Program
from mentorbook.schema.models.plan import Plan

if TYPE_CHECKING:
    _TextType = click.ParamType[str]
    _NumbersType = click.ParamType[list[int]]
else:  # click before 8.2 has no subscriptable ParamType
    _TextType = _NumbersType = click.ParamType


class Text(_TextType):
    """Any text, several lines and any characters included, as long as it is not blank."""

    name = "TEXT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        if not text:
            self.fail("the text is empty; write something", param, ctx)
        return text


class NumberChoice(_NumbersType):
    """Numbers picked from a numbered list, such as `1, 3` (nothing picks none)."""

    name = "numbers"

    def __init__(self, count: int) -> None:
        self.count = count

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> list[int]:
        if isinstance(value, list):
            return value
        picked: list[int] = []
        for word in re.split(r"[\s,]+", str(value).strip()):
            if not word:
                continue
            if not word.isdigit() or not 1 <= int(word) <= self.count:
                self.fail(f"'{word}' is not one of the numbers 1 to {self.count}", param, ctx)
            if int(word) not in picked:
                picked.append(int(word))
        return picked


TEXT = Text()

plan_argument = click.argument(
    "plan_file", metavar="PLAN", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)


@click.group()
def plan() -> None:
    """Create and fill in mentees' plans (plans/<mentee>.yml).

    A plan holds what a mentee's workbook prints: vision, goals, agreement, meetings,
    reflections and reviews. Every change keeps the file's comments and order.
    """


@plan.command()
@click.argument(
    "plan_file", metavar="[PLAN]", required=False, type=click.Path(dir_okay=False, path_type=Path)
)
@click.option("--mentee", required=True, type=TEXT, help="The mentee's name, as it should print.")
@click.option("--mentor", type=TEXT, help="The mentor's name.")
@click.option("--program", "program_id", metavar="ID", help="Program id (default: the only one).")
@click.option("--start", type=DATE, help="The day the mentee's program starts.")
@click.option("--vision", type=TEXT, help="Where the mentee wants to be at the end.")
@click.option(
    "--goal", "goal_ids", multiple=True, metavar="TEMPLATE_ID", help="Start a goal from a template."
)
@click.option(
    "--every-weeks",
    type=click.IntRange(1, 12),
    help="Weeks between meetings (default: the program's cadence).",
)
@click.option("--no-input", is_flag=True, help="Never ask; use only the options given.")
@project_option
def new(
    plan_file: Path | None,
    mentee: str,
    mentor: str | None,
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
    program = _program(hub, program_id, ask=not no_input)
    templates = [_template(hub, goal_id, "'--goal'") for goal_id in goal_ids]
    if not no_input:
        if mentor is None:
            mentor = click.prompt(
                "Mentor's name (empty if not matched yet)", default="", show_default=False
            )
        if start is None:
            start = click.prompt("Start date", default=dt.date.today().isoformat(), type=DATE)
        if vision is None:
            vision = click.prompt(
                "Vision: where do you want to be at the end of the program?",
                default="",
                show_default=False,
            )
        templates = templates or _pick_templates(_offered_templates(hub, program))
        if every_weeks is None:
            every_weeks = click.prompt(
                "Meet every how many weeks",
                default=program.cadence.every_weeks,
                type=click.IntRange(1, 12),
            )
    tree = changes.new_plan_tree(
        mentee=mentee,
        mentor=(mentor or "").strip(),
        program=program.id,
        start=start,
        # Only a pace of their own is written, so the plan follows later cadence changes.
        meet_every_weeks=every_weeks if every_weeks != program.cadence.every_weeks else None,
        vision=(vision or "").strip(),
        goals=changes.template_goals(templates),
    )
    create_plan(path, tree, hub)
    shown = display_path(path)
    click.echo(
        f"Created {shown} for {mentee} ({program.id}, {_count(len(templates), 'goal')})."
        f" Next: mentorbook plan show {shown}"
    )


@plan.command()
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
        raise click.UsageError("give --template ID, --title TEXT, or both")
    hub = _hub(project_dir)
    template = _template(hub, template_id, "'--template'") if template_id else None
    update = update_plan(
        plan_file,
        hub,
        lambda edit: changes.add_goal(
            edit, template=template, title=title, measures=measures, due=due
        ),
    )
    click.echo(f"Added goal '{update.result}' to {_revision(plan_file, update.plan)}.")


@plan.command()
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
        _hub(project_dir),
        lambda edit: changes.log_meeting(edit, date=date, notes=notes, next_steps=next_steps or ""),
    )
    click.echo(
        f"Logged meeting {update.result} ({date.isoformat()}) in {_revision(plan_file, update.plan)}."
    )


@plan.command()
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
        _hub(project_dir),
        lambda edit: changes.add_reflection(edit, date=day, prompt=prompt, text=text),
    )
    click.echo(f"Added a reflection to {_revision(plan_file, update.plan)}.")


REVIEW_OPTIONS = ("date", "progress", "went_well", "to_change", "next_steps")


@plan.command()
@plan_argument
@click.argument("kind", type=click.Choice(["midpoint", "closing"]))
@click.option("--date", type=DATE, help="The day of the review.")
@click.option("--progress", type=TEXT, help="Progress against the goals.")
@click.option("--went-well", type=TEXT, help="What went well.")
@click.option("--to-change", type=TEXT, help="What to change.")
@click.option("--next-steps", type=TEXT, help="What happens next.")
@project_option
def review(plan_file: Path, kind: changes.ReviewKind, project_dir: Path, **fields: Any) -> None:
    """Record the midpoint or closing review; fields not given stay as they are.

    Example: mentorbook plan review plans/amara-okafor.yml midpoint --date 2027-03-01 --went-well "..."
    """
    given = {key: value for key, value in fields.items() if value is not None}
    if not given:
        options = ", ".join(f"--{name.replace('_', '-')}" for name in REVIEW_OPTIONS)
        raise click.UsageError(f"give at least one of {options}")
    update = update_plan(
        plan_file, _hub(project_dir), lambda edit: changes.record_review(edit, kind, given)
    )
    click.echo(f"Recorded the {kind} review in {_revision(plan_file, update.plan)}.")


@plan.command()
@plan_argument
@click.option("--tick", multiple=True, metavar="ID", help="Tick this agreement item (repeatable).")
@click.option("--all", "tick_all", is_flag=True, help="Tick every item of the agreement.")
@click.option("--mentee-signed", type=DATE, help="The day the mentee signed.")
@click.option("--mentor-signed", type=DATE, help="The day the mentor signed.")
@project_option
def agree(
    plan_file: Path,
    tick: tuple[str, ...],
    tick_all: bool,
    mentee_signed: dt.date | None,
    mentor_signed: dt.date | None,
    project_dir: Path,
) -> None:
    """Tick items of the mentoring agreement and record when it was signed.

    Example: mentorbook plan agree plans/amara-okafor.yml --all --mentee-signed 2026-09-08
    """
    if not (tick or tick_all or mentee_signed or mentor_signed):
        raise click.UsageError(
            "give --tick ID, --all, --mentee-signed DATE or --mentor-signed DATE"
        )
    update = update_plan(
        plan_file,
        _hub(project_dir),
        lambda edit: changes.agree(
            edit,
            tick=tick,
            tick_all=tick_all,
            mentee_signed=mentee_signed,
            mentor_signed=mentor_signed,
        ),
    )
    signatures = ", ".join(
        f"{who} {date.isoformat()}" if date else f"{who} not yet"
        for who, date in (
            ("mentee", update.plan.agreement.mentee_signed),
            ("mentor", update.plan.agreement.mentor_signed),
        )
    )
    click.echo(
        f"Agreement in {_revision(plan_file, update.plan)}: {len(update.plan.agreement.ticked)} items"
        f" ticked ({len(update.result)} new); signed by {signatures}."
    )


@plan.command()
@plan_argument
@click.option("--today", type=DATE, help="Show the plan as it stands on this day (default: today).")
@project_option
def show(plan_file: Path, today: dt.date | None, project_dir: Path) -> None:
    """Print where the mentee stands: goals, meetings against the plan, what is next and late.

    Example: mentorbook plan show plans/amara-okafor.yml
    """
    from mentorbook.plans.summary import plan_summary

    hub = _hub(project_dir)
    loaded = load_plan(plan_file, hub)
    program = hub.programs[loaded.program]
    items = len(hub.agreements[program.agreement].item_ids())
    click.echo(plan_summary(loaded, program, items, today or dt.date.today()), nl=False)


@plan.command()
@plan_argument
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The .ics file to write.",
)
@project_option
def calendar(plan_file: Path, output: Path, project_dir: Path) -> None:
    """Write the planned meetings and milestones as an iCalendar (.ics) file.

    Example: mentorbook plan calendar plans/amara-okafor.yml -o amara.ics
    """
    from mentorbook.plans.calendar import plan_calendar

    hub = _hub(project_dir)
    loaded = load_plan(plan_file, hub)
    if loaded.start is None:
        raise MentorbookError(
            f"{display_path(plan_file)} has no start date, so no schedule;"
            " add 'start: YYYY-MM-DD' to it"
        )
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    atomic_write_bytes(output, plan_calendar(loaded, hub.programs[loaded.program], stamp))
    click.echo(f"Wrote {display_path(output)}")


@plan.command("import")
@plan_argument
@click.argument(
    "pdf", metavar="FILLED.pdf", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@project_option
def import_(plan_file: Path, pdf: Path, dry_run: bool, project_dir: Path) -> None:
    """Read back a workbook filled in a PDF reader, show what changes, and update PLAN.

    Refuses the workbook of another mentee, or one made from an older revision of PLAN.

    Example: mentorbook plan import plans/amara-okafor.yml amara-filled.pdf
    """
    from mentorbook.plans.pdf_import import check_identity, import_filled, read_filled_workbook

    hub = _hub(project_dir)
    shown = display_path(plan_file)
    filled = read_filled_workbook(pdf)
    check_identity(filled, load_plan(plan_file, hub), shown)
    if not filled.values:
        click.echo(f"Nothing is filled in {filled.source}; {shown} is unchanged.")
        return
    update = update_plan(
        plan_file, hub, lambda edit: import_filled(edit, filled, shown), dry_run=dry_run
    )
    diff = difflib.unified_diff(
        update.before.splitlines(keepends=True),
        update.after.splitlines(keepends=True),
        fromfile=f"{shown} (revision {update.plan.revision - 1})",
        tofile=f"{shown} (revision {update.plan.revision})",
    )
    click.echo("".join(diff), nl=False)
    for note in update.result:
        click.echo(f"Note: {note}")
    fields = len(filled.values)
    done = "Would import" if dry_run else "Imported"
    click.echo(
        f"{done} {fields} filled field{'' if fields == 1 else 's'} from {filled.source} into {_revision(plan_file, update.plan)}."
    )


def _hub(project_dir: Path) -> Hub:
    return load_content(Project(project_dir).content_dir)


def _revision(plan_file: Path, written: Plan) -> str:
    return f"{display_path(plan_file)} (revision {written.revision})"


def _program(hub: Hub, program_id: str | None, *, ask: bool) -> Program:
    programs = hub.programs
    if program_id is not None:
        if program_id not in programs:
            raise click.BadParameter(
                _unknown("program", program_id, programs), param_hint="'--program'"
            )
        return programs[program_id]
    if not programs:
        raise MentorbookError("the content has no program yet; add one to content/programs/")
    if len(programs) == 1:
        return next(iter(programs.values()))
    if not ask:
        raise click.UsageError(f"choose a program with --program: {', '.join(programs)}")
    listed = list(programs.values())
    _echo_numbered([f"{program.name} ({program.id})" for program in listed])
    number = click.prompt("Program", type=click.IntRange(1, len(listed)))
    return listed[number - 1]


def _template(hub: Hub, template_id: str, option: str) -> GoalTemplate:
    if template_id not in hub.goals:
        raise click.BadParameter(
            _unknown("goal template", template_id, hub.goals), param_hint=option
        )
    return hub.goals[template_id]


def _offered_templates(hub: Hub, program: Program) -> list[GoalTemplate]:
    """The program's goal templates, or the whole library when it names none."""
    if program.goal_templates:
        return [hub.goals[template_id] for template_id in program.goal_templates]
    return list(hub.goals.values())


def _pick_templates(templates: list[GoalTemplate]) -> list[GoalTemplate]:
    if not templates:
        return []
    click.echo("Goal templates:")
    _echo_numbered([f"{t.title} ({t.category}, {t.id})" for t in templates])
    picked: list[int] = click.prompt(
        "Goals to start with (numbers such as 1,3; empty for none)",
        default="",
        show_default=False,
        type=NumberChoice(len(templates)),
    )
    return [templates[number - 1] for number in picked]


def _echo_numbered(lines: Sequence[str]) -> None:
    width = len(str(len(lines)))
    for number, line in enumerate(lines, start=1):
        click.echo(f"  {number:>{width}}. {line}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _unknown(kind: str, wanted: str, known: dict[str, Any]) -> str:
    return (
        f"there is no {kind} '{wanted}'{suggestion(wanted, known)}; use one of: {', '.join(known)}"
    )
