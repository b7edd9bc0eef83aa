"""Fixtures every test area shares: one CliRunner, and one small test project.

Why one project: the default content grows while we work; plan and cohort tests need ids and
dates that stay put, and a small program renders quickly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

TEST_PROJECT = Path(__file__).parent / "testdata" / "project"
"""A hub with one program, `pilot`, two goal templates and an agreement."""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def test_project(tmp_path: Path) -> Path:
    """A copy of TEST_PROJECT in tmp_path/project, to change as a test likes."""
    root = tmp_path / "project"
    shutil.copytree(TEST_PROJECT, root)
    return root
