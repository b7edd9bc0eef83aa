"""Typed models of content and plan files. Models do no I/O."""

from mentorbook.schema.models.agreement import Agreement
from mentorbook.schema.models.formats import Format, MentoringType
from mentorbook.schema.models.goals import GoalTemplate
from mentorbook.schema.models.guides import (
    CaseStudy,
    Comparison,
    Glossary,
    Guide,
    MeetingGuide,
    ReflectionSet,
)
from mentorbook.schema.models.hub import HubSettings
from mentorbook.schema.models.program import Program
from mentorbook.schema.models.roles import Role

__all__ = [
    "Agreement",
    "CaseStudy",
    "Comparison",
    "Format",
    "Glossary",
    "GoalTemplate",
    "Guide",
    "HubSettings",
    "MeetingGuide",
    "MentoringType",
    "Program",
    "ReflectionSet",
    "Role",
]
