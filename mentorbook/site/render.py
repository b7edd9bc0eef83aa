"""Render the site's pages to Markdown and its pictures to SVG, through the templates."""

from __future__ import annotations

import posixpath
import re
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from jinja2 import Environment, TemplateError, TemplateSyntaxError
from markupsafe import Markup, escape

from mentorbook.errors import BuildError
from mentorbook.schema.loader import display_path
from mentorbook.site.pages import Picture, SitePage, SitePlan

_BREAKS = re.compile(r"\s*\n\s*")


def table_cell(value: object) -> Markup:
    """Text made safe for one cell of a Markdown table: escaped, one line, pipes escaped.

    A list gives one line per item, joined with <br>.
    """
    items = value if isinstance(value, list) else [value]
    lines = "<br>".join(_BREAKS.sub(" ", str(escape(item))) for item in items)
    return Markup(lines.replace("|", "\\|"))  # every item was escaped above


def markdown_source(text: str) -> Markup:
    """A Markdown field, passed to MkDocs as written; the page's HTML is cleaned afterwards."""
    return Markup(text)  # Markdown, not HTML: see mentorbook.render.sanitise


def link_from(page_uri: str) -> Callable[[str], str]:
    """A function that turns a site URI into a link relative to the page at `page_uri`.

    Why relative: the site must work from file:// and below any path of a web server.
    """
    folder = posixpath.dirname(page_uri) or "."

    def link(target_uri: str) -> str:
        return posixpath.relpath(target_uri, folder)

    return link


def prepare(environment: Environment) -> Environment:
    """Add the filters the site's templates use to an environment from the factory."""
    environment.filters["cell"] = table_cell
    environment.filters["markdown"] = markdown_source
    return environment


def render_page(environment: Environment, page: SitePage) -> str:
    with template_errors_as_build_errors(page.uri):
        template = environment.get_template(page.template)
        return template.render(**page.context, page_uri=page.uri, link=link_from(page.uri))


def render_picture(environment: Environment, picture: Picture) -> str:
    with template_errors_as_build_errors(picture.uri):
        return environment.get_template(picture.template).render(**picture.context)


@contextmanager
def template_errors_as_build_errors(uri: str) -> Iterator[None]:
    """Report a template mistake, typically in an override, as file:line and what is wrong.

    Why: a project's own templates are user input; a typo there deserves a message that
    points at the line, not a traceback.
    """
    try:
        yield
    except TemplateError as error:
        raise BuildError(
            f"{_template_line(error)}: {error.message} (while making {uri})"
        ) from error


def _template_line(error: TemplateError) -> str:
    if isinstance(error, TemplateSyntaxError) and error.filename:
        return f"{display_path(Path(error.filename))}:{error.lineno}"
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename.endswith(".j2")
    ]
    if not frames:
        return "template"
    return f"{display_path(Path(frames[-1].filename))}:{frames[-1].lineno}"


def render_site(environment: Environment, plan: SitePlan) -> dict[str, str]:
    """Every page and picture of the site, by URI."""
    rendered = {page.uri: render_page(environment, page) for page in plan.pages}
    rendered.update(
        {picture.uri: render_picture(environment, picture) for picture in plan.pictures}
    )
    return rendered
