"""`mentorbook workbook`: usage errors exit 2, user errors exit 1, and files stay as they were."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from mentorbook.cli.main import cli
from tests.workbook.pdftools import text_of
from tests.workbook.workbook_content import write_workbook_project

USAGE = (
    "Usage: mentorbook workbook [OPTIONS] [PLAN]\nTry 'mentorbook workbook --help' for help.\n\n"
)
PLAN = """\
mentee: Amara Okafor
mentor: Daniel Reyes
program: pilot
start: 2027-01-11
revision: 2
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workbook project in `hub/` with a plan in `hub/plans/`; the working directory is its parent."""
    monkeypatch.chdir(tmp_path)
    root = write_workbook_project(tmp_path / "hub")
    (root / "plans").mkdir()
    (root / "plans" / "amara-okafor.yml").write_text(PLAN, encoding="utf-8")
    return Path("hub")


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        (["-o", "x.pdf"], "Give one of PLAN, --mentee NAME or --blank."),
        (
            ["hub/plans/amara-okafor.yml", "--mentee", "A", "-o", "x.pdf"],
            "Give one of PLAN, --mentee NAME or --blank.",
        ),
        (
            ["--blank", "--mentee", "A", "-o", "x.pdf"],
            "Give one of PLAN, --mentee NAME or --blank.",
        ),
        (
            ["--blank", "--start", "2027-01-11", "-o", "x.pdf"],
            "--mentor and --start go with --mentee.",
        ),
        (
            ["hub/plans/amara-okafor.yml", "--program", "pilot", "-o", "x.pdf"],
            "--program goes with --mentee or --blank; a plan names its program.",
        ),
        (["--blank"], "Missing option '-o' / '--output'."),
        (
            ["--mentee", "A", "--start", "11/01/2027", "-o", "x.pdf"],
            "Invalid value for '--start': '11/01/2027' is not a date; write it as YYYY-MM-DD,"
            " such as 2026-09-01",
        ),
        (
            ["--mentee", "A", "--start", "9999-12-01", "-o", "x.pdf"],
            "Invalid value for '--start': 9999-12-01 is outside the years 1900 to 2199 that"
            " schedules are counted in; check the year",
        ),
        (
            ["--mentee", "Amara\x1b]0;pwned\x07", "-o", "x.pdf"],
            "Invalid value for '--mentee': a name is one line of text, and this one holds control"
            " characters or line breaks ('Amara\\x1b]0;pwned\\x07'); write the name on one line",
        ),
        (
            ["--blank", "--program", "nope", "--project", "hub", "-o", "x.pdf"],
            "Invalid value for '--program': there is no program with the id 'nope'; use one of: pilot",
        ),
    ],
)
def test_bad_usage_exits_2_and_writes_nothing(
    runner: CliRunner, project: Path, arguments: list[str], error: str
) -> None:
    result = runner.invoke(cli, ["workbook", *arguments], prog_name="mentorbook")
    assert (result.exit_code, result.output) == (2, f"{USAGE}Error: {error}\n")
    assert not Path("x.pdf").exists()


def test_it_will_not_overwrite_without_force(runner: CliRunner, project: Path) -> None:
    Path("out.pdf").write_bytes(b"mine")
    result = runner.invoke(cli, ["workbook", "--blank", "--project", "hub", "-o", "out.pdf"])
    assert (result.exit_code, result.output) == (
        1,
        "Error: out.pdf already exists; use --force to replace it.\n",
    )
    assert Path("out.pdf").read_bytes() == b"mine"


def test_a_plan_with_errors_points_at_the_line(runner: CliRunner, project: Path) -> None:
    plan = project / "plans" / "amara-okafor.yml"
    plan.write_text(PLAN.replace("program: pilot", "program: pilto"), encoding="utf-8")
    result = runner.invoke(cli, ["workbook", str(plan), "--project", "hub", "-o", "out.pdf"])
    assert result.exit_code == 1
    assert result.output.startswith("hub/plans/amara-okafor.yml:3:10: program: ")
    assert "'pilot'" in result.output
    assert result.output.endswith("Found 1 error in 1 plan file.\n")
    assert not Path("out.pdf").exists()


@pytest.mark.slow
def test_it_writes_a_plans_accessible_workbook(runner: CliRunner, project: Path) -> None:
    plan = str(project / "plans" / "amara-okafor.yml")
    result = runner.invoke(
        cli, ["workbook", plan, "--pdf-ua", "--project", "hub", "-o", "books/amara.pdf"]
    )
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"Wrote books/amara\.pdf \(\d+ KB\)\n", result.output)
    reader = PdfReader("books/amara.pdf")
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert reader.get_fields()
    assert "Daniel Reyes" in text_of(Path("books/amara.pdf"), page=1)


@pytest.mark.slow
def test_quick_flat_workbook_replaces_with_force(runner: CliRunner, project: Path) -> None:
    Path("out.pdf").write_bytes(b"old")
    result = runner.invoke(
        cli,
        [
            "workbook",
            "--mentee",
            "Amara Okafor",
            "--start",
            "2027-01-11",
            "--flat",
            "--force",
            "--project",
            "hub",
            "-o",
            "out.pdf",
        ],
    )
    assert result.exit_code == 0, result.output
    reader = PdfReader("out.pdf")
    assert reader.get_fields() is None
    assert "Mon 11 Jan 2027" in text_of(Path("out.pdf"), page=1)
