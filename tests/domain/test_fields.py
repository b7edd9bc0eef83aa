"""The field map: names both ways, kinds, and how a typed value is read back."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorbook.domain.fields import (
    DAY,
    LINES,
    PERCENT,
    RATING,
    TEXT,
    FieldKind,
    UnreadableValue,
    form_field,
    is_ticked,
    location_of,
    read_value,
)


@pytest.mark.parametrize(
    ("name", "section", "key", "index", "part", "kind"),
    [
        ("mentor", "cover", None, None, "mentor", FieldKind.LINE),
        ("vision", "vision", None, None, "", FieldKind.TEXT),
        ("assessment.2.now", "assessment", None, 2, "now", FieldKind.LINE),
        ("goal.speak-up.actions", "goal", "speak-up", None, "actions", FieldKind.TEXT),
        ("agreement.keep-time", "agreement", "keep-time", None, "", FieldKind.CHECKBOX),
        ("agreement.mentee_signed", "signature", "mentee", None, "", FieldKind.LINE),
        ("agreement.tuteur_signed.2", "cosignature", "tuteur", 2, "", FieldKind.LINE),
        ("meeting.3.next_steps", "meeting", None, 3, "next_steps", FieldKind.TEXT),
        (
            "reflection.after-meeting.learned",
            "reflection",
            "after-meeting",
            None,
            "learned",
            FieldKind.TEXT,
        ),
        ("review.closing.went_well", "review", "closing", None, "went_well", FieldKind.TEXT),
    ],
)
def test_a_field_name_leads_to_its_section_and_kind(
    name: str, section: str, key: str | None, index: int | None, part: str, kind: FieldKind
) -> None:
    found = location_of(name)

    assert found is not None
    assert (found.section, found.key, found.index, found.part, found.kind) == (
        section,
        key,
        index,
        part,
        kind,
    )
    assert form_field(section, part, key=key, index=index) == found


@pytest.mark.parametrize(
    "name",
    ["", "goal.Bad Id.title", "assessment.0.now", "meeting.1.colour", "review.final.date", "x"],
)
def test_names_the_workbook_never_makes_have_no_location(name: str) -> None:
    assert location_of(name) is None


@pytest.mark.parametrize(
    "typed",
    ["2027-01-11", "Mon 11 Jan 2027", "11 Jan 2027", "Monday 11 January 2027", "11 january 2027"],
)
def test_a_day_reads_as_iso_or_as_the_workbook_prints_it(typed: str) -> None:
    assert read_value(DAY, typed) == dt.date(2027, 1, 11)


@pytest.mark.parametrize(
    ("spec", "typed", "problem"),
    [
        (DAY, "next week", "'next week' is not a date; write it as YYYY-MM-DD"),
        (DAY, "Mon 31 Feb 2027", "'Mon 31 Feb 2027' is not a date; write it as YYYY-MM-DD"),
        (DAY, "Fun 11 Jan 2027", "'Fun 11 Jan 2027' is not a date; write it as YYYY-MM-DD"),
        (RATING, "6", "'6' is not a whole number from 1 to 5; write one such as 5"),
        (PERCENT, "140%", "'140%' is not a whole number from 0 to 100; write one such as 100"),
        (PERCENT, "½", "'½' is not a whole number from 0 to 100; write one such as 100"),
    ],
)
def test_a_value_that_cannot_be_read_says_what_to_write(
    spec: object, typed: str, problem: str
) -> None:
    with pytest.raises(UnreadableValue) as raised:
        read_value(spec, typed)  # type: ignore[arg-type]

    assert str(raised.value) == problem


def test_numbers_lists_and_text_read_as_the_plan_holds_them() -> None:
    assert read_value(PERCENT, "40 %") == 40
    assert read_value(RATING, " 3 ") == 3
    assert read_value(LINES, "- Speak up\n\n• Listen\n") == ["Speak up", "Listen"]
    assert read_value(TEXT, "As typed.\nTwo lines.") == "As typed.\nTwo lines."


@pytest.mark.parametrize(
    ("value", "ticked"), [("/on", True), ("/Yes", True), ("/Off", False), (None, False)]
)
def test_checkbox_values_read_back(value: object, ticked: bool) -> None:
    assert is_ticked(value) is ticked
