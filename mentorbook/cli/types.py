"""Parameter types shared by the commands: days, names and texts checked as the models check them.

Why here: a bad value given on the command line is a usage error naming the option, before
anything is read or written; the checks are the models' own (`day_error`, `name_error`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import click

from mentorbook.schema.messages import error_message
from mentorbook.schema.models.base import day_error, name_error, parse_iso_day

if TYPE_CHECKING:
    _DateType = click.ParamType[dt.date]
    _TextType = click.ParamType[str]
    _NumbersType = click.ParamType[list[int]]
    _SignedType = click.ParamType[tuple[str, int, dt.date]]
else:  # click before 8.2 has no subscriptable ParamType
    _DateType = _TextType = _NumbersType = _SignedType = click.ParamType

SignedDay = tuple[str, int, dt.date]
"""(role id, which of the role's people from 1, the day they signed)."""


class IsoDate(_DateType):
    """A day written YYYY-MM-DD; anything else is a usage error naming the option."""

    name = "YYYY-MM-DD"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        day = parse_iso_day(str(value).strip())
        if day is None:
            self.fail(
                f"'{value}' is not a date; write it as YYYY-MM-DD, such as 2026-09-01", param, ctx
            )
        error = day_error(day)
        if error is not None:
            self.fail(error_message(error), param, ctx)
        return day


class Text(_TextType):
    """Any text, several lines and any characters included, as long as it is not blank."""

    name = "TEXT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        if not text:
            self.fail("the text is empty; write something", param, ctx)
        return text


class Name(_TextType):
    """A person's name: one line, not too long; empty only when `required` is false."""

    name = "NAME"

    def __init__(self, *, required: bool = True) -> None:
        self.required = required

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        if not text and self.required:
            self.fail("the name is empty; write it", param, ctx)
        error = name_error(text)
        if error is not None:
            self.fail(error_message(error), param, ctx)
        return text


class NumberChoice(_NumbersType):
    """Numbers picked from a numbered list, such as `1, 3` (nothing picks none)."""

    name = "numbers"

    def __init__(self, count: int) -> None:
        self.count = count

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> list[int]:
        if isinstance(value, list):
            return value
        picked: list[int] = []
        for word in re.split(r"[\s,]+", str(value).strip()):
            if not word:
                continue
            if not word.isdigit() or not 1 <= int(word) <= self.count:
                self.fail(f"'{word}' is not one of the numbers 1 to {self.count}", param, ctx)
            if int(word) not in picked:
                picked.append(int(word))
        return picked


class Signed(_SignedType):
    """`ROLE=DATE`, or `ROLE.N=DATE` for the Nth person of a role several people sign for.

    Why not check the role here: which roles sign depends on the plan's program, read later.
    """

    name = "ROLE=DATE"
    _SHAPE = re.compile(
        r"^(?P<role>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(?P<number>[1-9][0-9]?))?=(?P<day>.*)$"
    )

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> SignedDay:
        if isinstance(value, tuple):
            return value
        found = self._SHAPE.match(str(value).strip())
        if found is None:
            self.fail(
                f"'{value}' is not ROLE=DATE; write a signing role's id and the day,"
                " such as mentee=2026-09-08 (mentor.2=2026-09-08 for a second co-mentor)",
                param,
                ctx,
            )
        day = DATE.convert(found["day"], param, ctx)
        return found["role"], int(found["number"] or 1), day


DATE = IsoDate()
TEXT = Text()
NAME = Name()
SIGNED = Signed()
