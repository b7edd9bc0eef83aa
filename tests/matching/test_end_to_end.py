"""From the example applications to every mentee's workbook, and the report in a browser."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from mentorbook.cli.main import cli
from mentorbook.project import defaults_dir

BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


@pytest.fixture
def example_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project as `init` makes it: the default content and the example applications."""
    for folder in ("content", "examples"):
        shutil.copytree(defaults_dir() / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.slow
def test_match_then_cohort_makes_every_matched_mentee_a_workbook(example_project: Path) -> None:
    runner = CliRunner()

    matched = runner.invoke(
        cli, ["match", "examples/applications.csv", "-o", "matches.csv", "--start", "2027-01-11"]
    )
    made = runner.invoke(cli, ["cohort", "matches.csv", "-o", "cohort", "--jobs", "2"])

    assert matched.exit_code == 0, matched.output
    assert made.exit_code == 0, made.output
    with Path("matches.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6
    for row in rows:
        slug = row["mentee"].lower().replace(" ", "-")
        first_page = PdfReader(f"cohort/workbooks/{slug}.pdf").pages[0].extract_text()
        assert row["mentee"] in first_page
        assert row["mentor"] in first_page


@pytest.mark.slow
@pytest.mark.browser
def test_the_report_opens_from_disk_without_asking_any_other_host(example_project: Path) -> None:
    from playwright.sync_api import sync_playwright

    result = CliRunner().invoke(
        cli, ["match", "examples/applications.csv", "-o", "m.csv", "--explain", "report.html"]
    )
    assert result.exit_code == 0, result.output
    requested: list[str] = []

    def record(route: Any) -> None:
        requested.append(route.request.url)
        route.continue_() if route.request.url.startswith("file:") else route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.route("**/*", record)
        page.goto((example_project / "report.html").as_uri())
        headings = page.locator("h2").all_inner_texts()
        first_pair = page.locator("tbody tr").first.inner_text()
        page.screenshot(path=str(example_project / "report.png"), full_page=True)
        browser.close()

    assert headings == [
        "Pairs",
        "Without a mentor",
        "What the hard rules ruled out",
        "Scores of the pairs",
        "Mentor load",
    ]
    assert first_pair.split("\t")[:3] == ["Amara Okafor", "Leila Nasser", "3"]
    assert requested == [(example_project / "report.html").as_uri()]
