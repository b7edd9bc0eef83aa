"""`mentorbook check`: validate a project's content and say what it holds."""

from __future__ import annotations

from pathlib import Path

import click

from mentorbook.cli.options import project_dir_argument
from mentorbook.project import Project


@click.command()
@project_dir_argument
def check(project_dir: Path) -> None:
    """Validate the content of PROJECT_DIR (default: the current folder).

    Prints a one-line summary, or every error as file:line:col with how to fix it.
    """
    # Imported here so that `mentorbook --help`, which imports every command's module,
    # does not load pydantic and the models.
    from mentorbook.schema.loader import load_content

    hub = load_content(Project(project_dir).content_dir)
    click.echo(f"OK {hub.summary()}")
