"""`mentorbook schema`: print the JSON Schema that editors use to autocomplete content and plans."""

from __future__ import annotations

import json
from pathlib import Path

import click

from mentorbook.errors import OutputExistsError
from mentorbook.fileio import atomic_write_text


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the schema to this file instead of standard output.",
)
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
def schema(output: Path | None, force: bool) -> None:
    """Print the JSON Schema of content and plan files.

    Point yaml-language-server at it with a first line such as
    '# yaml-language-server: $schema=../mentorbook.schema.json'.
    """
    # Imported here so that `mentorbook --help` does not load pydantic and the models.
    from mentorbook.schema.json_schema import build_schema
    from mentorbook.schema.loader import display_path

    if output is not None and output.exists() and not force:
        raise OutputExistsError(
            f"{display_path(output)} already exists; use --force to replace it."
        )

    text = json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(output, text)
        click.echo(f"Wrote {output}")
