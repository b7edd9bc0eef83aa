"""The one Jinja environment factory used by every output."""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from mentorbook.project import default_templates_dir


def template_environment(project_templates: Path | None) -> Environment:
    """A Jinja environment that looks in the project's templates/ before the defaults.

    Why: an organisation overrides one template at a time by giving it the same name.
    StrictUndefined makes a typo in a template fail the build instead of printing nothing;
    HTML, SVG and Markdown templates escape every value, so mentee data and plain-text
    content fields are shown, never interpreted; Markdown fields pass through a `markdown`
    filter that each output defines.
    """
    search_path = [default_templates_dir()]
    if project_templates is not None and project_templates.is_dir():
        search_path.insert(0, project_templates)
    return Environment(
        loader=ChoiceLoader([FileSystemLoader(str(path)) for path in search_path]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(
            ["html", "htm", "xml", "svg", "html.j2", "xml.j2", "svg.j2", "md.j2"]
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
