"""Time of `mentorbook report` over a large cohort, beside a plain loop loading every plan.

Run: .venv/bin/python bench/report.py [--count 10000]
Writes COUNT plans (goals, up to 13 meetings with notes, reflections, reviews) into a
temporary project with the default content, then prints the wall-clock and CPU seconds of
the plain loop (`load_plan` on each file, the round-trip reader every command uses) and of
the whole `mentorbook report` command run as a coordinator runs it (start, read, figures,
chart, HTML and CSV). The target is 5 s for 10,000 plans. On a busy machine, read the CPU
column: wall-clock time then says more about the other processes than about this one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mentorbook.plans.files import load_plan, plan_files
from mentorbook.project import defaults_dir
from mentorbook.schema.loader import load_content

TODAY = dt.date(2027, 6, 1)


def _plan_text(number: int) -> str:
    start = dt.date(2026, 9, 1) + dt.timedelta(days=number % 60)
    lines = [
        "# yaml-language-server: $schema=../content/mentorbook.schema.json",
        f"mentee: Mentee Number {number}",
        f"mentor: Mentor {number % 400}",
        f"email: mentee{number}@example.org",
        "program: foundations",
        f"start: {start.isoformat()}",
        "revision: 4",
        "vision: |",
        "  Lead a small team within two years,",
        "  and be the person others ask for advice.",
        "goals:",
    ]
    for goal in range(3):
        lines += [
            f"  - id: goal-{goal}",
            f"    title: Goal {goal} of mentee {number}",
            "    measures:",
            "      - Something anyone can see",
            f"    progress: {(number * 7 + goal * 30) % 101}",
        ]
    lines += ["agreement:", "  ticked: [goals-agreed]", f"  mentee_signed: {start.isoformat()}"]
    if number % 5:
        lines.append(f"  mentor_signed: {(start + dt.timedelta(days=2)).isoformat()}")
    lines.append("meetings:" if number % 14 else "meetings: []")
    for meeting in range(number % 14):
        day = start + dt.timedelta(weeks=1 + 3 * meeting)
        lines += [
            f"  - date: {day.isoformat()}",
            "    notes: |",
            "      We talked about the week, and what comes next.",
            "      A second line of notes.",
            "    next_steps: Read the guide",
        ]
    lines += ["reflections:", "  - prompt: feelings", "    text: Nervous at first, then fine."]
    if number % 3 == 0:
        lines += [
            "reviews:",
            "  midpoint:",
            f"    date: {(start + dt.timedelta(weeks=25)).isoformat()}",
        ]
        lines += ["    went_well: We kept most meetings."]
    return "\n".join(lines) + "\n"


def _seconds(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `action`, run in this process."""
    started, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - started, time.process_time() - cpu


def _command_seconds(arguments: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (its own and its workers') of `mentorbook ARGUMENTS`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mentorbook", *arguments], check=True, stdout=subprocess.DEVNULL
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="plans (default 10000)")
    count = parser.parse_args().count
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(defaults_dir() / "content", root / "content")
        plans = root / "plans"
        plans.mkdir()
        for number in range(count):
            (plans / f"mentee-{number:05d}.yml").write_text(_plan_text(number), encoding="utf-8")
        hub = load_content(root / "content")
        files = plan_files(plans)
        loop = _seconds(lambda: [load_plan(path, hub) for path in files])
        arguments = [
            "report",
            str(plans),
            "-o",
            str(root / "report.html"),
            "--csv",
            str(root / "r.csv"),
        ]
        command = _command_seconds(
            [*arguments, "--today", TODAY.isoformat(), "--project", str(root)]
        )
    print(
        f"{count} plans, {len(os.sched_getaffinity(0))} cores      wall s    CPU s   wall vs loop"
    )
    print(f"plain loop (load_plan each)       {loop[0]:7.2f}  {loop[1]:7.2f}")
    print(
        f"mentorbook report (HTML, CSV)     {command[0]:7.2f}  {command[1]:7.2f}   {loop[0] / command[0]:5.1f}x faster"
    )
    print(
        "(the command's time includes starting Python and loading the content; CPU counts its workers)"
    )
    print(
        f"(target: within 5 s wall for 10,000 plans: {'met' if command[0] <= 5 * count / 10_000 else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
