"""Fixtures for the content translation tests: a copy of the two-language test hub."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

BILINGUAL = Path(__file__).parent / "testdata" / "bilingual"
"""A small hub with `languages: [en, fr]` and a partly translated translations/content/fr.po."""


@pytest.fixture
def bilingual(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bilingual hub as `hub/`; the working directory is its parent."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(BILINGUAL, tmp_path / "hub")
    return Path("hub")
