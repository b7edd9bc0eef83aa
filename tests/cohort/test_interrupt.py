"""Ctrl-C in the middle of a cohort: finished workbooks stay, no partial PDF is left behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from mentorbook.cohort import runner
from tests.cohort.conftest import Invoke, roster_command, start_in_own_session
from tests.cohort.test_cohort_command import summary

pytestmark = pytest.mark.slow

MENTEES = 8


def test_ctrl_c_keeps_what_finished_and_the_same_command_makes_the_rest(
    tmp_path: Path, project: Path
) -> None:
    command = roster_command(tmp_path, project, MENTEES)
    running = start_in_own_session(
        command, tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    workbooks = tmp_path / "out" / "workbooks"
    deadline = time.monotonic() + 120
    while not list(workbooks.glob("*.pdf")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(running.pid, signal.SIGINT)
    _, stderr = running.communicate(timeout=60)

    assert running.returncode == 130, stderr
    assert "Interrupted: made " in stderr
    assert [path.name for path in workbooks.iterdir() if path.name.startswith(".")] == []
    made = sorted(path.name for path in workbooks.glob("*.pdf"))
    assert 1 <= len(made) < MENTEES
    for name in made:
        check = subprocess.run(["qpdf", "--check", str(workbooks / name)], capture_output=True)
        assert check.returncode == 0, check.stdout
    recorded = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))["documents"]
    for slug, entry in recorded.items():
        assert (workbooks / f"{slug}.pdf").stat().st_size == entry["size"]

    rerun = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=True)
    assert summary(rerun.stdout) == (MENTEES - len(recorded), len(recorded), 0)


def test_a_worker_that_never_answers_stops_the_run_instead_of_hanging_it(
    tmp_path: Path, cohort: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A render cannot finish in a millisecond: to the parent, the worker looks dead.
    monkeypatch.setattr(runner, "STALL_SECONDS", 0.001)
    (tmp_path / "roster.csv").write_text("mentee\nAna\nBo\n", encoding="utf-8")
    result = cohort("roster.csv", "-o", "out")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: no workbook was finished in 0 s, so a worker has most likely been stopped"
        " (out of memory?); the workbooks made so far are kept, and the same command makes"
        " the rest (try fewer --jobs)\n",
    )
    assert json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))["documents"] == {}
