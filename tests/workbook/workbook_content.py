"""A small project with every part a workbook prints: guides, reflections, goal templates, milestones.

Why not the repository's content/: it is rewritten as the program grows; these tests pin
what they check to content they own.
"""

from __future__ import annotations

from pathlib import Path

from tests.schema.minimal_content import MINIMAL_CONTENT

LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    '<rect width="40" height="20" fill="#123456"/></svg>'
)

WORKBOOK_CONTENT: dict[str, str] = {
    **MINIMAL_CONTENT,
    "hub.yml": MINIMAL_CONTENT["hub.yml"] + "logo: assets/logo.svg\n",
    "assets/logo.svg": LOGO,
    "programs/pilot.yml": """\
id: pilot
name: Pilot Program
organisation: Test Cooperative
purpose: A short program to try things out.
duration_months: 3
formats: [one-on-one]
roles: [mentee, mentor]
goal_templates: [speak-up, new-skill]
agreement: basic-agreement
meeting_guides: [first-meeting, regular-session, midpoint-review, closing-meeting]
reflections: [after-meeting, midpoint, closing]
phases:
  - id: start
    title: Getting started
    start_week: 0
    end_week: 4
    summary: Meet and agree on goals.
    milestones:
      - id: kickoff
        title: Kickoff
        week: 0
  - id: grow
    title: Growing
    start_week: 4
    end_week: 13
    summary: Work on the goals.
    milestones:
      - id: halfway
        title: Halfway check
        week: 6
cadence:
  every_weeks: 2
  first_week: 1
  minutes: 45
  media: [video call]
  between_meetings: A short message when something comes up.
""",
    "agreements/basic-agreement.yml": """\
id: basic-agreement
title: Our agreement
intro: What we promise each other.
sections:
  - id: meetings
    title: Meetings
    items:
      - id: keep-time
        text: We keep the meetings we agree to.
      - id: confidential
        text: What we say stays between us.
signatures:
  - role: mentee
    label: Mentee
  - role: mentor
    label: Mentor
""",
    "goals/speak-up.yml": """\
id: speak-up
title: Speak up in meetings
category: Confidence
framework: REAL
summary: Say what you think, when it counts.
prompts:
  - When did you last keep an idea to yourself?
examples: [Speak once in each team meeting., Lead one retrospective.]
actions: [Prepare one point before each meeting.]
measures: [I spoke in four meetings in a row.]
""",
    "goals/new-skill.yml": """\
id: new-skill
title: Learn a new skill
category: Career
framework: SMART
summary: Pick one skill and practise it.
prompts:
  - Which skill would change your work the most?
examples: [Learn SQL basics., Write a design document.]
actions: [Book an hour a week to practise.]
measures: [I used the skill on a real task.]
""",
    **{
        f"meeting-guides/{guide_id}.yml": f"""\
id: {guide_id}
title: {title}
moment: {moment}
purpose: {title} purpose.
before: [Read your notes.]
agenda:
  - title: Check in
    minutes: 5
    prompts: [How are you?]
  - title: {title} work
    minutes: 30
after: [Write the next steps.]
"""
        for guide_id, title, moment in (
            ("first-meeting", "First meeting", "first-meeting"),
            ("regular-session", "Regular session", "regular"),
            ("midpoint-review", "Mid-point review meeting", "midpoint"),
            ("closing-meeting", "Closing meeting", "closing"),
        )
    },
    **{
        f"reflections/{set_id}.yml": f"""\
id: {set_id}
title: {title}
moment: {set_id}
prompts:
  - id: {set_id}-learned
    text: What did you learn ({set_id})?
  - id: {set_id}-next
    text: What will you try next ({set_id})?
"""
        for set_id, title in (
            ("after-meeting", "After each meeting"),
            ("midpoint", "At the mid-point"),
            ("closing", "At the close"),
        )
    },
}


def write_workbook_project(root: Path) -> Path:
    """Write the project into `root` and return it."""
    for relative, text in WORKBOOK_CONTENT.items():
        path = root / "content" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
