"""`mentorbook report` as a coordinator runs it: what it refuses, and that refusing changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mentorbook.cli.main import cli
from tests.cli.conftest import snapshot


@pytest.fixture
def project(cohort: Path, tmp_path: Path) -> Path:
    """A copy of the cohort project, free to break."""
    copy = tmp_path / "project"
    shutil.copytree(
        cohort,
        copy,
        ignore=shutil.ignore_patterns(
            "*.html", "*.csv", "*.pdf", "out*", "cert*", "named", "anonymous"
        ),
    )
    return copy


def _run_in(project: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    monkeypatch.chdir(project)
    return CliRunner().invoke(cli, list(args), prog_name="mentorbook")


def test_an_invalid_plan_is_reported_by_line_and_nothing_is_written(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = project / "plans" / "chen-wei.yml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("progress: 20", "progress: lots"), encoding="utf-8"
    )
    before = snapshot(project)

    result = _run_in(project, monkeypatch, "report", "plans", "-o", "report.html")

    assert result.exit_code == 1
    assert result.output == (
        "plans/chen-wei.yml:21:13: goals[0].progress: expected a whole number, found 'lots';"
        " write a number such as 4\n"
        "Found 1 error in 1 plan file.\n"
    )
    assert snapshot(project) == before


def test_an_existing_report_is_replaced_only_with_force(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "report.csv").write_text("mine\n", encoding="utf-8")

    refused = _run_in(
        project, monkeypatch, "report", "plans", "-o", "report.html", "--csv", "report.csv"
    )
    forced = _run_in(
        project,
        monkeypatch,
        "report",
        "plans",
        "-o",
        "report.html",
        "--csv",
        "report.csv",
        "--force",
    )

    assert refused.exit_code == 1
    assert refused.output == "Error: report.csv already exists; use --force to replace it.\n"
    assert forced.exit_code == 0
    assert (project / "report.csv").read_text(encoding="utf-8").startswith("pair,mentee,")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["empty"], "Error: PLANS holds no plan file (*.yml); name plan files or folders."),
        (
            ["plans", "--today", "1 March"],
            "Error: Invalid value for '--today': '1 March' is not a date; write it as YYYY-MM-DD, such as 2026-09-01",
        ),
    ],
)
def test_usage_errors_exit_2(
    project: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    (project / "empty").mkdir()

    result = _run_in(project, monkeypatch, "report", *args, "-o", "report.html")

    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == message
    assert not (project / "report.html").exists()


def test_names_are_escaped_text_and_a_spreadsheet_never_runs_them(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = project / "plans" / "dev-patel.yml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "Dev Patel", "'=HYPERLINK(\"x\") <b>{{ 7*7 }}</b>'"
        ),
        encoding="utf-8",
    )

    result = _run_in(
        project,
        monkeypatch,
        "report",
        "plans",
        "-o",
        "r.html",
        "--csv",
        "r.csv",
        "--today",
        "2027-03-01",
    )

    assert result.exit_code == 0, result.output
    html = (project / "r.html").read_text(encoding="utf-8")
    assert "=HYPERLINK(&#34;x&#34;) &lt;b&gt;{{ 7*7 }}&lt;/b&gt;" in html
    assert '\'=HYPERLINK(""x"") <b>{{ 7*7 }}</b>' in (project / "r.csv").read_text(encoding="utf-8")
