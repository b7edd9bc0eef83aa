"""Arguments and options shared by several commands, and the rules behind them.

Why one place: every command that writes a file takes `-o/--output` and `--force` the same
way, and every command that takes `--program` chooses the program the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

if TYPE_CHECKING:
    from mentorbook.schema.loader import Hub
    from mentorbook.schema.models import GoalTemplate, Program

Command = TypeVar("Command", bound=Callable[..., Any])
Item = TypeVar("Item")

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

program_option = click.option(
    "--program",
    "program_id",
    metavar="ID",
    help="The program (default: the only one; with several, name one).",
)


def output_option(
    help_text: str, *, required: bool = True, also: tuple[str, ...] = ()
) -> Callable[[Command], Command]:
    """`-o/--output FILE` and `--force`: an existing OUTPUT is replaced only with `--force`.

    The check runs before the command does anything, so a refused command reads and writes
    nothing. Without `required`, no OUTPUT means standard output. `also` names the command's
    other file options (`--pdf`, `--explain`...), which are checked the same way.
    """

    def decorate(command: Command) -> Command:
        @functools.wraps(command)
        def refusing_existing(*args: Any, output: Path | None, force: bool, **kwargs: Any) -> Any:
            if not force:
                refuse_existing([output, *(kwargs[name] for name in also)])
            return command(*args, output=output, **kwargs)

        with_force = click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
        with_output = click.option(
            "-o",
            "--output",
            required=required,
            type=click.Path(dir_okay=False, path_type=Path),
            help=help_text,
        )
        return cast(Command, with_output(with_force(refusing_existing)))

    return decorate


def output_dir_option(help_text: str) -> Callable[[Command], Command]:
    """`-o/--output DIR` for commands that write many files into one folder (`out_dir`).

    Why no `--force` here: what such a command finds in its folder is its own earlier
    output, and each command says what `--force` means for it (make again, replace).
    """
    return click.option(
        "-o",
        "--output",
        "out_dir",
        required=True,
        type=click.Path(file_okay=False, path_type=Path),
        help=help_text,
    )


def refuse_existing(paths: list[Path | None]) -> None:
    """Stop when any of `paths` exists: the user did not ask to replace it (`--force`)."""
    existing = [path for path in paths if path is not None and path.exists()]
    if not existing:
        return
    from mentorbook.errors import OutputExistsError
    from mentorbook.schema.loader import display_path
    from mentorbook.schema.messages import message

    shown = ", ".join(display_path(path) for path in existing)
    key = "output_exists" if len(existing) == 1 else "outputs_exist"
    raise OutputExistsError(message(key, path=shown))


def resolve_id(known: Mapping[str, Item], wanted: str, kind: str, option: str) -> Item:
    """The `kind` called `wanted`; an unknown id is a usage error naming `option` and the ids."""
    if wanted not in known:
        from mentorbook.schema.messages import unknown_id

        raise click.BadParameter(unknown_id(kind, wanted, known), param_hint=f"'{option}'")
    return known[wanted]


def resolve_goal_template(hub: Hub, program: Program, wanted: str, option: str) -> GoalTemplate:
    """The goal template `wanted`, which `program` must offer; otherwise a usage error naming
    `option` and the templates the program offers."""
    template = resolve_id(hub.goals, wanted, "goal template", option)
    offered = [goal.id for goal in hub.offered_goals(program)]
    if template.id not in offered:
        from mentorbook.schema.messages import message

        text = message("goal_not_offered", program=program.id, id=wanted, known=", ".join(offered))
        raise click.BadParameter(text, param_hint=f"'{option}'")
    return template


def resolve_program(hub: Hub, program_id: str | None, *, ask: bool = False) -> Program:
    """The program `--program` names; without it the only one, or, with several, the one the
    user picks at a terminal (`ask`); otherwise a usage error listing them."""
    programs = hub.programs
    if program_id is not None:
        return resolve_id(programs, program_id, "program", "--program")
    if not programs:
        from mentorbook.errors import MentorbookError
        from mentorbook.schema.messages import message

        raise MentorbookError(message("no_program"))
    if len(programs) == 1:
        return next(iter(programs.values()))
    if not ask:
        from mentorbook.schema.messages import message

        raise click.UsageError(message("choose_program", known=", ".join(programs)))
    listed = list(programs.values())
    echo_numbered([f"{program.name} ({program.id})" for program in listed])
    number: int = click.prompt("Program", type=click.IntRange(1, len(listed)))
    return listed[number - 1]


def echo_numbered(lines: list[str]) -> None:
    """Lines to choose from by number, numbers right-aligned."""
    from mentorbook.terminal import echo

    width = len(str(len(lines)))
    for number, line in enumerate(lines, start=1):
        echo(f"  {number:>{width}}. {line}")
