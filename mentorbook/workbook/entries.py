"""The personal entries of a workbook: each a form field of the field map, filled in from the
plan where it holds a value. Pure: no I/O; values stay typed for the templates to format.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from mentorbook.domain.fields import FIELD_MAP, FieldKind, FormField, form_field
from mentorbook.domain.schedule import JournalPage, PlannedMeeting, PlannedReview, journal_page_of
from mentorbook.domain.signatures import Signer, signers
from mentorbook.i18n import N_
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.agreement import Agreement
from mentorbook.schema.models.guides import MeetingGuide, ReflectionSet
from mentorbook.schema.models.plan import Plan, PlanGoal, Reflection, Review
from mentorbook.schema.models.program import Program
from mentorbook.schema.models.workbook_shape import SelfAssessmentShape
from mentorbook.workbook.language import WorkbookLanguage
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
    SignatureView,
    Value,
)

FRAMEWORKS = {
    "SMART": (N_("Specific"), N_("Measurable"), N_("Achievable"), N_("Relevant"), N_("Time-bound")),
    "REAL": (N_("Relevant"), N_("Aspirational"), N_("Experimental"), N_("Learning-based")),
}
# Why not a template's prompts: a sheet not started from a template should not suggest
# one template's topic, so it asks the questions any goal needs.
GENERAL_GOAL_PROMPTS = (
    N_("What will be different when you reach this goal?"),
    N_("Why does it matter to you now?"),
    N_("What is the first step you can take before your next meeting?"),
    N_("How will you and your mentor see progress?"),
)
PROMPTS_PER_GOAL = 4


def _framework(name: str, words: WorkbookLanguage) -> Framework:
    return Framework(name, tuple(words.gettext(letter) for letter in FRAMEWORKS[name]))


def make_entry(field: FormField, label: str, value: Value = None, *, lines: int = 1) -> Entry:
    """The entry for `field`, its kind as the field map gives it; a list prints one per line."""
    if isinstance(value, list):
        return Entry(field.name, label, field.kind, items=tuple(value), lines=lines)
    return Entry(field.name, label, field.kind, value, lines=lines)


def agreement_view(
    agreement: Agreement, plan: Plan | None, words: WorkbookLanguage
) -> AgreementView:
    ticked = set(plan.agreement.ticked) if plan else set()
    sections = tuple(
        AgreementSectionView(
            section.title,
            tuple(
                AgreementItemView(
                    item.text,
                    make_entry(form_field("agreement", key=item.id), item.text, item.id in ticked),
                )
                for item in section.items
            ),
        )
        for section in agreement.sections
    )
    signing = signers_of(agreement, plan)
    people_per_role = Counter(signer.role for signer in signing)
    signature_views = tuple(
        signature_view(signer, words, shared=people_per_role[signer.role] > 1) for signer in signing
    )
    return AgreementView(agreement, sections, signature_views)


def signers_of(agreement: Agreement, plan: Plan | None) -> list[Signer]:
    """Who signs: the plan's signers, or for a blank workbook one line per signing role."""
    if plan is not None:
        return signers(plan, agreement)
    return [Signer(sig.role, sig.label, 1, "", None) for sig in agreement.signatures]


def signature_view(signer: Signer, words: WorkbookLanguage, *, shared: bool) -> SignatureView:
    """One signature line; when several people sign for a role, their names tell them apart."""
    label = signer.label
    if shared and signer.person:
        # Translators: a signature line's label when several people sign for one role,
        # such as "Mentor (Ada Lovelace)".
        label = words.gettext("%(role)s (%(person)s)") % {
            "role": signer.label,
            "person": signer.person,
        }
    field = (
        form_field("signature", key=signer.role)
        if signer.number == 1
        else form_field("cosignature", key=signer.role, index=signer.number)
    )
    signed = words.gettext("%(who)s: date signed") % {"who": label}
    return SignatureView(label, make_entry(field, signed, signer.day))


def assessment_rows(
    plan: Plan | None, shape: SelfAssessmentShape, words: WorkbookLanguage
) -> tuple[AssessmentRow, ...]:
    """The plan's skills, then blank rows up to the program's count; rated on its scale, if any."""
    _ = words.gettext
    ratings = plan.self_assessment if plan else []
    rows = []
    for index in range(1, max(shape.rows, len(ratings)) + 1):
        rating = ratings[index - 1] if index <= len(ratings) else None
        numbered = {"number": index}

        def entry(part: str, label: str, value: Value, index: int = index) -> Entry:
            return make_entry(form_field("assessment", part, index=index), label, value)

        now = target = None
        if shape.scale is not None:
            rated = {"number": index, "scale": shape.scale}
            # Translators: a rating field's label; 1-%(scale)s is the scale, such as 1-5.
            now_label = _("Skill %(number)s: now (1-%(scale)s)") % rated
            target_label = _("Skill %(number)s: target (1-%(scale)s)") % rated
            now = entry("now", now_label, rating.now if rating else None)
            target = entry("target", target_label, rating.target if rating else None)
        rows.append(
            AssessmentRow(
                skill=entry(
                    "skill", _("Skill %(number)s") % numbered, rating.skill if rating else None
                ),
                now=now,
                target=target,
            )
        )
    return tuple(rows)


def goal_sheets(
    hub: Hub, program: Program, plan: Plan | None, words: WorkbookLanguage
) -> tuple[GoalSheet, ...]:
    offered = hub.offered_goals(program)
    frameworks = tuple(
        _framework(name, words) for name in sorted({template.framework for template in offered})
    )
    prompts = tuple(words.gettext(prompt) for prompt in GENERAL_GOAL_PROMPTS)
    if plan and plan.goals:
        return tuple(
            _goal_sheet(hub, goal, number, frameworks, prompts, words)
            for number, goal in enumerate(plan.goals, start=1)
        )
    blank = program.workbook.goal_sheets
    return tuple(
        _goal_sheet(hub, None, number, frameworks, prompts, words) for number in range(1, blank + 1)
    )


def _goal_sheet(
    hub: Hub,
    goal: PlanGoal | None,
    number: int,
    frameworks: tuple[Framework, ...],
    prompts: tuple[str, ...],
    words: WorkbookLanguage,
) -> GoalSheet:
    _ = words.gettext
    goal_id = goal.id if goal else f"goal-{number}"
    template = hub.goals.get(goal.template) if goal and goal.template else None
    if template is not None:
        frameworks = (_framework(template.framework, words),)
        prompts = tuple(template.prompts[:PROMPTS_PER_GOAL])

    def entry(part: str, label: str, value: Value, *, lines: int = 1) -> Entry:
        return make_entry(form_field("goal", part, key=goal_id), label, value, lines=lines)

    milestones = goal.milestones if goal else []
    return GoalSheet(
        id=goal_id,
        heading=_("Goal %(number)s") % {"number": number},
        title=entry(
            "title", _("Goal %(number)s") % {"number": number}, goal.title if goal else None
        ),
        why=entry("why", _("Why it matters to me"), goal.why if goal else None, lines=4),
        measures=entry(
            "measures", _("How I will know I got there"), goal.measures if goal else [], lines=4
        ),
        actions=entry("actions", _("Actions I will take"), goal.actions if goal else [], lines=5),
        milestones=entry("milestones", _("Milestones"), [m.title for m in milestones], lines=4),
        due=entry("due", _("Target date"), goal.due if goal else None),
        # No progress yet (0) leaves the space to write in.
        progress=replace(
            entry("progress", _("Progress (%)"), (goal.progress or None) if goal else None),
            unit="%",
        ),
        frameworks=frameworks,
        prompts=prompts,
        dated_milestones=tuple(DatedMilestone(m.title, m.due, m.done) for m in milestones),
    )


def meeting_log(
    plan: Plan | None,
    meetings: list[PlannedMeeting],
    guides: dict[str, MeetingGuide],
    every_guide: dict[str, MeetingGuide],
    words: WorkbookLanguage,
) -> tuple[LogEntry, ...]:
    """One entry per planned or held meeting; a planned one names the guide it follows when it
    is a milestone's meeting or marks a moment (first, mid-point, closing)."""
    _ = words.gettext
    held = plan.meetings if plan else []
    entries = []
    for number in range(1, max(len(meetings), len(held)) + 1):
        planned = meetings[number - 1] if number <= len(meetings) else None
        meeting = held[number - 1] if number <= len(held) else None
        guide = None
        if planned and planned.guide:
            guide = every_guide.get(planned.guide)
        elif planned and planned.moment != "regular":
            guide = guides.get(planned.moment)

        def entry(part: str, label: str, value: Value, lines: int, number: int = number) -> Entry:
            field = form_field("meeting", part, index=number)
            return make_entry(field, label % {"number": number}, value, lines=lines)

        entries.append(
            LogEntry(
                number=number,
                planned=planned,
                guide=guide.title if guide else None,
                date=entry(
                    "date", _("Meeting %(number)s: date"), meeting.date if meeting else None, 1
                ),
                notes=entry(
                    "notes", _("Meeting %(number)s: notes"), meeting.notes if meeting else None, 7
                ),
                next_steps=entry(
                    "next_steps",
                    _("Meeting %(number)s: next steps"),
                    meeting.next_steps if meeting else None,
                    3,
                ),
            )
        )
    return tuple(entries)


def reflection_answers(plan: Plan | None, words: WorkbookLanguage) -> dict[str, list[str]]:
    """What the plan wrote, by prompt id or prompt text."""
    return _answers(plan.reflections if plan else [], words)


def journal_answers(
    plan: Plan | None, pages: list[JournalPage], words: WorkbookLanguage
) -> dict[int, dict[str, list[str]]]:
    """What the plan wrote, by journal page (the page its day falls on), then as above."""
    by_page: dict[int, list[Reflection]] = {}
    for reflection in plan.reflections if plan else []:
        by_page.setdefault(journal_page_of(pages, reflection.date), []).append(reflection)
    return {number: _answers(reflections, words) for number, reflections in by_page.items()}


def _answers(reflections: list[Reflection], words: WorkbookLanguage) -> dict[str, list[str]]:
    answers: dict[str, list[str]] = {}
    for reflection in reflections:
        # Several answers share one entry, each after the day it was written.
        dated = f"{words.day(reflection.date)}: " if reflection.date else ""
        answers.setdefault(reflection.prompt, []).append(dated + reflection.text)
    return answers


def reflection_block(
    reflection_set: ReflectionSet, answers: dict[str, list[str]], page: int | None = None
) -> ReflectionBlock:
    """The set's prompts with the plan's answers; on journal page `page`, when given."""

    def field(prompt_id: str) -> FormField:
        if page is None:
            return form_field("reflection", prompt_id, key=reflection_set.id)
        return form_field("journal", prompt_id, key=reflection_set.id, index=page)

    return ReflectionBlock(
        reflection_set.title,
        reflection_set.intro,
        tuple(
            PromptAnswer(
                prompt.text,
                make_entry(
                    field(prompt.id),
                    prompt.text,
                    "\n\n".join(answers.get(prompt.id, []) + answers.get(prompt.text, [])),
                    lines=5,
                ),
            )
            for prompt in reflection_set.prompts
        ),
    )


REVIEW_LABELS = {
    "date": N_("Date of the review"),
    "progress": N_("Progress on my goals"),
    "went_well": N_("What went well"),
    "to_change": N_("What I want to change"),
    "next_steps": N_("Next steps"),
}
CLOSING_LABELS = {
    **REVIEW_LABELS,
    "to_change": N_("What I learned"),
    "next_steps": N_("What comes next"),
}


def review_view(
    moment: str,
    plan: Plan | None,
    reviews: dict[str, PlannedReview],
    guides: dict[str, MeetingGuide],
    reflection_sets: list[ReflectionSet],
    answers: dict[str, list[str]],
    words: WorkbookLanguage,
) -> ReviewView:
    review: Review | None = getattr(plan.reviews, moment) if plan else None
    planned = reviews.get(moment)
    labels = CLOSING_LABELS if moment == "closing" else REVIEW_LABELS
    entries = []
    for part in FIELD_MAP["review"].parts:
        field = form_field("review", part, key=moment)
        value = getattr(review, part) if review else None
        lines = 4 if field.kind == FieldKind.TEXT else 1
        entries.append(make_entry(field, words.gettext(labels[part]), value, lines=lines))
    return ReviewView(
        date=planned.date if planned else None,
        guide=guides.get(moment),
        reflections=tuple(
            reflection_block(s, answers) for s in reflection_sets if s.moment == moment
        ),
        entries=tuple(entries),
    )
