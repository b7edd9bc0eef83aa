"""Fixtures for the default content tests: where the repository, its content and the seeds are."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.schema.loader import Hub, load_content

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"
"""The source articles the content's facts come from, kept beside the repository."""


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def content_dir() -> Path:
    return REPO_ROOT / "content"


@pytest.fixture(scope="session")
def hub(content_dir: Path) -> Hub:
    return load_content(content_dir)


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    """The seed articles; a missing folder fails the test instead of skipping it.

    Why fail: a skipped check would let copied sentences through unnoticed in CI.
    """
    if not SEEDS_DIR.is_dir():
        pytest.fail(
            f"the seed articles are missing: expected a folder at {SEEDS_DIR}"
            " (a clone of the shared/ material beside the repository)"
        )
    files = sorted(path for path in SEEDS_DIR.iterdir() if path.is_file())
    if not files:
        pytest.fail(f"the seed folder {SEEDS_DIR} holds no articles")
    return files
