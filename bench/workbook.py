"""Seconds per personalised workbook, beside WeasyPrint rendering the same HTML on its own.

Run: .venv/bin/python bench/workbook.py [--runs N] [--project DIR]
Renders the default program's workbook for one mentee N times with one WorkbookRenderer
(fonts and stylesheet set up once, as a cohort run does), then has WeasyPrint render the
very same HTML and stylesheet N times with nothing of mentorbook around it. The ratio is
mentorbook's overhead: building the context, Jinja, the URL fetcher. It also prints the
file size with and without form fields.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from mentorbook.project import Project
from mentorbook.schema.loader import load_content
from mentorbook.schema.models.plan import Plan
from mentorbook.workbook import WorkbookRenderer


def _median_seconds(job: Callable[[], bytes], runs: int) -> float:
    job()  # warm up: fonts loaded, caches filled
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="renders per measure (default 5)")
    parser.add_argument("--project", type=Path, default=Path(), help="project folder (default .)")
    arguments = parser.parse_args()

    from weasyprint import HTML

    project = Project(arguments.project)
    hub = load_content(project.content_dir)
    program = next(iter(hub.programs))
    plan = Plan(
        mentee="Amara Okafor", mentor="Daniel Reyes", program=program, start=dt.date(2027, 1, 11)
    )
    renderer = WorkbookRenderer(project, hub)
    html = renderer.html(plan)
    stylesheet, font_config, _ = renderer.weasyprint_setup()

    def raw_weasyprint() -> bytes:
        document = HTML(string=html, base_url=project.root.resolve().as_uri() + "/")
        pdf: bytes = document.write_pdf(
            stylesheets=[stylesheet], font_config=font_config, pdf_forms=True
        )
        return pdf

    mentorbook = _median_seconds(lambda: renderer.render(plan), arguments.runs)
    weasyprint = _median_seconds(raw_weasyprint, arguments.runs)
    fillable = renderer.render(plan)
    flat = renderer.render(plan, fillable=False)
    print(f"median of {arguments.runs} renders, program '{program}'")
    print(f"mentorbook workbook    {mentorbook:6.2f} s")
    print(f"WeasyPrint, same HTML  {weasyprint:6.2f} s")
    print(f"overhead ratio         {mentorbook / weasyprint:6.2f}x")
    print(f"size with form fields  {len(fillable) / 1024:6.0f} KB")
    print(f"size without (--flat)  {len(flat) / 1024:6.0f} KB")


if __name__ == "__main__":
    main()
