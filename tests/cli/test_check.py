"""`mentorbook check`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from tests.cli.conftest import snapshot

SUMMARY = "OK Test Hub: 1 program, 2 roles, 1 format, 1 agreement, 1 glossary term\n"


def test_check_prints_a_one_line_summary(runner: CliRunner, project: Path) -> None:
    result = runner.invoke(cli, ["check", str(project)])

    assert (result.exit_code, result.stdout, result.stderr) == (0, SUMMARY, "")


def test_check_defaults_to_the_working_directory(
    runner: CliRunner, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)

    result = runner.invoke(cli, ["check"])

    assert (result.exit_code, result.stdout) == (0, SUMMARY)


def test_check_lists_every_error_and_exits_1_without_traceback(
    runner: CliRunner, project: Path
) -> None:
    roles = project / "content" / "roles"
    (roles / "mentor.yml").write_text(
        "id: mentor\nname: Mentor\nsumary: Helps.\nresponsibilities: [Listen.]\n",
        encoding="utf-8",
    )
    (roles / "mentee.yml").write_text("id: mentee\nname: [Mentee\n", encoding="utf-8")
    before = snapshot(project)

    result = runner.invoke(cli, ["check", str(project)])

    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "hub/content/roles/mentee.yml:3:1: the '[' or '{' opened on line 2 is never closed;"
        " add the closing bracket\n"
        "hub/content/roles/mentor.yml:3:1: sumary: 'sumary' is not a field here (did you mean"
        " 'summary'?); remove it or fix its spelling\n"
        "Found 2 errors in 2 content files.\n"
    )
    assert "Traceback" not in result.output
    assert snapshot(project) == before


def test_check_of_a_folder_without_content_says_how_to_start(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = runner.invoke(cli, ["check", "."])

    assert result.exit_code == 1
    assert result.stderr == (
        "content:1:1: the content folder is missing; run 'mentorbook init' to start a new project\n"
        "Found 1 error in 1 content file.\n"
    )


def test_check_validates_the_plans_too(runner: CliRunner, project: Path) -> None:
    plans = project / "plans"
    plans.mkdir()
    (plans / "amara.yml").write_text("mentee: Amara\nprogram: pilot\n", encoding="utf-8")
    (plans / "bo.yml").write_text("mentee: Bo\nprogram: pilott\n", encoding="utf-8")

    result = runner.invoke(cli, ["check", str(project)])

    assert result.exit_code == 1
    assert result.stderr == (
        "hub/plans/bo.yml:2:10: program: there is no program with the id 'pilott'"
        " (did you mean 'pilot'?); use one of: pilot\n"
        "Found 1 error in 1 plan file.\n"
    )

    (plans / "bo.yml").write_text("mentee: Bo\nprogram: pilot\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", str(project)])

    assert (result.exit_code, result.stdout) == (0, SUMMARY.replace("\n", ", 2 plans\n"))
