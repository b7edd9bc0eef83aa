"""A small project (tests/cohort/testdata/project) copied into tmp_path, and `mentorbook cohort`.

Why its own content: the default content grows while we work; these tests need ids that
stay put, and a small program renders quickly. The working directory is tmp_path, so the
roster prints as `roster.csv` and the output folder as `out`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mentorbook.cli.main import cli

TESTDATA = Path(__file__).parent / "testdata"

Invoke = Callable[..., Result]

TWO_MENTEES = """\
mentee,mentor,program,start,email,goals
Ana Díaz,Ben Osei,pilot,2026-09-01,ana@example.org,learn-the-ropes;speak-up
Bo Li,,,,,
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    shutil.copytree(TESTDATA / "project", root)
    monkeypatch.chdir(tmp_path)
    return root


@pytest.fixture
def cohort(project: Path) -> Invoke:
    """Run `mentorbook cohort ... --project <the test project>` with two workers."""
    runner = CliRunner()

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
