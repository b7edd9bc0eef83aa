"""Build what the workbook templates print (`views`), from the content and a mentee's plan.

Pure: no I/O. Dates come from `schedule`, field names from `fields`.
"""

from __future__ import annotations

import datetime as dt

from mentorbook.schema.loader import Hub
from mentorbook.schema.models.agreement import Agreement
from mentorbook.schema.models.guides import MeetingGuide, ReflectionSet
from mentorbook.schema.models.plan import Plan, PlanGoal, Review
from mentorbook.schema.models.program import Program
from mentorbook.schema.models.roles import Role
from mentorbook.workbook import fields
from mentorbook.workbook.fields import FieldKind
from mentorbook.workbook.schedule import (
    PlannedMeeting,
    format_date,
    paced_program,
    planned_meetings,
    week_date,
)
from mentorbook.workbook.views import (
    AgreementItemView,
    AgreementSectionView,
    AgreementView,
    AssessmentRow,
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


def _line(name: str, label: str, value: str = "") -> Entry:
    return Entry(name, label, FieldKind.LINE, value)


def _text(name: str, label: str, value: str = "", lines: int = 4) -> Entry:
    return Entry(name, label, FieldKind.TEXT, value, lines=lines)


def _list(name: str, label: str, items: list[str], lines: int = 4) -> Entry:
    return Entry(name, label, FieldKind.TEXT, items=tuple(items), lines=lines)


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
        mentee=_line(fields.cover_field("mentee"), "Mentee", mentee),
        mentor=_line(fields.cover_field("mentor"), "Mentor", plan.mentor if plan else ""),
        start=_line(fields.cover_field("start"), "Start date", format_date(start)),
        end=format_date(week_date(start, program.duration_weeks)),
        roles=_roles(hub, program),
        agreement=_agreement(hub.agreements[program.agreement], plan),
        vision=_text(fields.vision_field(), "My vision", plan.vision if plan else "", lines=16),
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
        identity=fields.identity_meta(plan, program.id),
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
                    Entry(
                        fields.agreement_field(item.id),
                        item.text,
                        FieldKind.CHECKBOX,
                        "yes" if item.id in ticked else "",
                    ),
                )
                for item in section.items
            ),
        )
        for section in agreement.sections
    )
    signatures = tuple(
        SignatureView(
            signature.label,
            _line(
                fields.signature_field(signature.role),
                f"{signature.label}: date signed",
                format_date(signed.get(signature.role)),
            ),
        )
        for signature in agreement.signatures
    )
    return AgreementView(agreement, sections, signatures)


def _rating(value: int | None) -> str:
    return "" if value is None else str(value)


def _assessment(plan: Plan | None) -> tuple[AssessmentRow, ...]:
    ratings = plan.self_assessment if plan else []
    rows = []
    for index in range(1, max(ASSESSMENT_ROWS, len(ratings)) + 1):
        rating = ratings[index - 1] if index <= len(ratings) else None
        rows.append(
            AssessmentRow(
                skill=_line(
                    fields.assessment_field(index, "skill"),
                    f"Skill {index}",
                    rating.skill if rating else "",
                ),
                now=_line(
                    fields.assessment_field(index, "now"),
                    f"Skill {index}: now (1-5)",
                    _rating(rating.now) if rating else "",
                ),
                target=_line(
                    fields.assessment_field(index, "target"),
                    f"Skill {index}: target (1-5)",
                    _rating(rating.target) if rating else "",
                ),
            )
        )
    return tuple(rows)


def _goals(hub: Hub, program: Program, plan: Plan | None) -> tuple[GoalSheet, ...]:
    offered = hub.offered_goals(program)
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

    def name(part: str) -> str:
        return fields.goal_field(goal_id, part)

    return GoalSheet(
        id=goal_id,
        heading=f"Goal {number}",
        title=_line(name("title"), f"Goal {number}", goal.title if goal else ""),
        why=_text(name("why"), "Why it matters to me", goal.why if goal else "", lines=4),
        measures=_list(
            name("measures"), "How I will know I got there", goal.measures if goal else [], lines=4
        ),
        actions=_list(
            name("actions"), "Actions I will take", goal.actions if goal else [], lines=5
        ),
        milestones=_list(
            name("milestones"),
            "Milestones",
            [m.title for m in (goal.milestones if goal else [])],
            lines=4,
        ),
        due=_line(name("due"), "Target date", format_date(goal.due) if goal else ""),
        progress=_line(
            name("progress"),
            "Progress (%)",
            f"{goal.progress}%" if goal and goal.progress else "",
        ),
        frameworks=frameworks,
        prompts=prompts,
        dated_milestones=tuple(
            (m.title, format_date(m.due), m.done) for m in (goal.milestones if goal else [])
        ),
    )


def _timeline(
    program: Program, start: dt.date | None, meetings: list[PlannedMeeting]
) -> tuple[TimelineRow, ...]:
    rows: list[tuple[int, int, TimelineRow]] = []
    for phase in program.phases:
        first, last = week_date(start, phase.start_week), week_date(start, phase.end_week)
        span = (
            format_date(first) if first == last else f"{format_date(first)} to {format_date(last)}"
        )
        weeks = str(phase.start_week)
        if phase.end_week != phase.start_week:
            weeks = f"{phase.start_week}-{phase.end_week}"
        rows.append(
            (
                phase.start_week,
                0,
                TimelineRow(
                    weeks,
                    span if start else "",
                    phase.title,
                    "phase",
                ),
            )
        )
        for milestone in phase.milestones:
            rows.append(
                (
                    milestone.week,
                    1,
                    TimelineRow(
                        str(milestone.week),
                        format_date(week_date(start, milestone.week)),
                        milestone.title,
                        "milestone",
                    ),
                )
            )
    for meeting in meetings:
        rows.append(
            (
                meeting.week,
                2,
                TimelineRow(
                    str(meeting.week),
                    format_date(meeting.date),
                    f"Meeting {meeting.number}",
                    "meeting",
                ),
            )
        )
    return tuple(row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1])))


def _meeting_log(
    plan: Plan | None, meetings: list[PlannedMeeting], guides: dict[str, MeetingGuide]
) -> tuple[LogEntry, ...]:
    held = plan.meetings if plan else []
    entries = []
    for number in range(1, max(len(meetings), len(held)) + 1):
        planned = meetings[number - 1] if number <= len(meetings) else None
        meeting = held[number - 1] if number <= len(held) else None
        label = ""
        if planned is not None:
            guide = guides.get(planned.moment)
            when = format_date(planned.date) or f"week {planned.week}"
            label = f"Planned: {when}" + (
                f" ({guide.title})" if guide and planned.moment != "regular" else ""
            )
        entries.append(
            LogEntry(
                number=number,
                planned=label,
                date=_line(
                    fields.meeting_field(number, "date"),
                    f"Meeting {number}: date",
                    format_date(meeting.date) if meeting else "",
                ),
                notes=_text(
                    fields.meeting_field(number, "notes"),
                    f"Meeting {number}: notes",
                    meeting.notes if meeting else "",
                    lines=7,
                ),
                next_steps=_text(
                    fields.meeting_field(number, "next_steps"),
                    f"Meeting {number}: next steps",
                    meeting.next_steps if meeting else "",
                    lines=3,
                ),
            )
        )
    return tuple(entries)


def _reflection_answers(plan: Plan | None) -> dict[str, list[str]]:
    """What the plan wrote, by prompt id or prompt text."""
    answers: dict[str, list[str]] = {}
    for reflection in plan.reflections if plan else []:
        dated = f"{format_date(reflection.date)}: " if reflection.date else ""
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
                _text(
                    fields.reflection_field(reflection_set.id, prompt.id),
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
    for part in fields.REVIEW_PARTS:
        value = getattr(review, part) if review else None
        text = format_date(value) if isinstance(value, dt.date) else (value or "")
        name = fields.review_field(moment, part)
        entries.append(
            _line(name, labels[part], text) if part == "date" else _text(name, labels[part], text)
        )
    return ReviewView(
        date=format_date(planned.date) if planned else "",
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
