"""`mentorbook certificate`: certificates of completion for the plans that meet their program's rule."""

from __future__ import annotations

from pathlib import Path

import click

from mentorbook.cli.options import output_dir_option, project_option
from mentorbook.errors import MentorbookError, OutputExistsError
from mentorbook.fileio import atomic_write_bytes
from mentorbook.plans.bulk import read_plans
from mentorbook.project import Project
from mentorbook.schema.loader import display_path, load_content


@click.command()
@click.argument("plans", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@output_dir_option("The folder to write the certificates (PDF) into.")
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
    from mentorbook.certificate.batch import certificates_earned
    from mentorbook.certificate.render import CertificateRenderer

    project = Project(project_dir)
    hub = load_content(project.content_dir)
    loaded, problems = read_plans(plans, hub)
    found = certificates_earned(hub, loaded, out_dir, mentors=mentors, goals=not no_goals)
    existing = [display_path(item.target) for item in found.earned if item.target.exists()]
    if existing and not force:
        raise OutputExistsError(
            f"{', '.join(existing)}: already made; use --force to make these certificates again"
        )
    failures = [str(problem) for problem in problems]
    failures += [line for lines in found.shortfalls.values() for line in lines]
    for line in failures:
        click.echo(line, err=True)
    renderer = CertificateRenderer(project, hub)
    for item in found.earned:
        atomic_write_bytes(item.target, renderer.render(item.view))
    noun = "certificate" if len(found.earned) == 1 else "certificates"
    click.echo(f"Wrote {len(found.earned)} {noun} to {display_path(out_dir)}.")
    failed = len({problem.path for problem in problems} | set(found.shortfalls))
    if failed:
        plans_noun = "plan gets" if failed == 1 else "plans get"
        raise MentorbookError(f"{failed} {plans_noun} no certificate; see the messages above")
