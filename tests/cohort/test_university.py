"""`cohort` over the university project's roster, as a spreadsheet in much of Europe saves
it: ';' between cells, a quoted `mentor` cell naming two co-mentors (split on ';' again),
header names capitalised, CRLF line ends, and a row that names no program."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from mentorbook.cli.main import cli
from mentorbook.plans import load_plan
from mentorbook.schema.loader import load_content

pytestmark = pytest.mark.slow


@pytest.fixture
def out(university: Path, runner: CliRunner) -> Path:
    result = runner.invoke(
        cli,
        ["cohort", "roster.csv", "-o", "out", "--jobs", "1"],
        prog_name="mentorbook",
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert "Made 3 workbooks, 0 unchanged, 0 failed, in " in result.output
    return university / "out"


def test_each_row_gets_its_plan_with_its_co_mentors_group_and_program(
    university: Path, out: Path
) -> None:
    hub = load_content(university / "content")
    plans = {path.stem: load_plan(path, hub) for path in (out / "plans").glob("*.yml")}

    assert {slug: (plan.program, plan.mentors, plan.group) for slug, plan in plans.items()} == {
        "priya-nair": ("study-circles", ["Tom Becker", "Ana Sousa"], "Harbour Circle"),
        # No program in the row: the first by `order`, not the first by name (speed rounds).
        "jonas-weber": ("study-circles", ["Tom Becker", "Ana Sousa"], "Harbour Circle"),
        "omar-haddad": ("speed-rounds", ["Grace Liu"], ""),
    }


def test_each_row_gets_a_workbook_with_a_signature_field_for_each_signer(out: Path) -> None:
    signers = {
        path.stem: sorted(
            name for name in PdfReader(path).get_fields() or {} if name.endswith(("_signed", ".2"))
        )
        for path in (out / "workbooks").glob("*.pdf")
    }

    assert signers["jonas-weber"] == [
        "agreement.faculty-lead_signed",
        "agreement.first-year_signed",
        "agreement.student-mentor_signed",
        "agreement.student-mentor_signed.2",
    ]
    assert signers["omar-haddad"] == [
        "agreement.first-year_signed",
        "agreement.student-mentor_signed",
    ]
    assert set(signers) == {"priya-nair", "jonas-weber", "omar-haddad"}


def test_no_lock_file_is_left_behind(university: Path, out: Path) -> None:
    assert sorted(str(path.relative_to(university)) for path in university.rglob("*.lock")) == []
