"""A mentee's plan: the personal data a workbook prints and the CLI fills in."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from pydantic import Field
from slugify import slugify

from mentorbook.schema.models.base import (
    Day,
    Model,
    PersonName,
    Reference,
    RequiredName,
    Slug,
    Text,
)

SLUG_LENGTH = 80
"""The longest slug: file systems refuse names over 255 bytes, and paths have limits too."""
SLUG_HASH_LENGTH = 8


def mentee_slug(mentee: str) -> str:
    """A mentee's name as a file name and workbook identity: `Amara Okafor` -> `amara-okafor`.

    Why one function: the plan file, the workbook file and the identity that `plan import`
    checks must all agree. Why a fallback: a name made only of punctuation or emoji
    slugifies to nothing, and a plan still needs a file name. Why capped: a file name
    has at most 255 bytes; a longer slug ends in a hash of the whole, so it stays unique.
    """
    slug = slugify(mentee) or "mentee"
    if len(slug) <= SLUG_LENGTH:
        return slug
    # Cut short, two long names that start alike would clash; a hash of the whole keeps
    # them apart.
    digest = hashlib.sha256(slug.encode("utf-8")).hexdigest()[:SLUG_HASH_LENGTH]
    return f"{slug[: SLUG_LENGTH - SLUG_HASH_LENGTH - 1].rstrip('-')}-{digest}"


class SkillRating(Model):
    """One line of the strengths and skills self-assessment, on a 1-5 scale."""

    skill: Text
    now: int | None = Field(default=None, ge=1, le=5)
    target: int | None = Field(default=None, ge=1, le=5)


class GoalMilestone(Model):
    title: Text
    due: Day | None = None
    done: bool = False


class PlanGoal(Model):
    """One of the mentee's goals, perhaps started from a goal template."""

    id: Slug
    """Stable id of the goal inside this plan; workbook form fields are named after it."""
    template: Slug | None = None
    """Id of the goal template this goal started from."""
    title: Text
    why: str = ""
    measures: list[Text] = []
    actions: list[Text] = []
    milestones: list[GoalMilestone] = []
    due: Day | None = None
    progress: int = Field(default=0, ge=0, le=100)
    """Percent complete, 0 to 100."""


class Meeting(Model):
    """A meeting that took place, with its notes."""

    date: Day
    notes: str = ""
    next_steps: str = ""


class Reflection(Model):
    date: Day | None = None
    prompt: Text
    """Id of a reflection prompt from the content, or the prompt's own text."""
    text: Text


class Review(Model):
    """The mid-point or closing review."""

    date: Day | None = None
    progress: str = ""
    went_well: str = ""
    to_change: str = ""
    next_steps: str = ""


class Reviews(Model):
    midpoint: Review | None = None
    closing: Review | None = None


class PlanAgreement(Model):
    """Which agreement items were ticked, and when each signer signed."""

    ticked: list[Slug] = []
    signed: dict[Slug, Day | list[Day | None]] = {}
    """The day each role of the agreement's `signatures` signed, by role id; a role several
    people sign for (such as two co-mentors) takes a list, in the order of `mentors`."""
    mentee_signed: Day | None = None
    """Old form of `signed: {mentee: ...}`; still read, and rewritten by the next change."""
    mentor_signed: Day | None = None
    """Old form of `signed: {mentor: ...}`; still read, and rewritten by the next change."""


class Plan(Model):
    """Everything personal in one mentee's workbook. Kept in plans/<slug>.yml."""

    mentee: RequiredName
    mentors: list[PersonName] = []
    """The mentee's mentor, or co-mentors, by name."""
    mentor: PersonName = ""
    """Old form of `mentors` for a single mentor; still read, and rewritten by the next change."""
    group: PersonName = ""
    """The name of the mentee's group, in a group or peer format."""
    peers: list[PersonName] = []
    """The mentee's fellow mentees, in a group or peer format."""
    email: str = ""
    program: Slug
    """Id of the program the mentee takes part in."""
    language: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
    """The language of the mentee's workbook and calendar, such as fr; the hub's first language when absent."""
    start: Day | None = None
    """The day the mentee's program starts; the workbook's dates count from it."""
    meet_every_weeks: int | None = Field(default=None, ge=1, le=12)
    """Weeks between meetings, when this pair meets more or less often than the program's cadence."""
    revision: int = Field(default=1, ge=1)
    """Raised by each change the CLI makes; a filled-in PDF from an older revision is refused."""
    vision: str = ""
    self_assessment: list[SkillRating] = []
    goals: list[PlanGoal] = []
    agreement: PlanAgreement = PlanAgreement()
    meetings: list[Meeting] = []
    reflections: list[Reflection] = []
    reviews: Reviews = Reviews()

    @property
    def mentor_names(self) -> list[str]:
        """The mentor or co-mentors, whichever form the plan names them in."""
        return list(self.mentors) or ([self.mentor] if self.mentor else [])

    def references(self) -> Iterator[Reference]:
        yield Reference(("program",), "programs", self.program)
        for index, goal in enumerate(self.goals):
            if goal.template is not None:
                yield Reference(("goals", index, "template"), "goals", goal.template)
