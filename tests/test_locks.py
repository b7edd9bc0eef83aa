"""Lock files that are removed once released, unless they were there before."""

from __future__ import annotations

from pathlib import Path

import pytest
from filelock import FileLock, Timeout

from mentorbook.locks import lock_path, transient_lock


def test_the_lock_file_is_there_while_held_and_gone_after(tmp_path: Path) -> None:
    plan = tmp_path / "ana.yml"

    with transient_lock(plan):
        assert [path.name for path in tmp_path.iterdir()] == [".ana.yml.lock"]
        with pytest.raises(Timeout):
            FileLock(lock_path(plan)).acquire(timeout=0)

    assert list(tmp_path.iterdir()) == []


def test_the_lock_file_is_gone_after_an_error_too(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), transient_lock(tmp_path / "ana.yml"):
        raise RuntimeError

    assert list(tmp_path.iterdir()) == []


def test_a_lock_file_that_was_there_before_is_kept(tmp_path: Path) -> None:
    left = lock_path(tmp_path / "ana.yml")
    left.write_text("made by someone else\n", encoding="utf-8")

    with transient_lock(tmp_path / "ana.yml"):
        pass

    assert left.read_text(encoding="utf-8") == "made by someone else\n"


def test_a_lock_held_elsewhere_times_out_and_its_file_stays(tmp_path: Path) -> None:
    plan = tmp_path / "ana.yml"
    with FileLock(lock_path(plan)):
        with pytest.raises(Timeout), transient_lock(plan, timeout=0):
            pass
        assert lock_path(plan).exists()
