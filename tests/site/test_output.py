"""Output folders: replaced whole, one run at a time, and nothing left behind when a run stops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mentorbook.errors import OutputExistsError
from mentorbook.site.output import SITE, replacing
from tests.cli.conftest import snapshot
from tests.conftest import with_ctrl_c_as_in_a_terminal
from tests.site.conftest import wait_for

STAGING_PREFIXES = (".site.new.", ".site.old.")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(STAGING_PREFIXES))


def test_writers_at_once_take_turns_and_leave_one_whole_folder(tmp_path: Path) -> None:
    target = tmp_path / "site"
    errors: list[BaseException] = []

    def write(writer: int) -> None:
        try:
            with replacing(target, SITE) as staging:
                for page in range(20):
                    (staging / f"page-{page}.html").write_text(f"writer {writer}")
                    time.sleep(0.001)
        except BaseException as error:  # collected for the assertion below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    files = snapshot(target)
    writers = {text for name, text in files.items() if name != ".mentorbook-site"}
    assert len(files) == 21 and len(writers) == 1
    assert leftovers(tmp_path) == []


def test_a_failure_inside_leaves_the_old_folder_and_no_staging(tmp_path: Path) -> None:
    target = tmp_path / "site"
    with replacing(target, SITE) as staging:
        (staging / "index.html").write_text("old")
    before = snapshot(target)

    with pytest.raises(KeyboardInterrupt), replacing(target, SITE) as staging:
        (staging / "index.html").write_text("new")
        raise KeyboardInterrupt

    assert snapshot(target) == before
    assert leftovers(tmp_path) == []


def test_a_foreign_folder_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.mkdir()
    (target / "index.html").write_text("mine")

    with pytest.raises(OutputExistsError), replacing(target, SITE):
        pytest.fail("the block must not run")

    assert snapshot(target) == {"index.html": b"mine"}
    assert leftovers(tmp_path) == []


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_build_stopped_midway_leaves_no_staging_folder(
    small_project: Path, stop: signal.Signals
) -> None:
    command = [sys.executable, "-m", "mentorbook", "build", "hub"]
    assert subprocess.run(command, capture_output=True, timeout=300).returncode == 0
    before = snapshot(small_project / "site")
    build = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=with_ctrl_c_as_in_a_terminal,
    )
    try:
        assert wait_for(lambda: leftovers(small_project), 120), "the build never began"
        build.send_signal(stop)
        build.communicate(timeout=120)
    finally:
        build.kill()

    assert build.returncode != 0
    assert leftovers(small_project) == []
    assert snapshot(small_project / "site") == before


@pytest.mark.slow
def test_builds_at_once_all_succeed_and_leave_a_whole_site(small_project: Path) -> None:
    command = [sys.executable, "-m", "mentorbook", "build", "hub"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    builds = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
        for _ in range(3)
    ]
    outputs = [build.communicate(timeout=600)[0].decode() for build in builds]

    assert [build.returncode for build in builds] == [0, 0, 0], outputs
    assert leftovers(small_project) == []
    concurrent = snapshot(small_project / "site")
    assert subprocess.run(command, capture_output=True, timeout=300).returncode == 0
    assert sorted(snapshot(small_project / "site")) == sorted(concurrent)


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "site").write_text("notes")

    with (
        pytest.raises(OutputExistsError, match="is a file, not a folder"),
        replacing(tmp_path / "site", SITE),
    ):
        pytest.fail("the block must not run")

    assert (tmp_path / "site").read_text() == "notes"


def test_staging_folders_of_a_killed_run_are_removed_by_the_next(tmp_path: Path) -> None:
    """kill -9 runs no cleanup; the next run, holding the lock, removes what it left."""
    target = tmp_path / "site"
    (tmp_path / ".site.new.0a1b2c3d").mkdir()
    (tmp_path / ".site.old.deadbeef").mkdir()
    (tmp_path / ".site.new.notes").mkdir()

    with replacing(target, SITE) as staging:
        (staging / "index.html").write_text("new")

    assert leftovers(tmp_path) == [".site.new.notes"]
