"""The command group: usage errors, help, version, and a fast start."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from mentorbook import __version__
from mentorbook.cli.main import COMMANDS, cli
from mentorbook.cli.plan.group import SUBCOMMANDS, plan


@pytest.mark.parametrize(
    ("arguments", "usage", "error"),
    [
        (["nope"], "mentorbook [OPTIONS] COMMAND [ARGS]...", "No such command 'nope'."),
        (
            ["check", "does-not-exist"],
            "mentorbook check [OPTIONS] [PROJECT_DIR]",
            "Invalid value for '[PROJECT_DIR]': Directory 'does-not-exist' does not exist.",
        ),
        (["init"], "mentorbook init [OPTIONS] DIRECTORY", "Missing argument 'DIRECTORY'."),
        (["schema", "--bogus"], "mentorbook schema [OPTIONS]", "No such option '--bogus'."),
    ],
)
def test_usage_errors_exit_2_with_a_hint(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    usage: str,
    error: str,
) -> None:
    monkeypatch.chdir(tmp_path)

    result = runner.invoke(cli, arguments, prog_name="mentorbook")

    command = usage.split(" [")[0]
    assert result.exit_code == 2
    assert result.stderr == (
        f"Usage: {usage}\nTry '{command} --help' for help.\n\nError: {error}\n"
    )


def test_help_lists_every_command(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--help"])

    assert result.exit_code == 0
    listed = result.stdout.split("Commands:")[1].split()
    assert set(COMMANDS) <= set(listed)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_listed_summary_is_the_commands_own_help(name: str) -> None:
    command = cli.get_command(click.Context(cli), name)

    assert command is not None
    assert command.get_short_help_str(limit=300) == COMMANDS[name].summary


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_each_plan_summary_is_the_subcommands_own_help(name: str) -> None:
    command = plan.get_command(click.Context(plan), name)

    assert command is not None
    assert command.get_short_help_str(limit=300) == SUBCOMMANDS[name].summary


def test_plan_help_imports_no_subcommand_module() -> None:
    script = textwrap.dedent(
        """
        import sys
        from mentorbook.cli.main import cli
        try:
            cli.main(["plan", "--help"], prog_name="mentorbook")
        except SystemExit as exit:
            assert exit.code == 0, exit.code
        loaded = sorted(name for name in sys.modules if name.startswith("mentorbook.cli.plan."))
        assert loaded == ["mentorbook.cli.plan.group"], loaded
        """
    )

    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stderr


def test_help_imports_no_command_module() -> None:
    """`--help` lists summaries from COMMANDS, so it stays fast however heavy a command is."""
    script = textwrap.dedent(
        """
        import sys
        from mentorbook.cli.main import cli
        try:
            cli.main(["--help"], prog_name="mentorbook")
        except SystemExit as exit:
            assert exit.code == 0, exit.code
        loaded = sorted(
            name for name in sys.modules
            if name.startswith("mentorbook.cli.") and name not in {"mentorbook.cli.main", "mentorbook.cli.lazy"}
            or name.split(".")[0] in {"pydantic", "ruamel", "jinja2"}
        )
        assert not loaded, loaded
        """
    )

    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stderr


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])

    assert (result.exit_code, result.stdout) == (0, f"mentorbook, version {__version__}\n")


def test_help_and_check_do_not_import_heavy_libraries(tmp_path: Path) -> None:
    """Why a subprocess: the test process may already have imported them for other tests."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from mentorbook.cli.main import cli
        from tests.schema.minimal_content import write_minimal_content

        write_minimal_content(Path({str(tmp_path)!r}) / "content")
        for arguments in (["--help"], ["check", {str(tmp_path)!r}]):
            try:
                cli.main(arguments, prog_name="mentorbook")
            except SystemExit as exit:
                assert exit.code == 0, (arguments, exit.code)
        heavy = sorted(
            name for name in sys.modules
            if name.split(".")[0] in {{"weasyprint", "mkdocs", "material", "pypdf", "numpy", "ortools"}}
        )
        assert not heavy, heavy
        """
    )

    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "Commands:" in result.stdout
    assert "OK Test Hub" in result.stdout
