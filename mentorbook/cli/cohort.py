"""`mentorbook cohort`: a workbook for every mentee of a roster, rendered in parallel."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from filelock import Timeout

from mentorbook.cli.options import output_dir_option, project_option
from mentorbook.cli.signals import stop_on_sigterm
from mentorbook.cohort.jobs import Work, plan_work
from mentorbook.cohort.manifest import (
    Journal,
    Recorded,
    load_manifest,
    manifest_path,
    save_manifest,
    shared_inputs_digest,
)
from mentorbook.cohort.roster import (
    Roster,
    RosterEntry,
    RowProblem,
    read_csv_roster,
    read_plan_folder,
)
from mentorbook.cohort.runner import (
    RENDER_OPTIONS,
    Progress,
    Tally,
    remove_partial_files,
    render_jobs,
)
from mentorbook.cohort.shard import Shard, parse_shard
from mentorbook.errors import MentorbookError
from mentorbook.locks import transient_lock
from mentorbook.machine import available_cores
from mentorbook.project import Project
from mentorbook.schema.loader import Hub, display_path, load_content
from mentorbook.terminal import echo

INTERRUPTED_EXIT_STATUS = 130
"""What a shell reports for a command stopped by Ctrl-C."""


def _shard_option(ctx: click.Context, param: click.Parameter, value: str) -> Shard:
    try:
        return parse_shard(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx, param) from None


@click.command()
@click.argument("roster", type=click.Path(exists=True, path_type=Path))
@output_dir_option("Folder for plans/, workbooks/ and the manifest.")
@click.option(
    "-j",
    "--jobs",
    "workers",
    type=click.IntRange(min=1),
    default=available_cores,
    show_default="the number of cores",
    help="Workbooks rendered at once.",
)
@click.option("--force", is_flag=True, help="Render every workbook, even those up to date.")
@click.option(
    "--certificates",
    is_flag=True,
    help="Also make a certificate of completion, in OUT_DIR/certificates/, for each mentee"
    " whose plan meets the program's completion rule.",
)
@click.option(
    "--shard",
    default="1/1",
    metavar="K/N",
    callback=_shard_option,
    help="Render only shard K of N (for N machines); each mentee belongs to one shard.",
)
@project_option
def cohort(
    roster: Path,
    out_dir: Path,
    workers: int,
    force: bool,
    certificates: bool,
    shard: Shard,
    project_dir: Path,
) -> None:
    """Make a workbook for every mentee in ROSTER, into OUT_DIR/workbooks/.

    ROSTER is a CSV file with the columns mentee (required), mentor (co-mentors separated
    by ';'), group, program, start (YYYY-MM-DD), email, goals (goal template ids separated
    by ';') and language (such as fr; the hub's first when empty), or a folder of plan
    files. A row's plan is written to OUT_DIR/plans/<slug>.yml unless it exists
    already; then that plan is used as it is. Workbooks whose plan, content, templates and
    mentorbook version did not change since the last run are not made again.

    Bad rows are reported with their line number; every good row still gets its workbook,
    and the exit status is 1.

    Example: mentorbook cohort roster.csv -o cohort/ --jobs 4
    """
    tally = Tally(started=time.monotonic())
    project = Project(project_dir)
    hub = load_content(project.content_dir)
    found = _read_roster(roster, hub, project.root)
    problems = [problem for problem in found.problems if _reported_in(shard, problem)]
    entries = [entry for entry in found.entries if shard.holds(entry.slug)]
    for problem in problems:
        echo(str(problem), err=True)
    manifest = manifest_path(out_dir, None if shard.whole else str(shard))
    out_dir.mkdir(parents=True, exist_ok=True)
    with _only_run_on(manifest):
        previous = load_manifest(manifest)
        work = plan_work(
            entries,
            out_dir,
            hub,
            shared_digest=shared_inputs_digest(project, RENDER_OPTIONS),
            previous=previous,
            force=force,
        )
        for messages in work.failures.values():
            echo("\n".join(messages), err=True)
        for note in work.notes:
            echo(f"note: {note}", err=True)
        tally.unchanged = len(work.unchanged)
        tally.failed = len(problems) + len(work.failures)
        _render(project, work, workers, manifest, tally)
        if certificates:
            made = _make_certificates(project, hub, entries, out_dir, workers, force, shard)
    scope = "" if shard.whole else f" (shard {shard})"
    tallies = [tally]
    if certificates:
        tallies.append(made)
    for each in tallies:
        echo(each.summary(scope))
    failed = [f"{each.failed} {_plural(each.noun, each.failed)}" for each in tallies if each.failed]
    if failed:
        raise MentorbookError(f"{' and '.join(failed)} could not be made; see the messages above")


def _plural(noun: str, count: int) -> str:
    return noun if count == 1 else f"{noun}s"


def _make_certificates(
    project: Project,
    hub: Hub,
    entries: list[RosterEntry],
    out_dir: Path,
    workers: int,
    force: bool,
    shard: Shard,
) -> Tally:
    """The certificates earned since the last run, made by the same workers as the workbooks."""
    from mentorbook.cohort.certificates import (
        CERTIFICATES_FOLDER,
        certificate_work,
        certificates_digest,
    )

    tally = Tally(started=time.monotonic(), noun="certificate")
    manifest = manifest_path(out_dir / CERTIFICATES_FOLDER, None if shard.whole else str(shard))
    work, waiting = certificate_work(
        entries,
        out_dir,
        hub,
        shared_digest=certificates_digest(project),
        previous=load_manifest(manifest),
        force=force,
    )
    if waiting:
        has = "plan has" if waiting == 1 else "plans have"
        echo(f"note: {waiting} {has} not met the program's completion rule yet.", err=True)
    tally.unchanged = len(work.unchanged)
    _render(project, work, workers, manifest, tally)
    return tally


def _read_roster(path: Path, hub: Hub, project_root: Path) -> Roster:
    from mentorbook.i18n import available_languages

    display = display_path(path)
    if path.is_dir():
        return read_plan_folder(path, display)
    return read_csv_roster(
        path.read_bytes(),
        display,
        programs=list(hub.programs),
        goals=list(hub.goals),
        languages=available_languages(project_root),
        offered_goals={
            program.id: [goal.id for goal in hub.offered_goals(program)]
            for program in hub.programs.values()
        },
    )


def _reported_in(shard: Shard, problem: RowProblem) -> bool:
    """A row's problem shows in its mentee's shard; a row naming no mentee, in the first."""
    return shard.holds(problem.slug) if problem.slug else shard.index == 1


def _render(project: Project, work: Work, workers: int, manifest: Path, tally: Tally) -> None:
    """Render the jobs; keep the manifest and the workbooks of whatever finished.

    Why the manifest is saved on the way out, whatever happens: after Ctrl-C the next run
    must skip the workbooks this one finished. Why a journal as well: a run killed outright
    (kill -9) never gets to save it, and the journal already holds each finished workbook.
    """
    recorded: dict[str, Recorded] = dict(work.unchanged)
    progress = Progress(len(work.jobs))
    journal = Journal(manifest)
    interrupted = False
    try:
        with stop_on_sigterm():
            for outcome in render_jobs(project, work.jobs, workers):
                progress.report(outcome)
                tally.record(outcome)
                if outcome.size is not None:
                    job = outcome.job
                    recorded[job.slug] = Recorded(job.key, outcome.size, job.row)
                    journal.record(job.slug, recorded[job.slug])
    except KeyboardInterrupt:
        interrupted = True
    finally:
        progress.close()
        journal.close()
        if work.jobs:
            remove_partial_files(work.jobs[0].pdf_path.parent)
        save_manifest(manifest, recorded)
    if interrupted:
        echo(
            f"Interrupted: made {tally.made} {_plural(tally.noun, tally.made)} before stopping; the same command makes the rest.",
            err=True,
        )
        raise click.exceptions.Exit(INTERRUPTED_EXIT_STATUS)


@contextmanager
def _only_run_on(manifest: Path) -> Iterator[None]:
    """Refuse a second run writing the same output (and manifest) at the same time."""
    try:
        with transient_lock(manifest, timeout=0):
            yield
    except Timeout:
        raise MentorbookError(
            f"another 'mentorbook cohort' is writing to {display_path(manifest.parent)};"
            " wait for it to finish, or choose another output folder"
        ) from None
