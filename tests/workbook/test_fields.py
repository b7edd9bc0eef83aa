"""Form-field names both ways, and the workbook identity read back from a PDF's info."""

from __future__ import annotations

import pytest

from mentorbook.schema.loader import Hub
from mentorbook.workbook import fields
from mentorbook.workbook.fields import FieldLocation, WorkbookIdentity
from tests.workbook.conftest import full_plan


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("mentor", ("mentor",)),
        ("vision", ("vision",)),
        ("assessment.2.now", ("self_assessment", 1, "now")),
        ("goal.speak-up.actions", ("goals", "speak-up", "actions")),
        ("agreement.keep-time", ("agreement", "ticked", "keep-time")),
        ("agreement.mentee_signed", ("agreement", "mentee_signed")),
        ("meeting.3.next_steps", ("meetings", 2, "next_steps")),
        ("reflection.after-meeting.learned", ("reflections", "learned")),
        ("review.closing.went_well", ("reviews", "closing", "went_well")),
    ],
)
def test_a_field_name_leads_to_its_place_in_the_plan(name: str, path: tuple[object, ...]) -> None:
    location = fields.location_of(name)
    assert location is not None
    assert location.plan_path == path


@pytest.mark.parametrize(
    "name",
    ["", "goal.Bad Id.title", "assessment.0.now", "meeting.1.colour", "review.final.date", "x"],
)
def test_names_the_workbook_never_makes_have_no_location(name: str) -> None:
    assert fields.location_of(name) is None


def test_builders_and_parser_agree() -> None:
    names = {
        fields.cover_field("start"): FieldLocation("cover", part="start"),
        fields.assessment_field(4, "skill"): FieldLocation("assessment", index=4, part="skill"),
        fields.goal_field("g-1", "due"): FieldLocation("goal", key="g-1", part="due"),
        fields.agreement_field("keep-time"): FieldLocation("agreement", key="keep-time"),
        fields.signature_field("mentor"): FieldLocation("signature", key="mentor"),
        fields.meeting_field(12, "date"): FieldLocation("meeting", index=12, part="date"),
        fields.reflection_field("midpoint", "p-2"): FieldLocation(
            "reflection", key="midpoint", part="p-2"
        ),
        fields.review_field("midpoint", "to_change"): FieldLocation(
            "review", key="midpoint", part="to_change"
        ),
    }
    assert {name: fields.location_of(name) for name in names} == names


def test_plan_values_come_under_names_that_lead_back_to_them(hub: Hub) -> None:
    values = fields.plan_field_values(full_plan(), hub.reflections.values())
    assert values["goal.speak-up.actions"] == "Prepare one point before each meeting"
    assert values["agreement.keep-time"] is True
    assert values["agreement.mentee_signed"] == "2027-01-12"
    assert values["meeting.1.notes"] == "Talked about goals."
    assert values["review.midpoint.went_well"] == "Weekly practice."
    assert values["reflection.after-meeting.after-meeting-learned"] == "Listening helps."
    assert all(fields.location_of(name) is not None for name in values)


class FakeReader:
    def __init__(self, metadata: dict[str, str] | None) -> None:
        self.metadata = metadata


def test_identity_reads_the_custom_document_info() -> None:
    reader = FakeReader(
        {
            "/mentorbookprogram": "pilot",
            "/mentorbookmentee": "amara-okafor",
            "/mentorbookrevision": "3",
        }
    )
    assert fields.identity_of(reader) == WorkbookIdentity("pilot", "amara-okafor", 3)


def test_a_blank_workbook_has_no_mentee_and_other_pdfs_no_identity() -> None:
    assert fields.identity_of(FakeReader({"/mentorbookprogram": "pilot"})) == WorkbookIdentity(
        "pilot", None, None
    )
    assert fields.identity_of(FakeReader({"/Title": "Something else"})) is None
    assert fields.identity_of(FakeReader(None)) is None


def test_identity_meta_uses_the_plan_slug() -> None:
    assert fields.identity_meta(full_plan(), "pilot") == {
        "mentorbook-program": "pilot",
        "mentorbook-mentee": "amara-okafor",
        "mentorbook-revision": "3",
    }


@pytest.mark.parametrize(("value", "ticked"), [("/on", True), ("/Off", False), (None, False)])
def test_checkbox_values_read_back(value: object, ticked: bool) -> None:
    assert fields.is_ticked(value) is ticked
