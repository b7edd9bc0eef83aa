"""Goal templates: a framework, prompts and examples a mentee starts a goal from."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mentorbook.schema.models.base import Markdown, Model, Slug, Text
from mentorbook.translatable import N_

FRAMEWORKS: dict[str, tuple[str, ...]] = {
    "SMART": (N_("Specific"), N_("Measurable"), N_("Achievable"), N_("Relevant"), N_("Time-bound")),
    "REAL": (N_("Relevant"), N_("Aspirational"), N_("Experimental"), N_("Learning-based")),
}
"""What each goal framework's letters stand for, in English; the site and the workbook both
print it, each in its own language."""


class GoalTemplate(Model):
    """A reusable starting point for one goal."""

    id: Slug
    title: Text
    category: Text
    """Interest area, such as Career, Leadership or Wellbeing; the library is indexed by it."""
    framework: Literal["SMART", "REAL"]
    """SMART or REAL; `FRAMEWORKS` says what their letters stand for."""
    summary: Text
    description: Markdown | None = None
    prompts: list[Text] = Field(min_length=1)
    """Questions that help the mentee make the goal their own."""
    examples: list[Text] = []
    """Goals written from this template, for inspiration; none is fine."""
    actions: list[Text] = Field(min_length=1)
    measures: list[Text] = Field(min_length=1)
    """How the mentee will know the goal is met."""
