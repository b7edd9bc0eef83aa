"""Command groups whose subcommands are imported only when they run.

Why: `mentorbook --help` and `mentorbook check` must start fast, so a command's module (and
pydantic, WeasyPrint or MkDocs behind it) is imported only when that command runs. A group
lists its commands' summaries from data, so listing them imports nothing.
"""

from __future__ import annotations

import importlib
from typing import Any, NamedTuple

import click


class LazyCommand(NamedTuple):
    target: str
    """"module:attribute" of the click command."""
    summary: str
    """The first line of the command's help, shown in `mentorbook --help`."""


class LazyGroup(click.Group):
    """A group whose subcommands, named in `lazy_commands`, are imported on first use."""

    def __init__(self, *args: Any, lazy_commands: dict[str, LazyCommand], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.lazy_commands)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        lazy = self.lazy_commands.get(cmd_name)
        if lazy is None:
            return None
        module_name, attribute = lazy.target.split(":")
        command: click.Command = getattr(importlib.import_module(module_name), attribute)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, self.lazy_commands[name].summary) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)
