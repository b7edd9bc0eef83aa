#!/usr/bin/env python3
"""How fast `mentorbook cohort` makes workbooks, against a plain WeasyPrint loop in one process.

Run as `bench/cohort` (or `.venv/bin/python bench/cohort.py`). It builds a roster of
`--count` mentees (200 by default) in a temporary folder, then prints:

- documents per second for `mentorbook cohort --jobs N` (a real subprocess, start to end);
- documents per second for one process rendering the same HTML with WeasyPrint, and the ratio;
- CPU seconds per document, the whole cohort process tree against the plain loop: the
  overhead of the pool, the plan loading and the manifest over raw WeasyPrint;
- peak memory (largest resident set) of the cohort's processes and of the plain loop;
- the time of a re-run over the unchanged cohort. `--rerun-count 1000` times it over
  1,000 mentees as the target says; building that cohort renders 1,000 workbooks first and
  takes several minutes, so the default re-runs the `--count` cohort instead.

Why a child subreaper: the workers are children of multiprocessing's fork server, which
nobody waits for. Adopting the orphans makes their CPU time and memory show in
RUSAGE_CHILDREN.
"""

from __future__ import annotations

import argparse
import csv
import ctypes
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PR_SET_CHILD_SUBREAPER = 36
TARGET_RATIO = 1.8
TARGET_OVERHEAD = 0.05
TARGET_RERUN_SECONDS = 2.0
TARGET_RERUN_ROWS = 1000

FIRST_NAMES = ["Amara", "Ben", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ines", "Jun"]
LAST_NAMES = ["Okafor", "Silva", "Wei", "Haddad", "Nowak", "Tanaka", "Mensah", "Kaur", "Ruiz"]


@dataclass(frozen=True)
class Run:
    """One measured run of a process tree."""

    seconds: float
    cpu_seconds: float
    peak_mib: float
    summary: str = ""
    """The last line `mentorbook cohort` printed."""


def main() -> None:
    options = _arguments()
    _adopt_orphans()
    with tempfile.TemporaryDirectory(prefix="mentorbook-bench-") as folder:
        tmp = Path(folder)
        project = tmp / "project"
        shutil.copytree(REPO / "content", project / "content")
        roster = _write_roster(tmp / "roster.csv", options.count)
        cohort = _cohort(roster, tmp / "out", project, options.jobs)
        if options.rerun_count == options.count:
            rerun_rows, rerun_out, rerun_roster = options.count, tmp / "out", roster
        else:
            rerun_rows, rerun_out = options.rerun_count, tmp / "rerun"
            rerun_roster = _write_roster(tmp / "rerun.csv", rerun_rows)
            print(f"building the {rerun_rows}-row cohort for the re-run (renders them all) ...")
            _cohort(rerun_roster, rerun_out, project, options.jobs)
        # Straight after the build, so that no edit to the templates falls in between.
        rerun = _cohort(rerun_roster, rerun_out, project, options.jobs)
        raw = _raw_loop(tmp / "out" / "plans", project, options.count)
    _report(options, cohort, raw, rerun, rerun_rows)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="mentees in the cohort")
    parser.add_argument(
        "--rerun-count",
        type=int,
        default=None,
        help="mentees in the cohort whose unchanged re-run is timed (default: --count)",
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    options = parser.parse_args()
    if options.rerun_count is None:
        options.rerun_count = options.count
    return options


def _adopt_orphans() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit(
            "bench/cohort needs Linux (prctl PR_SET_CHILD_SUBREAPER) to see the workers' usage"
        )


def _write_roster(path: Path, count: int) -> Path:
    goals = ["first-90-days", "give-feedback", "grow-your-network", "write-clearly"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["mentee", "mentor", "program", "start", "email", "goals"])
        for number in range(count):
            first = FIRST_NAMES[number % len(FIRST_NAMES)]
            last = LAST_NAMES[number // len(FIRST_NAMES) % len(LAST_NAMES)]
            mentee = f"{first} {last} {number}"
            mentor = f"{FIRST_NAMES[(number + 3) % len(FIRST_NAMES)]} {LAST_NAMES[number % len(LAST_NAMES)]}"
            chosen = ";".join(goals[: 1 + number % len(goals)])
            start = f"2026-{1 + number % 12:02d}-01"
            email = f"mentee{number}@example.org"
            writer.writerow([mentee, mentor, "foundations", start, email, chosen])
    return path


def _cohort(roster: Path, out_dir: Path, project: Path, jobs: int) -> Run:
    """Run `mentorbook cohort` and everything it starts; wait for every descendant."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = [sys.executable, "-m", "mentorbook", "cohort", str(roster), "-o", str(out_dir)]
    command += ["--jobs", str(jobs), "--project", str(project)]
    finished = subprocess.run(
        command, check=True, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )
    seconds = time.perf_counter() - started
    _reap_adopted()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Run(seconds, cpu, after.ru_maxrss / 1024, finished.stdout.strip().splitlines()[-1])


def _reap_adopted() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _raw_loop(plans_dir: Path, project_dir: Path, count: int) -> Run:
    """Render the cohort's HTML with WeasyPrint in this one process, as a baseline."""
    import weasyprint

    from mentorbook.plans.files import load_plan
    from mentorbook.project import Project
    from mentorbook.schema.loader import load_content
    from mentorbook.workbook import WorkbookRenderer

    project = Project(project_dir)
    hub = load_content(project.content_dir)
    plans = [load_plan(path, hub) for path in sorted(plans_dir.glob("*.yml"))][:count]
    base_url = project.root.resolve().as_uri() + "/"
    cpu_started, started = time.process_time(), time.perf_counter()
    renderer = WorkbookRenderer(project, hub)
    # The workbook's stylesheet and fonts are handed to WeasyPrint beside the HTML; without
    # them the baseline would lay out an unstyled, shorter document.
    stylesheet, font_config, fetcher = renderer.weasyprint_setup()
    for plan in plans:
        html = renderer.html(plan, fillable=True)
        weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf(
            stylesheets=[stylesheet], font_config=font_config, pdf_forms=True
        )
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return Run(seconds, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _report(
    options: argparse.Namespace, cohort: Run, raw: Run, rerun: Run, rerun_rows: int
) -> None:
    count = options.count
    cohort_rate, raw_rate = count / cohort.seconds, count / raw.seconds
    ratio = cohort_rate / raw_rate
    cohort_cpu, raw_cpu = cohort.cpu_seconds / count, raw.cpu_seconds / count
    overhead = cohort_cpu / raw_cpu - 1
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"cohort of {count} mentees, --jobs {options.jobs}, {os.cpu_count()} cores")
    print(f"load average        {load} (other work on the machine lowers every figure)")
    print(f"mentorbook cohort   {cohort_rate:6.2f} documents/s  ({cohort.seconds:.1f} s)")
    print(f"plain WeasyPrint    {raw_rate:6.2f} documents/s  ({raw.seconds:.1f} s, one process)")
    print(
        f"ratio               {ratio:6.2f}   (target >= {TARGET_RATIO})  {_verdict(ratio >= TARGET_RATIO)}"
    )
    print(
        f"CPU per document    {cohort_cpu:6.3f} s cohort (all processes) vs {raw_cpu:.3f} s plain"
    )
    print(
        f"overhead            {overhead:+6.1%}   (target <= {TARGET_OVERHEAD:.0%})  {_verdict(overhead <= TARGET_OVERHEAD)}"
    )
    print(
        f"peak memory         {cohort.peak_mib:6.0f} MiB largest cohort process, {raw.peak_mib:.0f} MiB plain loop"
    )
    if rerun_rows > count:
        print(
            f"                    {rerun.peak_mib:6.0f} MiB once the {rerun_rows}-row cohort was made too"
        )
    rerun_ok = rerun.seconds <= TARGET_RERUN_SECONDS
    note = (
        ""
        if rerun_rows >= TARGET_RERUN_ROWS
        else f"; the target is for {TARGET_RERUN_ROWS} rows: --rerun-count {TARGET_RERUN_ROWS}"
    )
    print(
        f"unchanged re-run    {rerun.seconds:6.2f} s for {rerun_rows} rows  (target <= {TARGET_RERUN_SECONDS} s for {TARGET_RERUN_ROWS}){note}  {_verdict(rerun_ok)}"
    )
    print(f"                    re-run said: {rerun.summary}")


def _verdict(met: bool) -> str:
    return "ok" if met else "MISSED"


if __name__ == "__main__":
    main()
