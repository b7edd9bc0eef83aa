"""One CliRunner, and a minimal valid project with the working directory just above it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.schema.minimal_content import write_minimal_content


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`hub/`, a minimal valid project; the working directory is its parent."""
    monkeypatch.chdir(tmp_path)
    write_minimal_content(tmp_path / "hub" / "content")
    return Path("hub")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` and its bytes, to prove a failed command changed nothing."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
