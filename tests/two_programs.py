"""A second program beside the test project's `pilot`, with its own role, format, agreement,
meeting guide and goal template, for hubs that hold several programs.

`evening` comes first by `order` although `pilot` comes first by name, so tests can tell
the default program from the first by name.
"""

from __future__ import annotations

from pathlib import Path

SECOND_PROGRAM: dict[str, str] = {
    "programs/evening.yml": """\
id: evening
name: Twilight Circles
organisation: Test Cooperative
order: 1
purpose: Small groups that meet after work.
duration_months: 2
formats:
  - circle
roles:
  - mentee
  - host
goal_templates:
  - ask-for-help
agreement: circle-agreement
meeting_guides:
  - circle-evening
phases:
  - id: only
    title: The circle
    start_week: 0
    end_week: 8
    summary: Meet, talk, help each other.
cadence:
  every_weeks: 2
  minutes: 45
  media:
    - in person
""",
    "roles/host.yml": """\
id: host
name: Circle host
summary: The person who keeps the circle going.
order: 30
responsibilities:
  - Open and close each evening.
""",
    "formats/circle.yml": """\
id: circle
name: Circle
summary: A few mentees and one host.
description: A small group that learns together.
group_size: four to six mentees, one host
medium: in person
fits_when:
  - Mentees want to hear from peers.
how_we_run_it:
  - Meet every other week after work.
""",
    "agreements/circle-agreement.yml": """\
id: circle-agreement
title: Circle promises
intro: What the circle promises itself.
sections:
  - id: evenings
    title: Evenings
    items:
      - id: come-along
        text: We come to each evening we can.
signatures:
  - role: mentee
    label: Mentee
  - role: host
    label: Host
""",
    "meeting-guides/circle-evening.yml": """\
id: circle-evening
title: A circle evening
moment: regular
purpose: How an evening of the circle runs.
agenda:
  - title: Round of news
    minutes: 15
""",
    "goals/ask-for-help.yml": """\
id: ask-for-help
title: Ask for help early
category: Habits
framework: REAL
summary: Ask before you are stuck.
prompts:
  - When did you last wait too long to ask?
actions:
  - Name one person to ask this week.
measures:
  - You asked for help three times.
""",
}
"""The second program's files, by path below content/. Its goal template has no examples."""


def add_second_program(content_dir: Path) -> None:
    for relative, text in SECOND_PROGRAM.items():
        path = content_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
