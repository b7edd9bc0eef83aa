"""`plan import`: a workbook rendered by WeasyPrint, filled in with pypdf, read back into the plan."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from mentorbook.plans import load_plan
from mentorbook.project import Project
from mentorbook.schema.loader import Hub, load_content
from mentorbook.workbook import render_workbook
from tests.conftest import TEST_PROJECT
from tests.plans.conftest import AMARA, TESTDATA, Invoke

pytestmark = pytest.mark.slow

FILLED_IN = {
    "vision": "Lead a small team\nand enjoy it.",
    "assessment.1.skill": "Listening",
    "assessment.1.now": "2",
    "assessment.1.target": "4",
    "goal.speak-up.why": "So my ideas count.",
    "goal.speak-up.progress": "40%",
    "goal.speak-up.milestones": "First idea shared\nFirst talk given",
    "agreement.keep-time": "/on",
    "agreement.confidential": "/on",
    "agreement.mentee_signed": "2026-09-08",
    "meeting.1.notes": "We met: {{ 7*7 }} <b>",
    "meeting.2.date": "Tue 22 Sep 2026",
    "meeting.2.notes": "Second meeting.\nShorter.",
    "reflection.after-meeting.feelings": "Zoë felt calm; 王芳 too.",
    "review.midpoint.went_well": "We kept every meeting.",
}


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Workbooks rendered once for the module: Amara's at revision 4, and Ben's."""
    root = tmp_path_factory.mktemp("render") / "project"
    shutil.copytree(TEST_PROJECT, root)
    project = Project(root)
    hub = load_content(project.content_dir)
    plans = TESTDATA / "test_import"
    return {
        name: render_workbook(project, hub, load_plan(plans / f"{name}.yml", hub))
        for name in ("amara-okafor", "ben-osei")
    }


def fill(pdf: bytes, values: dict[str, str], target: Path) -> Path:
    """Fill form fields the way a PDF reader does, with a library other than the one that made them."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def test_the_workbook_has_the_fields_we_fill(workbooks: dict[str, bytes]) -> None:
    fields = PdfReader(io.BytesIO(workbooks["amara-okafor"])).get_fields() or {}

    assert set(FILLED_IN) <= set(fields)


def test_a_filled_workbook_comes_back_into_the_plan(
    invoke: Invoke, hub: Hub, plan: Path, workbooks: dict[str, bytes]
) -> None:
    filled = fill(workbooks["amara-okafor"], FILLED_IN, Path("filled.pdf"))

    result = invoke("import", AMARA, str(filled))

    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "--- plans/amara-okafor.yml (revision 4)\n+++ plans/amara-okafor.yml (revision 5)\n"
    )
    assert result.output.endswith(
        f"Imported {len(FILLED_IN)} filled fields from filled.pdf into plans/amara-okafor.yml (revision 5).\n"
    )
    back = load_plan(plan, hub)
    assert back.vision == "Lead a small team\nand enjoy it."
    assert [(r.skill, r.now, r.target) for r in back.self_assessment] == [("Listening", 2, 4)]
    goal = back.goals[0]
    assert (goal.why, goal.progress) == ("So my ideas count.", 40)
    assert [m.title for m in goal.milestones] == ["First idea shared", "First talk given"]
    assert back.agreement.ticked == ["keep-time", "confidential"]
    assert back.agreement.signed == {"mentee": dt.date(2026, 9, 8)}
    assert [(str(m.date), m.notes) for m in back.meetings] == [
        ("2026-09-08", "We met: {{ 7*7 }} <b>"),
        ("2026-09-22", "Second meeting.\nShorter."),
    ]
    assert [(r.prompt, r.text) for r in back.reflections] == [
        ("feelings", "Zoë felt calm; 王芳 too.")
    ]
    assert back.reviews.midpoint is not None
    assert back.reviews.midpoint.went_well == "We kept every meeting."
    assert "# Amara's plan, kept by hand as well." in plan.read_text(encoding="utf-8")


def test_the_same_pdf_cannot_be_imported_twice(
    invoke: Invoke, plan: Path, workbooks: dict[str, bytes]
) -> None:
    filled = fill(workbooks["amara-okafor"], {"vision": "Lead"}, Path("filled.pdf"))
    assert invoke("import", AMARA, str(filled)).exit_code == 0
    before = plan.read_bytes()

    result = invoke("import", AMARA, str(filled))

    assert result.exit_code == 1
    assert result.output == (
        "Error: filled.pdf was made from revision 4 of the plan, and plans/amara-okafor.yml is at"
        " revision 5 (an older workbook); importing it could undo changes made since. Make a new"
        " workbook from the plan and fill in that one\n"
    )
    assert plan.read_bytes() == before


def test_another_mentees_workbook_is_refused(
    invoke: Invoke, plan: Path, workbooks: dict[str, bytes]
) -> None:
    filled = fill(workbooks["ben-osei"], {"vision": "Not Amara's"}, Path("ben.pdf"))
    before = plan.read_bytes()

    result = invoke("import", AMARA, str(filled))

    assert result.exit_code == 1
    assert result.output == (
        "Error: ben.pdf is the workbook of 'ben-osei' (pilot), not of Amara Okafor"
        " ('amara-okafor', pilot); import it into that mentee's plan\n"
    )
    assert plan.read_bytes() == before


def test_values_that_cannot_go_into_the_plan_are_listed_and_nothing_is_written(
    invoke: Invoke, plan: Path, workbooks: dict[str, bytes]
) -> None:
    values = {"meeting.2.date": "next Tuesday", "goal.speak-up.progress": "most", "vision": "Lead"}
    filled = fill(workbooks["amara-okafor"], values, Path("filled.pdf"))
    before = plan.read_bytes()

    result = invoke("import", AMARA, str(filled))

    assert result.exit_code == 1
    assert result.output == (
        "Error: filled.pdf has entries that cannot go into the plan; correct them in the PDF and"
        " import it again:\n"
        "  goal.speak-up.progress: 'most' is not a whole number from 0 to 100; write one such as 100\n"
        "  meeting.2.date: 'next Tuesday' is not a date; write it as YYYY-MM-DD\n"
    )
    assert plan.read_bytes() == before


def test_dry_run_shows_the_change_and_writes_nothing(
    invoke: Invoke, plan: Path, workbooks: dict[str, bytes]
) -> None:
    filled = fill(workbooks["amara-okafor"], {"vision": "Lead"}, Path("filled.pdf"))
    before = plan.read_bytes()

    result = invoke("import", AMARA, str(filled), "--dry-run")

    assert result.exit_code == 0
    assert "+vision: Lead\n" in result.output
    assert result.output.endswith(
        "Would import 1 filled field from filled.pdf into plans/amara-okafor.yml (revision 5).\n"
    )
    assert plan.read_bytes() == before


def test_a_pdf_that_is_not_a_workbook_is_refused(invoke: Invoke, plan: Path) -> None:
    Path("other.pdf").write_bytes(b"%PDF-1.4\nnot really\n")

    result = invoke("import", AMARA, "other.pdf")

    assert result.exit_code == 1
    assert result.output.startswith("Error: other.pdf is not a readable PDF: ")


def test_a_pdf_without_a_workbook_identity_is_refused(invoke: Invoke, plan: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    with Path("blank.pdf").open("wb") as handle:
        writer.write(handle)

    result = invoke("import", AMARA, "blank.pdf")

    assert result.exit_code == 1
    assert result.output == (
        "Error: blank.pdf is not a mentorbook workbook (it carries no workbook identity);"
        " import the workbook made from plans/amara-okafor.yml\n"
    )


def test_a_workbook_with_nothing_filled_in_changes_nothing(
    invoke: Invoke, plan: Path, workbooks: dict[str, bytes]
) -> None:
    Path("untouched.pdf").write_bytes(workbooks["amara-okafor"])
    before = plan.read_bytes()

    result = invoke("import", AMARA, "untouched.pdf")

    assert result.exit_code == 0
    assert (
        result.output
        == "Nothing is filled in untouched.pdf; plans/amara-okafor.yml is unchanged.\n"
    )
    assert plan.read_bytes() == before
