"""A program's own calendar: the weeks without meetings and the reviews it holds."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from mentorbook.schema.models.base import Model, Slug, Text, located_error

ReviewKind = Literal["midpoint", "closing"]
"""The reviews a plan records and a workbook prints (`review.<kind>.*` form fields)."""


class Break(Model):
    """Weeks without meetings, such as holidays or exams; both weeks are included."""

    from_week: int = Field(ge=0, le=260)
    to_week: int = Field(ge=0, le=260)
    title: Text
    """What the break is, shown on the timeline: "Exams", "Winter holidays"."""

    @model_validator(mode="after")
    def _weeks_in_order(self) -> Break:
        if self.to_week < self.from_week:
            raise located_error(
                "break_ends_before_start",
                ("to_week",),
                to_week=self.to_week,
                from_week=self.from_week,
            )
        return self

    def holds(self, week: int) -> bool:
        return self.from_week <= week <= self.to_week


class ProgramReview(Model):
    """A review the program holds, on the milestone that marks it."""

    id: ReviewKind
    """midpoint or closing: which review of the plan this is."""
    milestone: Slug
    """Id of the milestone the review sits on; its week is the review's week."""
