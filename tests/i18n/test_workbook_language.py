"""A workbook in the mentee's language: words, dates, page numbers, tooltips and /Lang."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from mentorbook.cli.main import cli
from mentorbook.domain.fields import DAY, read_value
from mentorbook.project import Project
from mentorbook.schema.loader import load_content
from mentorbook.schema.models.plan import Meeting, Plan
from mentorbook.workbook import WorkbookRenderer
from tests.i18n.english import english_left_in
from tests.workbook.pdftools import page_png, run

FRENCH_HUB = Path(__file__).parents[1] / "testdata" / "hub-fr"
GERMAN_HUB = Path(__file__).parents[1] / "testdata" / "hub-de"
TEST_PROJECT = Path(__file__).parents[1] / "testdata" / "project"


def _plan(program: str, language: str | None = None) -> Plan:
    return Plan(
        mentee="Camille Martin",
        mentor="Jeanne Roux",
        program=program,
        start=dt.date(2027, 2, 1),
        language=language,
        meetings=[Meeting(date=dt.date(2027, 2, 15), notes="Premier échange.")],
    )


def _render(root: Path, plan: Plan, language: str | None = None) -> bytes:
    project = Project(root)
    return WorkbookRenderer(project, load_content(project.content_dir)).render(
        plan, language=language
    )


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return run("pdftotext", path, "-")


@pytest.fixture(scope="module")
def french_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hub") / "hub-fr"
    shutil.copytree(FRENCH_HUB, root)
    path = root / "camille.pdf"
    path.write_bytes(_render(root, _plan("essai")))
    return path


@pytest.fixture(scope="module")
def german_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hub") / "hub-de"
    shutil.copytree(GERMAN_HUB, root)
    path = root / "camille.pdf"
    path.write_bytes(_render(root, _plan("probelauf")))
    return path


@pytest.mark.slow
def test_a_french_workbook_has_no_english_fixed_words(french_pdf: Path) -> None:
    text = run("pdftotext", french_pdf, "-")
    assert english_left_in(text, "fr") == set()
    assert "Page 2 sur " in text  # the cover has no number
    assert "Rencontre 1" in text


@pytest.mark.slow
def test_a_german_workbook_has_no_english_fixed_words(german_pdf: Path) -> None:
    text = run("pdftotext", german_pdf, "-")
    assert english_left_in(text, "de") == set()
    assert "Seite 2 von " in text  # the cover has no number
    assert "Treffen 1" in text


@pytest.mark.slow
def test_the_check_finds_english_in_an_english_workbook(tmp_path: Path) -> None:
    text = _text(_render(TEST_PROJECT, _plan("pilot")), tmp_path, "en")
    assert {"How to use this workbook", "Meeting log", "Page %(page)s of %(pages)s"} <= (
        english_left_in(text, "fr")
    )


@pytest.mark.slow
def test_german_dates_read_exactly(german_pdf: Path) -> None:
    text = " ".join(run("pdftotext", german_pdf, "-").split())
    assert "Mo., 1. Feb. 2027" in text  # the start
    assert "Mo., 15. Feb. 2027" in text  # the meeting held
    assert "Mo., 1. Feb. 2027 bis Mo., 15. März 2027" in text  # the first phase, weeks 0-6


@pytest.mark.slow
def test_french_dates_read_exactly(french_pdf: Path) -> None:
    text = " ".join(run("pdftotext", french_pdf, "-").split())
    assert "lun. 1 févr. 2027" in text  # the start
    assert "lun. 15 févr. 2027" in text  # the meeting held
    assert "du lun. 1 févr. 2027 au lun. 15 mars 2027" in text  # the first phase, weeks 0-6


@pytest.mark.slow
def test_the_pdf_says_its_language_and_its_tooltips_are_french(french_pdf: Path) -> None:
    reader = PdfReader(french_pdf)
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert reader.metadata is not None
    assert reader.metadata.title == "Cahier de mentorat\u00a0: Camille Martin"
    tooltips = {field.get("/TU") for field in (reader.get_fields() or {}).values()}
    assert "Ma vision" in tooltips
    assert "Rencontre 1\u00a0: prochaines étapes" in tooltips


@pytest.mark.slow
def test_the_pdf_says_its_language_and_its_tooltips_are_german(german_pdf: Path) -> None:
    reader = PdfReader(german_pdf)
    assert reader.trailer["/Root"]["/Lang"] == "de"
    assert reader.metadata is not None
    assert reader.metadata.title == "Mentoring-Arbeitsheft: Camille Martin"
    tooltips = {field.get("/TU") for field in (reader.get_fields() or {}).values()}
    assert "Meine Vision" in tooltips
    assert "Treffen 2: nächste Schritte" in tooltips


@pytest.mark.slow
def test_plural_and_language_follow_the_plan(tmp_path: Path) -> None:
    """The plan's `language:` picks French in an English hub; `--language` would too."""
    text = _text(_render(TEST_PROJECT, _plan("pilot", language="fr")), tmp_path, "fr")
    assert "3 mois" in text
    assert "toutes les 2 semaines" in " ".join(text.split())


@pytest.mark.slow
def test_german_plurals(tmp_path: Path) -> None:
    text = " ".join(
        _text(_render(TEST_PROJECT, _plan("pilot", language="de")), tmp_path, "de").split()
    )
    assert "3 Monate" in text
    assert "alle 2 Wochen" in text


@pytest.mark.slow
def test_look_at_french_pages(french_pdf: Path) -> None:
    """Render the cover and the agreement to PNG (kept beside the PDF to look at)."""
    for page in (1, 5):
        png = page_png(french_pdf, page, french_pdf.with_name(f"page-{page}"))
        assert png.stat().st_size > 1000


@pytest.mark.slow
def test_look_at_german_pages(german_pdf: Path) -> None:
    """Render the cover, the agreement and a goal worksheet, where German's long words go."""
    for page in (1, 5, 8):
        png = page_png(german_pdf, page, german_pdf.with_name(f"page-{page}"))
        assert png.stat().st_size > 1000


def test_an_unknown_language_is_refused_with_the_available_ones(
    runner: CliRunner, test_project: Path
) -> None:
    output = test_project / "x.pdf"
    result = runner.invoke(
        cli,
        [
            "workbook",
            "--blank",
            "--language",
            "xx",
            "-o",
            str(output),
            "--project",
            str(test_project),
        ],
    )
    assert result.exit_code == 1
    assert result.output == (
        "Error: mentorbook has no words in the language 'xx'; use one of: de, en, fr, "
        "or write your own in translations/xx.po\n"
    )
    assert not output.exists()


def test_a_project_po_changes_one_workbook_label_and_nothing_else(test_project: Path) -> None:
    def html() -> str:
        project = Project(test_project)
        return WorkbookRenderer(project, load_content(project.content_dir)).html(_plan("pilot"))

    before = html()
    (test_project / "translations").mkdir()
    (test_project / "translations" / "en.po").write_text(
        'msgid "Reflection journal"\nmsgstr "Thinking back"\n', encoding="utf-8"
    )
    after = html()
    assert "Reflection journal" in before
    assert after == before.replace("Reflection journal", "Thinking back")
    assert after != before


def test_a_date_printed_in_french_reads_back() -> None:
    assert read_value(DAY, "lun. 1 févr. 2027") == dt.date(2027, 2, 1)
    assert read_value(DAY, "lundi 1 février 2027") == dt.date(2027, 2, 1)


def test_a_date_printed_in_german_reads_back() -> None:
    assert read_value(DAY, "Mo., 1. Feb. 2027") == dt.date(2027, 2, 1)
    assert read_value(DAY, "Montag, 1. Februar 2027") == dt.date(2027, 2, 1)
