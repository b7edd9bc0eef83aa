"""The options every command shares: which program, and files that are never replaced silently."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from mentorbook.cli.options import output_option, program_option, resolve_program
from mentorbook.schema.loader import Hub, load_content
from tests.schema.minimal_content import MINIMAL_CONTENT, write_minimal_content


def _hub(tmp_path: Path, *extra_programs: str) -> Hub:
    content = tmp_path / "content"
    write_minimal_content(content)
    pilot = MINIMAL_CONTENT["programs/pilot.yml"]
    for program in extra_programs:
        (content / "programs" / f"{program}.yml").write_text(
            pilot.replace("id: pilot", f"id: {program}"), encoding="utf-8"
        )
    return load_content(content)


def _choose(hub: Hub) -> click.Command:
    @click.command()
    @program_option
    def choose(program_id: str | None) -> None:
        click.echo(resolve_program(hub, program_id).id)

    return choose


@pytest.mark.parametrize(
    ("programs", "args", "code", "output"),
    [
        ((), [], 0, "pilot\n"),
        (("evening",), ["--program", "evening"], 0, "evening\n"),
        (
            ("evening",),
            [],
            2,
            "Error: the hub has several programs; choose one with --program: evening, pilot\n",
        ),
        (
            (),
            ["--program", "pilt"],
            2,
            "Error: Invalid value for '--program': there is no program with the id 'pilt'"
            " (did you mean 'pilot'?); use one of: pilot\n",
        ),
    ],
)
def test_one_rule_chooses_the_program(
    tmp_path: Path,
    runner: CliRunner,
    programs: tuple[str, ...],
    args: list[str],
    code: int,
    output: str,
) -> None:
    result = runner.invoke(_choose(_hub(tmp_path, *programs)), args)

    assert result.exit_code == code
    assert result.output.endswith(output)


@click.command()
@output_option("The file to write.", also=("extra",))
@click.option("--extra", type=click.Path(dir_okay=False, path_type=Path))
def write(output: Path, extra: Path | None) -> None:
    output.write_text("new", encoding="utf-8")


def test_existing_outputs_are_replaced_only_with_force(tmp_path: Path, runner: CliRunner) -> None:
    out, extra = tmp_path / "out.txt", tmp_path / "extra.txt"
    out.write_text("old", encoding="utf-8")
    extra.write_text("old", encoding="utf-8")

    refused = runner.invoke(write, ["-o", str(out), "--extra", str(extra)])
    forced = runner.invoke(write, ["-o", str(out), "--extra", str(extra), "--force"])

    assert (refused.exit_code, refused.output) == (
        1,
        f"Error: {out}, {extra} already exist; use --force to replace them.\n",
    )
    assert (forced.exit_code, out.read_text(encoding="utf-8")) == (0, "new")
