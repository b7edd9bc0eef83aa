"""Names of the workbook's PDF form fields, both ways, and the workbook identity in the PDF.

Why one module: the workbook names every fillable entry here, and `plan import` reads a
filled-in PDF back through the same functions, so a name can never drift between the two.

Names are dotted and stable across renders of the same plan:

    mentee, mentor, start                      the cover (only when the plan leaves them empty)
    vision                                     the vision statement
    assessment.<i>.skill|now|target            self-assessment row i, counted from 1
    goal.<goal-id>.<part>                      a goal worksheet; parts in GOAL_PARTS
    agreement.<item-id>                        an agreement checkbox
    agreement.<role>_signed                    the date a role signed, such as agreement.mentee_signed
    meeting.<n>.date|notes|next_steps          meeting log entry n, counted from 1
    reflection.<set-id>.<prompt-id>            an answer to a reflection prompt
    review.midpoint|closing.<part>             a review; parts in REVIEW_PARTS
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mentorbook.schema.models.guides import ReflectionSet
from mentorbook.schema.models.plan import Plan, mentee_slug

COVER_PARTS = ("mentee", "mentor", "start")
ASSESSMENT_PARTS = ("skill", "now", "target")
GOAL_PARTS = ("title", "why", "measures", "actions", "milestones", "due", "progress")
"""measures, actions and milestones hold one entry per line."""
MEETING_PARTS = ("date", "notes", "next_steps")
REVIEW_PARTS = ("date", "progress", "went_well", "to_change", "next_steps")
REVIEWS = ("midpoint", "closing")

_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_PATTERNS = {
    "cover": re.compile(rf"^(?P<part>{'|'.join(COVER_PARTS)})$"),
    "vision": re.compile(r"^vision$"),
    "assessment": re.compile(
        rf"^assessment\.(?P<index>[1-9][0-9]*)\.(?P<part>{'|'.join(ASSESSMENT_PARTS)})$"
    ),
    "goal": re.compile(rf"^goal\.(?P<key>{_ID})\.(?P<part>{'|'.join(GOAL_PARTS)})$"),
    "signature": re.compile(rf"^agreement\.(?P<key>{_ID})_signed$"),
    "agreement": re.compile(rf"^agreement\.(?P<key>{_ID})$"),
    "meeting": re.compile(
        rf"^meeting\.(?P<index>[1-9][0-9]*)\.(?P<part>{'|'.join(MEETING_PARTS)})$"
    ),
    "reflection": re.compile(rf"^reflection\.(?P<key>{_ID})\.(?P<part>{_ID})$"),
    "review": re.compile(
        rf"^review\.(?P<key>{'|'.join(REVIEWS)})\.(?P<part>{'|'.join(REVIEW_PARTS)})$"
    ),
}


class FieldKind(StrEnum):
    """The three kinds of form field a workbook holds."""

    LINE = "line"
    """Single-line text."""
    TEXT = "text"
    """Multi-line text."""
    CHECKBOX = "checkbox"


@dataclass(frozen=True)
class FieldLocation:
    """Where a form field's value belongs in a plan.

    `section` is one of the keys of the naming scheme (cover, vision, assessment, goal,
    signature, agreement, meeting, reflection, review); `key` is the goal, agreement item,
    role, reflection set or review it belongs to; `index` counts rows and meetings from 1.
    """

    section: str
    key: str | None = None
    index: int | None = None
    part: str | None = None

    @property
    def plan_path(self) -> tuple[str | int, ...]:
        """The location in the plan's YAML: goals and agreement items by id, reflections by prompt id, other lists by index from 0.

        Why ids: a goal keeps its id when others are added or removed, so a PDF filled in
        from an older revision still points at the right goal.
        """
        match self.section:
            case "cover":
                return (str(self.part),)
            case "vision":
                return ("vision",)
            case "assessment":
                return ("self_assessment", int(self.index or 1) - 1, str(self.part))
            case "goal":
                return ("goals", str(self.key), str(self.part))
            case "agreement":
                return ("agreement", "ticked", str(self.key))
            case "signature":
                return ("agreement", f"{self.key}_signed")
            case "meeting":
                return ("meetings", int(self.index or 1) - 1, str(self.part))
            case "reflection":
                # A plan's reflections are a list; each names the prompt id it answers.
                return ("reflections", str(self.part))
            case _:
                return ("reviews", str(self.key), str(self.part))


def cover_field(part: str) -> str:
    return part


def vision_field() -> str:
    return "vision"


def assessment_field(index: int, part: str) -> str:
    return f"assessment.{index}.{part}"


def goal_field(goal_id: str, part: str) -> str:
    return f"goal.{goal_id}.{part}"


def agreement_field(item_id: str) -> str:
    return f"agreement.{item_id}"


def signature_field(role_id: str) -> str:
    return f"agreement.{role_id}_signed"


def meeting_field(number: int, part: str) -> str:
    return f"meeting.{number}.{part}"


def reflection_field(set_id: str, prompt_id: str) -> str:
    return f"reflection.{set_id}.{prompt_id}"


def review_field(review: str, part: str) -> str:
    return f"review.{review}.{part}"


def is_ticked(value: object) -> bool:
    """Whether a checkbox value read from a filled-in PDF means ticked.

    Why: pypdf gives a checkbox's state as a PDF name, "/on" when ticked and "/Off" when not.
    """
    return str(value or "").lstrip("/").lower() not in ("", "off")


def location_of(name: str) -> FieldLocation | None:
    """Where the field called `name` belongs in a plan, or None for a name the workbook never makes."""
    for section, pattern in _PATTERNS.items():
        if match := pattern.match(name):
            found = match.groupdict()
            index = found.get("index")
            return FieldLocation(
                section=section,
                key=found.get("key"),
                index=int(index) if index else None,
                part=found.get("part"),
            )
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def plan_field_values(
    plan: Plan, reflection_sets: Iterable[ReflectionSet] = ()
) -> dict[str, str | bool]:
    """Every value the plan holds, under the name of the field that would carry it.

    Why: the way back from `location_of`; a round trip through both is how `plan import`
    is tested. Lists of goal measures, actions and milestones are joined one per line;
    reflections need the program's `reflection_sets` to know which set a prompt is in.
    """
    values: dict[str, str | bool] = {
        cover_field("mentee"): plan.mentee,
        cover_field("mentor"): plan.mentor,
        cover_field("start"): _text(plan.start),
        vision_field(): plan.vision,
    }
    for index, rating in enumerate(plan.self_assessment, start=1):
        values[assessment_field(index, "skill")] = rating.skill
        values[assessment_field(index, "now")] = _text(rating.now)
        values[assessment_field(index, "target")] = _text(rating.target)
    for goal in plan.goals:
        values[goal_field(goal.id, "title")] = goal.title
        values[goal_field(goal.id, "why")] = goal.why
        values[goal_field(goal.id, "measures")] = "\n".join(goal.measures)
        values[goal_field(goal.id, "actions")] = "\n".join(goal.actions)
        values[goal_field(goal.id, "milestones")] = "\n".join(m.title for m in goal.milestones)
        values[goal_field(goal.id, "due")] = _text(goal.due)
        values[goal_field(goal.id, "progress")] = _text(goal.progress) if goal.progress else ""
    for item_id in plan.agreement.ticked:
        values[agreement_field(item_id)] = True
    values[signature_field("mentee")] = _text(plan.agreement.mentee_signed)
    values[signature_field("mentor")] = _text(plan.agreement.mentor_signed)
    for number, meeting in enumerate(plan.meetings, start=1):
        values[meeting_field(number, "date")] = _text(meeting.date)
        values[meeting_field(number, "notes")] = meeting.notes
        values[meeting_field(number, "next_steps")] = meeting.next_steps
    for reflection_set in reflection_sets:
        for prompt in reflection_set.prompts:
            answers = [r.text for r in plan.reflections if r.prompt in (prompt.id, prompt.text)]
            if answers:
                values[reflection_field(reflection_set.id, prompt.id)] = "\n\n".join(answers)
    for which in REVIEWS:
        review = getattr(plan.reviews, which)
        if review is not None:
            for part in REVIEW_PARTS:
                values[review_field(which, part)] = _text(getattr(review, part))
    return values


# Identity: custom PDF document-info entries. WeasyPrint keeps only the letters and digits
# of a <meta> name, lowercased, so "mentorbook-mentee" is stored as /mentorbookmentee.
MENTEE_META = "mentorbook-mentee"
REVISION_META = "mentorbook-revision"
PROGRAM_META = "mentorbook-program"


def _info_key(meta_name: str) -> str:
    return "/" + "".join(char for char in meta_name.lower() if char.isalnum())


@dataclass(frozen=True)
class WorkbookIdentity:
    """Whose workbook a PDF is: None for the mentee and revision in a blank workbook."""

    program: str
    mentee_slug: str | None
    revision: int | None


def identity_meta(plan: Plan | None, program_id: str) -> dict[str, str]:
    """The <meta> names and contents that carry the identity into the PDF's document info."""
    meta = {PROGRAM_META: program_id}
    if plan is not None:
        meta[MENTEE_META] = mentee_slug(plan.mentee)
        meta[REVISION_META] = str(plan.revision)
    return meta


def identity_of(reader: Any) -> WorkbookIdentity | None:
    """The identity a mentorbook workbook carries, read with a pypdf PdfReader; None for other PDFs."""
    info = reader.metadata or {}
    program = info.get(_info_key(PROGRAM_META))
    if not program:
        return None
    revision = str(info.get(_info_key(REVISION_META)) or "")
    return WorkbookIdentity(
        program=str(program),
        mentee_slug=str(info.get(_info_key(MENTEE_META)) or "") or None,
        revision=int(revision) if revision.isdigit() else None,
    )
