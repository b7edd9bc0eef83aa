"""`mentorbook certificate`: certificates of completion for the plans that meet their program's rule."""

from __future__ import annotations

from pathlib import Path

import click

from mentorbook.cli.options import project_option
from mentorbook.errors import MentorbookError, OutputExistsError
from mentorbook.fileio import atomic_write_bytes
from mentorbook.plans.bulk import read_plans
from mentorbook.project import Project
from mentorbook.schema.loader import display_path, load_content


@click.command()
@click.argument("plans", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write the certificates (PDF) into.",
)
@click.option("--mentors", is_flag=True, help="Also write a certificate for each mentor.")
@click.option("--no-goals", is_flag=True, help="Leave the goals' titles off the certificates.")
@click.option("--force", is_flag=True, help="Replace certificates that exist.")
@project_option
def certificate(
    plans: tuple[Path, ...],
    out_dir: Path,
    mentors: bool,
    no_goals: bool,
    force: bool,
    project_dir: Path,
) -> None:
    """Write a certificate of completion for each plan in PLANS that meets its program's rule.

    PLANS are plan files or folders of them. The rule is the program's `completion:`
    (meetings logged, agreement signed, closing review). A plan that falls short is named
    with what is missing, and the exit status is 1; the others still get their certificates.

    \b
    Example:
      mentorbook certificate plans/ -o certificates/ --mentors
    """
    from mentorbook.certificate.render import (
        CertificateRenderer,
        certificate_filename,
        certificate_view,
    )
    from mentorbook.certificate.rule import (
        completion_rule,
        missing_for_completion,
        shortfall_message,
    )

    project = Project(project_dir)
    hub = load_content(project.content_dir)
    loaded, problems = read_plans(plans, hub)
    failures = [str(problem) for problem in problems]
    roles = ("mentee", "mentor") if mentors else ("mentee",)
    to_write = []
    for path, plan in loaded:
        try:
            rule = completion_rule(hub.programs[plan.program])
        except MentorbookError as error:
            failures.append(f"{display_path(path)}: {error.message}")
            continue
        missing = missing_for_completion(plan, rule)
        if missing:
            failures.append(shortfall_message(display_path(path), missing))
            continue
        for role in roles:
            if role == "mentor" and not plan.mentor:
                failures.append(
                    f"{display_path(path)}: no mentor certificate: the plan names no mentor"
                )
                continue
            view = certificate_view(hub, plan, role, goals=not no_goals)
            to_write.append((out_dir / certificate_filename(plan, role), view))
    existing = [display_path(target) for target, _ in to_write if target.exists()]
    if existing and not force:
        raise OutputExistsError(
            f"{', '.join(existing)} already exist(s); use --force to replace certificates"
        )
    renderer = CertificateRenderer(project, hub)
    for target, view in to_write:
        atomic_write_bytes(target, renderer.render(view))
    for line in failures:
        click.echo(line, err=True)
    noun = "certificate" if len(to_write) == 1 else "certificates"
    click.echo(f"Wrote {len(to_write)} {noun} to {display_path(out_dir)}.")
    if failures:
        raise MentorbookError(f"{len(failures)} plan(s) got no certificate; see the messages above")
