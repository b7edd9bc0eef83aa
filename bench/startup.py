"""Start-up time of `mentorbook --help` and `mentorbook check`, beside a bare `python -c pass`.

Run: .venv/bin/python bench/startup.py [--runs N]
Prints the median wall-clock and CPU time of N runs of each command, and their ratios
to the bare interpreter. `check` reads a project made by `mentorbook init` from the default content.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _median_seconds(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of `command`.

    Why CPU too: on a busy machine the wall clock mostly measures the other processes.
    """
    subprocess.run(command, check=True, capture_output=True)  # warm the file cache
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        wall.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="runs per command (default 11)")
    runs = parser.parse_args().runs
    mentorbook = str(Path(sys.executable).with_name("mentorbook"))
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "hub"
        subprocess.run([mentorbook, "init", str(project)], check=True, capture_output=True)
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "mentorbook --help": [mentorbook, "--help"],
            "mentorbook check": [mentorbook, "check", str(project)],
        }
        print(f"median of {runs} runs    wall      ratio      CPU      ratio")
        baseline: tuple[float, float] | None = None
        for name, command in commands.items():
            wall, cpu = _median_seconds(command, runs)
            baseline = baseline or (wall, cpu)
            print(
                f"{name:<20} {wall * 1000:6.0f} ms {wall / baseline[0]:6.1f}x"
                f" {cpu * 1000:6.0f} ms {cpu / baseline[1]:6.1f}x"
            )
        print("(ratios are to python -c pass)")


if __name__ == "__main__":
    main()
