"""A small cohort of four pairs in the pilot program, with known meetings, signatures and reviews.

The pilot runs 13 weeks and plans a meeting every 2 weeks from week 1: seven meetings, the
mid-point review at the fourth (week 7) and the closing review at the seventh (week 13).
On TODAY, 2027-03-01, the pairs that started on 2027-01-04 have had four meetings planned.

Every free-text field holds a marker (`MARKER-...`) that must never reach a report, and
only the goals' titles may reach a certificate.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import TEST_PROJECT

TODAY = dt.date(2027, 3, 1)
COMPLETION_RULE = "completion:\n  meetings: 6\n  agreement_signed: true\n  closing_review: true\n"
NAMES = ("Ana Silva", "Ben Osei", "Chen Wei", "Dalia Haddad", "Dev Patel", "Eve Stone")
NAMES += ("Gil Mar", "Hana Kim")


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _goal(number: int, progress: int, plan: str) -> dict[str, Any]:
    return {
        "id": f"goal-{number}",
        "title": f"GOALTITLE-{plan}-{number}",
        "why": f"MARKER-why-{plan}-{number}",
        "measures": [f"MARKER-measure-{plan}-{number}"],
        "actions": [f"MARKER-action-{plan}-{number}"],
        "milestones": [{"title": f"MARKER-milestone-{plan}-{number}"}],
        "progress": progress,
    }


def _review(date: str, plan: str, kind: str) -> dict[str, Any]:
    return {
        "date": day(date),
        **{field: f"MARKER-{kind}-{field}-{plan}" for field in REVIEW_TEXTS},
    }


REVIEW_TEXTS = ("progress", "went_well", "to_change", "next_steps")


def _plan(
    key: str,
    mentee: str,
    mentor: str,
    start: str,
    *,
    signed: tuple[str | None, str | None],
    meetings: list[str],
    progress: list[int],
    reviews: dict[str, str],
    reflections: int,
) -> dict[str, Any]:
    agreement: dict[str, Any] = {"ticked": ["keep-time"]}
    for role, date in zip(("mentee", "mentor"), signed, strict=True):
        if date:
            agreement[f"{role}_signed"] = day(date)
    return {
        "mentee": mentee,
        "mentor": mentor,
        "email": f"marker-{key}@example.org",
        "program": "pilot",
        "start": day(start),
        "vision": f"MARKER-vision-{key}",
        "self_assessment": [{"skill": f"MARKER-skill-{key}", "now": 2, "target": 4}],
        "goals": [_goal(number, value, key) for number, value in enumerate(progress, 1)],
        "agreement": agreement,
        "meetings": [
            {
                "date": day(date),
                "notes": f"MARKER-notes-{key}-{n}",
                "next_steps": f"MARKER-next-{key}-{n}",
            }
            for n, date in enumerate(meetings, 1)
        ],
        "reflections": [
            {
                "date": day(start),
                "prompt": f"MARKER-prompt-{key}-{n}",
                "text": f"MARKER-text-{key}-{n}",
            }
            for n in range(reflections)
        ],
        "reviews": {kind: _review(date, key, kind) for kind, date in reviews.items()},
    }


PLANS = {
    # On track: both signed, every planned meeting held, the mid-point review done.
    "ana-silva": _plan(
        "ana",
        "Ana Silva",
        "Ben Osei",
        "2027-01-04",
        signed=("2027-01-11", "2027-01-11"),
        meetings=["2027-01-11", "2027-01-25", "2027-02-08", "2027-02-22"],
        progress=[50, 0],
        reviews={"midpoint": "2027-02-22"},
        reflections=2,
    ),
    # Met once; the mentor has not signed; the mid-point review is late.
    "chen-wei": _plan(
        "chen",
        "Chen Wei",
        "Dalia Haddad",
        "2027-01-04",
        signed=("2027-01-12", None),
        meetings=["2027-01-11"],
        progress=[20],
        reviews={},
        reflections=0,
    ),
    # Never started: nothing signed, no meeting, no goal.
    "dev-patel": _plan(
        "dev",
        "Dev Patel",
        "Eve Stone",
        "2027-01-04",
        signed=(None, None),
        meetings=[],
        progress=[],
        reviews={},
        reflections=0,
    ),
    # Finished last year: all seven meetings, both reviews; earns its certificates.
    "gil-mar": _plan(
        "gil",
        "Gil Mar",
        "Hana Kim",
        "2026-09-07",
        signed=("2026-09-14", "2026-09-14"),
        meetings=[
            "2026-09-14",
            "2026-09-28",
            "2026-10-12",
            "2026-10-26",
            "2026-11-09",
            "2026-11-23",
            "2026-12-07",
        ],
        progress=[100],
        reviews={"midpoint": "2026-10-26", "closing": "2026-12-07"},
        reflections=3,
    ),
}


def write_cohort_project(root: Path) -> Path:
    """The pilot project with a completion rule, and the cohort's plans in `plans/`."""
    shutil.copytree(TEST_PROJECT, root)
    program = root / "content" / "programs" / "pilot.yml"
    program.write_text(program.read_text(encoding="utf-8") + COMPLETION_RULE, encoding="utf-8")
    plans = root / "plans"
    plans.mkdir()
    for slug, data in PLANS.items():
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        (plans / f"{slug}.yml").write_text(text, encoding="utf-8")
    return root


def markers(plans: dict[str, dict[str, Any]] = PLANS) -> set[str]:
    """Every private text of the cohort's plans: each must stay out of every report."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and value.lower().startswith(("marker", "goaltitle")):
            found.add(value)

    walk(plans)
    return found
