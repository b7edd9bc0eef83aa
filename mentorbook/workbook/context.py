"""Build what the workbook templates print (`views`), from the content and a mentee's plan.

Pure: no I/O. Dates come from `domain.schedule`, field names and kinds from `domain.fields`.
Values stay typed (dates, numbers); the templates format them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from mentorbook.domain.dates import format_day
from mentorbook.domain.fields import FIELD_MAP, FieldKind, FormField, form_field
from mentorbook.domain.identity import identity_meta
from mentorbook.domain.schedule import PlannedMeeting, paced_program, planned_meetings, week_date
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.agreement import Agreement
from mentorbook.schema.models.guides import MeetingGuide, ReflectionSet
from mentorbook.schema.models.plan import Plan, PlanGoal, Review
from mentorbook.schema.models.program import Program
from mentorbook.schema.models.roles import Role
from mentorbook.workbook.views import (
    AgreementItemView,
    AgreementSectionView,
    AgreementView,
    AssessmentRow,
    DatedMilestone,
    Entry,
    Framework,
    GoalSheet,
    LogEntry,
    PromptAnswer,
    ReflectionBlock,
    ReviewView,
    Section,
    SignatureView,
    TimelineRow,
    Value,
    WorkbookContext,
)

BLANK_GOALS = 3
ASSESSMENT_ROWS = 8
FRAMEWORKS = {
    "SMART": ("Specific", "Measurable", "Achievable", "Relevant", "Time-bound"),
    "REAL": ("Relevant", "Aspirational", "Experimental", "Learning-based"),
}
# Why not a template's prompts: a sheet not started from a template should not suggest
# one template's topic, so it asks the questions any goal needs.
GENERAL_GOAL_PROMPTS = (
    "What will be different when you reach this goal?",
    "Why does it matter to you now?",
    "What is the first step you can take before your next meeting?",
    "How will you and your mentor see progress?",
)
PROMPTS_PER_GOAL = 4


def _entry(field: FormField, label: str, value: Value = None, *, lines: int = 1) -> Entry:
    """The entry for `field`, its kind as the field map gives it; a list prints one per line."""
    if isinstance(value, list):
        return Entry(field.name, label, field.kind, items=tuple(value), lines=lines)
    return Entry(field.name, label, field.kind, value, lines=lines)


def build_context(
    hub: Hub,
    plan: Plan | None,
    program_id: str,
    *,
    fillable: bool,
    source_date: dt.date | None = None,
) -> WorkbookContext:
    """The workbook of `plan` (None: the blank workbook) in program `program_id`.

    `source_date` (from SOURCE_DATE_EPOCH) overrides the document date taken from the plan.
    """
    program = paced_program(hub.programs[program_id], plan)
    start = plan.start if plan else None
    meetings = planned_meetings(program, start)
    reflection_sets = [hub.reflections[i] for i in program.reflections if i in hub.reflections]
    guides = _guides_by_moment(hub, program)
    answers = _reflection_answers(plan)
    mentee = plan.mentee if plan else ""
    sections = _sections(guides)
    return WorkbookContext(
        language=hub.settings.language,
        title=f"Mentoring workbook: {mentee}" if mentee else f"{program.name}: workbook",
        organisation=program.organisation,
        accent=hub.settings.colours.print_accent,
        fillable=fillable,
        program=program,
        mentee=_entry(form_field("cover", "mentee"), "Mentee", mentee),
        mentor=_entry(form_field("cover", "mentor"), "Mentor", plan.mentor if plan else None),
        start=_entry(form_field("cover", "start"), "Start date", start),
        end=week_date(start, program.duration_weeks),
        roles=_roles(hub, program),
        agreement=_agreement(hub.agreements[program.agreement], plan),
        vision=_entry(form_field("vision"), "My vision", plan.vision if plan else None, lines=16),
        assessment=_assessment(plan),
        goals=_goals(hub, program, plan),
        timeline=_timeline(program, start, meetings),
        agenda=guides.get("regular"),
        meeting_log=_meeting_log(plan, meetings, guides),
        journal=tuple(
            _reflection_block(s, answers) for s in reflection_sets if s.moment == "after-meeting"
        ),
        midpoint=_review("midpoint", plan, meetings, guides, reflection_sets, answers),
        closing=_review("closing", plan, meetings, guides, reflection_sets, answers),
        identity=identity_meta(plan, program.id),
        document_date=_document_date(plan, source_date),
        sections=sections,
    )


def _sections(guides: dict[str, MeetingGuide]) -> tuple[Section, ...]:
    titles = [
        ("how-to-use", "How to use this workbook"),
        ("contents", "Contents"),
        ("roles", "Roles and expectations"),
        ("agreement", "Our mentoring agreement"),
        ("vision", "My vision"),
        ("assessment", "Strengths and skills"),
        ("goals", "My goals"),
        ("timeline", "Program timeline"),
        ("agenda", "Session agenda"),
        ("meeting-log", "Meeting log"),
        ("journal", "Reflection journal"),
        ("midpoint", "Mid-point review"),
        ("closing", "Closing review and what comes next"),
    ]
    return tuple(
        Section(id, title) for id, title in titles if id != "agenda" or "regular" in guides
    )


def _guides_by_moment(hub: Hub, program: Program) -> dict[str, MeetingGuide]:
    """The program's meeting guide for each moment; the hub's when the program names none."""
    listed = [hub.meeting_guides[i] for i in program.meeting_guides if i in hub.meeting_guides]
    by_moment: dict[str, MeetingGuide] = {}
    for guide in listed or list(hub.meeting_guides.values()):
        by_moment.setdefault(guide.moment, guide)
    return by_moment


def _roles(hub: Hub, program: Program) -> tuple[Role, ...]:
    """The roles that sign the agreement (mentee and mentor), or every program role."""
    agreement = hub.agreements[program.agreement]
    signing = [s.role for s in agreement.signatures if s.role in program.roles]
    ids = signing or program.roles
    return tuple(hub.roles[i] for i in ids if i in hub.roles)


def _agreement(agreement: Agreement, plan: Plan | None) -> AgreementView:
    ticked = set(plan.agreement.ticked) if plan else set()
    signed = {
        "mentee": plan.agreement.mentee_signed if plan else None,
        "mentor": plan.agreement.mentor_signed if plan else None,
    }
    sections = tuple(
        AgreementSectionView(
            section.title,
            tuple(
                AgreementItemView(
                    item.text,
                    _entry(form_field("agreement", key=item.id), item.text, item.id in ticked),
                )
                for item in section.items
            ),
        )
        for section in agreement.sections
    )
    signatures = tuple(
        SignatureView(
            signature.label,
            _entry(
                form_field("signature", key=signature.role),
                f"{signature.label}: date signed",
                signed.get(signature.role),
            ),
        )
        for signature in agreement.signatures
    )
    return AgreementView(agreement, sections, signatures)


def _assessment(plan: Plan | None) -> tuple[AssessmentRow, ...]:
    ratings = plan.self_assessment if plan else []
    rows = []
    for index in range(1, max(ASSESSMENT_ROWS, len(ratings)) + 1):
        rating = ratings[index - 1] if index <= len(ratings) else None

        def entry(part: str, label: str, value: Value, index: int = index) -> Entry:
            return _entry(form_field("assessment", part, index=index), label, value)

        rows.append(
            AssessmentRow(
                skill=entry("skill", f"Skill {index}", rating.skill if rating else None),
                now=entry("now", f"Skill {index}: now (1-5)", rating.now if rating else None),
                target=entry(
                    "target", f"Skill {index}: target (1-5)", rating.target if rating else None
                ),
            )
        )
    return tuple(rows)


def _goals(hub: Hub, program: Program, plan: Plan | None) -> tuple[GoalSheet, ...]:
    offered = [hub.goals[i] for i in program.goal_templates if i in hub.goals] or list(
        hub.goals.values()
    )
    frameworks = tuple(
        Framework(name, FRAMEWORKS[name])
        for name in sorted({template.framework for template in offered})
    )
    prompts = GENERAL_GOAL_PROMPTS
    if plan and plan.goals:
        return tuple(
            _goal_sheet(hub, goal, number, frameworks, prompts)
            for number, goal in enumerate(plan.goals, start=1)
        )
    return tuple(
        _goal_sheet(hub, None, number, frameworks, prompts) for number in range(1, BLANK_GOALS + 1)
    )


def _goal_sheet(
    hub: Hub,
    goal: PlanGoal | None,
    number: int,
    frameworks: tuple[Framework, ...],
    prompts: tuple[str, ...],
) -> GoalSheet:
    goal_id = goal.id if goal else f"goal-{number}"
    template = hub.goals.get(goal.template) if goal and goal.template else None
    if template is not None:
        frameworks = (Framework(template.framework, FRAMEWORKS[template.framework]),)
        prompts = tuple(template.prompts[:PROMPTS_PER_GOAL])

    def entry(part: str, label: str, value: Value, *, lines: int = 1) -> Entry:
        return _entry(form_field("goal", part, key=goal_id), label, value, lines=lines)

    milestones = goal.milestones if goal else []
    return GoalSheet(
        id=goal_id,
        heading=f"Goal {number}",
        title=entry("title", f"Goal {number}", goal.title if goal else None),
        why=entry("why", "Why it matters to me", goal.why if goal else None, lines=4),
        measures=entry(
            "measures", "How I will know I got there", goal.measures if goal else [], lines=4
        ),
        actions=entry("actions", "Actions I will take", goal.actions if goal else [], lines=5),
        milestones=entry("milestones", "Milestones", [m.title for m in milestones], lines=4),
        due=entry("due", "Target date", goal.due if goal else None),
        # No progress yet (0) leaves the space to write in.
        progress=replace(
            entry("progress", "Progress (%)", (goal.progress or None) if goal else None), unit="%"
        ),
        frameworks=frameworks,
        prompts=prompts,
        dated_milestones=tuple(DatedMilestone(m.title, m.due, m.done) for m in milestones),
    )


def _timeline(
    program: Program, start: dt.date | None, meetings: list[PlannedMeeting]
) -> tuple[TimelineRow, ...]:
    rows: list[tuple[int, int, TimelineRow]] = []
    for phase in program.phases:
        weeks = str(phase.start_week)
        if phase.end_week != phase.start_week:
            weeks = f"{phase.start_week}-{phase.end_week}"
        first, last = week_date(start, phase.start_week), week_date(start, phase.end_week)
        row = TimelineRow(weeks, first, phase.title, "phase", until=last)
        rows.append((phase.start_week, 0, row))
        for milestone in phase.milestones:
            day = week_date(start, milestone.week)
            row = TimelineRow(str(milestone.week), day, milestone.title, "milestone")
            rows.append((milestone.week, 1, row))
    for meeting in meetings:
        row = TimelineRow(str(meeting.week), meeting.date, f"Meeting {meeting.number}", "meeting")
        rows.append((meeting.week, 2, row))
    return tuple(row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1])))


def _meeting_log(
    plan: Plan | None, meetings: list[PlannedMeeting], guides: dict[str, MeetingGuide]
) -> tuple[LogEntry, ...]:
    held = plan.meetings if plan else []
    entries = []
    for number in range(1, max(len(meetings), len(held)) + 1):
        planned = meetings[number - 1] if number <= len(meetings) else None
        meeting = held[number - 1] if number <= len(held) else None
        guide = guides.get(planned.moment) if planned and planned.moment != "regular" else None

        def entry(part: str, label: str, value: Value, lines: int, number: int = number) -> Entry:
            field = form_field("meeting", part, index=number)
            return _entry(field, f"Meeting {number}: {label}", value, lines=lines)

        entries.append(
            LogEntry(
                number=number,
                planned=planned,
                guide=guide.title if guide else None,
                date=entry("date", "date", meeting.date if meeting else None, 1),
                notes=entry("notes", "notes", meeting.notes if meeting else None, 7),
                next_steps=entry(
                    "next_steps", "next steps", meeting.next_steps if meeting else None, 3
                ),
            )
        )
    return tuple(entries)


def _reflection_answers(plan: Plan | None) -> dict[str, list[str]]:
    """What the plan wrote, by prompt id or prompt text."""
    answers: dict[str, list[str]] = {}
    for reflection in plan.reflections if plan else []:
        # Several answers share one entry, each after the day it was written.
        dated = f"{format_day(reflection.date)}: " if reflection.date else ""
        answers.setdefault(reflection.prompt, []).append(dated + reflection.text)
    return answers


def _reflection_block(
    reflection_set: ReflectionSet, answers: dict[str, list[str]]
) -> ReflectionBlock:
    return ReflectionBlock(
        reflection_set.title,
        reflection_set.intro,
        tuple(
            PromptAnswer(
                prompt.text,
                _entry(
                    form_field("reflection", prompt.id, key=reflection_set.id),
                    prompt.text,
                    "\n\n".join(answers.get(prompt.id, []) + answers.get(prompt.text, [])),
                    lines=5,
                ),
            )
            for prompt in reflection_set.prompts
        ),
    )


REVIEW_LABELS = {
    "date": "Date of the review",
    "progress": "Progress on my goals",
    "went_well": "What went well",
    "to_change": "What I want to change",
    "next_steps": "Next steps",
}
CLOSING_LABELS = {**REVIEW_LABELS, "to_change": "What I learned", "next_steps": "What comes next"}


def _review(
    moment: str,
    plan: Plan | None,
    meetings: list[PlannedMeeting],
    guides: dict[str, MeetingGuide],
    reflection_sets: list[ReflectionSet],
    answers: dict[str, list[str]],
) -> ReviewView:
    review: Review | None = getattr(plan.reviews, moment) if plan else None
    planned = next((m for m in meetings if m.moment == moment), None)
    labels = CLOSING_LABELS if moment == "closing" else REVIEW_LABELS
    entries = []
    for part in FIELD_MAP["review"].parts:
        field = form_field("review", part, key=moment)
        value = getattr(review, part) if review else None
        lines = 4 if field.kind == FieldKind.TEXT else 1
        entries.append(_entry(field, labels[part], value, lines=lines))
    return ReviewView(
        date=planned.date if planned else None,
        guide=guides.get(moment),
        reflections=tuple(
            _reflection_block(s, answers) for s in reflection_sets if s.moment == moment
        ),
        entries=tuple(entries),
    )


def _document_date(plan: Plan | None, source_date: dt.date | None) -> str | None:
    """The PDF's creation date: SOURCE_DATE_EPOCH's, else the latest date in the plan.

    Why not today: the same plan must give the same bytes on any day.
    """
    if source_date is not None:
        return source_date.isoformat()
    if plan is None:
        return None
    dates = [plan.start, plan.agreement.mentee_signed, plan.agreement.mentor_signed]
    dates += [meeting.date for meeting in plan.meetings]
    dates += [reflection.date for reflection in plan.reflections]
    dates += [r.date for r in (plan.reviews.midpoint, plan.reviews.closing) if r is not None]
    known = [day for day in dates if day is not None]
    return max(known).isoformat() if known else None
