"""Signatures by role: whoever the agreement names signs, co-mentors each on their own line.

The test project's agreement is rewritten for a peer program with roles of its own:
`etudiant` (the mentee), `tuteur` (signed once for each of the plan's co-mentors) and
`coordinatrice`.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from mentorbook.cli.main import cli
from mentorbook.errors import PlanError
from mentorbook.plans import load_plan
from mentorbook.schema.loader import Hub, load_content
from tests.golden import golden
from tests.plans.conftest import TESTDATA, Invoke
from tests.plans.test_import import fill

CASES = TESTDATA / "test_signatures"
PLAN = "plans/lea-martin.yml"
PEER_PLAN = """\
mentee: Léa Martin
mentors: [Hugo Petit, Inès Roux]
group: Les Lynx
peers: [Noé Blanc]
program: pilot
start: 2026-09-01
"""
AGREEMENT_SIGNATURES = """\
signatures:
  - role: etudiant
    label: Étudiant·e mentoré·e
  - role: tuteur
    label: Tuteur·rice
    for_each: mentors
  - role: coordinatrice
    label: Coordinatrice du programme de tutorat par les pairs
"""


@pytest.fixture
def peer_project(project: Path) -> Path:
    """The test project with three signing roles of its own and Léa's plan."""
    content = project / "content"
    for role in ("etudiant", "tuteur", "coordinatrice"):
        text = (content / "roles" / "mentor.yml").read_text(encoding="utf-8")
        (content / "roles" / f"{role}.yml").write_text(
            text.replace("id: mentor", f"id: {role}"), encoding="utf-8"
        )
    agreement = content / "agreements" / "basic-agreement.yml"
    text = agreement.read_text(encoding="utf-8")
    agreement.write_text(text[: text.index("signatures:")] + AGREEMENT_SIGNATURES, "utf-8")
    program = content / "programs" / "pilot.yml"
    text = program.read_text(encoding="utf-8")
    program.write_text(
        text.replace("  - mentor\n", "  - mentor\n  - etudiant\n  - tuteur\n  - coordinatrice\n"),
        encoding="utf-8",
    )
    Path("plans").mkdir()
    Path(PLAN).write_text(PEER_PLAN, encoding="utf-8")
    return project


@pytest.fixture
def peer_hub(peer_project: Path) -> Hub:
    return load_content(peer_project / "content")


def test_agree_records_every_signer_by_role_and_number(invoke: Invoke, peer_project: Path) -> None:
    result = invoke(
        "agree",
        PLAN,
        "--signed",
        "etudiant=2026-09-08",
        "--signed",
        "tuteur.2=2026-09-10",
        "--signed",
        "coordinatrice=2026-09-11",
    )

    assert result.exit_code == 0, result.output
    assert result.output == (
        "Agreement in plans/lea-martin.yml (revision 2): 0 items ticked (0 new); signed by"
        " etudiant 2026-09-08, tuteur not yet, tuteur.2 2026-09-10, coordinatrice 2026-09-11.\n"
    )
    written = Path(PLAN).read_text(encoding="utf-8")
    assert written.endswith(
        "agreement:\n"
        "  signed:\n"
        "    etudiant: 2026-09-08\n"
        "    tuteur: [null, 2026-09-10]\n"
        "    coordinatrice: 2026-09-11\n"
    )

    second = invoke("agree", PLAN, "--signed", "tuteur=2026-09-09")

    assert second.exit_code == 0, second.output
    assert "tuteur 2026-09-09, tuteur.2 2026-09-10" in second.output


def test_show_names_who_has_not_signed_yet(invoke: Invoke, peer_project: Path) -> None:
    invoke("agree", PLAN, "--signed", "tuteur.2=2026-09-10")

    result = invoke("show", PLAN, "--today", "2026-09-12")

    assert result.exit_code == 0, result.output
    assert "Mentors: Hugo Petit, Inès Roux\nGroup: Les Lynx\nPeers: Noé Blanc\n" in result.output
    assert (
        "signed by etudiant not yet, tuteur not yet, tuteur.2 on 2026-09-10,"
        " coordinatrice not yet\n"
    ) in result.output


@pytest.mark.parametrize(
    ("signed", "error"),
    [
        (
            "mentor=2026-09-08",
            "Error: Invalid value for '--signed': the agreement 'basic-agreement' has no signature"
            " for the role 'mentor'; use one of: etudiant, tuteur, coordinatrice\n",
        ),
        (
            "tuteur.3=2026-09-08",
            "Error: Invalid value for '--signed': the plan has no person 3 signing for 'tuteur'"
            " (people who sign for it: 2); add their name to the plan first, or use a lower"
            " number\n",
        ),
        (
            "etudiant:2026-09-08",
            "Error: Invalid value for '--signed': 'etudiant:2026-09-08' is not ROLE=DATE; write a"
            " signing role's id and the day, such as mentee=2026-09-08 (mentor.2=2026-09-08 for a"
            " second co-mentor)\n",
        ),
    ],
)
def test_a_signer_the_agreement_does_not_have_is_refused_and_nothing_is_written(
    invoke: Invoke, peer_project: Path, signed: str, error: str
) -> None:
    before = Path(PLAN).read_bytes()

    result = invoke("agree", PLAN, "--signed", signed)

    assert result.exit_code == 2
    assert result.output.endswith(error)
    assert Path(PLAN).read_bytes() == before


@pytest.mark.parametrize("name", sorted(path.stem for path in CASES.glob("bad_*.yml")))
def test_a_bad_signature_in_a_plan_gives_the_expected_lines(peer_hub: Hub, name: str) -> None:
    path = Path("plans") / f"{name}.yml"
    shutil.copyfile(CASES / f"{name}.yml", path)

    with pytest.raises(PlanError) as raised:
        load_plan(path, peer_hub)

    lines = "".join(f"{problem}\n" for problem in raised.value.problems)
    assert lines == golden(CASES / f"{name}.errors", lines)


def test_an_old_style_plan_loads_shows_and_is_migrated_on_its_next_write(
    invoke: Invoke, project: Path
) -> None:
    path = Path("plans/old-style.yml")
    path.parent.mkdir()
    shutil.copyfile(CASES / "old_style.before.yml", path)

    shown = invoke("show", str(path), "--today", "2026-09-12")

    assert shown.exit_code == 0, shown.output
    assert "Mentor: Ben Osei\n" in shown.output
    assert "signed by mentee on 2026-09-08, mentor on 2026-09-09\n" in shown.output
    assert path.read_bytes() == (CASES / "old_style.before.yml").read_bytes()

    result = invoke("agree", str(path), "--tick", "prepare")

    assert result.exit_code == 0, result.output
    actual = path.read_text(encoding="utf-8")
    assert actual == golden(CASES / "old_style.after.yml", actual)


def _fields_of(pdf: Path) -> dict[str, str]:
    return {name: str(value.get("/V", "")) for name, value in PdfReader(pdf).get_fields().items()}


@pytest.mark.slow
def test_every_signature_round_trips_through_the_workbook(
    invoke: Invoke, runner: CliRunner, peer_project: Path
) -> None:
    assert invoke("agree", PLAN, "--signed", "etudiant=2026-09-08").exit_code == 0
    made = runner.invoke(cli, ["workbook", PLAN, "-o", "lea.pdf"], catch_exceptions=False)
    assert made.exit_code == 0, made.output

    pdf_text = subprocess.run(
        ["pdftotext", "lea.pdf", "-"], check=True, capture_output=True, text=True
    ).stdout
    text = " ".join(pdf_text.split())  # a long label wraps onto a second line
    for line in (
        "Mentors Hugo Petit, Inès Roux",
        "Group Les Lynx",
        "Peers Noé Blanc",
        "Bring it to every meeting with your mentors.",
        "Étudiant·e mentoré·e: signature",
        "Tuteur·rice (Hugo Petit): signature",
        "Tuteur·rice (Inès Roux): signature",
        "Coordinatrice du programme de tutorat par les pairs: signature",
    ):
        assert line in text
    signature_fields = {name for name in _fields_of(Path("lea.pdf")) if "_signed" in name}
    assert signature_fields == {
        "agreement.tuteur_signed",
        "agreement.tuteur_signed.2",
        "agreement.coordinatrice_signed",
    }

    filled = fill(
        Path("lea.pdf").read_bytes(),
        {
            "agreement.tuteur_signed": "2026-09-09",
            "agreement.tuteur_signed.2": "2026-09-10",
            "agreement.coordinatrice_signed": "2026-09-11",
        },
        Path("filled.pdf"),
    )
    result = invoke("import", PLAN, str(filled))

    assert result.exit_code == 0, result.output
    assert load_plan(Path(PLAN), load_content(peer_project / "content")).agreement.signed == {
        "etudiant": dt.date(2026, 9, 8),
        "tuteur": [dt.date(2026, 9, 9), dt.date(2026, 9, 10)],
        "coordinatrice": dt.date(2026, 9, 11),
    }
