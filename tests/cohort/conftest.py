"""The shared test project (tests/testdata/project), and `mentorbook cohort` to run on it.

The working directory is tmp_path, so the roster prints as `roster.csv` and the output
folder as `out`.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from mentorbook.cli.main import cli
from tests.conftest import with_ctrl_c_as_in_a_terminal

Invoke = Callable[..., Result]

TWO_MENTEES = """\
mentee,mentor,program,start,email,goals
Ana Díaz,Ben Osei,pilot,2026-09-01,ana@example.org,learn-the-ropes;speak-up
Bo Li,,,,,
"""


@pytest.fixture
def project(test_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return test_project


@pytest.fixture
def cohort(project: Path, runner: CliRunner) -> Invoke:
    """Run `mentorbook cohort ... --project <the test project>` with two workers."""

    def run(*args: str) -> Result:
        return runner.invoke(
            cli,
            ["cohort", *args, "--jobs", "2", "--project", str(project)],
            prog_name="mentorbook",
            catch_exceptions=False,
        )

    return run


@pytest.fixture
def built(tmp_path: Path, cohort: Invoke) -> Path:
    """The output folder after a first run over a roster of two mentees."""
    (tmp_path / "roster.csv").write_text(TWO_MENTEES, encoding="utf-8")
    result = cohort("roster.csv", "-o", "out")
    assert result.exit_code == 0, result.output
    return tmp_path / "out"


def roster_command(tmp_path: Path, project: Path, mentees: int) -> list[str]:
    """Write a roster of `mentees` into tmp_path; return the command that makes their workbooks."""
    rows = "".join(f"Mentee {number}\n" for number in range(mentees))
    (tmp_path / "roster.csv").write_text("mentee\n" + rows, encoding="utf-8")
    command = [sys.executable, "-m", "mentorbook", "cohort", "roster.csv", "-o", "out"]
    return [*command, "--jobs", "2", "--project", str(project)]


def start_in_own_session(command: list[str], cwd: Path, **pipes: Any) -> subprocess.Popen[str]:
    """Start `command` in a session of its own, so that a signal sent to the session reaches
    every process of it, as a terminal's Ctrl-C does, or a machine that goes down."""
    return subprocess.Popen(
        command,
        cwd=cwd,
        text=True,
        start_new_session=True,
        preexec_fn=with_ctrl_c_as_in_a_terminal,
        **pipes,
    )
