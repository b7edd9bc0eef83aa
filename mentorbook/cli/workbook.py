"""`mentorbook workbook`: write a mentee's personalised PDF workbook, or the blank one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from mentorbook.cli.options import output_option, program_option, project_option, resolve_program
from mentorbook.cli.types import DATE, NAME
from mentorbook.fileio import atomic_write_bytes
from mentorbook.plans.files import load_plan
from mentorbook.project import Project
from mentorbook.schema.loader import display_path, load_content
from mentorbook.schema.models.plan import Plan
from mentorbook.terminal import echo


@click.command()
@click.argument(
    "plan_file",
    metavar="[PLAN]",
    required=False,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@output_option("The PDF file to write.")
@click.option("--mentee", type=NAME, help="The mentee's name, for a workbook without a plan file.")
@click.option("--mentor", type=NAME, help="The mentor's name (with --mentee).")
@program_option
@click.option(
    "--start", type=DATE, help="The day the program starts, as YYYY-MM-DD (with --mentee)."
)
@click.option("--blank", is_flag=True, help="The blank workbook, for anyone to fill in.")
@click.option("--flat", is_flag=True, help="No form fields: for printing only.")
@click.option("--pdf-ua", is_flag=True, help="A tagged, accessible PDF/UA-1 file.")
@click.option(
    "--language",
    metavar="LANG",
    help="The workbook's language, such as fr; default: the plan's, else the hub's first.",
)
@project_option
def workbook(
    plan_file: Path | None,
    output: Path,
    mentee: str | None,
    mentor: str | None,
    program_id: str | None,
    start: dt.date | None,
    blank: bool,
    flat: bool,
    pdf_ua: bool,
    language: str | None,
    project_dir: Path,
) -> None:
    """Write the PDF workbook of the plan in PLAN, of --mentee, or the --blank one.

    \b
    Examples:
      mentorbook workbook plans/amara-okafor.yml -o amara.pdf
      mentorbook workbook --mentee "Amara Okafor" --start 2027-01-11 -o amara.pdf
      mentorbook workbook --blank -o workbook.pdf
      mentorbook workbook --blank --language fr -o cahier.pdf
    """
    _check_usage(plan_file, mentee, mentor, program_id, start, blank)
    project = Project(project_dir)
    hub = load_content(project.content_dir)
    plan: Plan | None = None
    if plan_file is not None:
        plan = load_plan(plan_file, hub)
    else:
        program_id = resolve_program(hub, program_id).id
        if mentee is not None:
            plan = _quick_plan(mentee, mentor, program_id, start)

    from mentorbook.i18n import chosen_language
    from mentorbook.translations.project import hub_in_language
    from mentorbook.workbook import WorkbookRenderer

    # In a hub published in several languages, the content follows the workbook's language too.
    chosen = chosen_language(hub.settings, plan.language if plan else None, language)
    if chosen in hub.settings.hub_languages:
        hub = hub_in_language(project, hub, chosen)
    renderer = WorkbookRenderer(project, hub)
    pdf = renderer.render(
        plan, program_id=program_id, fillable=not flat, pdf_ua=pdf_ua, language=language
    )
    atomic_write_bytes(output, pdf)
    echo(f"Wrote {display_path(output)} ({len(pdf) // 1024} KB)")


def _check_usage(
    plan_file: Path | None,
    mentee: str | None,
    mentor: str | None,
    program_id: str | None,
    start: dt.date | None,
    blank: bool,
) -> None:
    """Exactly one of PLAN, --mentee and --blank, with only the options that go with it."""
    chosen = [plan_file is not None, mentee is not None, blank]
    if sum(chosen) != 1:
        raise click.UsageError("Give one of PLAN, --mentee NAME or --blank.")
    if plan_file is not None and program_id is not None:
        raise click.UsageError("--program goes with --mentee or --blank; a plan names its program.")
    if mentee is None and (mentor is not None or start is not None):
        raise click.UsageError("--mentor and --start go with --mentee.")


def _quick_plan(mentee: str, mentor: str | None, program_id: str, start: dt.date | None) -> Plan:
    """The plan --mentee stands for: names, program and start, everything else left to write."""
    return Plan(
        mentee=mentee,
        mentors=[mentor] if mentor else [],
        program=program_id,
        start=start,
    )
