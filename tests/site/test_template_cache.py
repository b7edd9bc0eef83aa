"""Compiled templates kept between builds: reused when unchanged, never when a template changed."""

from __future__ import annotations

from pathlib import Path

from mentorbook.project import Project
from mentorbook.render.compiled import compiled_templates
from mentorbook.schema.loader import load_content
from mentorbook.site.generate import render_pages
from mentorbook.site.pages import site_plan


def test_an_edited_or_added_template_is_compiled_afresh(small_project: Path) -> None:
    project = Project(small_project)
    plan = site_plan(load_content(project.content_dir))
    first = render_pages(project, plan, compiled_templates(project))
    folder = project.cache_dir / "templates"
    stored = sorted(folder.iterdir())
    assert stored, "the first build keeps what it compiled"

    assert render_pages(project, plan, compiled_templates(project)) == first
    assert sorted(folder.iterdir()) == stored, "the second build compiles nothing new"
    override = project.templates_dir / "site" / "role.md.j2"
    override.parent.mkdir(parents=True)
    override.write_text("# {{ role.name }}\n\nFirst words.\n", encoding="utf-8")
    assert render_pages(project, plan, compiled_templates(project))["roles/mentor.md"] == (
        "# Mentor\n\nFirst words.\n"
    )
    override.write_text("# {{ role.name }}\n\nSecond words.\n", encoding="utf-8")

    assert render_pages(project, plan, compiled_templates(project))["roles/mentor.md"] == (
        "# Mentor\n\nSecond words.\n"
    )


def test_a_cache_folder_that_cannot_be_made_only_costs_time(small_project: Path) -> None:
    project = Project(small_project)
    project.cache_dir.write_text("a file where the folder would go", encoding="utf-8")

    assert compiled_templates(project) is None
    plan = site_plan(load_content(project.content_dir))
    assert render_pages(project, plan, None)["roles/mentor.md"].startswith("# Mentor\n")


def test_a_cache_folder_leading_out_of_the_project_is_not_used(tmp_path: Path) -> None:
    (tmp_path / "hub").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "hub" / ".mentorbook-cache").symlink_to(tmp_path / "elsewhere")

    assert compiled_templates(Project(tmp_path / "hub")) is None
    assert not list((tmp_path / "elsewhere").iterdir())
