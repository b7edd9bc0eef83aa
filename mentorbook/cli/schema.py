"""`mentorbook schema`: print the JSON Schema that editors use to autocomplete content and plans."""

from __future__ import annotations

import json
from pathlib import Path

import click

from mentorbook.cli.options import output_option
from mentorbook.fileio import atomic_write_text


@click.command()
@output_option("Write the schema to this file instead of standard output.", required=False)
def schema(output: Path | None) -> None:
    """Print the JSON Schema of content and plan files.

    Point yaml-language-server at it with a first line such as
    '# yaml-language-server: $schema=../mentorbook.schema.json'.
    """
    # Imported here so that `mentorbook --help` does not load pydantic and the models.
    from mentorbook.schema.json_schema import build_schema

    text = json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(output, text)
        click.echo(f"Wrote {output}")
