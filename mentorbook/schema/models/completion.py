"""The program's completion rule: what a pair must have done for a certificate of completion."""

from __future__ import annotations

from pydantic import Field, model_validator

from mentorbook.schema.models.base import Model, located_error


class Completion(Model):
    """What earns a certificate of completion; each requirement is optional, at least one is set."""

    meetings: int | None = Field(default=None, ge=1, le=260)
    """At least this many meetings logged in the plan."""
    agreement_signed: bool = False
    """The agreement signed by everyone who signs it."""
    closing_review: bool = False
    """The closing review recorded in the plan."""

    @model_validator(mode="after")
    def _requires_something(self) -> Completion:
        if self.meetings is None and not self.agreement_signed and not self.closing_review:
            raise located_error("completion_requires_nothing", ())
        return self
