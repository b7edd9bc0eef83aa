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
from mentorbook.schema.models.calendar import Break, ProgramReview
from mentorbook.schema.models.completion import Completion
from mentorbook.schema.models.matching import MatchRules
from mentorbook.schema.models.workbook_shape import WorkbookShape


class Milestone(Model):
    """A dated point in the program, counted in weeks from its start."""

    id: Slug
    """Stable id, used for form fields and calendar entries."""
    title: Text
    week: int = Field(ge=0, le=260)
    """Weeks after the program starts (0 is the start)."""
    description: str = ""
    meeting: Slug | None = None
    """Id of a meeting guide: the milestone is a meeting, held in its week."""


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
    minutes: int = Field(ge=5, le=240)
    """Planned length of one meeting."""
    first_week: int = Field(default=1, ge=0, le=26)
    """Week of the first meeting, counted from the program start."""
    media: list[Text] = Field(min_length=1)
    """Where meetings happen: in person, video call, phone..."""
    between_meetings: str = ""
    """What contact is expected between meetings."""
    breaks: list[Break] = []
    """Weeks without meetings (holidays, exams); a meeting due in one moves to the week after."""

    def break_at(self, week: int) -> Break | None:
        return next((b for b in self.breaks if b.holds(week)), None)


class MatchingRule(Model):
    """One rule the coordinator follows when pairing mentors and mentees."""

    title: Text
    description: Markdown


class Program(Model):
    """A formal mentoring program that a cohort of mentees goes through together."""

    id: Slug
    name: Text
    organisation: Text
    purpose: Markdown
    duration_months: int | None = Field(default=None, ge=1, le=36)
    """Length in months; give this or duration_weeks."""
    duration_weeks: int | None = Field(default=None, ge=1, le=156)
    """Length in weeks, such as a 14-week semester; give this or duration_months."""
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
    reviews: list[ProgramReview] | None = None
    """The reviews the program holds, each on a milestone; [] for none. Left out: a mid-point
    review at the meeting nearest the middle and a closing review at the last meeting."""
    workbook: WorkbookShape = WorkbookShape()
    """The workbook's sections and room to write; left out, the default workbook."""

    @property
    def weeks(self) -> int:
        """The program's length in weeks, however it is given."""
        if self.duration_weeks is not None:
            return self.duration_weeks
        return round((self.duration_months or 0) * 52 / 12)

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
        for index, phase in enumerate(self.phases):
            for number, milestone in enumerate(phase.milestones):
                if milestone.meeting is not None:
                    at = ("phases", index, "milestones", number, "meeting")
                    yield Reference(at, "meeting-guides", milestone.meeting)

    def holds_review(self, kind: str) -> bool:
        """Whether the program has this review: a program that names none has both."""
        return self.reviews is None or any(review.id == kind for review in self.reviews)

    def milestone(self, milestone_id: str) -> Milestone | None:
        return next((m for m in self.milestones if m.id == milestone_id), None)

    @model_validator(mode="after")
    def _one_duration(self) -> Program:
        if self.duration_months is not None and self.duration_weeks is not None:
            raise located_error("duration_twice", ("duration_weeks",))
        if self.duration_months is None and self.duration_weeks is None:
            raise located_error("duration_missing", ())
        return self

    @model_validator(mode="after")
    def _calendar_fits(self) -> Program:
        """Phases and breaks lie inside the program's weeks, and no milestone meeting in a
        break. (A milestone lies in its phase, so inside the program too.)"""
        for index, phase in enumerate(self.phases):
            if phase.end_week > self.weeks:
                raise located_error(
                    "phase_after_program_end",
                    ("phases", index, "end_week"),
                    end_week=phase.end_week,
                    weeks=self.weeks,
                )
            for number, milestone in enumerate(phase.milestones):
                pause = self.cadence.break_at(milestone.week)
                if milestone.meeting is not None and pause is not None:
                    raise located_error(
                        "milestone_meeting_in_break",
                        ("phases", index, "milestones", number, "meeting"),
                        week=milestone.week,
                        title=pause.title,
                    )
        for index, pause in enumerate(self.cadence.breaks):
            if pause.to_week > self.weeks:
                raise located_error(
                    "break_after_program_end",
                    ("cadence", "breaks", index, "to_week"),
                    to_week=pause.to_week,
                    weeks=self.weeks,
                )
        return self

    @model_validator(mode="after")
    def _completion_reviews_held(self) -> Program:
        if self.completion and self.completion.closing_review and not self.holds_review("closing"):
            raise located_error("completion_review_not_held", ("completion", "closing_review"))
        return self

    @model_validator(mode="after")
    def _reviews_on_milestones(self) -> Program:
        seen: set[str] = set()
        for index, review in enumerate(self.reviews or []):
            if review.id in seen:
                raise located_error("review_twice", ("reviews", index, "id"), review=review.id)
            seen.add(review.id)
            if self.milestone(review.milestone) is None:
                raise located_error(
                    "review_milestone_unknown",
                    ("reviews", index, "milestone"),
                    milestone=review.milestone,
                    known=", ".join(m.id for m in self.milestones),
                )
        return self
