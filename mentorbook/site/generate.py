"""Everything the site generates, by URI: Markdown pages, SVG pictures and PDF workbooks."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import BytecodeCache

from mentorbook.project import Project
from mentorbook.render.compiled import compiled_templates
from mentorbook.render.environment import template_environment
from mentorbook.schema.loader import Hub
from mentorbook.site.downloads import Downloads
from mentorbook.site.pages import SitePlan, site_plan
from mentorbook.site.render import prepare, render_site


@dataclass(frozen=True)
class GeneratedSite:
    plan: SitePlan
    files: dict[str, str | bytes]
    """Contents by site URI, such as roles/mentor.md or downloads/foundations-workbook.pdf."""


def generate_site(project: Project, hub: Hub, language: str | None = None) -> GeneratedSite:
    """Work out the page list, then render everything on it, the workbooks beside the pages.

    `hub` is in `language` already (None for its default language); the fixed words and
    the workbooks follow it.
    """
    plan = site_plan(hub, language or hub.settings.default_language, project_root=project.root)
    downloads = Downloads(project, language=language)
    try:
        downloads.start(hub, plan.downloads)
        files: dict[str, str | bytes] = dict(
            render_pages(project, plan, compiled_templates(project))
        )
        files.update(downloads.collect(wait=True))
        downloads.prune()
    finally:
        downloads.stop()
    return GeneratedSite(plan, files)


def render_pages(
    project: Project, plan: SitePlan, compiled: BytecodeCache | None = None
) -> dict[str, str]:
    """Render the pages and pictures through the project's templates and the defaults.

    `compiled` keeps the templates compiled from one build to the next.
    """
    environment = prepare(template_environment(project.templates_dir, plan.language))
    environment.bytecode_cache = compiled
    return render_site(environment, plan)
