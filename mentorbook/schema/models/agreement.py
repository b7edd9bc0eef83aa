"""The mentoring agreement: grouped checklist items and the signatures that close it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from mentorbook.schema.models.base import Markdown, Model, Reference, Slug, Text


class AgreementItem(Model):
    id: Slug
    """Stable id; plans tick items by it and PDF form fields are named after it."""
    text: Text


class AgreementSection(Model):
    id: Slug
    title: Text
    items: list[AgreementItem] = Field(min_length=1)


class Signature(Model):
    role: Slug
    """Id of the role that signs."""
    label: Text
    for_each: Literal["mentors", "peers"] | None = None
    """One signature line for each of the plan's `mentors` (or `peers`), such as two
    co-mentors; without it, the role signs once."""


class Agreement(Model):
    """A checklist mentor and mentee go through and sign at the start."""

    id: Slug
    title: Text
    intro: Markdown
    sections: list[AgreementSection] = Field(min_length=1)
    signatures: list[Signature] = Field(min_length=1)

    def item_ids(self) -> list[str]:
        return [item.id for section in self.sections for item in section.items]

    def references(self) -> Iterator[Reference]:
        for index, signature in enumerate(self.signatures):
            yield Reference(("signatures", index, "role"), "roles", signature.role)
