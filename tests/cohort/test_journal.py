"""The journal: each finished workbook is on disk the moment it is made, so `kill -9` loses none."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from mentorbook.cohort.manifest import (
    Journal,
    Recorded,
    journal_path,
    load_manifest,
    save_manifest,
)
from tests.cohort.conftest import roster_command, start_in_own_session
from tests.cohort.test_cohort_command import summary

MENTEES = 8
ANA, BO = Recorded("a" * 64, 10, "r" * 64), Recorded("b" * 64, 20)


def test_a_journal_adds_to_the_manifest_and_saving_folds_it_in(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    save_manifest(manifest, {"ana": ANA})
    journal = Journal(manifest)
    journal.record("bo", BO)
    journal.close()

    assert load_manifest(manifest) == {"ana": ANA, "bo": BO}

    save_manifest(manifest, load_manifest(manifest))

    assert not journal_path(manifest).exists()
    assert load_manifest(manifest) == {"ana": ANA, "bo": BO}


def test_a_line_cut_short_by_a_crash_is_skipped_and_the_next_record_is_whole(
    tmp_path: Path,
) -> None:
    manifest = tmp_path / "manifest.json"
    journal = Journal(manifest)
    journal.record("ana", ANA)
    journal.close()
    with journal_path(manifest).open("a", encoding="utf-8") as handle:
        handle.write('{"slug": "cut", "key": "c')

    assert load_manifest(manifest) == {"ana": ANA}

    journal = Journal(manifest)
    journal.record("bo", BO)
    journal.close()

    assert load_manifest(manifest) == {"ana": ANA, "bo": BO}


@pytest.mark.slow
def test_kill_9_mid_run_keeps_every_finished_workbook_for_the_next_run(
    tmp_path: Path, project: Path
) -> None:
    command = roster_command(tmp_path, project, MENTEES)
    journal = tmp_path / "out" / "manifest.journal.jsonl"
    running = start_in_own_session(
        command, tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _lines(journal) < 2:
            time.sleep(0.05)
    finally:
        os.killpg(running.pid, signal.SIGKILL)
        running.wait(timeout=60)

    assert running.returncode == -signal.SIGKILL
    assert not (tmp_path / "out" / "manifest.json").exists()
    recorded = load_manifest(tmp_path / "out" / "manifest.json")
    assert 2 <= len(recorded) < MENTEES
    for slug, entry in recorded.items():
        assert (tmp_path / "out" / "workbooks" / f"{slug}.pdf").stat().st_size == entry.size

    rerun = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, check=True, timeout=300
    )

    assert summary(rerun.stdout) == (MENTEES - len(recorded), len(recorded), 0)
    assert not journal.exists()
    assert len(load_manifest(tmp_path / "out" / "manifest.json")) == MENTEES


def _lines(path: Path) -> int:
    try:
        return path.read_text(encoding="utf-8").count("\n")
    except FileNotFoundError:
        return 0
