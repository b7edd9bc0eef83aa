"""The `mentorbook` command group.

Why lazy: `mentorbook --help` and `mentorbook check` must start fast, so a command's module
(and WeasyPrint or MkDocs behind it) is imported only when that command is asked for.
"""

from __future__ import annotations

import importlib

import click

from mentorbook import __version__

COMMANDS = {
    "check": "mentorbook.cli.check:check",
    "init": "mentorbook.cli.init:init",
    "schema": "mentorbook.cli.schema:schema",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command: click.Command = getattr(importlib.import_module(module_name), attribute)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mentorbook")
def cli() -> None:
    """Build a mentoring program's knowledge hub and personalised workbooks from YAML."""
