"""A small hub for matching: the minimal content, two goal templates and a second program.

The working directory is tmp_path, so files print as `applications.csv`, and the project
is `hub/`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mentorbook.cli.main import cli
from mentorbook.schema.loader import Hub, load_content
from tests.schema.minimal_content import MINIMAL_CONTENT, write_minimal_content

Invoke = Callable[..., Result]

GOAL = """\
id: {id}
title: {title}
category: {category}
framework: SMART
summary: A goal to test matching with.
prompts:
  - What would change?
examples:
  - One example.
  - Another example.
actions:
  - Try it.
measures:
  - It happened.
"""

EVERY_COLUMN = (
    "role,name,email,department,manager,interests,skills,goals,languages,timezone,capacity,"
    "program,avoid,prefer\n"
)


def write_match_project(root: Path, match_rules: str = "") -> Path:
    """A hub in `root`: program `pilot` (default rules, then `match_rules` if given) and
    program `second`, whose rules also keep a mentor out of the mentee's department."""
    content = write_minimal_content(root / "content")
    (content / "goals").mkdir()
    for goal_id, title, category in (
        ("speak-up", "Speak up", "Communication"),
        ("lead-a-team", "Lead a team", "Leadership"),
    ):
        text = GOAL.format(id=goal_id, title=title, category=category)
        (content / "goals" / f"{goal_id}.yml").write_text(text, encoding="utf-8")
    pilot = MINIMAL_CONTENT["programs/pilot.yml"]
    second = pilot.replace("id: pilot", "id: second").replace("Pilot Program", "Second")
    second += "match:\n  hard:\n    different_department: true\n"
    (content / "programs" / "pilot.yml").write_text(pilot + match_rules, encoding="utf-8")
    (content / "programs" / "second.yml").write_text(second, encoding="utf-8")
    return root


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_match_project(tmp_path / "hub")
    return Path("hub")


@pytest.fixture
def match(project: Path, runner: CliRunner) -> Invoke:
    """Run `mentorbook match ... --project hub`, by the rules of `pilot` unless a test names
    another program (the hub has two, so one must be named)."""

    def run(*args: str) -> Result:
        command = ["match", "--program", "pilot", *args, "--project", str(project)]
        return runner.invoke(cli, command, prog_name="mentorbook")

    return run


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Hub:
    """The same small hub, loaded once for tests that call the library directly."""
    root = write_match_project(tmp_path_factory.mktemp("hub"))
    return load_content(root / "content")
