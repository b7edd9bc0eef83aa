"""The report as one offline HTML file, as a PDF of that HTML, and as CSV rows.

Why the PDF is made from the same HTML: one layout to keep right. The HTML fetches nothing
(styles inline, charts inline SVG, system fonts); the PDF adds only the bundled fonts.
"""

from __future__ import annotations

import csv
import io

from markupsafe import Markup

from mentorbook.project import Project
from mentorbook.render.environment import template_environment
from mentorbook.report.chart import meetings_chart
from mentorbook.report.figures import PairFigures, Report
from mentorbook.schema.loader import Hub

TEMPLATE = "report/report.html"
PRINT_FONTS = "report/fonts.css"


def report_html(project: Project, hub: Hub, report: Report) -> str:
    environment = template_environment(project.templates_dir)
    accent = hub.settings.colours.print_accent
    charts = {
        figures.program.id: Markup(meetings_chart(figures.weeks, accent=accent))  # our own SVG
        for figures in report.programs
        if figures.weeks
    }
    return environment.get_template(TEMPLATE).render(
        report=report, hub=hub.settings, charts=charts, accent=accent
    )


def report_pdf(project: Project, html: str) -> bytes:
    """The report's HTML through WeasyPrint, with the bundled fonts and nothing else to read."""
    from weasyprint import CSS, HTML

    from mentorbook.workbook.renderer import FONTS_DIR, confined_printing, font_faces

    fetcher, font_config = confined_printing(project, package_folders=(), project_folders=())
    environment = template_environment(project.templates_dir)
    fonts = CSS(
        string=environment.get_template(PRINT_FONTS).render(font_faces=font_faces()),
        url_fetcher=fetcher,
        font_config=font_config,
    )
    document = HTML(string=html, base_url=FONTS_DIR.resolve().as_uri() + "/", url_fetcher=fetcher)
    pdf: bytes = document.write_pdf(stylesheets=[fonts], font_config=font_config)
    return pdf


SIGNED_COLUMNS = "<signer>_signed"
"""Stands for one column per signer of the programs' agreements: mentee_signed, mentor_signed..."""
CSV_COLUMNS = (
    "pair",
    "mentee",
    "mentor",
    "program",
    "start",
    SIGNED_COLUMNS,
    "meetings_held",
    "meetings_due",
    "meetings_planned",
    "goals",
    "goals_with_progress",
    "midpoint_due",
    "midpoint_done",
    "closing_due",
    "closing_done",
    "reflections",
    "needs_attention",
)


def report_csv(report: Report) -> str:
    """One row per pair; with --anonymous the names are left out and the pseudonym stays."""
    signers = dict.fromkeys(
        f"{signer}_signed"
        for figures in report.programs
        for pair in figures.pairs
        for signer in pair.signed
    )
    columns = [
        name
        for column in CSV_COLUMNS
        for name in (signers if column == SIGNED_COLUMNS else [column])
        if not (report.anonymous and name in ("mentee", "mentor"))
    ]
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for figures in report.programs:
        for pair in figures.pairs:
            writer.writerow(_csv_row(pair))
    return output.getvalue()


def _csv_row(pair: PairFigures) -> dict[str, object]:
    row: dict[str, object] = {
        "pair": pair.pair,
        "mentee": _spreadsheet_safe(pair.mentee),
        "mentor": _spreadsheet_safe(pair.mentor),
        "program": pair.program,
        "start": _day(pair.start),
        "meetings_held": pair.meetings_held,
        "meetings_due": pair.meetings_due,
        "meetings_planned": pair.meetings_planned,
        "goals": pair.goals,
        "goals_with_progress": pair.goals_with_progress,
        "reflections": pair.reflections,
        "needs_attention": "; ".join(
            f"{item.reason} since {item.since.isoformat()}" for item in pair.attention
        ),
    }
    for role, day in pair.signed.items():
        row[f"{role}_signed"] = _day(day)
    for kind, status in pair.reviews.items():
        row[f"{kind}_due"] = _day(status.due)
        row[f"{kind}_done"] = "yes" if status.done else "no"
    return row


def _day(day: object) -> str:
    return "" if day is None else str(day)


def _spreadsheet_safe(text: str) -> str:
    """A name a spreadsheet shows as text, never runs as a formula (`=HYPERLINK(...)`)."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
