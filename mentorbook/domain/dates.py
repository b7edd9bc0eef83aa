"""Days as a workbook prints them ('Mon 11 Jan 2027'), and as a person writes them back.

Why one module: the workbook prints dates in this form and `plan import` reads what a person
typed into its fields, so printing and reading are kept side by side.
"""

from __future__ import annotations

import datetime as dt
import re

from mentorbook.schema.models.base import parse_iso_day

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WRITTEN_DAY = re.compile(
    r"^(?:(?P<weekday>[a-z]+)\.?,?\s+)?(?P<day>\d{1,2})\s+(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{4})$",
    re.IGNORECASE,
)


def format_day(day: dt.date | None) -> str:
    """A date as printed in the workbook, such as 'Mon 11 Jan 2027'; '' for no date.

    Why not strftime: %d pads the day with a zero and %a depends on the locale.
    """
    if day is None:
        return ""
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def parse_day(text: str) -> dt.date | None:
    """The day a person wrote: YYYY-MM-DD, or as the workbook prints it ('Mon 11 Jan 2027',
    '11 January 2027', the weekday optional, names whole or cut to three letters); None for
    anything else, or a day the calendar does not have."""
    text = " ".join(text.split())
    iso = parse_iso_day(text)
    if iso is not None:
        return iso
    found = _WRITTEN_DAY.match(text)
    if found is None:
        return None
    weekday = found["weekday"]
    month = _named(found["month"], MONTHS)
    if month is None or (weekday is not None and _named(weekday, WEEKDAYS) is None):
        return None
    try:
        return dt.date(int(found["year"]), month + 1, int(found["day"]))
    except ValueError:
        return None


def _named(word: str, names: tuple[str, ...]) -> int | None:
    """The index of the name `word` spells in full or cuts to three letters."""
    for index, name in enumerate(names):
        if word.lower() in (name.lower(), name[:3].lower()):
            return index
    return None
