"""Lock files that are removed once released, unless they were there before."""

from __future__ import annotations

import multiprocessing
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


def test_a_file_with_something_in_it_is_not_taken_for_a_lock_file(tmp_path: Path) -> None:
    left = lock_path(tmp_path / "ana.yml")
    left.write_text("notes kept under this name\n", encoding="utf-8")

    with transient_lock(tmp_path / "ana.yml"):
        pass

    assert left.read_text(encoding="utf-8") == "notes kept under this name\n"


def test_a_lock_held_elsewhere_times_out_and_its_file_stays(tmp_path: Path) -> None:
    plan = tmp_path / "ana.yml"
    with FileLock(lock_path(plan)):
        with pytest.raises(Timeout), transient_lock(plan, timeout=0):
            pass
        assert lock_path(plan).exists()


def _count_up(counter: Path, times: int) -> None:
    for _ in range(times):
        with transient_lock(counter):
            value = int(counter.read_text(encoding="utf-8"))
            counter.write_text(str(value + 1), encoding="utf-8")


def test_processes_taking_turns_never_hold_the_lock_at_once(tmp_path: Path) -> None:
    counter = tmp_path / "counter.txt"
    counter.write_text("0", encoding="utf-8")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_count_up, args=(counter, 100)) for _ in range(3)]

    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)

    # A lost update would show as a count short of 300.
    assert [worker.exitcode for worker in workers] == [0, 0, 0]
    assert counter.read_text(encoding="utf-8") == "300"
    assert [path.name for path in tmp_path.iterdir()] == ["counter.txt"]
