"""The default content holds the ids, goal library and program shape the site and workbook rely on."""

from __future__ import annotations

import pytest

from mentorbook.schema.loader import Hub

REQUIRED_IDS = {
    "programs": {"foundations"},
    "roles": {"mentor", "mentee", "coordinator", "sponsor", "line-manager"},
    "formats": {"one-on-one", "group", "peer", "distance", "reverse", "speed", "affinity-circle"},
    "mentoring-types": {"information", "skill", "advocacy"},
    "agreements": {"mentoring-agreement"},
    "meeting-guides": {"first-meeting", "regular-session", "midpoint-review", "closing-meeting"},
    "reflections": {"after-meeting", "midpoint", "closing"},
    "comparisons": {"mentoring-coaching-sponsorship"},
}
REQUIRED_MILESTONES = {
    "kickoff": "Kickoff",
    "first-meeting": "First meeting",
    "agreement-signed": "Agreement signed",
    "midpoint-review": "Mid-point review",
    "closing-meeting": "Closing meeting",
}


@pytest.mark.parametrize("folder", sorted(REQUIRED_IDS))
def test_required_ids_exist(hub: Hub, folder: str) -> None:
    assert REQUIRED_IDS[folder] <= set(hub.ids(folder))


def test_goal_library_is_broad(hub: Hub) -> None:
    categories = {goal.category for goal in hub.goals.values()}

    assert len(hub.goals) >= 15
    assert len(categories) >= 7


def test_every_goal_template_has_two_examples(hub: Hub) -> None:
    thin = [goal.id for goal in hub.goals.values() if len(goal.examples) < 2]
    assert thin == []


def test_program_lasts_nine_to_twelve_months(hub: Hub) -> None:
    assert 9 <= hub.programs["foundations"].duration_months <= 12


def test_program_has_the_named_milestones(hub: Hub) -> None:
    milestones = {m.id: m.title for m in hub.programs["foundations"].milestones}

    assert {key: milestones.get(key) for key in REQUIRED_MILESTONES} == REQUIRED_MILESTONES


def test_program_milestones_come_in_program_order(hub: Hub) -> None:
    weeks = {m.id: m.week for m in hub.programs["foundations"].milestones}

    assert [weeks[key] for key in REQUIRED_MILESTONES] == sorted(
        weeks[key] for key in REQUIRED_MILESTONES
    )


def test_program_uses_every_format_role_type_guide_and_reflection(hub: Hub) -> None:
    program = hub.programs["foundations"]

    assert set(program.formats) == set(hub.formats)
    assert set(program.roles) == set(hub.roles)
    assert set(program.mentoring_types) == set(hub.mentoring_types)
    assert set(program.meeting_guides) == set(hub.meeting_guides)
    assert set(program.reflections) == set(hub.reflections)
