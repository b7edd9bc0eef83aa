"""`mentorbook init`: start a new hub project from the default content."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click

from mentorbook.errors import MentorbookError
from mentorbook.project import Project, defaults_dir

GITIGNORE = """\
# Built site, and mentees' plans: personal data never goes into the repository.
/site/
/plans/
"""

TEMPLATES_README = """\
Put a template here with the same name and folder as a default one (for example
site/role.md.j2 or workbook/cover.html.j2) to replace it. Templates not found here
come from mentorbook's defaults.
"""


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def init(directory: Path) -> None:
    """Create a new hub project in DIRECTORY, with the default program's content.

    DIRECTORY must not exist yet, or be empty.
    """
    if directory.exists() and any(directory.iterdir()):
        raise MentorbookError(f"{directory} is not empty; choose a new or empty folder")
    parent = directory.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    # Build the project beside its destination and rename it into place, so a failure
    # leaves no half-made project.
    staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{directory.name}."))
    try:
        _fill(Project(staging))
        staging.replace(directory)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    click.echo(f"Created a mentorbook project in {directory}. Next: mentorbook check {directory}")


def _fill(project: Project) -> None:
    defaults = defaults_dir()
    shutil.copytree(defaults / "content", project.content_dir)
    shutil.copy2(defaults / "mkdocs.yml", project.mkdocs_yml)
    project.templates_dir.mkdir()
    (project.templates_dir / "README.txt").write_text(TEMPLATES_README, encoding="utf-8")
    (project.root / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    project.root.chmod(0o755)
