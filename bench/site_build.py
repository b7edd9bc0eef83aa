"""Seconds to build the hub's website, beside plain MkDocs building the same exported pages.

Run: .venv/bin/python bench/site_build.py [--runs N] [--goals N]
1. `mentorbook build` of the default hub (load and validate the content, render the pages,
   the timeline and the blank workbook PDF, then MkDocs and Material), median of N runs.
2. `mkdocs build` of the same site exported with `mentorbook export-markdown`: the pages
   are already Markdown and the PDF already rendered, so the ratio is what mentorbook adds.
3. `mentorbook build` of a generated hub: the default content plus --goals goal templates.
Every build runs as a command in a fresh process, as a person would run it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
"""Material prints an end-of-life notice when run as `mkdocs`; it is not part of the figures."""
CATEGORIES = ("Career", "Leadership", "Skills", "Wellbeing", "Network", "Onboarding")


def seconds(command: list[str], runs: int) -> float:
    """Median wall-clock seconds of `command` over `runs` runs; stop on its first failure."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=QUIET)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def make_project(root: Path) -> Path:
    root.mkdir(parents=True)
    shutil.copytree(REPO_ROOT / "content", root / "content")
    shutil.copy2(REPO_ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root


def add_goal_templates(project: Path, count: int) -> None:
    goals = project / "content" / "goals"
    for number in range(1, count + 1):
        (goals / f"bench-goal-{number:04d}.yml").write_text(
            f"id: bench-goal-{number:04d}\n"
            f"title: Practise skill number {number}\n"
            f"category: {CATEGORIES[number % len(CATEGORIES)]}\n"
            f"framework: {'SMART' if number % 2 else 'REAL'}\n"
            f"summary: Get better at skill {number}, one step a week.\n"
            "prompts:\n  - What would doing this well look like?\n"
            "examples:\n  - Try it once a week for a month.\n  - Ask a colleague to watch once.\n"
            "actions:\n  - Pick one situation to practise in.\n"
            "measures:\n  - Your mentor sees the difference.\n",
            encoding="utf-8",
        )


def workbook_seconds(project: Path) -> float:
    """Seconds to render the blank workbooks the site offers, in this process."""
    from mentorbook.project import Project
    from mentorbook.schema.loader import load_content
    from mentorbook.site.generate import render_downloads
    from mentorbook.site.pages import site_plan

    hub = load_content(project / "content")
    started = time.perf_counter()
    render_downloads(Project(project), hub, site_plan(hub))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="builds per measure (default 3)")
    parser.add_argument("--goals", type=int, default=1000, help="goal templates to generate")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mentorbook-bench-") as scratch:
        work = Path(scratch)
        default = make_project(work / "default")
        mentorbook = seconds([str(BIN / "mentorbook"), "build", str(default)], arguments.runs)
        seconds([str(BIN / "mentorbook"), "export-markdown", str(default), str(work / "export")], 1)
        mkdocs = seconds(
            [str(BIN / "mkdocs"), "build", "-q", "-f", str(work / "export" / "mkdocs.yml")],
            arguments.runs,
        )
        pages = len(list((default / "site").rglob("*.html")))
        workbooks = workbook_seconds(default)
        print(f"default hub ({pages} HTML pages), median of {arguments.runs}:")
        print(f"  mentorbook build          {mentorbook:6.2f} s")
        print(f"    of which workbook PDFs  {workbooks:6.2f} s (rendered alone, once)")
        print(f"  mkdocs build (exported)   {mkdocs:6.2f} s")
        print(f"  ratio                     {mentorbook / mkdocs:6.2f} x")

        large = make_project(work / "large")
        add_goal_templates(large, arguments.goals)
        big = seconds([str(BIN / "mentorbook"), "build", str(large)], 1)
        pages = len(list((large / "site").rglob("*.html")))
        print(f"generated hub with {arguments.goals} more goal templates ({pages} HTML pages):")
        print(f"  mentorbook build          {big:6.2f} s")
        print(f"  per page                  {1000 * big / pages:6.1f} ms")


if __name__ == "__main__":
    main()
