"""Days as a workbook prints them ('Mon 11 Jan 2027', 'lun. 11 janv. 2027'), and as a person
writes them back.

Why one module: the workbook prints dates in this form and `plan import` reads what a person
typed into its fields, so printing and reading are kept side by side. Weekday and month
names come from Babel (CLDR) for the workbook's language, never from tables here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from mentorbook.schema.models.base import parse_iso_day

DAY_PATTERN = "EEE d MMM y"
"""The CLDR pattern of a printed day; each catalog gives its own (see `i18n.day_pattern`)."""

_WRITTEN_DAY = re.compile(
    r"^(?:(?P<weekday>[^\W\d_]+)\.?,?\s+)?(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>\d{4})$",
    re.IGNORECASE,
)


def format_day(day: dt.date | None, language: str = "en", pattern: str = DAY_PATTERN) -> str:
    """A date as printed in the workbook, such as 'Mon 11 Jan 2027'; '' for no date."""
    if day is None:
        return ""
    from babel.dates import format_date

    from mentorbook.i18n import babel_locale

    return format_date(day, pattern, locale=babel_locale(language))


def parse_day(text: str, languages: Iterable[str] = ("en",)) -> dt.date | None:
    """The day a person wrote: YYYY-MM-DD, or as the workbook prints it in one of `languages`
    ('Mon 11 Jan 2027', '11 January 2027', 'lundi 11 janvier 2027', the weekday optional,
    names whole or abbreviated); None for anything else, or a day the calendar does not have."""
    text = " ".join(text.split())
    iso = parse_iso_day(text)
    if iso is not None:
        return iso
    found = _WRITTEN_DAY.match(text)
    if found is None:
        return None
    for language in languages:
        months, weekdays = _names(language)
        month = months.get(found["month"].casefold())
        weekday = found["weekday"]
        if month is None or (weekday is not None and weekday.casefold() not in weekdays):
            continue
        try:
            return dt.date(int(found["year"]), month, int(found["day"]))
        except ValueError:
            return None
    return None


@functools.cache
def _names(language: str) -> tuple[dict[str, int], frozenset[str]]:
    """Month numbers by every name a month goes by in `language`, and the weekday names."""
    from babel.dates import get_day_names, get_month_names

    from mentorbook.i18n import babel_locale

    locale = babel_locale(language)
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale).items():
                months[name.casefold().rstrip(".")] = number
            weekdays.update(
                name.casefold().rstrip(".")
                for name in get_day_names(width, context, locale).values()
            )
    return months, frozenset(weekdays)
