"""The university project's plans from the command line: four signers (two of them
co-mentors) by `plan agree` and through the PDF, and the semester's calendar in `plan show`
and `plan calendar`.

Priya's study circle starts Monday 2027-09-06; it meets every two weeks from week 1, pauses
for the reading weeks 7-8, and closes on its milestone in week 13.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader

from mentorbook.cli.main import cli
from mentorbook.plans import load_plan
from mentorbook.schema.loader import load_content
from tests.plans.test_import import fill

PRIYA = "plans/priya-nair.yml"
OMAR = "plans/omar-haddad.yml"
START = dt.date(2027, 9, 6)
MEETING_WEEKS = [1, 3, 5, 9, 11, 13]
BREAK_WEEKS = {7, 8}
CLOSING_WEEK = 13
SIGNED = {
    "first-year": dt.date(2027, 9, 13),
    "student-mentor": [dt.date(2027, 9, 13), dt.date(2027, 9, 14)],
    "faculty-lead": dt.date(2027, 9, 20),
}


def _plan(*args: str) -> Result:
    return CliRunner().invoke(cli, ["plan", *args], prog_name="mentorbook", catch_exceptions=False)


def _signed(project: Path) -> dict[str, object]:
    hub = load_content(project / "content")
    return dict(load_plan(project / PRIYA, hub).agreement.signed)


def test_agree_records_each_of_the_four_signers(university: Path) -> None:
    result = _plan(
        "agree",
        PRIYA,
        "--signed",
        "first-year=2027-09-13",
        "--signed",
        "student-mentor=2027-09-13",
        "--signed",
        "student-mentor.2=2027-09-14",
        "--signed",
        "faculty-lead=2027-09-20",
    )

    assert result.exit_code == 0, result.output
    assert _signed(university) == SIGNED
    shown = _plan("show", PRIYA, "--today", "2027-09-21").output
    assert (
        "signed by first-year on 2027-09-13, student-mentor on 2027-09-13,"
        " student-mentor.2 on 2027-09-14, faculty-lead on 2027-09-20\n"
    ) in shown
    assert "not signed" not in shown


@pytest.mark.slow
def test_every_signer_fills_their_own_field_and_plan_import_brings_each_date(
    university: Path,
) -> None:
    made = CliRunner().invoke(cli, ["workbook", PRIYA, "-o", "priya.pdf"], catch_exceptions=False)
    assert made.exit_code == 0, made.output
    fields = {name for name in PdfReader("priya.pdf").get_fields() or {} if "_signed" in name}
    assert fields == {
        "agreement.first-year_signed",
        "agreement.student-mentor_signed",
        "agreement.student-mentor_signed.2",
        "agreement.faculty-lead_signed",
    }
    filled = fill(
        Path("priya.pdf").read_bytes(),
        {
            "agreement.first-year_signed": "2027-09-13",
            "agreement.student-mentor_signed": "2027-09-13",
            "agreement.student-mentor_signed.2": "2027-09-14",
            "agreement.faculty-lead_signed": "2027-09-20",
        },
        Path("filled.pdf"),
    )

    result = _plan("import", PRIYA, str(filled))

    assert result.exit_code == 0, result.output
    assert _signed(university) == SIGNED


def test_the_calendar_has_no_meeting_in_the_reading_weeks_and_closes_on_its_milestone(
    university: Path,
) -> None:
    assert _plan("calendar", PRIYA, "-o", "priya.ics").exit_code == 0

    calendar = icalendar.Calendar.from_ical(Path("priya.ics").read_bytes())
    events = {str(event["uid"]): event.decoded("dtstart") for event in calendar.walk("VEVENT")}
    meetings = sorted(day for uid, day in events.items() if "-meeting-" in uid)
    weeks = [(day - START).days // 7 for day in meetings]
    assert weeks == MEETING_WEEKS
    assert not BREAK_WEEKS & set(weeks)
    closing = events["priya-nair-milestone-closing@mentorbook"]
    assert closing == START + dt.timedelta(weeks=CLOSING_WEEK) == meetings[-1]


@pytest.mark.parametrize(
    ("today", "held", "next_meeting"),
    [
        ("2027-10-20", 3, "2027-11-08"),  # in the reading weeks: the next is after them
        ("2027-11-30", 5, "2027-12-06"),  # the closing circle, on its milestone
    ],
)
def test_show_skips_the_reading_weeks(
    university: Path, today: str, held: int, next_meeting: str
) -> None:
    shown = _plan("show", PRIYA, "--today", today).output

    assert f"Meetings: 0 held of {held} planned by {today} (every 2 weeks, 6 in all)\n" in shown
    assert f"Next meeting: {next_meeting}\n" in shown


def test_show_names_the_reviews_of_the_circles_and_none_of_the_speed_rounds(
    university: Path,
) -> None:
    circles = _plan("show", PRIYA, "--today", "2027-12-31").output
    speed = _plan("show", OMAR, "--today", "2027-12-31").output

    assert "the mid-point review was due 2027-10-11" in circles
    assert "the closing review was due 2027-12-06" in circles
    assert "Meetings: 0 held of 3 planned by 2027-12-31" in speed
    assert "review" not in speed.lower()
