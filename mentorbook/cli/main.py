"""The `mentorbook` command group.

Why lazy: `mentorbook --help` and `mentorbook check` must start fast, so a command's module
(and pydantic, WeasyPrint or MkDocs behind it) is imported only when that command runs.
The group's help lists each command's summary from COMMANDS, so listing imports nothing;
tests/cli/test_main.py checks each summary against the command's own help.
"""

from __future__ import annotations

from typing import Any

import click

from mentorbook import __version__
from mentorbook.cli.lazy import LazyCommand, LazyGroup

COMMANDS = {
    "build": LazyCommand(
        "mentorbook.cli.site:build", "Build the knowledge hub of PROJECT_DIR as a static website."
    ),
    "certificate": LazyCommand(
        "mentorbook.cli.certificate:certificate",
        "Write a certificate of completion for each plan in PLANS that meets its program's rule.",
    ),
    "check": LazyCommand(
        "mentorbook.cli.check:check",
        "Validate the content of PROJECT_DIR (default: the current folder).",
    ),
    "cohort": LazyCommand(
        "mentorbook.cli.cohort:cohort",
        "Make a workbook for every mentee in ROSTER, into OUT_DIR/workbooks/.",
    ),
    "export-markdown": LazyCommand(
        "mentorbook.cli.site:export_markdown",
        "Write the hub's pages as plain Markdown with an mkdocs.yml into OUT_DIR.",
    ),
    "init": LazyCommand(
        "mentorbook.cli.init:init",
        "Create a new hub project in DIRECTORY, with the default program's content.",
    ),
    "match": LazyCommand(
        "mentorbook.cli.match:match",
        "Pair mentors and mentees from APPLICATIONS by the program's rules, into a roster.",
    ),
    "plan": LazyCommand(
        "mentorbook.cli.plan.group:plan", "Create and fill in mentees' plans (plans/<mentee>.yml)."
    ),
    "report": LazyCommand(
        "mentorbook.cli.report:report",
        "Write the program report of the plans in PLANS (files or folders) as HTML.",
    ),
    "schema": LazyCommand(
        "mentorbook.cli.schema:schema", "Print the JSON Schema of content and plan files."
    ),
    "serve": LazyCommand(
        "mentorbook.cli.site:serve",
        "Preview the hub of PROJECT_DIR, rebuilding it when content or templates change.",
    ),
    "translations": LazyCommand(
        "mentorbook.cli.translations:translations",
        "Keep translations/content/<lang>.po in step with content/, for translators.",
    ),
    "workbook": LazyCommand(
        "mentorbook.cli.workbook:workbook",
        "Write the PDF workbook of the plan in PLAN, of --mentee, or the --blank one.",
    ),
}


class MainGroup(LazyGroup):
    """The `mentorbook` group: checks shared by every command, and user errors shown safely."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, every error a user can cause shown as a message.

        Messages quote what users typed and what files hold, so control characters in them
        are shown as escapes (see mentorbook.terminal): no escape sequence reaches the terminal.
        """
        from mentorbook.terminal import shown

        try:
            return self._invoke_checked(ctx)
        except click.ClickException as error:
            # click marks `message` Final for its own code; replacing it is how it is shown.
            error.message = shown(error.message)  # type: ignore[misc]
            raise

    def _invoke_checked(self, ctx: click.Context) -> Any:
        """Check SOURCE_DATE_EPOCH (MkDocs and the workbooks read it midway), then run the
        command; a full disk or a missing permission is a user error, not a traceback."""
        from mentorbook.source_date import source_date

        source_date()
        try:
            return super().invoke(ctx)
        except OSError as error:
            from mentorbook.errors import file_system_error

            problem = file_system_error(error)
            if problem is None:
                raise
            raise problem from None


@click.group(
    cls=MainGroup,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="mentorbook")
def cli() -> None:
    """Build a mentoring program's knowledge hub and personalised workbooks from YAML."""
