"""The shape of a program's workbook: its sections in order, and how much room each gives."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field, model_validator

from mentorbook.schema.models.base import Model, located_error

SectionName = Literal[
    "how-to-use",
    "contents",
    "roles",
    "agreement",
    "vision",
    "assessment",
    "goals",
    "timeline",
    "agenda",
    "meeting-log",
    "journal",
    "midpoint",
    "closing",
]
SECTIONS: tuple[SectionName, ...] = get_args(SectionName)
"""Every section, in the order of the default workbook."""


class SelfAssessmentShape(Model):
    """The strengths and skills self-assessment: how many rows, rated on which scale."""

    rows: int = Field(default=8, ge=1, le=50)
    """Blank rows printed when the plan lists fewer skills."""
    scale: int | None = Field(default=5, ge=2, le=5)
    """Ratings run from 1 to this number; none (null) prints the skills without ratings."""


class WorkbookShape(Model):
    """Which sections a program's workbook has, in which order, and their room to write."""

    sections: list[SectionName] = Field(default=list(SECTIONS), min_length=1)
    """Section names in print order; a section left out is not printed."""
    goal_sheets: int = Field(default=3, ge=0, le=20)
    """Blank goal worksheets printed when the plan has no goals yet."""
    self_assessment: SelfAssessmentShape = SelfAssessmentShape()
    journal: Literal["once", "per_phase", "per_meeting"] = "once"
    """The reflection journal's pages: once for the whole program, one per phase, or one
    after each planned meeting."""

    @model_validator(mode="after")
    def _each_section_once(self) -> WorkbookShape:
        """Why: a section printed twice would give two form fields one name."""
        for index, name in enumerate(self.sections):
            if name in self.sections[:index]:
                raise located_error("section_twice", ("sections", index), section=name)
        return self
