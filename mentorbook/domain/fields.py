"""The workbook's form fields: one map of their names, kinds and how their values read back.

Why one map: the workbook names and shapes every fillable entry from it, and `plan import`
finds where a filled field belongs and reads its value through it, so a name, a kind or a
value's form can never differ between the two.

Names are dotted and stable across renders of the same plan:

    mentee, mentor, start                      the cover (only when the plan leaves them empty)
    vision                                     the vision statement
    assessment.<i>.skill|now|target            self-assessment row i, counted from 1
    goal.<goal-id>.<part>                      a goal worksheet
    agreement.<item-id>                        an agreement checkbox
    agreement.<role>_signed                    the date a role signed, such as agreement.mentee_signed
    agreement.<role>_signed.<n>                the date the role's person n (from 2) signed
    meeting.<n>.date|notes|next_steps          meeting log entry n, counted from 1
    reflection.<set-id>.<prompt-id>            an answer to a reflection prompt
    journal.<n>.<set-id>.<prompt-id>           the same, on journal page n (per phase or meeting)
    review.midpoint|closing.<part>             a review
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mentorbook.domain.dates import parse_day
from mentorbook.schema.messages import error_message, message
from mentorbook.schema.models.base import day_error


class FieldKind(StrEnum):
    """The three kinds of form field a workbook holds."""

    LINE = "line"
    """Single-line text."""
    TEXT = "text"
    """Multi-line text."""
    CHECKBOX = "checkbox"


class Reads(StrEnum):
    """How the text typed into a field becomes a plan's value."""

    TEXT = "text"
    LINES = "lines"
    """One entry per line; bullets a person types in front are dropped."""
    DAY = "day"
    RATING = "rating"
    """A whole number from 1 to 5."""
    PERCENT = "percent"
    """A whole number from 0 to 100, with or without the '%' the workbook prints."""
    TICK = "tick"


@dataclass(frozen=True)
class Spec:
    kind: FieldKind
    reads: Reads


LINE = Spec(FieldKind.LINE, Reads.TEXT)
TEXT = Spec(FieldKind.TEXT, Reads.TEXT)
LINES = Spec(FieldKind.TEXT, Reads.LINES)
DAY = Spec(FieldKind.LINE, Reads.DAY)
RATING = Spec(FieldKind.LINE, Reads.RATING)
PERCENT = Spec(FieldKind.LINE, Reads.PERCENT)
TICK = Spec(FieldKind.CHECKBOX, Reads.TICK)

ANY_ID = "*"
"""A part named by an id of the content, such as a reflection prompt's."""


@dataclass(frozen=True)
class Section:
    template: str
    """The field name, with {key} (an id), {index} (counted from 1) and {part} filled in."""
    parts: Mapping[str, Spec]
    """Each part's kind and reading; "" for a section of one field, ANY_ID for any id."""
    keys: tuple[str, ...] = ()
    """The only keys there are, when they are fixed."""


REVIEWS = ("midpoint", "closing")
FIELD_MAP: Mapping[str, Section] = {
    "cover": Section("{part}", {"mentee": LINE, "mentor": LINE, "start": DAY}),
    "vision": Section("vision", {"": TEXT}),
    "assessment": Section(
        "assessment.{index}.{part}", {"skill": LINE, "now": RATING, "target": RATING}
    ),
    "goal": Section(
        "goal.{key}.{part}",
        {
            "title": LINE,
            "why": TEXT,
            "measures": LINES,
            "actions": LINES,
            "milestones": LINES,
            "due": DAY,
            "progress": PERCENT,
        },
    ),
    "signature": Section("agreement.{key}_signed", {"": DAY}),
    "cosignature": Section("agreement.{key}_signed.{index}", {"": DAY}),
    "agreement": Section("agreement.{key}", {"": TICK}),
    "meeting": Section("meeting.{index}.{part}", {"date": DAY, "notes": TEXT, "next_steps": TEXT}),
    "reflection": Section("reflection.{key}.{part}", {ANY_ID: TEXT}),
    "journal": Section("journal.{index}.{key}.{part}", {ANY_ID: TEXT}),
    "review": Section(
        "review.{key}.{part}",
        {"date": DAY, "progress": TEXT, "went_well": TEXT, "to_change": TEXT, "next_steps": TEXT},
        keys=REVIEWS,
    ),
}
"""Every form field of a workbook, by section."""


@dataclass(frozen=True)
class FormField:
    """One form field: its name, what kind of field it is, and how its value reads back."""

    name: str
    section: str
    spec: Spec
    key: str | None = None
    index: int | None = None
    part: str = ""

    @property
    def kind(self) -> FieldKind:
        return self.spec.kind


def form_field(
    section: str, part: str = "", *, key: str | None = None, index: int | None = None
) -> FormField:
    """The field of `section` (a key of FIELD_MAP) for `part`, `key` and `index`."""
    parts = FIELD_MAP[section].parts
    spec = parts[part] if part in parts else parts[ANY_ID]
    name = FIELD_MAP[section].template.format(key=key, index=index, part=part)
    return FormField(name, section, spec, key, index, part)


_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"


def _pattern(section: Section) -> re.Pattern[str]:
    named = [re.escape(part) for part in section.parts if part not in ("", ANY_ID)]
    part = _ID if ANY_ID in section.parts else "|".join(named)
    key = "|".join(section.keys) if section.keys else _ID
    pattern = (
        re.escape(section.template)
        .replace(r"\{key\}", f"(?P<key>{key})")
        .replace(r"\{index\}", "(?P<index>[1-9][0-9]*)")
        .replace(r"\{part\}", f"(?P<part>{part})")
    )
    return re.compile(f"^{pattern}$")


_PATTERNS = {name: _pattern(section) for name, section in FIELD_MAP.items()}


def location_of(name: str) -> FormField | None:
    """The field called `name`, or None for a name the workbook never makes."""
    for section, pattern in _PATTERNS.items():
        if found := pattern.match(name):
            parts = found.groupdict()
            index = parts.get("index")
            return form_field(
                section,
                parts.get("part") or "",
                key=parts.get("key"),
                index=int(index) if index else None,
            )
    return None


class UnreadableValue(ValueError):
    """What a person typed into a field cannot become the plan's value; says what to write."""


def read_value(spec: Spec, typed: str) -> Any:
    """The plan's value for the text `typed` into a field of `spec`.

    Raises UnreadableValue with a sentence saying what to write instead.
    """
    match spec.reads:
        case Reads.LINES:
            lines = (line.strip(" -•*\t") for line in typed.splitlines())
            return [line for line in lines if line]
        case Reads.DAY:
            return _read_day(typed)
        case Reads.RATING:
            return _read_number(typed, 1, 5)
        case Reads.PERCENT:
            return _read_number(typed.strip().removesuffix("%"), 0, 100, typed=typed)
        case _:
            return typed


def _read_day(typed: str) -> dt.date:
    from mentorbook.i18n import shipped_languages

    # Why every shipped language: a French workbook's printed dates come back in French.
    day = parse_day(typed, shipped_languages())
    if day is None:
        raise UnreadableValue(message("typed_not_a_date", text=typed))
    error = day_error(day)
    if error is not None:
        raise UnreadableValue(error_message(error))
    return day


def _read_number(text: str, low: int, high: int, *, typed: str | None = None) -> int:
    digits = text.strip()
    if digits.isascii() and digits.isdigit() and low <= int(digits) <= high:
        return int(digits)
    shown = text if typed is None else typed
    raise UnreadableValue(message("typed_not_a_number", text=shown, low=low, high=high))


def is_ticked(value: object) -> bool:
    """Whether a checkbox value read from a filled-in PDF means ticked.

    Why: pypdf gives a checkbox's state as a PDF name, "/on" (or any export value) when
    ticked and "/Off" when not.
    """
    return str(value or "").lstrip("/").lower() not in ("", "off")
