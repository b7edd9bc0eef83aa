"""A plan's meeting schedule and milestones as an iCalendar file.

Why all-day events: the plan knows the day of a meeting, not its hour; the pair picks
the time in their own calendars. UIDs are stable, so importing a newer file updates the
events instead of adding copies. Why single lines: calendars show names and titles on one
line, and the calendar's name is written unescaped (a line break in it would end the line).
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from mentorbook.plans.schedule import meeting_days, milestones
from mentorbook.schema.models import Program
from mentorbook.schema.models.plan import Plan, mentee_slug
from mentorbook.terminal import single_line

PRODUCT_ID = "-//mentorbook//mentee plan//EN"
UID_DOMAIN = "mentorbook"


def plan_calendar(plan: Plan, program: Program, stamp: dt.datetime) -> bytes:
    """The plan's planned meetings and dated milestones as iCalendar bytes.

    `stamp` is the DTSTAMP of every event (the time the file is made).
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", single_line(f"Mentoring: {plan.mentee}"))
    slug = mentee_slug(plan.mentee)
    meetings = meeting_days(plan, program)
    with_mentor = f" with {' & '.join(plan.mentor_names)}" if plan.mentor_names else ""
    for number, day in enumerate(meetings, start=1):
        calendar.add_component(
            _event(
                f"{slug}-meeting-{number}",
                day,
                f"Mentoring meeting {number} of {len(meetings)}{with_mentor}",
                f"{program.name}: {program.cadence.minutes} minutes,"
                f" {' or '.join(program.cadence.media)}.",
                stamp,
            )
        )
    for item in milestones(plan, program):
        calendar.add_component(
            _event(f"{slug}-{item.uid}", item.date, item.title, program.name, stamp)
        )
    data: bytes = calendar.to_ical()
    return data


def _event(uid: str, day: dt.date, summary: str, description: str, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", single_line(summary))
    event.add("description", single_line(description))
    event.add("transp", "TRANSPARENT")
    return event
