"""What the workbook templates print: plain, frozen data built by `context`. No I/O.

Every personal entry is an `Entry`: printed when the plan fills it in, otherwise writing
space (and a form field when the workbook is fillable) named by `fields`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mentorbook.domain.fields import FieldKind
from mentorbook.domain.schedule import JournalPage, PlannedMeeting
from mentorbook.schema.models.agreement import Agreement
from mentorbook.schema.models.guides import MeetingGuide
from mentorbook.schema.models.program import Program
from mentorbook.schema.models.roles import Role

Value = str | int | dt.date | bool | list[str] | None
"""What a plan holds for an entry, typed: the templates format it (see `renderer`)."""


@dataclass(frozen=True)
class Entry:
    """One personal entry: its field name, what the plan says (if anything), and its space."""

    name: str
    label: str
    kind: FieldKind
    value: str | int | dt.date | bool | None = None
    """What the plan holds, typed; None, '' or False for nothing yet."""
    items: tuple[str, ...] = ()
    """A list the plan fills in, printed one item per line."""
    lines: int = 1
    """Height of the writing space, in ruled lines."""
    unit: str = ""
    """Printed after the value, such as the '%' of a goal's progress."""

    @property
    def filled(self) -> bool:
        return bool(self.value or self.items)


@dataclass(frozen=True)
class Section:
    """A top-level part of the workbook: a contents line and a bookmark."""

    id: str
    title: str


@dataclass(frozen=True)
class Framework:
    name: str
    letters: tuple[str, ...]


@dataclass(frozen=True)
class DatedMilestone:
    title: str
    due: dt.date | None
    done: bool


@dataclass(frozen=True)
class GoalSheet:
    id: str
    heading: str
    title: Entry
    why: Entry
    measures: Entry
    actions: Entry
    milestones: Entry
    due: Entry
    progress: Entry
    frameworks: tuple[Framework, ...]
    prompts: tuple[str, ...]
    dated_milestones: tuple[DatedMilestone, ...] = ()
    """Milestones the plan gives."""


@dataclass(frozen=True)
class AssessmentRow:
    skill: Entry
    now: Entry | None
    """None when the program's self-assessment has no rating scale."""
    target: Entry | None


@dataclass(frozen=True)
class AgreementItemView:
    text: str
    box: Entry


@dataclass(frozen=True)
class AgreementSectionView:
    title: str
    items: tuple[AgreementItemView, ...]


@dataclass(frozen=True)
class SignatureView:
    label: str
    date: Entry


@dataclass(frozen=True)
class AgreementView:
    agreement: Agreement
    sections: tuple[AgreementSectionView, ...]
    signatures: tuple[SignatureView, ...]


@dataclass(frozen=True)
class TimelineRow:
    week: str
    date: dt.date | None
    title: str
    kind: str
    """phase, break, milestone or meeting: how the row is styled."""
    until: dt.date | None = None
    """The last day of a phase or break that lasts more than its first week."""
    meeting: int | None = None
    """The number of the meeting held in a milestone's week, shown on the milestone's row."""


@dataclass(frozen=True)
class LogEntry:
    number: int
    planned: PlannedMeeting | None
    """The meeting the program plans at this number, printed above the entry."""
    guide: str | None
    """The title of the guide for a planned meeting that marks a moment (first, mid-point...)."""
    date: Entry
    notes: Entry
    next_steps: Entry


@dataclass(frozen=True)
class PromptAnswer:
    prompt: str
    answer: Entry


@dataclass(frozen=True)
class ReflectionBlock:
    title: str
    intro: str | None
    answers: tuple[PromptAnswer, ...]


@dataclass(frozen=True)
class JournalPageView:
    """A journal page of a program that keeps one per meeting or per phase."""

    page: JournalPage
    blocks: tuple[ReflectionBlock, ...]


@dataclass(frozen=True)
class ReviewView:
    date: dt.date | None
    """The day of the meeting that holds the review, when the start is known."""
    guide: MeetingGuide | None
    reflections: tuple[ReflectionBlock, ...]
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class WorkbookContext:
    """Everything the templates print. Values are plain data, escaped by the templates."""

    language: str
    title: str
    organisation: str
    accent: str
    fillable: bool
    program: Program
    mentee: Entry
    mentor: Entry
    mentor_count: int
    """How many mentors the plan names; the cover's wording follows it."""
    group: str
    peers: tuple[str, ...]
    start: Entry
    end: dt.date | None
    roles: tuple[Role, ...]
    agreement: AgreementView
    vision: Entry
    assessment: tuple[AssessmentRow, ...]
    scale: int | None
    """Ratings run from 1 to this number; None: the skills are listed without ratings."""
    goals: tuple[GoalSheet, ...]
    timeline: tuple[TimelineRow, ...]
    agenda: MeetingGuide | None
    meeting_log: tuple[LogEntry, ...]
    journal: tuple[ReflectionBlock, ...]
    midpoint: ReviewView
    closing: ReviewView
    identity: dict[str, str]
    document_date: str | None
    sections: tuple[Section, ...] = field(default=())
    journal_pages: tuple[JournalPageView, ...] = field(default=())
    """The journal's pages when the program keeps one per meeting or per phase; else
    `journal` is printed once."""
