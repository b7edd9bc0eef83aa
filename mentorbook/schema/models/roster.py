"""One row of a cohort's roster (roster.csv): enough to start a mentee's plan."""

from __future__ import annotations

from collections.abc import Collection
from typing import Annotated, Any, Self

from pydantic import BeforeValidator, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from mentorbook.schema.messages import unknown_id_values
from mentorbook.schema.models.base import Day, Model, PersonName, RequiredName, located_error

LIST_SEPARATOR = ";"
"""Between the goal ids, or the co-mentors' names, of one cell."""


def _listed(value: Any) -> Any:
    """The entries a cell lists, such as 'speak-up; learn-the-ropes'."""
    if isinstance(value, str):
        return [entry.strip() for entry in value.split(LIST_SEPARATOR) if entry.strip()]
    return value


class RosterRow(Model):
    """A mentee as a roster lists them. Validated with the hub's ids as context
    (`programs`, `goals`), so an unknown id is an error of its cell, like any other."""

    mentee: RequiredName
    mentor: Annotated[list[PersonName], BeforeValidator(_listed)] = []
    """The mentor, or co-mentors separated by ';'."""
    group: PersonName = ""
    program: str = Field(default="", validate_default=True)
    """Id of the program; empty for the hub's first."""
    start: Day | None = None
    email: str = ""
    goals: Annotated[list[str], BeforeValidator(_listed)] = []
    """Ids of the goal templates the plan starts with, separated by ';'."""
    language: str = ""
    """The language of the mentee's workbook, such as fr; empty for the hub's first."""

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str, info: ValidationInfo) -> str:
        languages = _known(info, "languages")
        if value and languages is not None and value not in languages:
            raise PydanticCustomError(
                "dangling_reference", "unknown id", unknown_id_values("language", value, languages)
            )
        return value

    @field_validator("program")
    @classmethod
    def _known_program(cls, value: str, info: ValidationInfo) -> str:
        programs = _known(info, "programs")
        if programs is not None and not programs:
            raise PydanticCustomError("no_program", "no program")
        if value and programs is not None and value not in programs:
            raise PydanticCustomError(
                "dangling_reference", "unknown id", unknown_id_values("program", value, programs)
            )
        return value

    @field_validator("goals")
    @classmethod
    def _known_goals(cls, value: list[str], info: ValidationInfo) -> list[str]:
        goals = _known(info, "goals")
        for goal in value:
            if goals is not None and goal not in goals:
                raise PydanticCustomError(
                    "dangling_reference",
                    "unknown id",
                    unknown_id_values("goal template", goal, goals),
                )
        return value

    @model_validator(mode="after")
    def _each_goal_once(self) -> Self:
        for index, goal in enumerate(self.goals):
            if goal in self.goals[:index]:
                raise located_error("goal_listed_twice", ("goals",), id=goal)
        return self


def _known(info: ValidationInfo, kind: str) -> Collection[str] | None:
    context = info.context or {}
    known: Collection[str] | None = context.get(kind)
    return known
