"""The report as a coordinator opens it: in headless Chromium from disk, on screen and in print."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from tests.conftest import Visit, is_local
from tests.report.conftest import Run

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def report_file(run: Run, cohort: Path) -> Path:
    result = run("report", "plans", "-o", "browser.html", "--today", "2027-03-01")
    assert result.exit_code == 0, result.output
    return cohort / "browser.html"


def test_the_report_opens_from_disk_and_asks_for_nothing_else(
    visit: Visit, report_file: Path, tmp_path: Path
) -> None:
    visit.page.goto(report_file.as_uri())

    assert visit.requests == [report_file.as_uri()]
    assert all(is_local(url) for url in visit.requests)
    assert visit.page.locator("h1").inner_text() == "Mentoring program report"
    chart = visit.page.locator("figure.chart svg")
    assert chart.bounding_box()["width"] > 400  # type: ignore[index]
    visit.page.screenshot(path=tmp_path / "report.png", full_page=True)  # looked at by eye


def test_the_report_prints_without_the_screen_only_table(
    visit: Visit, report_file: Path, tmp_path: Path
) -> None:
    visit.page.goto(report_file.as_uri())
    visit.page.emulate_media(media="print")

    assert not visit.page.locator("details.weekly").is_visible()
    pdf = pypdf.PdfReader(io.BytesIO(visit.page.pdf(format="A4")))
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert len(pdf.pages) <= 2
    assert "Pairs that need attention" in text
