"""The rules `mentorbook match` pairs mentors and mentees by: hard rules and score weights."""

from __future__ import annotations

from pydantic import Field

from mentorbook.schema.models.base import Model


class HardRules(Model):
    """Rules no pair may break; a pair that breaks one is never made."""

    reporting_line: bool = True
    """Never pair a mentee with their manager, nor with anyone above them in the reporting
    line (followed through the `manager` column)."""
    avoid: bool = True
    """Never pair two people when either names the other in their `avoid` column."""
    shared_language: bool = True
    """Mentor and mentee share at least one language of their `languages` columns."""
    same_program: bool = True
    """Mentor and mentee applied to the same program (`program` column)."""
    different_department: bool = False
    """Mentor and mentee work in different departments (`department` column)."""


class ScoreWeights(Model):
    """Points a pair earns; the match makes the total over all pairs as high as it can."""

    shared_interest: int = Field(default=2, ge=0, le=100)
    """Points for each interest both list in `interests`."""
    shared_skill: int = Field(default=1, ge=0, le=100)
    """Points for each skill both list in `skills`."""
    goal_covered: int = Field(default=3, ge=0, le=100)
    """Points for each of the mentee's goals the mentor can help with: the mentor lists the
    goal template's id in `goals`, or its category (such as Leadership) in `skills`."""
    preferred: int = Field(default=4, ge=0, le=100)
    """Points when one names the other in `prefer` (twice that when both do)."""
    timezone_hour: int = Field(default=1, ge=0, le=100)
    """Points taken off for each hour between the two time zones (`timezone` column), rounded
    half up; named zones are compared at their mid-January offsets."""
    different_department: int = Field(default=1, ge=0, le=100)
    """Points when the two work in different departments."""
    seniority_level: int = Field(default=0, ge=0, le=100)
    """Points for each level the mentor is above the mentee (`level` column: 1, 2, 3...)."""


class MatchRules(Model):
    """How `mentorbook match` pairs this program's mentors and mentees."""

    hard: HardRules = HardRules()
    weights: ScoreWeights = ScoreWeights()
