"""Time of one plan edit (`update_plan`, as `mentorbook plan log` runs it), by plan size.

Run: .venv/bin/python bench/plans.py [--runs N]
For plans holding 10, 100 and 400 meetings, prints the median time of logging one more
meeting (lock, read, validate, edit, dump, validate again, atomic write) beside the floor
any comment-keeping edit pays: one ruamel round-trip load and dump of the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mentorbook.plans import changes
from mentorbook.plans.writer import update_plan
from mentorbook.project import defaults_dir
from mentorbook.schema.loader import Hub, load_content
from mentorbook.schema.yaml_reader import new_yaml

SIZES = (10, 100, 400)


def _median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _plan_text(meetings: int) -> str:
    lines = [
        "# A plan kept by hand as well.",
        "mentee: Amara Okafor",
        "program: foundations",
        "start: 2026-09-01",
        "meetings:",
    ]
    for number in range(meetings):
        lines += [
            f"  - date: 2026-09-{number % 28 + 1:02d}  # meeting {number + 1}",
            "    notes: |",
            "      What we talked about, on two lines,",
            "      with a second one.",
        ]
    return "\n".join(lines) + "\n"


def _round_trip(path: Path) -> None:
    yaml = new_yaml()
    yaml.dump(yaml.load(path.read_text(encoding="utf-8")), io.StringIO())


def _log_one(path: Path, hub: Hub) -> None:
    update_plan(
        path,
        hub,
        lambda edit: changes.log_meeting(edit, date=dt.date(2026, 10, 1), notes="x", next_steps=""),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per size (default 15)")
    runs = parser.parse_args().runs
    hub = load_content(defaults_dir() / "content")
    print(f"median of {runs} runs   round trip   plan log   ratio")
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            path = Path(folder) / f"plan-{size}.yml"
            path.write_text(_plan_text(size), encoding="utf-8")
            floor = _median_ms(lambda path=path: _round_trip(path), runs)
            path.write_text(_plan_text(size), encoding="utf-8")
            edit = _median_ms(lambda path=path: _log_one(path, hub), runs)
            print(f"{size:4d} meetings        {floor:7.1f} ms {edit:7.1f} ms {edit / floor:6.1f}x")
    print("(ratio: plan log to a bare ruamel load and dump of the same file)")


if __name__ == "__main__":
    main()
