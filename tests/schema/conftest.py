"""A minimal valid project in tmp_path, with the working directory set to its root.

Why the working directory: error lines show paths relative to it, as `content/roles/x.yml`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.schema.minimal_content import write_minimal_content


@pytest.fixture
def content_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The content folder of a minimal valid project; the project root is the working directory."""
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.chdir(root)
    return write_minimal_content(root / "content")
