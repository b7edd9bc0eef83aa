"""Mentees' plans never reach the site, even when they sit in the project folder."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from tests.site.conftest import PRIVATE_MARKER

pytestmark = pytest.mark.slow


def test_plans_in_the_project_never_reach_the_site(
    default_project: Path, default_site: Path
) -> None:
    assert PRIVATE_MARKER in (default_project / "plans" / "robin-quill.yml").read_text()
    files = [path for path in default_site.rglob("*") if path.is_file()]

    leaking = [path for path in files if PRIVATE_MARKER.encode() in path.read_bytes()]
    pdf_text = "".join(
        page.extract_text()
        for path in files
        if path.suffix == ".pdf"
        for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages
    )

    assert len(files) > 50
    assert leaking == []
    assert pdf_text and PRIVATE_MARKER not in pdf_text
    assert not list(default_site.rglob("*robin*")) and not list(default_site.rglob("*.yml"))
    cached = [path for path in (default_project / ".mentorbook-cache").rglob("*") if path.is_file()]
    assert cached and not [path for path in cached if PRIVATE_MARKER.encode() in path.read_bytes()]
