"""How mentoring is delivered (formats) and what it is for (mentoring types by need)."""

from __future__ import annotations

from pydantic import Field

from mentorbook.schema.models.base import Markdown, Model, Slug, Text


class Format(Model):
    """A way of running mentoring: one-on-one, group, peer, distance, reverse..."""

    id: Slug
    name: Text
    summary: Text
    order: int = 100
    description: Markdown
    group_size: Text
    """Who meets: 'one mentor, one mentee', 'one mentor, four to six mentees'."""
    medium: Text
    """In person, online, or both."""
    fits_when: list[Text] = Field(min_length=1)
    how_we_run_it: list[Text] = Field(min_length=1)
    watch_for: list[Text] = []


class MentoringType(Model):
    """Mentoring by need: what the mentee needs and how the mentor serves it."""

    id: Slug
    name: Text
    summary: Text
    order: int = 100
    description: Markdown
    mentor_functions: list[Text] = Field(min_length=1)
    examples: list[Text] = []
