"""What the `plan` subcommands share: the PLAN argument, the hub, and how results read."""

from __future__ import annotations

from pathlib import Path

import click

from mentorbook.project import Project
from mentorbook.schema.loader import Hub, display_path, load_content
from mentorbook.schema.models.plan import Plan

plan_argument = click.argument(
    "plan_file", metavar="PLAN", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)


def load_hub(project_dir: Path) -> Hub:
    return load_content(Project(project_dir).content_dir)


def with_revision(plan_file: Path, written: Plan) -> str:
    """`plans/amara-okafor.yml (revision 3)`: which plan changed, and to what revision."""
    return f"{display_path(plan_file)} (revision {written.revision})"


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
