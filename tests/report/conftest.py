"""The cohort project, made once per module, and the CLI to run on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mentorbook.cli.main import cli
from tests.report.cohort import write_cohort_project

Run = Callable[..., Result]


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_cohort_project(tmp_path_factory.mktemp("cohort") / "project")


@pytest.fixture(scope="module")
def run(cohort: Path) -> Run:
    """`mentorbook ARGS --project COHORT`, from inside the project so paths print short."""

    def invoke(*args: str | Path) -> Result:
        with pytest.MonkeyPatch.context() as patch:
            patch.chdir(cohort)
            return CliRunner().invoke(
                cli, [*map(str, args), "--project", "."], prog_name="mentorbook"
            )

    return invoke
