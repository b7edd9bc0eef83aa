"""Atomic writes: the old file or the new one, never half of one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mentorbook.fileio import atomic_write_bytes, atomic_write_text


def test_write_creates_the_file_and_its_folders(tmp_path: Path) -> None:
    path = tmp_path / "plans" / "ana.yml"

    atomic_write_text(path, "mentee: Ana Lima\n")

    assert path.read_text(encoding="utf-8") == "mentee: Ana Lima\n"
    assert [p.name for p in path.parent.iterdir()] == ["ana.yml"]


def test_write_replaces_and_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "plan.yml"
    path.write_bytes(b"old\n")
    path.chmod(0o600)

    atomic_write_bytes(path, b"new\n")

    assert path.read_bytes() == b"new\n"
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.yml"
    path.write_bytes(b"old\n")

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)

    with pytest.raises(OSError, match="No space left"):
        atomic_write_bytes(path, b"new and longer\n")

    assert path.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yml"]


def test_an_interrupt_mid_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.yml"
    path.write_bytes(b"old\n")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)

    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(path, "new\n")

    assert path.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yml"]
