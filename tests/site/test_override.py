"""A template in the project's templates/ replaces the default of the same name, and only it."""

from __future__ import annotations

from pathlib import Path

from mentorbook.project import Project
from mentorbook.render.environment import template_environment
from mentorbook.schema.loader import load_content
from mentorbook.site.pages import site_plan
from mentorbook.site.render import prepare, render_site


def rendered(project: Project) -> dict[str, str]:
    hub = load_content(project.content_dir)
    environment = prepare(template_environment(project.templates_dir))
    return render_site(environment, site_plan(hub))


def test_project_template_replaces_one_default_template(small_project: Path) -> None:
    project = Project(small_project)
    before = rendered(project)
    override = project.templates_dir / "site" / "role.md.j2"
    override.parent.mkdir(parents=True)
    override.write_text("# {{ role.name }}\n\nOur own words for the {{ role.id }} role.\n")

    after = rendered(project)

    assert after["roles/mentor.md"] == "# Mentor\n\nOur own words for the mentor role.\n"
    assert after["roles/mentee.md"] == "# Mentee\n\nOur own words for the mentee role.\n"
    changed = {uri for uri in before if before[uri] != after[uri]}
    assert changed == {"roles/mentor.md", "roles/mentee.md"}
