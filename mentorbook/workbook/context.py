"""Build what the workbook templates print (`views`), from the content and a mentee's plan.

Pure: no I/O. Dates come from `domain.schedule`; the personal entries, each a form field of
`domain.fields`, from `entries`.
Values stay typed (dates, numbers); the templates format them.
"""

from __future__ import annotations

import datetime as dt

from mentorbook.domain.fields import form_field
from mentorbook.domain.identity import identity_meta
from mentorbook.domain.schedule import (
    PlannedMeeting,
    PlannedReview,
    journal_pages,
    paced_program,
    planned_meetings,
    planned_reviews,
    week_date,
)
from mentorbook.domain.signatures import recorded_days
from mentorbook.i18n import N_
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.guides import MeetingGuide, ReflectionSet
from mentorbook.schema.models.plan import Plan
from mentorbook.schema.models.program import Program
from mentorbook.schema.models.roles import Role
from mentorbook.workbook.entries import (
    agreement_view,
    assessment_rows,
    goal_sheets,
    journal_answers,
    make_entry,
    meeting_log,
    reflection_answers,
    reflection_block,
    review_view,
)
from mentorbook.workbook.language import WorkbookLanguage, workbook_language
from mentorbook.workbook.views import (
    Entry,
    JournalPageView,
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
    words: WorkbookLanguage | None = None,
) -> WorkbookContext:
    """The workbook of `plan` (None: the blank workbook) in program `program_id`.

    `source_date` (from SOURCE_DATE_EPOCH) overrides the document date taken from the plan;
    `words` gives the language of its fixed words and dates: by default the plan's, else
    the hub's first, without a project's own words.
    """
    words = words or workbook_language(hub, None, plan)
    _ = words.gettext
    program = paced_program(hub.programs[program_id], plan)
    start = plan.start if plan else None
    meetings = planned_meetings(program, start)
    reviews: dict[str, PlannedReview] = {r.kind: r for r in planned_reviews(program, start)}
    reflection_sets = [hub.reflections[i] for i in program.reflections if i in hub.reflections]
    guides = _guides_by_moment(hub, program)
    answers = reflection_answers(plan, words)
    after_meeting = [s for s in reflection_sets if s.moment == "after-meeting"]
    mentee = plan.mentee if plan else ""
    sections = _sections(program, guides, words)
    return WorkbookContext(
        language=words.language,
        title=(
            _("Mentoring workbook: %(mentee)s") % {"mentee": mentee}
            if mentee
            else _("%(program)s: workbook") % {"program": program.name}
        ),
        organisation=program.organisation,
        accent=hub.settings.colours.print_accent,
        fillable=fillable,
        program=program,
        mentee=make_entry(form_field("cover", "mentee"), _("Mentee"), mentee),
        mentor=_mentors_entry(plan, words),
        mentor_count=max(1, len(plan.mentor_names)) if plan else 1,
        group=plan.group if plan else "",
        peers=tuple(plan.peers) if plan else (),
        start=make_entry(form_field("cover", "start"), _("Start date"), start),
        end=week_date(start, program.weeks),
        roles=_roles(hub, program),
        agreement=agreement_view(hub.agreements[program.agreement], plan, words),
        vision=make_entry(
            form_field("vision"), _("My vision"), plan.vision if plan else None, lines=16
        ),
        assessment=assessment_rows(plan, program.workbook.self_assessment, words),
        scale=program.workbook.self_assessment.scale,
        goals=goal_sheets(hub, program, plan, words),
        timeline=_timeline(program, start, meetings, words),
        agenda=guides.get("regular"),
        meeting_log=meeting_log(plan, meetings, guides, hub.meeting_guides, words),
        journal=tuple(reflection_block(s, answers) for s in after_meeting),
        journal_pages=_journal(program, plan, after_meeting, words),
        midpoint=review_view("midpoint", plan, reviews, guides, reflection_sets, answers, words),
        closing=review_view("closing", plan, reviews, guides, reflection_sets, answers, words),
        identity=identity_meta(plan, program.id),
        document_date=_document_date(plan, source_date),
        sections=sections,
    )


SECTION_TITLES = {
    "how-to-use": N_("How to use this workbook"),
    "contents": N_("Contents"),
    "roles": N_("Roles and expectations"),
    "agreement": N_("Our mentoring agreement"),
    "vision": N_("My vision"),
    "assessment": N_("Strengths and skills"),
    "goals": N_("My goals"),
    "timeline": N_("Program timeline"),
    "agenda": N_("Session agenda"),
    "meeting-log": N_("Meeting log"),
    "journal": N_("Reflection journal"),
    "midpoint": N_("Mid-point review"),
    "closing": N_("Closing review and what comes next"),
}
"""Each section's title, in English; translated where the workbook is built."""


def _sections(
    program: Program, guides: dict[str, MeetingGuide], words: WorkbookLanguage
) -> tuple[Section, ...]:
    """The program's sections in its order, less those with nothing to hold: the agenda
    without a regular meeting guide, and a review the program does not hold."""
    empty = {"agenda"} if "regular" not in guides else set()
    empty |= {kind for kind in ("midpoint", "closing") if not program.holds_review(kind)}
    return tuple(
        Section(name, words.gettext(SECTION_TITLES[name]))
        for name in program.workbook.sections
        if name not in empty
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
    program: Program, start: dt.date | None, meetings: list[PlannedMeeting], words: WorkbookLanguage
) -> tuple[TimelineRow, ...]:
    """Phases, breaks, milestones and meetings by week; a meeting in a milestone's week is
    that milestone's row."""
    meeting_at = {meeting.week: meeting for meeting in meetings}
    rows: list[tuple[int, int, TimelineRow]] = []
    for phase in program.phases:
        first, last = week_date(start, phase.start_week), week_date(start, phase.end_week)
        row = TimelineRow(
            _weeks(phase.start_week, phase.end_week), first, phase.title, "phase", until=last
        )
        rows.append((phase.start_week, 0, row))
        for milestone in phase.milestones:
            day = week_date(start, milestone.week)
            meeting = meeting_at.pop(milestone.week, None)
            number = meeting.number if meeting else None
            row = TimelineRow(
                str(milestone.week), day, milestone.title, "milestone", meeting=number
            )
            rows.append((milestone.week, 2, row))
    for pause in program.cadence.breaks:
        first, last = week_date(start, pause.from_week), week_date(start, pause.to_week)
        row = TimelineRow(
            _weeks(pause.from_week, pause.to_week), first, pause.title, "break", until=last
        )
        rows.append((pause.from_week, 1, row))
    for meeting in meeting_at.values():
        title = words.gettext("Meeting %(number)s") % {"number": meeting.number}
        row = TimelineRow(str(meeting.week), meeting.date, title, "meeting")
        rows.append((meeting.week, 3, row))
    return tuple(row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1])))


def _mentors_entry(plan: Plan | None, words: WorkbookLanguage) -> Entry:
    """The cover's mentor entry: the names on one line, as the peers are; none as a field."""
    names = plan.mentor_names if plan else []
    label = words.ngettext("Mentor", "Mentors", max(1, len(names)))
    return make_entry(form_field("cover", "mentor"), label, ", ".join(names) or None)


def _weeks(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def _journal(
    program: Program,
    plan: Plan | None,
    after_meeting: list[ReflectionSet],
    words: WorkbookLanguage,
) -> tuple[JournalPageView, ...]:
    pages = journal_pages(program, plan.start if plan else None)
    answers = journal_answers(plan, pages, words)
    return tuple(
        JournalPageView(
            page,
            tuple(
                reflection_block(s, answers.get(page.number, {}), page.number)
                for s in after_meeting
            ),
        )
        for page in pages
    )


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
