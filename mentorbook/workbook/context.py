"""Build what the workbook templates print (`views`), from the content and a mentee's plan.

Pure: no I/O. Dates come from `domain.schedule`; the personal entries, each a form field of
`domain.fields`, from `entries`.
Values stay typed (dates, numbers); the templates format them.
"""

from __future__ import annotations

import datetime as dt

from mentorbook.domain.fields import form_field
from mentorbook.domain.identity import identity_meta
from mentorbook.domain.schedule import PlannedMeeting, paced_program, planned_meetings, week_date
from mentorbook.domain.signatures import recorded_days
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.guides import MeetingGuide
from mentorbook.schema.models.plan import Plan
from mentorbook.schema.models.program import Program
from mentorbook.schema.models.roles import Role
from mentorbook.workbook.entries import (
    agreement_view,
    assessment_rows,
    goal_sheets,
    make_entry,
    meeting_log,
    reflection_answers,
    reflection_block,
    review_view,
)
from mentorbook.workbook.views import (
    Entry,
    Section,
    TimelineRow,
    WorkbookContext,
)


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
    answers = reflection_answers(plan)
    mentee = plan.mentee if plan else ""
    sections = _sections(guides)
    return WorkbookContext(
        language=hub.settings.default_language,
        title=f"Mentoring workbook: {mentee}" if mentee else f"{program.name}: workbook",
        organisation=program.organisation,
        accent=hub.settings.colours.print_accent,
        fillable=fillable,
        program=program,
        mentee=make_entry(form_field("cover", "mentee"), "Mentee", mentee),
        mentor=_mentors_entry(plan),
        mentor_count=max(1, len(plan.mentor_names)) if plan else 1,
        group=plan.group if plan else "",
        peers=tuple(plan.peers) if plan else (),
        start=make_entry(form_field("cover", "start"), "Start date", start),
        end=week_date(start, program.duration_weeks),
        roles=_roles(hub, program),
        agreement=agreement_view(hub.agreements[program.agreement], plan),
        vision=make_entry(
            form_field("vision"), "My vision", plan.vision if plan else None, lines=16
        ),
        assessment=assessment_rows(plan),
        goals=goal_sheets(hub, program, plan),
        timeline=_timeline(program, start, meetings),
        agenda=guides.get("regular"),
        meeting_log=meeting_log(plan, meetings, guides),
        journal=tuple(
            reflection_block(s, answers) for s in reflection_sets if s.moment == "after-meeting"
        ),
        midpoint=review_view("midpoint", plan, meetings, guides, reflection_sets, answers),
        closing=review_view("closing", plan, meetings, guides, reflection_sets, answers),
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


def _mentors_entry(plan: Plan | None) -> Entry:
    """The cover's mentor entry: the names on one line, as the peers are; none as a field."""
    names = plan.mentor_names if plan else []
    return make_entry(form_field("cover", "mentor"), "Mentor", ", ".join(names) or None)


def _document_date(plan: Plan | None, source_date: dt.date | None) -> str | None:
    """The PDF's creation date: SOURCE_DATE_EPOCH's, else the latest date in the plan.

    Why not today: the same plan must give the same bytes on any day.
    """
    if source_date is not None:
        return source_date.isoformat()
    if plan is None:
        return None
    dates = [plan.start, *recorded_days(plan)]
    dates += [meeting.date for meeting in plan.meetings]
    dates += [reflection.date for reflection in plan.reflections]
    dates += [r.date for r in (plan.reviews.midpoint, plan.reviews.closing) if r is not None]
    known = [day for day in dates if day is not None]
    return max(known).isoformat() if known else None
