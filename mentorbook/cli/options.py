"""Arguments shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

project_dir_argument = click.argument(
    "project_dir",
    required=False,
    default=".",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)

project_option = click.option(
    "--project",
    "project_dir",
    default=".",
    show_default=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="The hub project whose content and templates to use.",
)
