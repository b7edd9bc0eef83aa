"""`plan show` and `plan calendar` in the plan's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from mentorbook.i18n import translations_for
from mentorbook.plans.calendar import plan_calendar
from mentorbook.plans.summary import plan_summary
from mentorbook.schema.loader import load_content
from mentorbook.schema.models.plan import Meeting, Plan, PlanGoal

FRENCH_HUB = Path(__file__).parents[1] / "testdata" / "hub-fr" / "content"


def _plan() -> Plan:
    return Plan(
        mentee="Camille Martin",
        mentors=["Jeanne Roux", "Paul Henri"],
        group="Les Lynx",
        program="essai",
        start=dt.date(2027, 2, 1),
        language="fr",
        meetings=[Meeting(date=dt.date(2027, 2, 15), notes="Premier échange.")],
        goals=[
            PlanGoal(
                id="parler",
                title="Prendre la parole en réunion",
                due=dt.date(2027, 3, 1),
                progress=20,
            )
        ],
    )


def test_plan_show_speaks_french_plurals_and_all() -> None:
    hub = load_content(FRENCH_HUB)
    program = hub.programs["essai"]
    words = translations_for("fr", None)

    shown = plan_summary(
        _plan(), program, hub.agreements[program.agreement], dt.date(2027, 4, 1), words
    )

    nb = "\u00a0"
    assert shown.splitlines() == [
        "Camille Martin : Programme d’essai (version 1)".replace(" :", f"{nb}:"),
        f"Mentors{nb}: Jeanne Roux, Paul Henri",
        f"Groupe{nb}: Les Lynx",
        f"Début{nb}: 2027-02-01",
        "",
        f"Objectifs (1){nb}:",
        "  [##--------]  20%  Prendre la parole en réunion (parler, pour le 2027-03-01)",
        "",
        f"Rencontres au 2027-04-01{nb}: 1 sur 4 au programme (toutes les 2 semaines, 6 en tout)",
        f"Prochaine rencontre{nb}: 2027-04-12",
        f"Dernière rencontre{nb}: 2027-02-15",
        "",
        f"Charte{nb}: points cochés{nb}: 0 sur 3\u202f; signatures{nb}: mentore pas encore,"
        " mentor pas encore",
        "",
        f"Prochaine étape{nb}: Fête de clôture, 2027-05-03 (dans 32 jours)",
        "",
        f"En retard{nb}:",
        f"  - 3 rencontres prévues ne sont pas encore consignées (consignées{nb}: 1\u202f;"
        f" prévues au 2027-04-01{nb}: 4)",
        f"  - la charte n’est pas encore signée (signataire{nb}: mentore)",
        f"  - la charte n’est pas encore signée (signataire{nb}: mentor)",
        "  - le bilan à mi-parcours était attendu pour le 2027-03-22",
        f"  - Échéance de l’objectif{nb}: Prendre la parole en réunion, 2027-03-01",
    ]


def test_plan_calendar_names_its_events_in_french() -> None:
    hub = load_content(FRENCH_HUB)
    stamp = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    words = translations_for("fr", None)

    ics = Calendar.from_ical(plan_calendar(_plan(), hub.programs["essai"], stamp, words, "fr"))

    summaries = [str(event["summary"]) for event in ics.walk("VEVENT")]
    assert summaries[0] == "Rendez-vous de mentorat 1 sur 6 avec Jeanne Roux et Paul Henri"
    # One line each, with plain spaces.
    assert "Échéance de l’objectif : Prendre la parole en réunion" in summaries
    assert str(ics["x-wr-calname"]) == "Mentorat : Camille Martin"
