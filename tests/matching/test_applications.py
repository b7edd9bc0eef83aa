"""Reading one application: time zones, lists and roles as people type them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from mentorbook.matching.applications import Application


@pytest.mark.parametrize(
    ("typed", "hours"),
    [
        ("UTC", 0.0),
        ("utc", 0.0),
        ("gmt+1", 1.0),
        ("UTC-03:30", -3.5),
        ("+5:45", 5.75),
        ("Europe/Berlin", 1.0),  # read in January: winter time
        ("America/Sao_Paulo", -3.0),
    ],
)
def test_time_zones_are_names_or_offsets(typed: str, hours: float) -> None:
    application = Application.model_validate({"role": "mentee", "name": "A", "timezone": typed})

    assert application.timezone == hours


@pytest.mark.parametrize("typed", ["Europe", "Mars/Olympus", "UTC+25", "-", "../etc/passwd"])
def test_anything_else_is_not_a_time_zone(typed: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Application.model_validate({"role": "mentee", "name": "A", "timezone": typed})

    assert [error["type"] for error in raised.value.errors()] == ["timezone"]


def test_lists_are_split_on_semicolons_and_trimmed() -> None:
    application = Application.model_validate(
        {"role": "mentor", "name": "A", "interests": " chess ;; data;", "capacity": "3"}
    )

    assert (application.interests, application.capacity) == (("chess", "data"), 3)
