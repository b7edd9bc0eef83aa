"""A workbook in the mentee's language: words, dates, page numbers, tooltips and /Lang."""

from __future__ import annotations

import datetime as dt
import functools
import re
import shutil
from collections.abc import Callable
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
from tests.i18n.english import TESTDATA, english_left_in, hub_written_in, translated_languages
from tests.workbook.pdftools import page_png, run

TEST_PROJECT = TESTDATA / "project"


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
def workbook_in(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """A mentee's workbook of the one program of the test hub written in a language,
    rendered once per language for the whole module."""

    @functools.cache
    def workbook(language: str) -> Path:
        root = tmp_path_factory.mktemp("hub") / f"hub-{language}"
        shutil.copytree(hub_written_in(language), root)
        (program,) = load_content(root / "content").programs
        path = root / "camille.pdf"
        path.write_bytes(_render(root, _plan(program)))
        return path

    return workbook


@pytest.mark.slow
@pytest.mark.parametrize("language", translated_languages())
def test_a_translated_workbook_has_no_english_fixed_words(
    workbook_in: Callable[[str], Path], language: str
) -> None:
    assert english_left_in(run("pdftotext", workbook_in(language), "-"), language) == set()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "page_two", "meeting_one"),
    [
        ("fr", "Page 2 sur ", "Rencontre 1"),
        ("es", "Página 2 de ", "Sesión 1"),
        ("de", "Seite 2 von ", "Treffen 1"),
    ],
)
def test_page_numbers_and_headings_are_translated(
    workbook_in: Callable[[str], Path], language: str, page_two: str, meeting_one: str
) -> None:
    text = run("pdftotext", workbook_in(language), "-")
    assert page_two in text  # the cover has no number
    assert meeting_one in text


@pytest.mark.slow
def test_the_check_finds_english_in_an_english_workbook(tmp_path: Path) -> None:
    text = _text(_render(TEST_PROJECT, _plan("pilot")), tmp_path, "en")
    assert {"How to use this workbook", "Meeting log", "Page %(page)s of %(pages)s"} <= (
        english_left_in(text, "fr")
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "start", "meeting", "first_phase"),
    [
        (
            "fr",
            "lun. 1 févr. 2027",
            "lun. 15 févr. 2027",
            "du lun. 1 févr. 2027 au lun. 15 mars 2027",
        ),
        ("es", "lun, 1 feb 2027", "lun, 15 feb 2027", "del lun, 1 feb 2027 al lun, 15 mar 2027"),
        (
            "de",
            "Mo., 1. Feb. 2027",
            "Mo., 15. Feb. 2027",
            "Mo., 1. Feb. 2027 bis Mo., 15. März 2027",
        ),
    ],
)
def test_dates_read_exactly(
    workbook_in: Callable[[str], Path], language: str, start: str, meeting: str, first_phase: str
) -> None:
    """The start, the meeting held and the first phase (weeks 0-6), in the language's words."""
    text = " ".join(run("pdftotext", workbook_in(language), "-").split())
    assert start in text
    assert meeting in text
    assert first_phase in text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "title", "tooltips"),
    [
        (
            "fr",
            "Cahier de mentorat\u00a0: Camille Martin",
            {"Ma vision", "Rencontre 1\u00a0: prochaines étapes"},
        ),
        (
            "es",
            "Cuaderno de mentoría: Camille Martin",
            {"Mi visión", "Sesión 1: próximos pasos"},
        ),
        (
            "de",
            "Mentoring-Arbeitsheft: Camille Martin",
            {"Meine Vision", "Treffen 2: nächste Schritte"},
        ),
    ],
)
def test_the_pdf_says_its_language_and_its_tooltips_are_translated(
    workbook_in: Callable[[str], Path], language: str, title: str, tooltips: set[str]
) -> None:
    reader = PdfReader(workbook_in(language))
    assert reader.trailer["/Root"]["/Lang"] == language
    assert reader.metadata is not None
    assert reader.metadata.title == title
    assert tooltips <= {field.get("/TU") for field in (reader.get_fields() or {}).values()}


@pytest.mark.slow
def test_plural_and_language_follow_the_plan(tmp_path: Path) -> None:
    """The plan's `language:` picks French in an English hub, and `--language` Spanish."""
    text = _text(_render(TEST_PROJECT, _plan("pilot", language="fr")), tmp_path, "fr")
    assert "3 mois" in text
    assert "toutes les 2 semaines" in " ".join(text.split())
    spanish = _text(_render(TEST_PROJECT, _plan("pilot"), language="es"), tmp_path, "es")
    assert "3 meses" in spanish
    assert "cada 2 semanas" in " ".join(spanish.split())


@pytest.mark.slow
@pytest.mark.parametrize("language", translated_languages())
def test_look_at_translated_pages(workbook_in: Callable[[str], Path], language: str) -> None:
    """Render the cover and the agreement to PNG (kept beside the PDF to look at)."""
    pdf = workbook_in(language)
    for page in (1, 5):
        png = page_png(pdf, page, pdf.with_name(f"page-{page}"))
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
        "Error: mentorbook has no words in the language 'xx'; use one of: de, en, es, fr, "
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


def test_co_mentors_a_group_breaks_and_journal_pages_are_in_french(tmp_path: Path) -> None:
    root = tmp_path / "hub-fr"
    shutil.copytree(hub_written_in("fr"), root)
    project = Project(root)
    plan = _plan("essai").model_copy(
        update={"mentor": "", "mentors": ["Jeanne Roux", "Paul Henri"], "group": "Les Lynx"}
    )

    html = WorkbookRenderer(project, load_content(project.content_dir)).html(plan)

    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Mentors Jeanne Roux, Paul Henri" in text
    assert "Groupe Les Lynx" in text
    assert "à chaque rencontre avec vos mentors." in text
    assert "du lun. 29 mars 2027 au lun. 5 avr. 2027 Vacances d’hiver" in text
    assert "Après la rencontre 1 (lun. 8 févr. 2027)" in text
    assert english_left_in(text, "fr") == set()


def test_a_date_printed_in_spanish_reads_back() -> None:
    assert read_value(DAY, "lun, 1 feb 2027") == dt.date(2027, 2, 1)
    assert read_value(DAY, "mié, 15 sept 2027") == dt.date(2027, 9, 15)


@pytest.mark.slow
def test_german_plurals(tmp_path: Path) -> None:
    text = " ".join(
        _text(_render(TEST_PROJECT, _plan("pilot", language="de")), tmp_path, "de").split()
    )
    assert "3 Monate" in text
    assert "alle 2 Wochen" in text


def test_a_date_printed_in_german_reads_back() -> None:
    assert read_value(DAY, "Mo., 1. Feb. 2027") == dt.date(2027, 2, 1)
    assert read_value(DAY, "Montag, 1. Februar 2027") == dt.date(2027, 2, 1)
