"""`plan show` (where a mentee stands on a day) and `plan calendar` (the schedule as iCalendar)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar

from tests.plans.conftest import AMARA, Invoke

# The pilot program: 13 weeks from 2026-09-01, a meeting every 2 weeks from week 1
# (7 meetings: 09-08 ... 12-01), the mid-point meeting in week 7 (2026-10-20).


def _fill_in(invoke: Invoke) -> None:
    for command in (
        ["goal", AMARA, "--template", "speak-up", "--due", "2026-10-15"],
        ["goal", AMARA, "--title", "Lead the retro", "--due", "2026-11-20"],
        ["log", AMARA, "--date", "2026-09-08", "--notes", "First"],
        ["log", AMARA, "--date", "2026-09-23", "--notes", "Second"],
        ["agree", AMARA, "--all", "--mentee-signed", "2026-09-08"],
    ):
        assert invoke(*command).exit_code == 0


def test_show_counts_meetings_against_the_plan_and_lists_what_is_late(
    invoke: Invoke, amara: Path
) -> None:
    _fill_in(invoke)

    result = invoke("show", AMARA, "--today", "2026-10-21")

    assert result.exit_code == 0
    assert result.output == (
        "Amara Okafor: Pilot Program (revision 6)\n"
        "Mentor: Ben Osei\n"
        "Started: 2026-09-01\n"
        "\n"
        "Goals (2):\n"
        "  [----------]   0%  Speak up in meetings (speak-up, due 2026-10-15)\n"
        "  [----------]   0%  Lead the retro (lead-the-retro, due 2026-11-20)\n"
        "\n"
        "Meetings: 2 held of 4 planned by 2026-10-21 (every 2 weeks, 7 in all)\n"
        "Next meeting: 2026-11-03\n"
        "Last meeting: 2026-09-23\n"
        "\n"
        "Agreement: 3 of 3 items ticked; signed by mentee on 2026-09-08, mentor not yet\n"
        "\n"
        "Next milestone: Goal due: Lead the retro, 2026-11-20 (in 30 days)\n"
        "\n"
        "Overdue:\n"
        "  - 2 planned meetings not logged yet (2 logged, 4 planned by 2026-10-21)\n"
        "  - the agreement is not signed by the mentor yet\n"
        "  - the mid-point review was due 2026-10-20\n"
        "  - Goal due: Speak up in meetings, 2026-10-15\n"
    )


def test_show_of_a_plan_on_track(invoke: Invoke, amara: Path) -> None:
    invoke("log", AMARA, "--date", "2026-09-08", "--notes", "First")
    invoke("agree", AMARA, "--mentee-signed", "2026-09-08", "--mentor-signed", "2026-09-08")

    result = invoke("show", AMARA, "--today", "2026-09-10")

    assert result.output.endswith(
        "Meetings: 1 held of 1 planned by 2026-09-10 (every 2 weeks, 7 in all)\n"
        "Next meeting: 2026-09-22\n"
        "Last meeting: 2026-09-08\n"
        "\n"
        "Agreement: 0 of 3 items ticked; signed by mentee on 2026-09-08, mentor on 2026-09-08\n"
        "\n"
        "Next milestone: Coordinator check-in, 2026-10-13 (in 33 days)\n"
        "\n"
        "Overdue: nothing\n"
    )


def test_show_follows_the_pace_the_pair_agreed(invoke: Invoke) -> None:
    invoke("new", "--mentee", "Ana", "--start", "2026-09-01", "--every-weeks", "4", "--no-input")

    result = invoke("show", "plans/ana.yml", "--today", "2026-10-21")

    assert (
        "Meetings: 0 held of 2 planned by 2026-10-21 (every 4 weeks, 4 in all)\n" in result.output
    )


def test_calendar_holds_the_meetings_and_milestones_with_stable_uids(
    invoke: Invoke, amara: Path
) -> None:
    _fill_in(invoke)

    first = invoke("calendar", AMARA, "-o", "amara.ics")
    uids_before = _events(Path("amara.ics"))
    invoke("log", AMARA, "--date", "2026-10-06", "--notes", "Third")
    invoke("calendar", AMARA, "-o", "amara.ics")

    assert first.output == "Wrote amara.ics\n"
    events = _events(Path("amara.ics"))
    assert events == uids_before
    assert events == {
        "amara-okafor-meeting-1@mentorbook": (
            dt.date(2026, 9, 8),
            "Mentoring meeting 1 of 7 with Ben Osei",
        ),
        "amara-okafor-meeting-2@mentorbook": (
            dt.date(2026, 9, 22),
            "Mentoring meeting 2 of 7 with Ben Osei",
        ),
        "amara-okafor-meeting-3@mentorbook": (
            dt.date(2026, 10, 6),
            "Mentoring meeting 3 of 7 with Ben Osei",
        ),
        "amara-okafor-meeting-4@mentorbook": (
            dt.date(2026, 10, 20),
            "Mentoring meeting 4 of 7 with Ben Osei",
        ),
        "amara-okafor-meeting-5@mentorbook": (
            dt.date(2026, 11, 3),
            "Mentoring meeting 5 of 7 with Ben Osei",
        ),
        "amara-okafor-meeting-6@mentorbook": (
            dt.date(2026, 11, 17),
            "Mentoring meeting 6 of 7 with Ben Osei",
        ),
        "amara-okafor-meeting-7@mentorbook": (
            dt.date(2026, 12, 1),
            "Mentoring meeting 7 of 7 with Ben Osei",
        ),
        "amara-okafor-milestone-kickoff@mentorbook": (dt.date(2026, 9, 1), "Kickoff"),
        "amara-okafor-milestone-check-in@mentorbook": (
            dt.date(2026, 10, 13),
            "Coordinator check-in",
        ),
        "amara-okafor-milestone-celebration@mentorbook": (dt.date(2026, 12, 1), "Celebration"),
        "amara-okafor-goal-speak-up@mentorbook": (
            dt.date(2026, 10, 15),
            "Goal due: Speak up in meetings",
        ),
        "amara-okafor-goal-lead-the-retro@mentorbook": (
            dt.date(2026, 11, 20),
            "Goal due: Lead the retro",
        ),
    }


def test_calendar_events_are_all_day_and_carry_any_text(invoke: Invoke) -> None:
    invoke(
        "new",
        "plans/odd.yml",
        "--mentee",
        "{{ 7*7 }}; Zoë, <b>",
        "--start",
        "2026-09-01",
        "--no-input",
    )

    invoke("calendar", "plans/odd.yml", "-o", "odd.ics")

    calendar = icalendar.Calendar.from_ical(Path("odd.ics").read_bytes())
    assert str(calendar["x-wr-calname"]) == "Mentoring: {{ 7*7 }}; Zoë, <b>"
    event = calendar.walk("VEVENT")[0]
    assert event["dtstart"].params["VALUE"] == "DATE"
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(days=1)
    assert "dtstamp" in event


def test_calendar_needs_a_start_date(invoke: Invoke) -> None:
    invoke("new", "--mentee", "Ana", "--no-input")

    result = invoke("calendar", "plans/ana.yml", "-o", "ana.ics")

    assert result.exit_code == 1
    assert (
        result.output
        == "Error: plans/ana.yml has no start date, so no schedule; add 'start: YYYY-MM-DD' to it\n"
    )
    assert not Path("ana.ics").exists()


def _events(path: Path) -> dict[str, tuple[dt.date, str]]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {
        str(event["uid"]): (event.decoded("dtstart"), str(event["summary"]))
        for event in calendar.walk("VEVENT")
    }
