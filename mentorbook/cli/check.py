"""`mentorbook check`: validate a project's content and plans, and say what they hold."""

from __future__ import annotations

from pathlib import Path

import click

from mentorbook.cli.options import project_dir_argument
from mentorbook.plans.files import load_plans
from mentorbook.project import Project
from mentorbook.schema.loader import load_content


@click.command()
@project_dir_argument
def check(project_dir: Path) -> None:
    """Validate the content of PROJECT_DIR (default: the current folder).

    Plans in PROJECT_DIR/plans/ are validated too, and so are the content's translations
    (a translation that breaks the Markdown is an error, a missing one only a warning).
    Prints a one-line summary, or every error as file:line:col with how to fix it.
    """
    from mentorbook.translations.project import translation_warnings

    project = Project(project_dir)
    hub = load_content(project.content_dir)
    for warning in translation_warnings(project, hub):
        click.echo(f"Warning: {warning}", err=True)
    plans = load_plans(project.plans_dir, hub)
    summary = hub.summary()
    if plans:
        summary += f", {len(plans)} plan{'' if len(plans) == 1 else 's'}"
    click.echo(f"OK {summary}")
