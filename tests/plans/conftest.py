"""The shared test project (tests/testdata/project), and `mentorbook plan` to run on it.

The working directory is the project root, so paths print as `plans/amara-okafor.yml`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mentorbook.cli.main import cli
from mentorbook.schema.loader import Hub, load_content

TESTDATA = Path(__file__).parent / "testdata"

Invoke = Callable[..., Result]


@pytest.fixture
def project(test_project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(test_project)
    return test_project


@pytest.fixture
def hub(project: Path) -> Hub:
    return load_content(project / "content")


@pytest.fixture
def invoke(project: Path, runner: CliRunner) -> Invoke:
    """Run `mentorbook plan ...` in the project, as a person at a terminal would."""

    def run(*args: str, input: str | None = None) -> Result:
        return runner.invoke(
            cli, ["plan", *args], input=input, prog_name="mentorbook", catch_exceptions=False
        )

    return run


AMARA = "plans/amara-okafor.yml"


@pytest.fixture
def amara(invoke: Invoke) -> Path:
    """Amara's plan: pilot program from 2026-09-01, mentor Ben Osei, no goals yet."""
    result = invoke(
        "new",
        "--mentee",
        "Amara Okafor",
        "--mentor",
        "Ben Osei",
        "--start",
        "2026-09-01",
        "--no-input",
    )
    assert result.exit_code == 0, result.output
    return Path(AMARA)


@pytest.fixture
def plan(project: Path) -> Path:
    """Amara's plan of testdata/test_import, at revision 4, as `plan import` tests start from."""
    path = Path(AMARA)
    path.parent.mkdir()
    shutil.copyfile(TESTDATA / "test_import" / "amara-okafor.yml", path)
    return path
