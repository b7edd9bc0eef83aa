"""The content models: derived values, references, and the checks across fields."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from mentorbook.schema.models import Agreement, HubSettings, Program
from mentorbook.schema.models.base import Reference
from mentorbook.schema.yaml_reader import new_yaml
from tests.schema.minimal_content import MINIMAL_CONTENT


def _program(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = new_yaml().load(MINIMAL_CONTENT["programs/pilot.yml"])
    data.update(changes)
    return data


def _phase(phase_id: str, start: int, end: int, *milestones: tuple[str, int]) -> dict[str, Any]:
    return {
        "id": phase_id,
        "title": phase_id.title(),
        "start_week": start,
        "end_week": end,
        "summary": "Work.",
        "milestones": [{"id": m, "title": m.title(), "week": week} for m, week in milestones],
    }


def test_duration_in_weeks_rounds_months() -> None:
    assert Program.model_validate(_program(duration_months=12)).weeks == 52
    assert Program.model_validate(_program(duration_months=3)).weeks == 13


def test_milestones_of_all_phases_come_in_week_order() -> None:
    phases = [_phase("late", 6, 12, ("close", 12)), _phase("early", 0, 6, ("kickoff", 0))]

    program = Program.model_validate(_program(phases=phases))

    assert [milestone.id for milestone in program.milestones] == ["kickoff", "close"]


def test_a_phase_may_not_end_before_it_starts() -> None:
    with pytest.raises(ValidationError) as raised:
        Program.model_validate(_program(phases=[_phase("odd", 5, 2)]))

    (error,) = raised.value.errors()
    assert error["type"] == "phase_ends_before_start"
    assert error["loc"] == ("phases", 0)
    assert error["ctx"]["at"] == ("end_week",)


def test_program_lists_every_id_it_names_in_other_collections() -> None:
    program = Program.model_validate(_program(reflections=["after-meeting"]))

    assert list(program.references()) == [
        Reference(("formats", 0), "formats", "one-on-one"),
        Reference(("roles", 0), "roles", "mentee"),
        Reference(("roles", 1), "roles", "mentor"),
        Reference(("agreement",), "agreements", "basic-agreement"),
        Reference(("reflections", 0), "reflections", "after-meeting"),
    ]


def test_agreement_signatures_reference_roles() -> None:
    data = new_yaml().load(MINIMAL_CONTENT["agreements/basic-agreement.yml"])

    agreement = Agreement.model_validate(data)

    assert [reference.id for reference in agreement.references()] == ["mentee", "mentor"]


@pytest.mark.parametrize("bad_id", ["Mentor", "two  words", "-lead", "trail-", "a_b", ""])
def test_ids_are_lowercase_words_joined_by_single_hyphens(bad_id: str) -> None:
    with pytest.raises(ValidationError):
        Program.model_validate(_program(id=bad_id))


def test_a_bad_id_comes_with_a_suggested_one() -> None:
    with pytest.raises(ValidationError) as raised:
        Program.model_validate(_program(id="Peer Circles"))

    assert raised.value.errors()[0]["ctx"]["suggestion"] == "peer-circles"


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        Program.model_validate(_program(duration=3))

    assert raised.value.errors()[0]["type"] == "extra_forbidden"


def test_print_colour_is_a_hex_colour_kept_in_lowercase() -> None:
    base = {"organisation": "O", "site_name": "S", "tagline": "T"}

    settings = HubSettings.model_validate({**base, "colours": {"print_accent": "#3F51B5"}})

    assert settings.colours.print_accent == "#3f51b5"
    with pytest.raises(ValidationError):
        HubSettings.model_validate({**base, "colours": {"print_accent": "blue"}})
