"""A plan's meeting schedule and milestones as an iCalendar file.

Why all-day events: the plan knows the day of a meeting, not its hour; the pair picks
the time in their own calendars. UIDs are stable, so importing a newer file updates the
events instead of adding copies. Why single lines: calendars show names and titles on one
line, and the calendar's name is written unescaped (a line break in it would end the line).
"""

from __future__ import annotations

import datetime as dt
from gettext import NullTranslations

from babel.lists import format_list
from icalendar import Calendar, Event

from mentorbook.i18n import babel_locale
from mentorbook.plans.schedule import meeting_days, milestones
from mentorbook.schema.models import Program
from mentorbook.schema.models.plan import Plan, mentee_slug
from mentorbook.terminal import single_line

PRODUCT_ID = "-//mentorbook//mentee plan//EN"
UID_DOMAIN = "mentorbook"


def plan_calendar(
    plan: Plan, program: Program, stamp: dt.datetime, words: NullTranslations, language: str
) -> bytes:
    """The plan's planned meetings and dated milestones as iCalendar bytes.

    `stamp` is the DTSTAMP of every event (the time the file is made); `words` and
    `language` give the events' titles and descriptions in the mentee's language.
    """
    _, ngettext = words.gettext, words.ngettext
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", single_line(_("Mentoring: %(mentee)s") % {"mentee": plan.mentee}))
    slug = mentee_slug(plan.mentee)
    meetings = meeting_days(plan, program)
    media = format_list(program.cadence.media, style="or", locale=babel_locale(language))
    description = ngettext(
        "%(program)s: %(count)s minute, %(media)s.",
        "%(program)s: %(count)s minutes, %(media)s.",
        program.cadence.minutes,
    ) % {"program": program.name, "count": program.cadence.minutes, "media": media}
    mentors = format_list(plan.mentor_names, locale=babel_locale(language))
    for number, day in enumerate(meetings, start=1):
        numbers = {"number": number, "total": len(meetings), "mentors": mentors}
        calendar.add_component(
            _event(
                f"{slug}-meeting-{number}",
                day,
                (
                    _("Mentoring meeting %(number)s of %(total)s with %(mentors)s") % numbers
                    if plan.mentor_names
                    else _("Mentoring meeting %(number)s of %(total)s") % numbers
                ),
                description,
                stamp,
            )
        )
    for item in milestones(plan, program, words):
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
