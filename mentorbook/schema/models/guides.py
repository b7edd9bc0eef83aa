"""Meeting guides, reflection prompts, free-form guides, case studies, comparisons, glossary."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from mentorbook.schema.models.base import Markdown, Model, Slug, Text, located_error

Moment = Literal["first-meeting", "regular", "midpoint", "closing"]


class AgendaItem(Model):
    title: Text
    minutes: int = Field(ge=1, le=240)
    prompts: list[Text] = []


class MeetingGuide(Model):
    """How to prepare, run and follow up one kind of meeting."""

    id: Slug
    title: Text
    moment: Moment
    """Which meeting this guides: first-meeting, regular, midpoint or closing."""
    purpose: Markdown
    before: list[Text] = []
    agenda: list[AgendaItem] = Field(min_length=1)
    after: list[Text] = []


class Prompt(Model):
    id: Slug
    text: Text


class ReflectionSet(Model):
    """Reflection prompts for one moment of the program."""

    id: Slug
    title: Text
    moment: Literal["after-meeting", "midpoint", "closing"]
    intro: Markdown | None = None
    prompts: list[Prompt] = Field(min_length=1)


class Section(Model):
    title: Text
    body: Markdown


class Guide(Model):
    """A free-form guide, written as Markdown sections."""

    id: Slug
    title: Text
    summary: Text
    audience: Text = "Everyone"
    order: int = 100
    sections: list[Section] = Field(min_length=1)


class CaseStudy(Model):
    """A short scenario with questions to discuss."""

    id: Slug
    title: Text
    scenario: Markdown
    questions: list[Text] = Field(min_length=1)


class ComparisonRow(Model):
    aspect: Text
    values: list[Text]


class Comparison(Model):
    """Several practices side by side, aspect by aspect."""

    id: Slug
    title: Text
    intro: Markdown
    columns: list[Text] = Field(min_length=2)
    rows: list[ComparisonRow] = Field(min_length=1)

    @model_validator(mode="after")
    def _rows_fill_columns(self) -> Comparison:
        for index, row in enumerate(self.rows):
            if len(row.values) != len(self.columns):
                raise located_error(
                    "row_values_mismatch",
                    ("rows", index, "values"),
                    aspect=row.aspect,
                    values=len(row.values),
                    columns=len(self.columns),
                )
        return self


class Term(Model):
    term: Text
    definition: Markdown


class Glossary(Model):
    """Words the program uses, defined once."""

    terms: list[Term] = Field(min_length=1)
