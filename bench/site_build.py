"""Seconds to build and preview the hub's website, beside plain MkDocs on the same pages.

Run: .venv/bin/python bench/site_build.py [--runs N] [--edits N] [--goals N] [--large-runs N]
                                          [--before SRC]
Every figure is measured in this run, each command in a fresh process as a person runs it:
1. `mentorbook build` of the default hub, cold (no cache: the blank workbook renders beside
   MkDocs) and with its workbook unchanged (taken from .mentorbook-cache/), against
   `mkdocs build` of the same site exported with `mentorbook export-markdown` (its pages
   already Markdown, its PDF already rendered), and against the pages and the PDF one after
   the other, which is how builds worked before the cache.
2. `mentorbook serve`: save a YAML file, then ask for the page over http until it shows the
   change; against `mkdocs serve` of the export with the same change made to its Markdown.
3. Both builds of a hub with --goals more goal templates, against plain MkDocs of its export.
With --before SRC (an earlier mentorbook's source tree, such as `git archive main | tar -x
-C SRC`), each round also times that mentorbook's build of a copy of the hub, for the ratio
of the cold build to the build it replaces.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
"""Material and ProperDocs print end-of-life notices when run as `mkdocs`; not part of the figures."""
CATEGORIES = ("Career", "Leadership", "Skills", "Wellbeing", "Network", "Onboarding")
TARGETS = {"warm": 1.3, "cold": 0.7, "reload": 1.2}
"""The targets of issue 11: build ratios to plain MkDocs and to the build before, reload seconds."""


def seconds(command: list[str], code: Path | None = None) -> float:
    """Wall-clock seconds of one run of `command`; stop on its failure.

    `code` is a source tree of another mentorbook to run instead of the installed one.
    """
    environment = {**QUIET, "PYTHONPATH": str(code)} if code else QUIET
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
    return time.perf_counter() - started


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


PDF_ALONE = """
import sys, time
from pathlib import Path
from mentorbook.project import Project
from mentorbook.schema.loader import load_content
project = Project(Path(sys.argv[1]))
hub = load_content(project.content_dir)
started = time.perf_counter()
from mentorbook.workbook import WorkbookRenderer
renderer = WorkbookRenderer(project, hub)
for program_id in hub.programs:
    renderer.render(None, program_id=program_id)
print(time.perf_counter() - started)
"""
"""What a build used to add for its workbooks: import WeasyPrint, set it up, render them."""


def workbook_seconds(project: Path) -> float:
    """Seconds to import WeasyPrint and render the hub's blank workbooks, in a fresh process."""
    finished = subprocess.run(
        [sys.executable, "-c", PDF_ALONE, str(project)],
        check=True,
        capture_output=True,
        text=True,
        env=QUIET,
    )
    return float(finished.stdout)


def builds(
    project: Path, export: Path, runs: int, *, pdf_alone: bool, before: Path | None = None
) -> dict[str, float]:
    """Medians of cold and cached `mentorbook build`, `mkdocs build` of the export, the PDFs alone.

    Why in rounds: the machine may be shared; taking one of each in turn spreads any change
    of load over every figure instead of loading one of them.
    """
    build = [str(BIN / "mentorbook"), "build", str(project)]
    mkdocs = [str(BIN / "mkdocs"), "build", "-q", "-f", str(export / "mkdocs.yml")]
    seconds([str(BIN / "mentorbook"), "export-markdown", str(project), str(export)])
    times: dict[str, list[float]] = {"cold": [], "warm": [], "mkdocs": [], "pdf": [], "before": []}
    old_project = project.with_name(f"{project.name}-before")
    if before:
        shutil.copytree(project / "content", old_project / "content")
        shutil.copy2(project / "mkdocs.yml", old_project / "mkdocs.yml")
    for _ in range(runs):
        if before:
            times["before"].append(
                seconds([str(BIN / "mentorbook"), "build", str(old_project)], before)
            )
        shutil.rmtree(project / ".mentorbook-cache", ignore_errors=True)
        times["cold"].append(seconds(build))
        times["warm"].append(seconds(build))
        times["mkdocs"].append(seconds(mkdocs))
        if pdf_alone:
            times["pdf"].append(workbook_seconds(project))
    figures = {name: statistics.median(values) for name, values in times.items() if values}
    figures["pages"] = len(list((project / "site").rglob("*.html")))
    return figures


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def page_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""  # not serving yet, or between builds: asked again


def shows(url: str, text: str) -> Callable[[], bool]:
    return lambda: text in page_text(url)


def wait_for(check: Callable[[], bool], limit: float, what: str) -> None:
    deadline = time.monotonic() + limit
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up after {limit:.0f} s waiting for {what}")
        time.sleep(0.02)


@dataclass
class Preview:
    """A preview server, the page to watch, the file to save, and how a save changes it."""

    command: list[str]
    page: str
    source: Path
    edit: Callable[[str, str], str]
    times: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.original = self.source.read_text(encoding="utf-8")
        port = free_port()
        self.url = f"http://127.0.0.1:{port}/{self.page}"
        self.server = subprocess.Popen(
            [*self.command, "--dev-addr", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=QUIET,
        )

    def save(self, marker: str) -> None:
        """Save the file with `marker` in it; time until the page shows it."""
        wait_for(lambda: bool(page_text(self.url)), 300, f"{self.command[0]} to serve")
        self.source.write_text(self.edit(self.original, marker), encoding="utf-8")
        saved = time.perf_counter()
        wait_for(shows(self.url, marker), 120, f"{self.page} to show '{marker}'")
        self.times.append(time.perf_counter() - saved)

    def stop(self) -> None:
        self.server.terminate()
        self.server.wait(timeout=60)
        self.source.write_text(self.original, encoding="utf-8")


def reloads(project: Path, export: Path, edits: int) -> dict[str, float]:
    """Median seconds from a save to the page showing it, both servers taking turns.

    Why a pause before each save: a save also renders the workbook again in the background,
    and a person reads the page before saving again; each save meets a quiet machine.
    """
    previews = {
        "mentorbook": Preview(
            [str(BIN / "mentorbook"), "serve", str(project)],
            "roles/mentor.html",
            project / "content" / "roles" / "mentor.yml",
            lambda text, marker: text.replace("summary: ", f"summary: {marker}. ", 1),
        ),
        "mkdocs": Preview(
            [str(BIN / "mkdocs"), "serve", "-f", str(export / "mkdocs.yml")],
            "roles/mentor.html",
            export / "docs" / "roles" / "mentor.md",
            lambda text, marker: text.replace("\n", f"\n\n{marker}\n", 1),
        ),
    }
    try:
        for number in range(1, edits + 1):
            for preview in previews.values():
                time.sleep(6)
                preview.save(f"Bench edit {number}")
    finally:
        for preview in previews.values():
            preview.stop()
    return {name: statistics.median(preview.times) for name, preview in previews.items()}


def show_builds(title: str, figures: dict[str, float], workbooks: float | None) -> None:
    print(f"{title} ({figures['pages']:.0f} HTML pages):")
    warm, cold, mkdocs = figures["warm"], figures["cold"], figures["mkdocs"]
    print(f"  mkdocs build of the export          {mkdocs:6.2f} s")
    print(
        f"  mentorbook build, workbook cached   {warm:6.2f} s  {warm / mkdocs:5.2f} x mkdocs  (target <= {TARGETS['warm']} x)"
    )
    print(f"  mentorbook build, cold              {cold:6.2f} s  {cold / mkdocs:5.2f} x mkdocs")
    if workbooks is not None:
        sequential = warm + workbooks
        print(f"  blank workbook PDF alone            {workbooks:6.2f} s")
        print(
            f"  pages, then the PDF                 {sequential:6.2f} s  (cached build + PDF alone)"
        )
        print(f"  cold build against that             {cold / sequential:6.2f} x")
    if "before" in figures:
        before = figures["before"]
        print(
            f"  the --before mentorbook's build     {before:6.2f} s  {before / mkdocs:5.2f} x mkdocs"
        )
        print(
            f"  cold build against it               {cold / before:6.2f} x  (target <= {TARGETS['cold']} x)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds of builds (default 5)")
    parser.add_argument("--edits", type=int, default=3, help="saves per reload figure (default 3)")
    parser.add_argument("--goals", type=int, default=1000, help="goal templates to generate")
    parser.add_argument("--large-runs", type=int, default=3, help="rounds for that hub (default 3)")
    parser.add_argument(
        "--before",
        type=Path,
        help="source tree of an earlier mentorbook to time beside, e.g. from git archive main",
    )
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mentorbook-bench-") as scratch:
        work = Path(scratch)
        default = make_project(work / "default")
        figures = builds(
            default, work / "export", arguments.runs, pdf_alone=True, before=arguments.before
        )
        show_builds(f"default hub, median of {arguments.runs}", figures, figures["pdf"])

        reload = reloads(default, work / "export", arguments.edits)
        print(f"serve: save a YAML file until the page shows it, median of {arguments.edits}:")
        print(f"  mkdocs serve of the export          {reload['mkdocs']:6.2f} s")
        print(
            f"  mentorbook serve                    {reload['mentorbook']:6.2f} s"
            f"  {reload['mentorbook'] / reload['mkdocs']:5.2f} x mkdocs  (target <= {TARGETS['reload']} s)"
        )

        large = make_project(work / "large")
        add_goal_templates(large, arguments.goals)
        show_builds(
            f"hub with {arguments.goals} more goal templates, median of {arguments.large_runs}",
            builds(
                large,
                work / "large-export",
                arguments.large_runs,
                pdf_alone=False,
                before=arguments.before,
            ),
            None,
        )


if __name__ == "__main__":
    main()
