"""`plan show`, `plan calendar` and `plan review` on programs with their own calendar:
the semester test project (an exam break, reviews on milestones) and its speed rounds
(no reviews)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner, Result

from mentorbook.cli.main import cli
from mentorbook.plans import load_plan
from mentorbook.schema.loader import load_content
from tests.plans.test_import import fill

SEMESTER = Path(__file__).parents[1] / "testdata" / "semester"
START = dt.date(2027, 9, 6)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "semester"
    shutil.copytree(SEMESTER, root)
    monkeypatch.chdir(root)
    return root


def _plan(runner: CliRunner, program: str) -> str:
    result = _run(
        runner,
        "new",
        "--mentee",
        "Lea Martin",
        "--mentor",
        "Sam Roy",
        "--program",
        program,
        "--start",
        START.isoformat(),
        "--no-input",
    )
    assert result.exit_code == 0, result.output
    return "plans/lea-martin.yml"


def _run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(cli, ["plan", *args], prog_name="mentorbook", catch_exceptions=False)


def test_the_calendar_has_no_meeting_in_the_break_and_ends_on_the_closing_milestone(
    project: Path, runner: CliRunner
) -> None:
    plan = _plan(runner, "semester")

    assert _run(runner, "calendar", plan, "-o", "lea.ics").exit_code == 0

    calendar = icalendar.Calendar.from_ical((project / "lea.ics").read_bytes())
    meetings = sorted(
        event.decoded("dtstart")
        for event in calendar.walk("VEVENT")
        if "meeting" in str(event["uid"]) and "milestone" not in str(event["uid"])
    )
    weeks = [(day - START).days // 7 for day in meetings]
    assert weeks == [1, 3, 5, 6, 10, 12]


def test_show_names_a_review_late_only_when_the_program_holds_it(
    project: Path, runner: CliRunner
) -> None:
    semester = _plan(runner, "semester")
    late = _run(runner, "show", semester, "--today", "2027-12-31").output
    (project / semester).unlink()
    speed = _plan(runner, "speed")
    on_time = _run(runner, "show", speed, "--today", "2027-12-31").output

    assert "the mid-point review was due 2027-10-18" in late
    assert "the closing review was due 2027-11-29" in late
    assert "review" not in on_time


def test_review_refuses_a_review_the_program_does_not_hold(
    project: Path, runner: CliRunner
) -> None:
    plan = _plan(runner, "speed")
    before = (project / plan).read_bytes()

    result = _run(runner, "review", plan, "closing", "--went-well", "All of it.")

    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: Invalid value for 'KIND': the program 'speed' holds no reviews;"
        " add them to the program's reviews to record one\n"
    )
    assert (project / plan).read_bytes() == before


def test_a_rating_above_the_programs_scale_is_refused_with_its_line(
    project: Path, runner: CliRunner
) -> None:
    plan = _plan(runner, "semester")
    with (project / plan).open("a", encoding="utf-8") as file:
        file.write("self_assessment:\n  - skill: Listening\n    now: 2\n    target: 4\n")

    result = _run(runner, "show", plan)

    assert result.exit_code == 1
    assert result.output == (
        "plans/lea-martin.yml:10:13: self_assessment[0].target: the rating is 4, above the"
        " program's scale of 1 to 3; give a number from 1 to 3\n"
        "Found 1 error in 1 plan file.\n"
    )


@pytest.mark.slow
def test_a_journal_page_filled_in_the_pdf_comes_back_dated_on_its_meeting(
    project: Path, runner: CliRunner
) -> None:
    plan = _plan(runner, "semester")
    made = runner.invoke(cli, ["workbook", plan, "-o", "lea.pdf"], catch_exceptions=False)
    assert made.exit_code == 0, made.output
    filled = fill(
        (project / "lea.pdf").read_bytes(),
        {"journal.3.after-meeting.feelings": "Calmer than before."},
        project / "filled.pdf",
    )

    result = _run(runner, "import", plan, str(filled))

    assert result.exit_code == 0, result.output
    reflections = load_plan(project / plan, load_content(project / "content")).reflections
    assert [(r.date, r.prompt, r.text) for r in reflections] == [
        (START + dt.timedelta(weeks=5), "feelings", "Calmer than before.")
    ]
