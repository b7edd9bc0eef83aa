"""Certificates of completion: who gets one, what it says, and that it renders every script."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from mentorbook.certificate.render import (
    CertificateRenderer,
    certificate_filename,
    certificate_view,
)
from mentorbook.certificate.rule import missing_for_completion
from mentorbook.project import Project
from mentorbook.schema.loader import load_content
from mentorbook.schema.models.agreement import Signature
from mentorbook.schema.models.completion import Completion
from mentorbook.schema.models.plan import Meeting, Plan, PlanAgreement, Review, Reviews
from tests.agreements import agreement_with
from tests.golden import golden
from tests.report.conftest import Run
from tests.workbook.conftest import SCRIPT_NAMES
from tests.workbook.pdftools import font_names, page_png, text_of
from tests.workbook.pdftools import run as run_tool

TESTDATA = Path(__file__).parent / "testdata"

MENTEE_AND_MENTOR = agreement_with(
    Signature(role="mentee", label="Mentee"), Signature(role="mentor", label="Mentor")
)


def test_a_plan_short_of_the_rule_is_named_with_what_is_missing(run: Run, cohort: Path) -> None:
    result = run("certificate", "plans", "-o", cohort / "out-short")

    expected = golden(TESTDATA / "short-of-the-rule.txt", result.output)
    assert result.exit_code == 1
    assert result.output == expected
    assert sorted(path.name for path in (cohort / "out-short").iterdir()) == ["gil-mar.pdf"]


def test_a_program_without_a_rule_says_how_to_add_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from mentorbook.cli.main import cli
    from tests.report.cohort import COMPLETION_RULE, write_cohort_project

    project = write_cohort_project(tmp_path / "project")
    program = project / "content" / "programs" / "pilot.yml"
    program.write_text(
        program.read_text(encoding="utf-8").replace(COMPLETION_RULE, ""), encoding="utf-8"
    )
    monkeypatch.chdir(project)

    result = CliRunner().invoke(cli, ["certificate", "plans/gil-mar.yml", "-o", "out"])

    assert result.exit_code == 1
    assert result.output == (
        "plans/gil-mar.yml: the program 'pilot' has no completion rule; add 'completion:' to its"
        " file (meetings, agreement_signed, closing_review)\n"
        "Wrote 0 certificates to out.\n"
        "Error: 1 plan gets no certificate; see the messages above\n"
    )
    assert not (project / "out").exists() or not any((project / "out").iterdir())


@pytest.mark.parametrize(
    ("rule", "missing"),
    [
        (
            Completion(meetings=2),
            [
                "no certificate yet: 1 of the 2 meetings the program requires are logged;"
                " log each meeting held with 'mentorbook plan log plans/ana.yml'"
            ],
        ),
        (
            Completion(agreement_signed=True),
            [
                "no certificate yet: the agreement is not signed by the mentor;"
                " record the day it was signed with 'mentorbook plan agree plans/ana.yml'"
            ],
        ),
        (
            Completion(closing_review=True),
            [
                "no certificate yet: the closing review is not recorded;"
                " record it with 'mentorbook plan review plans/ana.yml closing'"
            ],
        ),
        (Completion(meetings=1, agreement_signed=False), []),
    ],
)
def test_each_requirement_of_the_rule_is_checked_on_its_own(
    rule: Completion, missing: list[str]
) -> None:
    plan = Plan(
        mentee="Ana",
        program="pilot",
        meetings=[Meeting(date=dt.date(2027, 1, 11))],
        agreement=PlanAgreement(mentee_signed=dt.date(2027, 1, 11)),
    )
    assert missing_for_completion(plan, rule, MENTEE_AND_MENTOR, "plans/ana.yml") == missing


@pytest.fixture(scope="module")
def certificates(run: Run, cohort: Path) -> Path:
    out = cohort / "certificates"
    result = run("certificate", "plans/gil-mar.yml", "-o", out, "--mentors")
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote 2 certificates to certificates.\n"
    return out


@pytest.mark.slow
def test_the_certificate_shows_its_values_and_is_a_sound_pdf(
    certificates: Path, tmp_path: Path
) -> None:
    mentee = text_of(certificates / "gil-mar.pdf")
    mentor = text_of(certificates / "gil-mar-mentor.pdf")
    words = " ".join(mentee.split())

    for expected in (
        "TEST COOPERATIVE",
        "Certificate of completion",
        "Gil Mar",
        "took part as a mentee in the Pilot Program, mentored by Hana Kim.",
        "From 2026-09-07 to 2026-12-07 · 7 meetings held",
        "GOALTITLE-gil-1",
        "Program coordinator or sponsor, for Test Cooperative",
        "Issued 2026-12-07",
    ):
        assert expected in words
    assert "served as a mentor in the Pilot Program, mentoring Gil Mar." in " ".join(mentor.split())
    numbers = [
        line.split("Certificate no. ")[1].strip()
        for line in (mentee + mentor).splitlines()
        if "Certificate no." in line
    ]
    assert len(numbers) == 2 and numbers[0] != numbers[1]
    assert all(re.fullmatch(r"PILOT(-[0-9A-F]{4}){3}", number) for number in numbers)
    for pdf in certificates.iterdir():
        assert "No syntax or stream encoding errors found" in run_tool("qpdf", "--check", pdf)
    info = dict(
        line.split(":", 1)
        for line in run_tool("pdfinfo", certificates / "gil-mar.pdf").splitlines()
    )
    assert info["Pages"].strip() == "1"
    assert info["Page size"].strip() == "841.89 x 595.276 pts (A4)"  # landscape
    page_png(certificates / "gil-mar.pdf", 1, tmp_path / "certificate")  # looked at: see the report


@pytest.mark.slow
def test_the_same_plan_gives_the_same_bytes_and_number(
    run: Run, cohort: Path, certificates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    again = cohort / "certificates-again"
    result = run("certificate", "plans/gil-mar.yml", "-o", again, "--mentors")

    assert result.exit_code == 0, result.output
    for name in ("gil-mar.pdf", "gil-mar-mentor.pdf"):
        assert (again / name).read_bytes() == (certificates / name).read_bytes()


@pytest.mark.slow
def test_names_in_every_script_print_with_the_bundled_fonts(cohort: Path, tmp_path: Path) -> None:
    project = Project(cohort)
    hub = load_content(project.content_dir)
    renderer = CertificateRenderer(project, hub)
    base = Plan(
        mentee="x",
        program="pilot",
        start=dt.date(2027, 1, 4),
        reviews=Reviews(closing=Review(date=dt.date(2027, 4, 5))),
    )
    for script, name in {"latin": "Zoë Ångström", **SCRIPT_NAMES}.items():
        plan = base.model_copy(update={"mentee": name, "mentor": "Hana Kim"})
        pdf = tmp_path / f"{script}.pdf"
        pdf.write_bytes(renderer.render(certificate_view(hub, plan, "mentee", goals=True)))
        letters = {letter for letter in name if letter.isalpha()}
        assert letters <= set(unicodedata.normalize("NFKC", text_of(pdf))), script
        page_png(pdf, 1, tmp_path / script)
    fonts = {font for script in SCRIPT_NAMES for font in font_names(tmp_path / f"{script}.pdf")}
    # The name prints in its own bundled font: in bold where that font has a bold face; the
    # CJK and Hangul fonts have none, and fontconfig sees only the bundled fonts.
    assert {"Mentorbook-Arabic-Bold", "Mentorbook-Devanagari-Bold"} <= fonts
    assert {"Mentorbook-CJK", "Mentorbook-Hangul"} <= fonts
    assert renderer._setup()[2].refused == []


def test_a_project_template_replaces_the_default(cohort: Path, tmp_path: Path) -> None:
    project_root = tmp_path / "project"
    shutil.copytree(cohort, project_root, ignore=shutil.ignore_patterns("certificates*", "out*"))
    own = project_root / "templates" / "certificate" / "certificate.html"
    own.parent.mkdir(parents=True)
    own.write_text(
        "<p>Well done, {{ certificate.person }} ({{ certificate.number }})</p>\n", encoding="utf-8"
    )
    hub = load_content(project_root / "content")
    plan = Plan(mentee="Gil Mar", program="pilot", start=dt.date(2026, 9, 7))

    html = CertificateRenderer(Project(project_root), hub).html(
        certificate_view(hub, plan, "mentee", goals=True)
    )

    assert html.startswith("<p>Well done, Gil Mar (PILOT-")


def test_each_co_mentor_gets_a_certificate_of_their_own(cohort: Path) -> None:
    hub = load_content(cohort / "content")
    plan = Plan(
        mentee="Gil Mar",
        mentors=["Hana Kim", "Ivo Lind"],
        program="pilot",
        start=dt.date(2026, 9, 7),
    )

    mentee = certificate_view(hub, plan, "mentee", goals=False)
    first, second = (
        certificate_view(hub, plan, "mentor", goals=False, mentor=number) for number in (1, 2)
    )

    assert mentee.partner == "Hana Kim, Ivo Lind"
    assert (first.person, second.person) == ("Hana Kim", "Ivo Lind")
    assert (first.partner, second.partner) == ("Gil Mar", "Gil Mar")
    assert len({mentee.number, first.number, second.number}) == 3
    single = plan.model_copy(update={"mentors": ["Hana Kim"]})
    assert first.number == certificate_view(hub, single, "mentor", goals=False).number
    assert [certificate_filename(plan, "mentor", number) for number in (1, 2)] == [
        "gil-mar-mentor.pdf",
        "gil-mar-mentor-2.pdf",
    ]
