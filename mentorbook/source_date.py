"""SOURCE_DATE_EPOCH, the time reproducible builds print instead of the clock's.

See https://reproducible-builds.org/specs/source-date-epoch/: a whole number of seconds
since 1970-01-01 UTC. MkDocs reads it for the site and mentorbook for the workbooks, so it
is checked once, before any command runs.
"""

from __future__ import annotations

import datetime as dt
import os

from mentorbook.errors import MentorbookError

VARIABLE = "SOURCE_DATE_EPOCH"
LATEST = int(dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC).timestamp())
"""The last second a date can hold; MkDocs fails past it."""


def source_date() -> dt.date | None:
    """The day SOURCE_DATE_EPOCH fixes, or None when it is not set.

    Raises MentorbookError naming the variable when it is set to anything but a time.
    """
    value = os.environ.get(VARIABLE)
    if value is None:
        return None
    text = value.strip()
    if not text.isascii() or not text.isdigit() or int(text) > LATEST:
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise MentorbookError(
            f"the environment variable {VARIABLE} is '{shown}', which is not a time; set it"
            " to the seconds since 1970-01-01 UTC (such as the output of"
            " 'git log -1 --format=%ct'), or unset it"
        )
    return dt.datetime.fromtimestamp(int(text), tz=dt.UTC).date()
