"""The university project's workbooks: Priya's study circle (four signers, two of them
co-mentors, a group and peers, reading weeks) and Omar's speed rounds (no reviews).

The two PDFs are rendered once for the module and read as a person would, with pdftotext.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from mentorbook.plans import load_plan
from mentorbook.project import Project
from mentorbook.schema.loader import Hub, load_content
from mentorbook.workbook import WorkbookRenderer
from tests.conftest import UNIVERSITY
from tests.golden import golden
from tests.workbook.pdftools import text_of

GOLDEN = Path(__file__).parent / "testdata" / "test_university"
PLANS = ("priya-nair", "omar-haddad")
START = dt.date(2027, 9, 6)


@pytest.fixture(scope="module")
def hub() -> Hub:
    return load_content(UNIVERSITY / "content")


@pytest.fixture(scope="module")
def renderer(hub: Hub) -> WorkbookRenderer:
    return WorkbookRenderer(Project(UNIVERSITY), hub)


@pytest.fixture(scope="module")
def pdf_texts(
    renderer: WorkbookRenderer, hub: Hub, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    """Each plan's workbook as pdftotext reads it, its lines' spaces squeezed to one."""
    folder = tmp_path_factory.mktemp("university")
    texts = {}
    for name in PLANS:
        pdf = folder / f"{name}.pdf"
        pdf.write_bytes(renderer.render(load_plan(UNIVERSITY / "plans" / f"{name}.yml", hub)))
        texts[name] = re.sub(r"[ \t]+", " ", text_of(pdf))
    return texts


@pytest.mark.slow
def test_the_agreement_has_a_line_for_each_signer(pdf_texts: dict[str, str]) -> None:
    text = " ".join(pdf_texts["priya-nair"].split())  # a long label wraps onto a second line

    for line in (
        "Mentors Tom Becker, Ana Sousa",
        "Group Harbour Circle",
        "Peers Jonas Weber, Mei Chen",
        "First-year student: signature",
        "Student mentor (Tom Becker): signature",
        "Student mentor (Ana Sousa): signature",
        "Faculty lead for the School of Engineering and Natural Sciences: signature",
    ):
        assert line in text
    assert text.count(": signature") == 4
    assert "First-year student: signature Student mentor: signature" in " ".join(
        pdf_texts["omar-haddad"].split()
    )


@pytest.mark.slow
def test_the_meeting_log_skips_the_reading_weeks_and_ends_on_the_closing_circle(
    pdf_texts: dict[str, str],
) -> None:
    planned = re.findall(r"Planned: (\w{3} \d+ \w{3} \d{4})", pdf_texts["priya-nair"])

    assert planned == [
        "Mon 13 Sep 2027",
        "Mon 27 Sep 2027",
        "Mon 11 Oct 2027",
        "Mon 8 Nov 2027",  # weeks 7-8 (25 Oct to 5 Nov) are the reading weeks
        "Mon 22 Nov 2027",
        "Mon 6 Dec 2027",
    ]
    assert "Closing circle (meeting 6)" in pdf_texts["priya-nair"]


def test_the_closing_meeting_and_review_are_on_the_closing_milestone(
    renderer: WorkbookRenderer, hub: Hub
) -> None:
    context = renderer.context(load_plan(UNIVERSITY / "plans" / "priya-nair.yml", hub))
    closing = hub.programs["study-circles"].milestone("closing")

    assert closing is not None
    last = context.meeting_log[-1]
    assert last.planned is not None
    assert (last.planned.week, last.guide) == (closing.week, "Closing circle")
    assert context.closing.date == START + dt.timedelta(weeks=closing.week)
    assert not {log.planned.week for log in context.meeting_log if log.planned} & {7, 8}


@pytest.mark.slow
def test_the_speed_rounds_workbook_has_no_review(pdf_texts: dict[str, str]) -> None:
    speed = pdf_texts["omar-haddad"]

    assert "Meeting log" in speed
    assert "review" not in speed.lower()
    assert "Closing review" in pdf_texts["priya-nair"]  # the check can see a review


@pytest.mark.parametrize("name", PLANS)
def test_the_workbook_html_is_as_golden(renderer: WorkbookRenderer, hub: Hub, name: str) -> None:
    html = renderer.html(load_plan(UNIVERSITY / "plans" / f"{name}.yml", hub))
    html = html.replace(renderer.project.root.resolve().as_uri(), "file://{project}")

    assert html == golden(GOLDEN / f"{name}.html", html)


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("omar-haddad", ["agreement", "goals", "meeting log", "reflection journal"]),
        (
            "priya-nair",
            [
                "roles",
                "agreement",
                "strengths and skills",
                "goals",
                "timeline",
                "meeting log",
                "reflection journal",
                "mid-point",
                "closing reviews",
            ],
        ),
    ],
)
def test_how_to_use_names_only_the_sections_the_workbook_has(
    renderer: WorkbookRenderer, hub: Hub, name: str, named: list[str]
) -> None:
    """Why: the speed rounds print no roles, vision or timeline; the guide named them."""
    html = renderer.html(load_plan(UNIVERSITY / "plans" / f"{name}.yml", hub))
    how_to_use = html[html.index('<section id="how-to-use"') :]
    how_to_use = how_to_use[: how_to_use.index("</section>")]

    assert re.findall(r"<strong>([^<]+)</strong>", how_to_use) == named
