"""The people in a program: what each is responsible for, does and avoids."""

from __future__ import annotations

from pydantic import Field

from mentorbook.schema.models.base import Markdown, Model, Slug, Text


class Function(Model):
    """Something a person does in the relationship, such as a mentor's 'sounding board'."""

    name: Text
    description: Markdown


class Question(Model):
    question: Text
    answer: Markdown


class Role(Model):
    """A role people take in the program: mentor, mentee, coordinator, sponsor, line manager."""

    id: Slug
    name: Text
    summary: Text
    """One sentence on who this is."""
    order: int = 100
    """Position in navigation; lower comes first."""
    description: Markdown | None = None
    responsibilities: list[Text] = Field(min_length=1)
    functions: list[Function] = []
    """The functions this role serves in the relationship."""
    functions_title: Text = "Functions"
    """Heading over the functions, such as 'The roles a mentee plays'."""
    do: list[Text] = []
    dont: list[Text] = []
    faqs: list[Question] = []
