"""Exact figures of the cohort fixture, in the CSV and in the HTML."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from tests.report.conftest import Run

EXPECTED_CSV = """\
pair,mentee,mentor,program,start,mentee_signed,mentor_signed,meetings_held,meetings_due,meetings_planned,goals,goals_with_progress,midpoint_due,midpoint_done,closing_due,closing_done,reflections,needs_attention
{ana},Ana Silva,Ben Osei,pilot,2027-01-04,2027-01-11,2027-01-11,4,4,7,2,1,2027-02-22,yes,2027-04-05,no,2,
{chen},Chen Wei,Dalia Haddad,pilot,2027-01-04,2027-01-12,,1,4,7,1,1,2027-02-22,no,2027-04-05,no,0,agreement not signed by the mentor since 2027-01-12; no meeting logged for 4 weeks (two cadences) since 2027-02-08; mid-point review overdue since 2027-02-23
{dev},Dev Patel,Eve Stone,pilot,2027-01-04,,,0,4,7,0,0,2027-02-22,no,2027-04-05,no,0,agreement not signed by the mentee and the mentor since 2027-01-12; no meeting logged for 4 weeks (two cadences) since 2027-02-08; mid-point review overdue since 2027-02-23
{gil},Gil Mar,Hana Kim,pilot,2026-09-07,2026-09-14,2026-09-14,7,7,7,1,1,2026-10-26,yes,2026-12-07,yes,3,
"""


@pytest.fixture(scope="module")
def outputs(run: Run, cohort: Path) -> Path:
    result = run(
        "report", "plans", "-o", "report.html", "--csv", "report.csv", "--today", "2027-03-01"
    )
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote report.html, report.csv: 4 plans as of 2027-03-01.\n"
    return cohort


def _pairs(csv_text: str) -> dict[str, str]:
    """The pseudonym of each mentee, read from the CSV's first two columns."""
    return {
        line.split(",")[1].split()[0].lower(): line.split(",")[0]
        for line in csv_text.splitlines()[1:]
    }


def test_the_csv_gives_one_row_per_pair_with_exact_figures(outputs: Path) -> None:
    text = (outputs / "report.csv").read_text(encoding="utf-8")

    assert text == EXPECTED_CSV.format(**_pairs(text))
    assert all(re.fullmatch(r"Pair [0-9A-F]{8}", pair) for pair in _pairs(text).values())


def _text(html: str) -> str:
    """The words of an HTML page as a reader sees them, on one line."""
    without_svg = re.sub(r"<svg.*?</svg>", " ", html, flags=re.S)
    without_style = re.sub(r"<style>.*?</style>", " ", without_svg, flags=re.S)
    inline_joined = re.sub(r"</?(?:strong|span|time)[^>]*>", "", without_style)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", inline_joined)).split())


@pytest.mark.parametrize(
    "figure",
    [
        "Pairs 4",
        "Agreements signed 2 of 4 (50%)",
        "Meetings held 12 of 19 planned to date (63%); 28 planned in all",
        "Goals set 4, 3 with recorded progress",
        "Mid-point reviews 2 done, 4 due",
        "Closing reviews 1 done, 1 due",
        "Reflections written 5",
        "Month Agreements signed 2026-09 1 2027-01 1",
        "Figures as of 2027-03-01.",
    ],
)
def test_the_html_shows_exact_figures(outputs: Path, figure: str) -> None:
    assert figure in _text((outputs / "report.html").read_text(encoding="utf-8"))


def test_pairs_needing_attention_are_listed_with_reason_and_date(outputs: Path) -> None:
    text = _text((outputs / "report.html").read_text(encoding="utf-8"))
    listed = text[text.index("Pairs that need attention") :]

    assert listed.startswith(
        "Pairs that need attention Pair Reason Since"
        " Dev Patel with Eve Stone agreement not signed by the mentee and the mentor 2027-01-12"
        " no meeting logged for 4 weeks (two cadences) 2027-02-08 mid-point review overdue 2027-02-23"
        " Chen Wei with Dalia Haddad agreement not signed by the mentor 2027-01-12"
    )
    assert "Ana Silva" not in listed
    assert "Gil Mar" not in listed


def test_the_weekly_series_adds_up_to_the_totals(outputs: Path) -> None:
    html = (outputs / "report.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr><td>(\d{4}-\d\d-\d\d)</td><td>(\d+)</td><td>(\d*)</td></tr>", html)

    assert rows[0] == ("2026-09-14", "1", "1")
    assert ("2027-03-01", "19", "12") in rows  # the report's day: planned and held to date
    assert rows[-1] == ("2027-04-05", "28", "")  # planned to the end, held not yet known


def test_the_html_is_one_offline_file_and_the_same_figures_give_the_same_bytes(
    run: Run, outputs: Path
) -> None:
    result = run("report", "plans", "-o", "again.html", "--today", "2027-03-01")
    html = (outputs / "report.html").read_text(encoding="utf-8")

    assert result.exit_code == 0, result.output
    assert (outputs / "again.html").read_bytes() == (outputs / "report.html").read_bytes()
    assert re.findall(r"<(script|link|img|iframe|object)\b", html) == []
    assert re.findall(r'(?:src|href)="(?!#)', html) == []  # the chart refers to its own parts only
    assert re.findall(r"url\((?!#)", html) == []
    assert "@media print" in html
