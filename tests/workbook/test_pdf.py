"""The rendered workbook, read back with pypdf, pdftotext, pdffonts, qpdf and pdftoppm."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from mentorbook.domain.fields import form_field, is_ticked, location_of
from mentorbook.domain.identity import WorkbookIdentity, identity_of
from mentorbook.project import Project
from mentorbook.schema.loader import Hub
from mentorbook.workbook import WorkbookRenderer
from tests.workbook.conftest import Rendered, full_plan
from tests.workbook.pdftools import font_names, page_png, text_of

pytestmark = pytest.mark.slow

MULTILINE = 1 << 12


def words(text: str) -> str:
    return " ".join(text.split())


def test_it_prints_the_personal_values_and_the_real_dates(full_pdf: Rendered) -> None:
    text = words(text_of(full_pdf.path))
    for value in (
        "Amara Okafor",
        "Daniel Reyes",
        "Pilot Program",
        "Test Cooperative",
        "Lead a small team by next year.",
        "Speak up in team meetings",
        "Prepare one point before each meeting",
        "Talked about goals.",
        "Tue 19 Jan 2027: Listening helps.",
        "Weekly practice.",
    ):
        assert value in text
    assert "Starts Mon 11 Jan 2027" in text
    assert "Ends Mon 12 Apr 2027" in text
    assert "6 Mon 22 Feb 2027 Halfway check" in text
    assert "Planned: Mon 12 Apr 2027 (Closing meeting)" in text


def test_empty_entries_are_form_fields_of_the_right_kind(full_pdf: Rendered) -> None:
    fields = full_pdf.fields
    why = fields["goal.learn-sql.why"]
    assert why["/FT"] == "/Tx" and int(why.get("/Ff", 0)) & MULTILINE
    date = fields["meeting.2.date"]
    assert date["/FT"] == "/Tx" and not int(date.get("/Ff", 0)) & MULTILINE
    assert fields["agreement.confidential"]["/FT"] == "/Btn"
    assert not is_ticked(fields["agreement.confidential"].get("/V"))
    assert fields["agreement.mentor_signed"]["/FT"] == "/Tx"
    assert fields["reflection.after-meeting.after-meeting-next"]["/FT"] == "/Tx"
    assert fields["review.closing.next_steps"]["/FT"] == "/Tx"
    assert "assessment.8.target" in fields
    for printed in ("agreement.keep-time", "goal.speak-up.why", "meeting.1.notes", "vision"):
        assert printed not in fields


def test_every_widget_has_its_own_name(full_pdf: Rendered) -> None:
    widgets = [
        annotation.get_object()["/T"]
        for page in full_pdf.reader.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Widget"
    ]
    assert len(widgets) == len(set(widgets)) == len(full_pdf.fields)


@pytest.mark.parametrize("name", ["full_pdf", "blank_pdf", "flat_pdf", "hostile_pdf"])
def test_qpdf_finds_no_errors(name: str, request: pytest.FixtureRequest) -> None:
    rendered: Rendered = request.getfixturevalue(name)
    result = subprocess.run(["qpdf", "--check", str(rendered.path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_outline_mirrors_the_sections(full_pdf: Rendered) -> None:
    outline = full_pdf.reader.outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == [
        "How to use this workbook",
        "Contents",
        "Roles and expectations",
        "Our mentoring agreement",
        "My vision",
        "Strengths and skills",
        "My goals",
        "Program timeline",
        "Session agenda",
        "Meeting log",
        "Reflection journal",
        "Mid-point review",
        "Closing review and what comes next",
    ]
    goals = outline[titles.index("My goals") + 1]
    assert [item.title for item in goals] == [
        "Goal 1: Speak up in team meetings",
        "Goal 2: Learn SQL",
    ]


def test_the_contents_give_the_real_page_numbers(full_pdf: Rendered) -> None:
    reader = full_pdf.reader
    contents = words(text_of(full_pdf.path, page=3))
    for item in reader.outline:
        if isinstance(item, list) or item.title == "Contents":
            continue
        page = reader.get_destination_page_number(item) + 1
        assert re.search(rf"{re.escape(item.title)}[ .]*{page}\b", contents), item.title


def test_pages_carry_the_mentee_and_page_x_of_y(full_pdf: Rendered) -> None:
    total = len(full_pdf.reader.pages)
    page_four = text_of(full_pdf.path, page=4)
    assert "Amara Okafor" in page_four.splitlines()[0]
    assert f"Page 4 of {total}" in page_four
    assert "Page 1 of" not in text_of(full_pdf.path, page=1), "the cover has no footer"


def test_metadata_and_identity(full_pdf: Rendered) -> None:
    reader = full_pdf.reader
    metadata = reader.metadata
    assert metadata.title == "Mentoring workbook: Amara Okafor"
    assert metadata.author == "Test Cooperative"
    assert metadata["/CreationDate"].startswith("D:20270119")
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert identity_of(reader) == WorkbookIdentity("pilot", "amara-okafor", 3)


def test_the_blank_workbook_is_small_and_fillable(blank_pdf: Rendered) -> None:
    assert len(blank_pdf.reader.pages) >= 16
    assert len(blank_pdf.data) < 150 * 1024
    assert "goal.goal-3.title" in blank_pdf.fields
    assert "mentee" in blank_pdf.fields
    assert identity_of(blank_pdf.reader) == WorkbookIdentity("pilot", None, None)


def test_a_flat_workbook_has_no_form(flat_pdf: Rendered) -> None:
    assert flat_pdf.reader.get_fields() is None
    assert "/AcroForm" not in flat_pdf.reader.trailer["/Root"]
    assert "Mentorbook-Field" not in font_names(flat_pdf.path)


def test_the_same_plan_gives_the_same_bytes(full_pdf: Rendered, project: Project, hub: Hub) -> None:
    again = WorkbookRenderer(project, hub).render(full_plan())
    assert again == full_pdf.data


def test_pdf_ua_is_tagged_and_declares_it(hostile_pdf: Rendered) -> None:
    root = hostile_pdf.reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    xmp = root["/Metadata"].get_object().get_data()
    assert b"pdfuaid:part" in xmp


def test_hostile_values_print_as_typed_and_nothing_is_fetched(
    hostile_pdf: Rendered, renderer: WorkbookRenderer
) -> None:
    text = words(text_of(hostile_pdf.path))
    assert "{{ 7*7 }} {% if true %}x{% endif %}" in text
    assert '<img src="file:///etc/passwd">' in text
    assert '<style>@import url("http://example.com/x.css");</style><b>not bold</b>' in text
    assert "root:" not in text
    assert renderer.refused_urls == []


def test_only_the_bundled_fonts_are_used(full_pdf: Rendered, scripts_pdf: Rendered) -> None:
    """Every font is one of the package's @font-face families; none comes from the system."""
    for rendered in (full_pdf, scripts_pdf):
        names = font_names(rendered.path)
        assert names and all(name.startswith("Mentorbook-") for name in names), names


def test_the_cover_and_a_goal_page_render_to_images(full_pdf: Rendered, tmp_path: Path) -> None:
    goal_page = next(
        number
        for number in range(2, len(full_pdf.reader.pages) + 1)
        if "Goal 1: Speak up" in text_of(full_pdf.path, page=number)
    )
    for page in (1, goal_page):
        image = Image.open(page_png(full_pdf.path, page, tmp_path / f"page-{page}")).convert("L")
        assert image.height == 702
        darkest, _ = image.getextrema()
        assert darkest < 100, "the page has text on it"


def test_the_logo_comes_from_the_projects_assets(full_pdf: Rendered, tmp_path: Path) -> None:
    """The one file a workbook reads from content/: drawn on the cover, in its own colour."""
    image = Image.open(page_png(full_pdf.path, 1, tmp_path / "cover")).convert("RGB")
    assert (0x12, 0x34, 0x56) in {colour for _, colour in image.getcolors(1 << 16) or []}


def test_values_typed_into_the_fields_lead_back_to_the_plan(
    full_pdf: Rendered, tmp_path: Path
) -> None:
    """What `plan import` does: fill the form as a reader would, read it back, place each value."""
    writer = PdfWriter(clone_from=full_pdf.path)
    writer.set_need_appearances_writer(True)
    for page in writer.pages:
        writer.update_page_form_field_values(
            page,
            {"goal.learn-sql.why": "Reports take me days.", "agreement.confidential": "/on"},
            auto_regenerate=False,
        )
    filled = tmp_path / "filled.pdf"
    writer.write(filled)

    reader = PdfReader(filled)
    values = {name: field.get("/V") for name, field in (reader.get_fields() or {}).items()}
    assert values["goal.learn-sql.why"] == "Reports take me days."
    assert is_ticked(values["agreement.confidential"])
    assert location_of("goal.learn-sql.why") == form_field("goal", "why", key="learn-sql")
    assert identity_of(reader) == WorkbookIdentity("pilot", "amara-okafor", 3)
