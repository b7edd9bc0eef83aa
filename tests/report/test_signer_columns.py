"""The report's CSV has a `<signer>_signed` column for each signer, co-mentors included."""

from __future__ import annotations

import csv
import datetime as dt
import io

from mentorbook.report.figures import Report, pair_figures, program_figures
from mentorbook.report.render import report_csv
from mentorbook.schema.loader import load_content
from mentorbook.schema.models.agreement import Signature
from mentorbook.schema.models.plan import Plan, PlanAgreement
from tests.conftest import TEST_PROJECT

TODAY = dt.date(2027, 3, 1)


def test_each_co_mentor_has_a_signed_column_of_their_own() -> None:
    hub = load_content(TEST_PROJECT / "content")
    program = hub.programs["pilot"]
    agreement = hub.agreements[program.agreement].model_copy(
        update={
            "signatures": [
                Signature(role="mentee", label="Mentee"),
                Signature(role="mentor", label="Mentor", for_each="mentors"),
            ]
        }
    )
    plan = Plan(
        mentee="Léa Martin",
        mentors=["Hugo Petit", "Inès Roux"],
        program="pilot",
        start=dt.date(2027, 1, 4),
        agreement=PlanAgreement(
            signed={"mentee": dt.date(2027, 1, 11), "mentor": [None, dt.date(2027, 1, 12)]}
        ),
    )
    pair = pair_figures(plan, program, agreement, TODAY)

    rows = list(
        csv.DictReader(
            io.StringIO(report_csv(Report(TODAY, [program_figures(program, [pair], TODAY)])))
        )
    )

    assert list(rows[0])[2:8] == [
        "mentor",
        "program",
        "start",
        "mentee_signed",
        "mentor_signed",
        "mentor.2_signed",
    ]
    assert (rows[0]["mentor"], rows[0]["mentor_signed"], rows[0]["mentor.2_signed"]) == (
        "Hugo Petit, Inès Roux",
        "",
        "2027-01-12",
    )
    assert "agreement not signed by the mentor since" in rows[0]["needs_attention"]
