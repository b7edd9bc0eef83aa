"""Fixtures for the default content tests: where the repository, its content and the seeds are."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.schema.loader import Hub, load_content

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def content_dir() -> Path:
    return REPO_ROOT / "content"


@pytest.fixture(scope="session")
def hub(content_dir: Path) -> Hub:
    return load_content(content_dir)
