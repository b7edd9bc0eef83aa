"""Everything the site generates, by URI: Markdown pages, SVG pictures and PDF workbooks."""

from __future__ import annotations

from dataclasses import dataclass

from mentorbook.project import Project
from mentorbook.render.environment import template_environment
from mentorbook.schema.loader import Hub
from mentorbook.site.pages import SitePlan, site_plan
from mentorbook.site.render import prepare, render_site


@dataclass(frozen=True)
class GeneratedSite:
    plan: SitePlan
    files: dict[str, str | bytes]
    """Contents by site URI, such as roles/mentor.md or downloads/foundations-workbook.pdf."""


def generate_site(project: Project, hub: Hub) -> GeneratedSite:
    """Work out the page list, then render everything on it."""
    plan = site_plan(hub)
    return GeneratedSite(plan, render_files(project, hub, plan))


def render_files(project: Project, hub: Hub, plan: SitePlan) -> dict[str, str | bytes]:
    """Render the pages and pictures, then the blank workbooks offered for download."""
    environment = prepare(template_environment(project.templates_dir))
    files: dict[str, str | bytes] = dict(render_site(environment, plan))
    files.update(render_downloads(project, hub, plan))
    return files


def render_downloads(project: Project, hub: Hub, plan: SitePlan) -> dict[str, bytes]:
    """The blank workbook of each program, as PDF.

    Why imported here: the workbook module pulls in WeasyPrint, which the rest of the
    site code (and the CLI's start) must not pay for.
    """
    from mentorbook.workbook import render_workbook

    return {
        download.uri: render_workbook(project, hub, None, program_id=download.program_id)
        for download in plan.downloads
    }
