"""A mentoring program: what it is for, how long it runs, its phases, cadence and matching rules."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field, model_validator

from mentorbook.schema.models.base import (
    Markdown,
    Model,
    Reference,
    Slug,
    Text,
    located_error,
    reference_list,
)
from mentorbook.schema.models.completion import Completion
from mentorbook.schema.models.matching import MatchRules


class Milestone(Model):
    """A dated point in the program, counted in weeks from its start."""

    id: Slug
    """Stable id, used for form fields and calendar entries."""
    title: Text
    week: int = Field(ge=0, le=260)
    """Weeks after the program starts (0 is the start)."""
    description: str = ""


class Phase(Model):
    """A stretch of the program with its own focus."""

    id: Slug
    title: Text
    start_week: int = Field(ge=0, le=260)
    end_week: int = Field(ge=0, le=260)
    summary: Markdown
    milestones: list[Milestone] = []

    @model_validator(mode="after")
    def _weeks_in_order(self) -> Phase:
        if self.end_week < self.start_week:
            raise located_error(
                "phase_ends_before_start",
                ("end_week",),
                end_week=self.end_week,
                start_week=self.start_week,
            )
        for index, milestone in enumerate(self.milestones):
            if not self.start_week <= milestone.week <= self.end_week:
                raise located_error(
                    "milestone_outside_phase",
                    ("milestones", index, "week"),
                    week=milestone.week,
                    start_week=self.start_week,
                    end_week=self.end_week,
                )
        return self


class Cadence(Model):
    """How often mentor and mentee meet, and for how long."""

    every_weeks: int = Field(ge=1, le=12)
    """Weeks between regular meetings."""
    minutes: int = Field(ge=15, le=240)
    """Planned length of one meeting."""
    first_week: int = Field(default=1, ge=0, le=26)
    """Week of the first meeting, counted from the program start."""
    media: list[Text] = Field(min_length=1)
    """Where meetings happen: in person, video call, phone..."""
    between_meetings: str = ""
    """What contact is expected between meetings."""


class MatchingRule(Model):
    """One rule the coordinator follows when pairing mentors and mentees."""

    title: Text
    description: Markdown


class Program(Model):
    """A formal mentoring program that a cohort of mentees goes through together."""

    id: Slug
    name: Text
    organisation: Text
    order: int = 100
    """Where the program stands among the hub's programs (lowest first; then by name). The
    first is the default, for a roster row that names no program."""
    purpose: Markdown
    duration_months: int = Field(ge=1, le=36)
    formats: list[Slug] = Field(min_length=1)
    """Ids of the formats this program offers."""
    mentoring_types: list[Slug] = []
    """Ids of the kinds of mentoring by need this program supports."""
    roles: list[Slug] = Field(min_length=1)
    """Ids of the roles people play in this program."""
    goal_templates: list[Slug] = []
    """Ids of the goal templates offered to mentees; empty offers the whole library."""
    agreement: Slug
    """Id of the mentoring agreement signed at the start."""
    meeting_guides: list[Slug] = []
    reflections: list[Slug] = []
    """Ids of the reflection prompt sets used in the workbook."""
    phases: list[Phase] = Field(min_length=1)
    cadence: Cadence
    matching: list[MatchingRule] = []
    match: MatchRules = MatchRules()
    """The rules and weights `mentorbook match` pairs applicants by."""
    completion: Completion | None = None
    """What a pair must have done for a certificate of completion."""

    @property
    def duration_weeks(self) -> int:
        return round(self.duration_months * 52 / 12)

    @property
    def milestones(self) -> list[Milestone]:
        """Every milestone of every phase, in week order."""
        return sorted(
            (milestone for phase in self.phases for milestone in phase.milestones),
            key=lambda milestone: milestone.week,
        )

    def references(self) -> Iterator[Reference]:
        yield from reference_list("formats", "formats", self.formats)
        yield from reference_list("mentoring_types", "mentoring-types", self.mentoring_types)
        yield from reference_list("roles", "roles", self.roles)
        yield from reference_list("goal_templates", "goals", self.goal_templates)
        yield Reference(("agreement",), "agreements", self.agreement)
        yield from reference_list("meeting_guides", "meeting-guides", self.meeting_guides)
        yield from reference_list("reflections", "reflections", self.reflections)

    @model_validator(mode="after")
    def _phases_fit(self) -> Program:
        for index, phase in enumerate(self.phases):
            if phase.end_week > self.duration_weeks:
                raise located_error(
                    "phase_after_program_end",
                    ("phases", index, "end_week"),
                    end_week=phase.end_week,
                    weeks=self.duration_weeks,
                )
        return self
