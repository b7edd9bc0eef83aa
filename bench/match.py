#!/usr/bin/env python3
"""How fast and how well `mentorbook match` pairs a large pool, against two baselines.

Run as `.venv/bin/python bench/match.py` (also in `make bench`). It writes a generated pool
of `--mentees` (5,000) and `--mentors` (1,000, capacity 5) applications, where 2% of all
mentee-mentor pairs are on an avoid list, into a temporary folder, matches it under the
default program's rules, and prints:

- the wall time and peak memory (largest resident set) of `mentorbook match` run as a real
  subprocess, start to end, against the targets of 10 s and 1.5 GB;
- a greedy baseline (each mentee in file order takes the best mentor with room left): its
  time, how many it matches and its total score, and its optimality gap against the match;
- SciPy's `linear_sum_assignment` on the same pairs, each mentor's column repeated
  `capacity` times, which must reach the same optimum (`--no-scipy` skips it).
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 10.0
TARGET_MIB = 1536.0
AVOID_SHARE = 0.02
COLUMNS = [
    "role", "name", "email", "department", "manager", "interests", "skills", "goals",
    "languages", "timezone", "capacity", "program", "avoid", "prefer",
]  # fmt: skip
ZONES = ["Europe/London", "Europe/Berlin", "Africa/Lagos", "Asia/Kolkata", "America/New_York"]
LANGUAGES = ["English", "French", "Spanish", "Arabic", "Swahili"]
SKILLS = ["Leadership", "Career", "Wellbeing", "Communication", "python", "finance", "design"]


def main() -> None:
    options = _arguments()
    with tempfile.TemporaryDirectory(prefix="mentorbook-match-bench-") as folder:
        applications = Path(folder) / "applications.csv"
        _write_pool(applications, options.mentees, options.mentors, options.capacity)
        print(
            f"Pool: {options.mentees:,} mentees x {options.mentors:,} mentors (capacity "
            f"{options.capacity}), {AVOID_SHARE:.0%} of pairs avoided; {applications.stat().st_size / 2**20:.1f} MiB of CSV"
        )
        seconds, cpu_seconds, peak_mib, summary = _run_match(
            applications, Path(folder) / "matches.csv"
        )
        print(summary)
        verdict = "ok" if seconds <= TARGET_SECONDS and peak_mib <= TARGET_MIB else "OVER TARGET"
        print(
            f"mentorbook match: {seconds:.2f} s (target {TARGET_SECONDS:.0f} s; {cpu_seconds:.2f} s "
            f"of CPU), peak memory {peak_mib:,.0f} MiB (target {TARGET_MIB:,.0f} MiB): {verdict}"
        )
        _compare(applications, options.capacity, with_scipy=not options.no_scipy)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentees", type=int, default=5000)
    parser.add_argument("--mentors", type=int, default=1000)
    parser.add_argument("--capacity", type=int, default=5)
    parser.add_argument("--no-scipy", action="store_true", help="Skip linear_sum_assignment.")
    return parser.parse_args()


def _write_pool(path: Path, mentees: int, mentors: int, capacity: int) -> None:
    """A reproducible pool: mentors report to mentors, mentees to mentors, 2% of pairs avoided."""
    from mentorbook.schema.loader import load_content

    goals = sorted(load_content(REPO / "content").goals)
    rng = np.random.default_rng(2026)
    people = mentors + mentees
    emails = [f"person{index:05d}@example.org" for index in range(people)]
    avoided = rng.random((mentees, mentors)) < AVOID_SHARE
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for index in range(people):
            is_mentor = index < mentors
            boss = int(rng.integers(0, max(index, 1) if is_mentor else mentors))
            avoid = []
            if not is_mentor:
                avoid = [emails[column] for column in np.nonzero(avoided[index - mentors])[0]]
            languages = ["English"] if rng.random() > 0.02 else []
            languages += list(
                rng.choice(LANGUAGES[1:], size=int(rng.integers(0, 2)), replace=False)
            )
            writer.writerow(
                [
                    "mentor" if is_mentor else "mentee",
                    f"Person {index:05d}",
                    emails[index],
                    f"Department {rng.integers(0, 25):02d}",
                    emails[boss] if index else "",
                    ";".join(f"interest-{i}" for i in rng.choice(40, size=3, replace=False)),
                    ";".join(rng.choice(SKILLS, size=2, replace=False)),
                    ";".join(rng.choice(goals, size=int(rng.integers(1, 4)), replace=False)),
                    ";".join(languages),
                    ZONES[int(rng.integers(0, len(ZONES)))],
                    capacity if is_mentor else "",
                    "foundations",
                    ";".join(avoid),
                    emails[int(rng.integers(0, mentors))] if rng.random() < 0.3 else "",
                ]
            )


def _run_match(applications: Path, output: Path) -> tuple[float, float, float, str]:
    """Wall time, CPU time and peak memory of `mentorbook match` as a user runs it.

    Why CPU time too: on a shared machine the wall time also counts waiting for a core.
    """
    command = [
        str(Path(sys.executable).with_name("mentorbook")),
        "match", str(applications), "-o", str(output), "--project", str(REPO),
    ]  # fmt: skip
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"mentorbook match failed:\n{result.stdout}{result.stderr}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (
        seconds,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,
        result.stdout.splitlines()[0],
    )


def _compare(applications: Path, capacity: int, *, with_scipy: bool) -> None:
    """The match, greedy and SciPy on the same candidate pairs, in this process."""
    from mentorbook.matching.candidates import candidates
    from mentorbook.matching.pool import match_pool
    from mentorbook.matching.reporting import reporting_lines
    from mentorbook.schema.loader import load_content
    from mentorbook.tables import read_table

    hub = load_content(REPO / "content")
    table = read_table(applications.read_bytes(), applications.name)
    optimum = match_pool([(table, None)], hub, "foundations", 0).explanation
    best = (len(optimum.matched), optimum.total_score)
    from mentorbook.matching.applications import read_applications

    pool = read_applications(
        [(table, None)], programs=list(hub.programs), default_program="foundations",
        goals=list(hub.goals),
    )  # fmt: skip
    above = reporting_lines(pool.named).above
    categories = {goal.id: goal.category for goal in hub.goals.values()}
    found = candidates(
        pool.mentees, pool.mentors, hub.programs["foundations"].match, above, categories
    )
    print(f"Match (OR-Tools min-cost flow): {best[0]:,} matched, total score {best[1]:,}")

    started = time.perf_counter()
    greedy = _greedy(found.allowed, found.score, capacity)
    seconds = time.perf_counter() - started
    gap = (best[1] - greedy[1]) / best[1] if best[1] else 0.0
    print(
        f"Greedy baseline: {greedy[0]:,} matched, total score {greedy[1]:,} in {seconds:.2f} s; "
        f"optimality gap {gap:.1%} of the score, {best[0] - greedy[0]:,} fewer matched"
    )
    if with_scipy:
        started = time.perf_counter()
        assignment = _linear_sum_assignment(found.allowed, found.score, capacity)
        seconds = time.perf_counter() - started
        same = "the same optimum" if assignment == best else "A DIFFERENT RESULT"
        print(
            f"SciPy linear_sum_assignment (capacity expanded): {assignment[0]:,} matched, "
            f"total score {assignment[1]:,} in {seconds:.1f} s: {same}"
        )


def _greedy(allowed: np.ndarray, score: np.ndarray, capacity: int) -> tuple[int, int]:
    room = np.full(allowed.shape[1], capacity)
    matched = total = 0
    for row in range(allowed.shape[0]):
        open_scores = np.where(allowed[row] & (room > 0), score[row], np.iinfo(np.int32).min)
        column = int(open_scores.argmax())
        if allowed[row, column] and room[column] > 0:
            room[column] -= 1
            matched += 1
            total += int(score[row, column])
    return matched, total


def _linear_sum_assignment(
    allowed: np.ndarray, score: np.ndarray, capacity: int
) -> tuple[int, int]:
    """Most mentees first, then the highest score: each allowed pair is worth `big` plus its score.

    Why `big`: it is larger than any difference in total score, so one more mentee matched
    always wins, as in the flow. A forbidden pair is worth 0, the same as no pair.
    """
    from scipy.optimize import linear_sum_assignment

    spread = int(score.max() - score.min()) if score.size else 0
    big = float(spread * allowed.shape[0] + 1)
    worth = np.where(allowed, big + score - score.min(), 0.0)
    expanded = np.repeat(worth, capacity, axis=1)
    rows, columns = linear_sum_assignment(expanded, maximize=True)
    mentors = columns // capacity
    kept = allowed[rows, mentors]
    return int(kept.sum()), int(score[rows[kept], mentors[kept]].sum())


if __name__ == "__main__":
    main()
