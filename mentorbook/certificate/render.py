"""Render a certificate: its view of the plan, then HTML through Jinja, then PDF through WeasyPrint.

Why a class: the fonts, stylesheet and template environment are set up once for a cohort.
Like the workbook, WeasyPrint reads only the bundled fonts, the certificate templates and
the content's assets, and the same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from mentorbook.certificate.rule import completed_on
from mentorbook.plans.identity import identity_code
from mentorbook.project import Project, default_templates_dir
from mentorbook.render.environment import template_environment
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.plan import Plan, mentee_slug
from mentorbook.source_date import source_date
from mentorbook.workbook.renderer import (
    confined_printing,
    font_faces,
    logo_url,
    real_project,
)

Role = Literal["mentee", "mentor"]
TEMPLATE = "certificate/certificate.html"
STYLESHEET = "certificate/certificate.css"
TEMPLATES_FOLDER = "certificate"


@dataclass(frozen=True)
class CertificateView:
    """Everything a certificate prints: no vision, note, reflection or review."""

    role: Role
    person: str
    partner: str
    program: str
    organisation: str
    start: dt.date | None
    completed: dt.date | None
    meetings: int
    goals: tuple[str, ...]
    number: str
    issued: str | None
    """The PDF's date: SOURCE_DATE_EPOCH's, else the day the pair finished."""


def certificate_view(
    hub: Hub, plan: Plan, role: Role, *, goals: bool, mentor: int = 1
) -> CertificateView:
    """The certificate of the mentee, or of the plan's mentor number `mentor` (from 1)."""
    program = hub.programs[plan.program]
    completed = completed_on(plan)
    fixed = source_date()
    issued = fixed or completed
    mentors = ", ".join(plan.mentor_names)
    return CertificateView(
        role=role,
        person=plan.mentee if role == "mentee" else plan.mentor_names[mentor - 1],
        partner=mentors if role == "mentee" else plan.mentee,
        program=program.name,
        organisation=program.organisation,
        start=plan.start,
        completed=completed,
        meetings=len(plan.meetings),
        # The goals are the mentee's: they go on the mentee's certificate only.
        goals=tuple(goal.title for goal in plan.goals) if goals and role == "mentee" else (),
        number=certificate_number(plan, role, mentor),
        issued=issued.isoformat() if issued else None,
    )


def certificate_number(plan: Plan, role: Role, mentor: int = 1) -> str:
    """Stable for the plan's identity (program, mentee, start), one per person: `FOUNDATIONS-3F9A-C21B-7E04`.

    Why the first mentor's has no number in it: it keeps the number it had before co-mentors.
    """
    code = identity_code(plan, f"certificate-{role}{_nth(mentor)}", 12)
    return f"{plan.program.upper()}-{code[:4]}-{code[4:8]}-{code[8:]}"


def certificate_filename(plan: Plan, role: Role, mentor: int = 1) -> str:
    """`amara-okafor.pdf` for the mentee, `amara-okafor-mentor.pdf` for the mentee's mentor,
    `amara-okafor-mentor-2.pdf` for a second co-mentor."""
    suffix = "" if role == "mentee" else f"-mentor{_nth(mentor)}"
    return f"{mentee_slug(plan.mentee)}{suffix}.pdf"


def _nth(mentor: int) -> str:
    return "" if mentor == 1 else f"-{mentor}"


class CertificateRenderer:
    """Renders any number of certificates of one project."""

    def __init__(self, project: Project, hub: Hub) -> None:
        self.project = project
        self.hub = hub
        self.environment = template_environment(project.templates_dir)
        self._weasy: tuple[Any, Any, Any] | None = None

    def html(self, view: CertificateView) -> str:
        return self.environment.get_template(TEMPLATE).render(
            certificate=view, logo_url=logo_url(self.hub)
        )

    def render(self, view: CertificateView) -> bytes:
        from weasyprint import HTML

        stylesheet, font_config, fetcher = self._setup()
        document = HTML(
            string=self.html(view),
            base_url=self.project.root.resolve().as_uri() + "/",
            url_fetcher=fetcher,
        )
        identifier = hashlib.sha256(view.number.encode("utf-8")).hexdigest()[:32].encode()
        pdf: bytes = document.write_pdf(
            stylesheets=[stylesheet], font_config=font_config, pdf_identifier=identifier
        )
        return pdf

    def _setup(self) -> tuple[Any, Any, Any]:
        if self._weasy is None:
            from weasyprint import CSS

            real = real_project(self.project)
            fetcher, font_config = confined_printing(
                real,
                package_folders=(default_templates_dir() / TEMPLATES_FOLDER,),
                project_folders=(real.templates_dir / TEMPLATES_FOLDER, real.assets_dir),
            )
            css = self.environment.get_template(STYLESHEET).render(
                accent=self.hub.settings.colours.print_accent, font_faces=font_faces()
            )
            stylesheet = CSS(string=css, url_fetcher=fetcher, font_config=font_config)
            self._weasy = (stylesheet, font_config, fetcher)
        return self._weasy


def certificate_template_folders(project: Project) -> list[Path]:
    """The project's certificate templates, then the defaults: what a certificate is made from."""
    return [project.templates_dir / TEMPLATES_FOLDER, default_templates_dir() / TEMPLATES_FOLDER]
