"""`mentorbook match`: pair a pool of mentors and mentees by the program's rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from mentorbook.cli.options import (
    output_option,
    program_option,
    project_option,
    resolve_program,
)
from mentorbook.cli.types import DATE
from mentorbook.errors import MentorbookError
from mentorbook.fileio import atomic_write_text
from mentorbook.matching.applications import Role
from mentorbook.matching.outputs import explanation_csv, report_html, roster_csv
from mentorbook.matching.pool import Match, match_pool
from mentorbook.project import Project
from mentorbook.schema.loader import display_path, load_content
from mentorbook.tables import Table, read_table

CSV_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
OUTPUT_FILE = click.Path(dir_okay=False, path_type=Path)


@click.command()
@click.argument("applications", required=False, type=CSV_FILE)
@click.option("--mentors", type=CSV_FILE, help="Mentors' applications, instead of APPLICATIONS.")
@click.option("--mentees", type=CSV_FILE, help="Mentees' applications, instead of APPLICATIONS.")
@output_option("The roster to write (CSV).", also=("explain",))
@program_option
@click.option("--explain", type=OUTPUT_FILE, help="Also write a report explaining every pair.")
@click.option(
    "--explain-format",
    type=click.Choice(["html", "csv"]),
    default="html",
    show_default=True,
    help="The report as one HTML page, or one CSV row per mentee.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Decides between equal pairs.")
@click.option("--start", type=DATE, help="Start day written into the roster, YYYY-MM-DD.")
@project_option
def match(
    applications: Path | None,
    mentors: Path | None,
    mentees: Path | None,
    output: Path,
    program_id: str | None,
    explain: Path | None,
    explain_format: str,
    seed: int,
    start: dt.date | None,
    project_dir: Path,
) -> None:
    """Pair mentors and mentees from APPLICATIONS by the program's rules, into a roster.

    APPLICATIONS is a CSV file with one row per person and the columns role (mentor or
    mentee), name, email, department, manager, interests, skills, goals, languages,
    timezone (or location), capacity (mentors; default 1), program, avoid, prefer and
    level; lists inside a cell are separated by ';'. Or give --mentors and --mentees as
    two files without the role column. Which columns are needed depends on the rules
    under `match:` in the program's file.

    No pair breaks a hard rule; as many mentees as possible get a mentor, then the total
    score is made as high as it can be. The roster (mentee, mentor, program, email,
    goals) is what `mentorbook cohort` reads.

    Example: mentorbook match applications.csv -o matches.csv --explain report.html
    """
    sources = _sources(applications, mentors, mentees)
    if explain is not None and explain.resolve() == output.resolve():
        raise click.UsageError("--explain and --output name the same file; give each its own.")
    project = Project(project_dir)
    hub = load_content(project.content_dir)
    program = resolve_program(hub, program_id).id
    _refuse_site(project, [output, *([explain] if explain else [])])
    tables = [(_read(path), role) for path, role in sources]
    result = match_pool(tables, hub, program, seed)
    for problem in result.problems:
        click.echo(str(problem), err=True)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    atomic_write_text(output, roster_csv(result.explanation, start))
    if explain is not None:
        atomic_write_text(
            explain,
            explanation_csv(result.explanation)
            if explain_format == "csv"
            else report_html(result.explanation, hub.programs[program].name, project.templates_dir),
        )
    _summarise(result, output, explain)
    if result.problems:
        rows = len({(p.display, p.line) for p in result.problems})
        noun, them = ("row was", "it") if rows == 1 else ("rows were", "them")
        raise MentorbookError(
            f"{rows} {noun} left out of the match; fix {them} and match again with --force"
        )


def _sources(
    applications: Path | None, mentors: Path | None, mentees: Path | None
) -> list[tuple[Path, Role | None]]:
    if applications is not None and (mentors or mentees):
        raise click.UsageError("Give APPLICATIONS, or --mentors and --mentees, not both.")
    if applications is not None:
        return [(applications, None)]
    if mentors is None or mentees is None:
        raise click.UsageError("Give APPLICATIONS, or both --mentors and --mentees.")
    return [(mentors, "mentor"), (mentees, "mentee")]


def _refuse_site(project: Project, paths: list[Path]) -> None:
    """Refuse to write into the published site.

    Why: the roster and the report hold mentees' data, and `site/` is what gets published.
    """
    site = (project.root / "site").resolve()
    for path in paths:
        if path.resolve().is_relative_to(site):
            raise MentorbookError(
                f"{display_path(path)} is inside the published site folder; mentees' data "
                "never goes there, so write it somewhere else"
            )


def _read(path: Path) -> Table:
    return read_table(path.read_bytes(), display_path(path))


def _summarise(result: Match, output: Path, explain: Path | None) -> None:
    explanation = result.explanation
    matched, unmatched = explanation.matched, explanation.unmatched
    mentors = len({pair.mentor.name for pair in matched if pair.mentor})
    click.echo(
        f"Matched {len(matched):,} of {len(explanation.pairs):,} mentees with {mentors:,} "
        f"{'mentor' if mentors == 1 else 'mentors'} "
        f"(total score {explanation.total_score:,}) into {display_path(output)}."
    )
    for pair in unmatched:
        click.echo(f"No mentor for {pair.mentee.name}: {pair.reason}.")
    if explain is not None:
        click.echo(f"Explained every pair in {display_path(explain)}.")
