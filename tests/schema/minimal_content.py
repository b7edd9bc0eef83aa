"""The smallest content tree that validates: one program, two roles, a format, an agreement.

Why here and not the repository's content/: tests must not depend on the default content,
which is rewritten as the program grows.
"""

from __future__ import annotations

from pathlib import Path

MINIMAL_CONTENT: dict[str, str] = {
    "hub.yml": """\
organisation: Test Cooperative
site_name: Test Hub
tagline: Small enough to read in one go.
""",
    "glossary.yml": """\
terms:
  - term: Mentee
    definition: The person who sets the goals.
""",
    "programs/pilot.yml": """\
id: pilot
name: Pilot Program
organisation: Test Cooperative
purpose: A short program to try things out.
duration_months: 3
formats:
  - one-on-one
roles:
  - mentee
  - mentor
agreement: basic-agreement
phases:
  - id: start
    title: Getting started
    start_week: 0
    end_week: 4
    summary: Meet and agree on goals.
cadence:
  every_weeks: 2
  minutes: 60
  media:
    - video call
""",
    "roles/mentee.yml": """\
id: mentee
name: Mentee
summary: The person who grows.
order: 10
responsibilities:
  - Set the goals.
  - Book the meetings.
""",
    "roles/mentor.yml": """\
id: mentor
name: Mentor
summary: The person who helps.
order: 20
responsibilities:
  - Listen.
  - Ask questions.
""",
    "formats/one-on-one.yml": """\
id: one-on-one
name: One-on-one
summary: One mentor, one mentee.
description: The classic pairing.
group_size: one mentor, one mentee
medium: in person or online
fits_when:
  - The mentee wants close attention.
how_we_run_it:
  - Meet every two weeks.
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
signatures:
  - role: mentee
    label: Mentee
  - role: mentor
    label: Mentor
""",
}


def write_minimal_content(content_dir: Path) -> Path:
    """Write the minimal tree into `content_dir` and return it."""
    for relative, text in MINIMAL_CONTENT.items():
        path = content_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return content_dir
