"""`cohort --certificates`: certificates for the mentees who finished, made incrementally."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from tests.report.cohort import write_cohort_project


@pytest.mark.slow
def test_certificates_are_made_for_finished_plans_and_only_again_when_a_plan_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(write_cohort_project(tmp_path / "project"))
    command = ["cohort", "plans", "-o", "out", "--certificates", "--jobs", "1"]

    first = CliRunner().invoke(cli, command)
    second = CliRunner().invoke(cli, command)
    plan = Path("plans/gil-mar.yml")
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("GOALTITLE-gil-1", "Lead"), encoding="utf-8"
    )
    third = CliRunner().invoke(cli, command)

    assert first.exit_code == 0, first.output
    assert sorted(path.name for path in Path("out/certificates").iterdir()) == [
        "gil-mar.pdf",
        "manifest.json",
    ]
    assert "note: 3 plans have not met the program's completion rule yet.\n" in first.output
    assert "Made 1 certificate, 0 unchanged, 0 failed" in first.output
    assert "Made 0 certificates, 1 unchanged, 0 failed" in second.output
    assert "Made 1 workbook, 3 unchanged, 0 failed" in third.output
    assert "Made 1 certificate, 0 unchanged, 0 failed" in third.output
