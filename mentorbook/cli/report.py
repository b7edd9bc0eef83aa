"""`mentorbook report`: the program report a coordinator hands a sponsor, from the plans alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from mentorbook.cli.options import output_option, project_option
from mentorbook.cli.types import DATE
from mentorbook.errors import PlanError
from mentorbook.fileio import atomic_write_bytes
from mentorbook.plans.bulk import summarise_plans
from mentorbook.project import Project
from mentorbook.schema.loader import display_path, load_content

OutputFile = click.Path(dir_okay=False, path_type=Path)


@click.command()
@click.argument("plans", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--pdf", "pdf_path", type=OutputFile, help="Also write the report as a PDF file.")
@click.option("--csv", "csv_path", type=OutputFile, help="Also write one CSV row per pair.")
@click.option("--today", type=DATE, help="The day the figures are counted to (default: today).")
@click.option("--anonymous", is_flag=True, help="Show pairs under stable pseudonyms, not names.")
@output_option("The HTML file to write.", also=("pdf_path", "csv_path"))
@project_option
def report(
    plans: tuple[Path, ...],
    output: Path,
    pdf_path: Path | None,
    csv_path: Path | None,
    today: dt.date | None,
    anonymous: bool,
    project_dir: Path,
) -> None:
    """Write the program report of the plans in PLANS (files or folders) as HTML.

    The report gives, per program, the pairs, agreements signed, meetings held against
    planned, goals, reviews and reflections, and the pairs that need attention with the
    reason and the day it became true. It holds counts, dates and statuses only: no word a
    pair wrote. Names appear only in the "needs attention" list and the CSV.

    \b
    Example:
      mentorbook report plans/ -o report.html --pdf report.pdf --csv report.csv
    """
    from mentorbook.report.figures import build_report, pair_summariser
    from mentorbook.report.render import report_csv, report_html
    from mentorbook.source_date import source_date

    project = Project(project_dir)
    hub = load_content(project.content_dir)
    day = today or source_date() or dt.date.today()
    pairs, problems = summarise_plans(plans, hub, pair_summariser(hub, day))
    if problems:
        raise PlanError(problems)
    if not pairs:
        raise click.UsageError("PLANS holds no plan file (*.yml); name plan files or folders.")
    figures = build_report(hub.programs, [pair for _, pair in pairs], day, anonymous=anonymous)
    html = report_html(project, hub, figures)
    outputs: list[tuple[Path, bytes]] = [(output, html.encode("utf-8"))]
    if pdf_path is not None:
        from mentorbook.report.render import report_pdf

        outputs.append((pdf_path, report_pdf(project, html)))
    if csv_path is not None:
        outputs.append((csv_path, report_csv(figures).encode("utf-8")))
    for path, data in outputs:
        atomic_write_bytes(path, data)
    written = ", ".join(display_path(path) for path, _ in outputs)
    click.echo(f"Wrote {written}: {len(pairs)} plans as of {day.isoformat()}.")
