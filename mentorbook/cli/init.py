"""`mentorbook init`: start a new hub project from the default content."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click

from mentorbook.errors import MentorbookError
from mentorbook.project import Project, defaults_dir
from mentorbook.schema.json_schema import SCHEMA_FILE_NAME

BARE_PROJECT = "bare-project"
"""The folder of the defaults that `init --bare` copies its content from."""

GITIGNORE = """\
# Built site (and the lock a build takes beside it), and mentees' plans: personal data
# never goes into the repository.
/site/
/.site.lock
/plans/
# Workbooks rendered by earlier builds, kept to make the next build faster.
/.mentorbook-cache/
"""

TEMPLATES_README = """\
Put a template here with the same name and folder as a default one (for example
site/role.md.j2 or workbook/sections/cover.html) to replace it. Templates not found here
come from mentorbook's defaults.
"""


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--bare",
    is_flag=True,
    help="Start from a minimal project to fill in, instead of the full example program.",
)
def init(directory: Path, bare: bool) -> None:
    """Create a new hub project in DIRECTORY, with the default program's content.

    With --bare, the project holds only the files a hub needs, each with one commented
    example and no organisation's own content. DIRECTORY must not exist yet, or be empty.
    """
    if directory.exists() and any(directory.iterdir()):
        raise MentorbookError(f"'{directory}' is not empty; choose a new or empty folder")
    created = not directory.exists()
    directory.mkdir(parents=True, exist_ok=True)
    # Build the project in a hidden folder inside DIRECTORY and move it up once complete,
    # so a failure leaves DIRECTORY as it was. Moving the contents rather than renaming
    # the folder keeps `mentorbook init .` working from inside an empty folder.
    staging = Path(tempfile.mkdtemp(dir=directory, prefix=".mentorbook-init-"))
    try:
        _fill(Project(staging), bare=bare)
        for child in sorted(staging.iterdir()):
            child.rename(directory / child.name)
        staging.rmdir()
    except BaseException:
        _empty(directory)
        if created:
            directory.rmdir()
        raise
    click.echo(f"Created a mentorbook project in {directory}")
    click.echo(f"Next, check it: mentorbook check {directory}")


def _fill(project: Project, *, bare: bool) -> None:
    defaults = defaults_dir()
    if bare:
        shutil.copytree(defaults / BARE_PROJECT / "content", project.content_dir)
        shutil.copy2(
            defaults / "content" / SCHEMA_FILE_NAME, project.content_dir / SCHEMA_FILE_NAME
        )
    else:
        shutil.copytree(defaults / "content", project.content_dir)
        # Example input for `mentorbook match`: made-up people, so it can sit in the repository.
        shutil.copytree(defaults / "examples", project.root / "examples")
    shutil.copy2(defaults / "mkdocs.yml", project.mkdocs_yml)
    project.templates_dir.mkdir()
    (project.templates_dir / "README.txt").write_text(TEMPLATES_README, encoding="utf-8")
    (project.root / ".gitignore").write_text(GITIGNORE, encoding="utf-8")


def _empty(directory: Path) -> None:
    """Remove everything in `directory`, which was empty before `init` began."""
    for child in directory.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
